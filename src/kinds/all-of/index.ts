// `all_of`: every listed requirement met (its parts are evaluated first).
import { compositeRefs } from '../composite.js';
import type { AllOfOptions } from './options.js';
import { defineKind } from '../kind.js';
import { ALL_OF_CODES, type AllOfCode } from './codes.js';
import { evaluateAllOf } from './evaluate.js';
import { ALL_OF_MESSAGES } from './messages.js';

export const allOf = defineKind<AllOfOptions, AllOfCode>({
  codes: ALL_OF_CODES,
  messages: ALL_OF_MESSAGES,
  refs: compositeRefs,
  evaluate: evaluateAllOf,
});
