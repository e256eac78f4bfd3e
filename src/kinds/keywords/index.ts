// `keywords`: terms found in scoped lines, ignoring negated, aspirational, coursework and excluded mentions.
import { defineKind } from '../kind.js';
import { KEYWORDS_CODES, type KeywordsCode } from './codes.js';
import { evaluateKeywords } from './evaluate.js';
import { KEYWORDS_MESSAGES } from './messages.js';
import type { KeywordsOptions } from './options.js';

export const keywords = defineKind<KeywordsOptions, KeywordsCode>({
  codes: KEYWORDS_CODES,
  messages: KEYWORDS_MESSAGES,
  refs: (o) => (o.in_category === undefined ? {} : { roles: [{ path: ['in_category'], id: o.in_category }] }),
  evaluate: evaluateKeywords,
});
