// `pattern`: an RE2 regular expression (linear time, so no rubric can hang a batch) over scoped lines.
import { defineKind } from '../kind.js';
import { PATTERN_CODES, type PatternCode } from './codes.js';
import { evaluatePattern } from './evaluate.js';
import { PATTERN_MESSAGES } from './messages.js';
import type { PatternOptions } from './options.js';

export const pattern = defineKind<PatternOptions, PatternCode>({
  codes: PATTERN_CODES,
  messages: PATTERN_MESSAGES,
  refs: (o) => (o.in_category === undefined ? {} : { roles: [{ path: ['in_category'], id: o.in_category }] }),
  evaluate: evaluatePattern,
});
