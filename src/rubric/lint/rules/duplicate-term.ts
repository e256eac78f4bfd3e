// The same term in two requirements counts one line of a résumé twice, quietly doubling its weight.
import type { LintRule } from '../types.js';
import { requirementTerms } from '../terms.js';

function normalise(text: string, caseSensitive: boolean): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return caseSensitive ? t : t.toLowerCase();
}

export const duplicateTerm: LintRule = {
  code: 'duplicate-term',
  severity: 'warning',
  description: 'the same term or synonym appears in two requirements',
  check(rubric) {
    const firstOwner = new Map<string, string>();
    const reported = new Set<string>();
    const out: ReturnType<LintRule['check']> = [];
    for (const t of requirementTerms(rubric)) {
      const key = normalise(t.text, t.caseSensitive);
      const owner = firstOwner.get(key);
      if (owner === undefined) firstOwner.set(key, t.requirementId);
      else if (owner !== t.requirementId && !reported.has(`${key}\0${t.requirementId}`)) {
        reported.add(`${key}\0${t.requirementId}`);
        out.push({ ...t.pos, requirementId: t.requirementId, data: { term: t.text, requirement: t.requirementId, other: owner } });
      }
    }
    return out;
  },
};
