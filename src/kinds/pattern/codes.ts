// Outcome codes of `pattern` (Outcome.code): a public contract (JSON, CSV, rubric test cases). Wording: messages.ts.
export const PATTERN_CODES = ['PATTERN_FOUND', 'PATTERN_WEAK_ONLY', 'PATTERN_TOO_FEW', 'PATTERN_NOT_FOUND'] as const;

export type PatternCode = (typeof PATTERN_CODES)[number];
