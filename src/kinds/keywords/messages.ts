// English for the outcome codes of `keywords`. Data: rubric terms and counts, never résumé text.
import { list, num, type Template } from '../../report/wording.js';
import type { KeywordsCode } from './codes.js';

export const KEYWORDS_MESSAGES: Record<KeywordsCode, Template> = {
  KEYWORDS_FOUND: (d) => `found: ${list(d.terms)}`,
  KEYWORDS_WEAK_ONLY: (d) => `only weak mentions (e.g. skills list): ${list(d.weakTerms ?? d.terms)}`,
  KEYWORDS_TOO_FEW: (d) => `found ${list(d.terms)}: fewer than the ${num(d, 'minCount')} different terms needed`,
  KEYWORDS_MISSING_SOME: (d) => `found ${list(d.terms)}, but not ${list(d.missing)}`,
  KEYWORDS_NOT_FOUND: 'not found in the résumé',
  KEYWORDS_NEGATED_ONLY: 'only mentioned negated ("no experience with …")',
  KEYWORDS_OTHERS_ONLY: 'only mentioned as someone else\'s work ("reported to the head of …", "my manager ran …")',
  KEYWORDS_ASPIRATIONAL_ONLY: 'only mentioned as an aspiration ("looking to move into …")',
  KEYWORDS_COURSEWORK_ONLY: 'only mentioned as coursework or study',
  KEYWORDS_EXCLUDED_ONLY: 'only false friends the rubric excludes (e.g. "cursor-based pagination")',
  KEYWORDS_AMBIGUOUS_ONLY: 'only ambiguous mentions, without the context the rubric requires (e.g. "Copilot" of an aircraft)',
  KEYWORDS_REJECTED_ONLY: (d) => `only mentions that do not count (${list(d.statuses)})`,
};
