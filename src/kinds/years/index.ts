// `years`: time spent in jobs of one role category, at least `min` (optionally at most `max`, or within a window).
import { defineKind } from '../kind.js';
import { YEARS_CODES, type YearsCode } from './codes.js';
import { evaluateYears } from './evaluate.js';
import { YEARS_MESSAGES } from './messages.js';
import type { YearsOptions } from './options.js';

export const years = defineKind<YearsOptions, YearsCode>({
  codes: YEARS_CODES,
  messages: YEARS_MESSAGES,
  refs: (o) => ({ roles: [{ path: ['category'], id: o.category }] }),
  evaluate: evaluateYears,
});
