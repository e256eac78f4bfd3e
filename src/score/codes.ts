// Outcome codes the requirement kinds return (Outcome.code). Codes only: their English is in
// src/report/messages.ts (OUTCOME_MESSAGES), which a test checks covers every one of them.
export const OUTCOME_CODES = [
  'YEARS_MET',
  'YEARS_NEAR_MIN',
  'YEARS_BELOW_MIN',
  'YEARS_NONE',
  'YEARS_ABOVE_MAX',
  'KEYWORDS_FOUND',
  'KEYWORDS_WEAK_ONLY',
  'KEYWORDS_TOO_FEW',
  'KEYWORDS_MISSING_SOME',
  'KEYWORDS_NOT_FOUND',
  'KEYWORDS_NEGATED_ONLY',
  'KEYWORDS_ASPIRATIONAL_ONLY',
  'KEYWORDS_COURSEWORK_ONLY',
  'KEYWORDS_EXCLUDED_ONLY',
  'KEYWORDS_AMBIGUOUS_ONLY',
  'KEYWORDS_REJECTED_ONLY',
  'PATTERN_FOUND',
  'PATTERN_WEAK_ONLY',
  'PATTERN_TOO_FEW',
  'PATTERN_NOT_FOUND',
  'ANY_OF_MET',
  'ANY_OF_NEAR',
  'ANY_OF_UNMET',
  'ALL_OF_MET',
  'ALL_OF_NEAR',
  'ALL_OF_UNMET',
] as const;

export type OutcomeCode = (typeof OUTCOME_CODES)[number];
