// The wording of every outcome code, gathered from each kind's messages.ts alone (src/report/messages.ts says them).
// The CLI process loads this to word its own errors and the report: through the registry it loaded every kind's
// evaluation code too (matchers, RE2, the stemmer: about 90 modules), which only the reading child runs. The registry
// re-exports it, and a test checks that it holds each registered kind's messages.
import type { Template } from '../report/wording.js';
import { ALL_OF_MESSAGES } from './all-of/messages.js';
import { ANY_OF_MESSAGES } from './any-of/messages.js';
import { KEYWORDS_MESSAGES } from './keywords/messages.js';
import { PATTERN_MESSAGES } from './pattern/messages.js';
import { YEARS_MESSAGES } from './years/messages.js';

export const OUTCOME_MESSAGES: Readonly<Record<string, Template>> = {
  ...YEARS_MESSAGES,
  ...KEYWORDS_MESSAGES,
  ...PATTERN_MESSAGES,
  ...ANY_OF_MESSAGES,
  ...ALL_OF_MESSAGES,
};
