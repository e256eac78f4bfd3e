// English for the outcome codes of `all_of`. Data: requirement ids only.
import { list, type Template } from '../../report/wording.js';
import type { AllOfCode } from './codes.js';

export const ALL_OF_MESSAGES: Record<AllOfCode, Template> = {
  ALL_OF_MET: (d) => `all of ${list(d.of)} met`,
  ALL_OF_NEAR: (d) => `all of ${list(d.of)} met or near; near: ${list(d.near)}`,
  ALL_OF_UNMET: (d) => `not all of ${list(d.of)} met (met: ${list(d.met) || 'none'})`,
};
