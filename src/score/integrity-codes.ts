// The integrity warning codes (src/score/integrity.ts raises them): a public contract (JSON `integrity`, CSV `integrity`
// column). Apart from the checks so that the CLI process's report can name them without loading the matchers.
export const INTEGRITY_CODES = ['HIDDEN_TEXT', 'INSTRUCTION_TEXT', 'KEYWORD_LIST', 'KEYWORD_STUFFING', 'CONCURRENT_ROLES', 'SAME_START_YEAR', 'FUTURE_END', 'REVERSED_RANGE', 'DURATION_MISMATCH', 'CLAIMED_YEARS', 'POSTING_COPY'] as const;
