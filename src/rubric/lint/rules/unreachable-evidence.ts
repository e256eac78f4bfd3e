// A role category whose min_evidence is more than the distinct evidence terms and pattern names it lists can never
// count a job by evidence: its conditional title exclusions then never count either, and "evidence alone" is dead.
import type { LintRule } from '../types.js';
import { positionOf } from '../terms.js';

export const unreachableEvidence: LintRule = {
  code: 'unreachable-evidence',
  severity: 'warning',
  description: 'min_evidence is more than the distinct evidence terms and patterns of the role category',
  check(rubric) {
    return rubric.roles.flatMap((role) => {
      const available = role.evidence.length + new Set((role.evidencePatterns ?? []).map((p) => p.name)).size;
      if (role.minEvidence <= available) return [];
      const pos = positionOf(rubric, ['roles', role.id, 'min_evidence'], { line: 1, col: 1 });
      return [{ ...pos, data: { role: role.id, minEvidence: role.minEvidence, available } }];
    });
  },
};
