// Short case-insensitive terms ("C", "R", "AI") and unbounded patterns ("ads" in "downloads") match everywhere.
import type { LintRule } from '../types.js';
import { requirementPatterns, requirementTerms } from '../terms.js';

/** Terms this short, matched case-insensitively, hit ordinary words and initials ("r" in "R&D", "go" the verb). */
const SHORT_TERM_MAX_CHARS = 2;
/** A pattern with a literal word in it and no `\b` or anchor matches inside longer words. */
const HAS_LETTERS = /[A-Za-z]{2,}/;
const HAS_BOUNDARY = /\\b|\^|\$/;

export const shortTerm: LintRule = {
  code: 'short-term',
  severity: 'warning',
  description: 'one- or two-letter terms that are not case-sensitive, and patterns without word boundaries',
  check(rubric) {
    const terms = requirementTerms(rubric)
      .filter((t) => t.text.trim().length <= SHORT_TERM_MAX_CHARS && !t.caseSensitive)
      .map((t) => ({ ...t.pos, requirementId: t.requirementId, data: { requirement: t.requirementId, term: t.text, what: 'term' } }));
    const patterns = requirementPatterns(rubric)
      .filter((p) => HAS_LETTERS.test(p.pattern) && !HAS_BOUNDARY.test(p.pattern))
      .map((p) => ({ ...p.pos, requirementId: p.requirementId, data: { requirement: p.requirementId, pattern: p.pattern, what: 'pattern' } }));
    return [...terms, ...patterns];
  },
};
