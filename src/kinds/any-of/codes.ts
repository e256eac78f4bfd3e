// Outcome codes of `any_of` (Outcome.code): a public contract (JSON, CSV, rubric test cases). Wording: messages.ts.
import type { CompositeCodes } from '../composite.js';

export const ANY_OF_CODES = ['ANY_OF_MET', 'ANY_OF_NEAR', 'ANY_OF_UNMET'] as const;

export type AnyOfCode = (typeof ANY_OF_CODES)[number];

export const ANY_OF_RESULT_CODES: CompositeCodes<AnyOfCode> = { met: 'ANY_OF_MET', near: 'ANY_OF_NEAR', unmet: 'ANY_OF_UNMET' };
