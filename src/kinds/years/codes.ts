// Outcome codes of `years` (Outcome.code): a public contract (JSON, CSV, rubric test cases). Wording: messages.ts.
export const YEARS_CODES = ['YEARS_MET', 'YEARS_NEAR_MIN', 'YEARS_BELOW_MIN', 'YEARS_NONE', 'YEARS_ABOVE_MAX', 'YEARS_TITLE_ONLY', 'YEARS_INFERRED_END'] as const;

export type YearsCode = (typeof YEARS_CODES)[number];
