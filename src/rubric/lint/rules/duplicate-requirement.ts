// Two requirements that check the same thing count one fact twice (and a duplicated must-have is a copy-paste slip).
import type { LintRule } from '../types.js';
import { positionOf } from '../terms.js';

/** Options as a canonical string: key order in the YAML must not hide a duplicate. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const duplicateRequirement: LintRule = {
  code: 'duplicate-requirement',
  severity: 'warning',
  description: 'a requirement checks exactly what an earlier one checks (same kind and options)',
  check(rubric) {
    const seen = new Map<string, string>();
    return rubric.requirements.flatMap((req) => {
      const key = `${req.kind}\0${canonical(req.options)}`;
      const other = seen.get(key);
      if (other === undefined) {
        seen.set(key, req.id);
        return [];
      }
      const pos = positionOf(rubric, [...req.path, 'id'], req.pos);
      return [{ ...pos, requirementId: req.id, data: { requirement: req.id, other, must: req.must } }];
    });
  },
};
