// English for the outcome codes of `any_of`. Data: requirement ids only.
import { list, type Template } from '../../report/wording.js';
import type { AnyOfCode } from './codes.js';

export const ANY_OF_MESSAGES: Record<AnyOfCode, Template> = {
  ANY_OF_MET: (d) => `met through ${list(d.met)}`,
  ANY_OF_NEAR: (d) => `none of ${list(d.of)} met; near: ${list(d.near)}`,
  ANY_OF_UNMET: (d) => `none of ${list(d.of)} met`,
};
