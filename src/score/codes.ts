// Outcome and verdict codes of the score stage with one-line English templates ({key} = a field of `data`).
// The report stage owns the wording (src/report/messages.ts) and folds these in; nothing here is shown directly.
// Templates never quote résumé text: data holds rubric terms, numbers and requirement ids only.

export const OUTCOME_CODES: Record<string, string> = {
  // years
  YEARS_MET: '{years} years of {category} (needs {min})',
  YEARS_NEAR_MIN: '{years} years of {category}: just under the {min} needed (within the {margin}-year margin)',
  YEARS_BELOW_MIN: '{years} years of {category} (needs {min})',
  YEARS_NONE: 'no dated {category} role found (needs {min} years)',
  YEARS_ABOVE_MAX: '{years} years of {category}, above the rubric maximum of {max}',
  // keywords
  KEYWORDS_FOUND: 'found: {terms}',
  KEYWORDS_WEAK_ONLY: 'only weak mentions (outside jobs, e.g. summary or skills list): {weakTerms}',
  KEYWORDS_TOO_FEW: 'found {terms}, fewer than the {minCount} different terms needed',
  KEYWORDS_MISSING_SOME: 'found {terms}, but missing {missing}',
  KEYWORDS_NOT_FOUND: 'not found where it counts',
  KEYWORDS_NEGATED_ONLY: 'only mentioned negated ("no experience with …")',
  KEYWORDS_ASPIRATIONAL_ONLY: 'only mentioned as an aspiration ("looking to move into …")',
  KEYWORDS_COURSEWORK_ONLY: 'only mentioned as coursework or study',
  KEYWORDS_EXCLUDED_ONLY: 'only false friends the rubric excludes (e.g. "cursor-based pagination")',
  KEYWORDS_AMBIGUOUS_ONLY: 'only ambiguous mentions, without the context the rubric requires (e.g. "Copilot" of an aircraft)',
  KEYWORDS_REJECTED_ONLY: 'only mentions that do not count ({statuses})',
  // pattern
  PATTERN_FOUND: 'pattern found on {count} line(s)',
  PATTERN_WEAK_ONLY: 'pattern found only in weak places (e.g. skills list)',
  PATTERN_TOO_FEW: 'pattern found on {count} line(s), fewer than the {minCount} needed',
  PATTERN_NOT_FOUND: 'pattern not found',
  // composites
  ANY_OF_MET: 'met through {met}',
  ANY_OF_NEAR: 'none of {of} met; near: {near}',
  ANY_OF_UNMET: 'none of {of} met',
  ALL_OF_MET: 'all of {of} met',
  ALL_OF_NEAR: 'all of {of} met or near; near: {near}',
  ALL_OF_UNMET: 'not all of {of} met (met: {met})',
};

/** Why a verdict was reached (ScoredProfile.decision from scoreWithDecision). */
export const VERDICT_CODES: Record<string, string> = {
  VERDICT_PASS: 'every must-have met (score {score})',
  VERDICT_REVIEW_NEAR_MISS: 'near miss on must-have(s) {requirements}: a person should look',
  VERDICT_REVIEW_SCORE: 'every must-have met, but the score {score} is under the pass score {passScore}',
  VERDICT_FAIL_MUST: 'must-have(s) not met: {requirements}',
  VERDICT_FAIL_SCORE: 'score {score} is under the review score {reviewScore}',
};

/** Evidence notes set by the kinds (Evidence.note). */
export const EVIDENCE_NOTES: Record<string, string> = {
  negated: 'negated: does not count',
  aspirational: 'aspiration: does not count',
  coursework: 'coursework: does not count',
  excluded: 'false friend excluded by the rubric',
  ambiguous: 'ambiguous: the line lacks the context the rubric requires',
  weak: 'weak evidence (outside a job)',
};
