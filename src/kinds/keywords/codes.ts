// Outcome codes of `keywords` (Outcome.code): a public contract (JSON, CSV, rubric test cases). Wording: messages.ts.
export const KEYWORDS_CODES = [
  'KEYWORDS_FOUND',
  'KEYWORDS_WEAK_ONLY',
  'KEYWORDS_TOO_FEW',
  'KEYWORDS_MISSING_SOME',
  'KEYWORDS_NOT_FOUND',
  'KEYWORDS_NEGATED_ONLY',
  'KEYWORDS_OTHERS_ONLY',
  'KEYWORDS_ASPIRATIONAL_ONLY',
  'KEYWORDS_COURSEWORK_ONLY',
  'KEYWORDS_EXCLUDED_ONLY',
  'KEYWORDS_AMBIGUOUS_ONLY',
  'KEYWORDS_REJECTED_ONLY',
] as const;

export type KeywordsCode = (typeof KEYWORDS_CODES)[number];
