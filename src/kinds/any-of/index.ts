// `any_of`: at least one of the listed requirements met (its parts are evaluated first).
import { compositeRefs } from '../composite.js';
import type { AnyOfOptions } from './options.js';
import { defineKind } from '../kind.js';
import { ANY_OF_CODES, type AnyOfCode } from './codes.js';
import { evaluateAnyOf } from './evaluate.js';
import { ANY_OF_MESSAGES } from './messages.js';

export const anyOf = defineKind<AnyOfOptions, AnyOfCode>({
  codes: ANY_OF_CODES,
  messages: ANY_OF_MESSAGES,
  refs: compositeRefs,
  evaluate: evaluateAnyOf,
});
