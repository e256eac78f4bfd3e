// Outcome codes of `all_of` (Outcome.code): a public contract (JSON, CSV, rubric test cases). Wording: messages.ts.
import type { CompositeCodes } from '../composite.js';

export const ALL_OF_CODES = ['ALL_OF_MET', 'ALL_OF_NEAR', 'ALL_OF_UNMET'] as const;

export type AllOfCode = (typeof ALL_OF_CODES)[number];

export const ALL_OF_RESULT_CODES: CompositeCodes<AllOfCode> = { met: 'ALL_OF_MET', near: 'ALL_OF_NEAR', unmet: 'ALL_OF_UNMET' };
