// `credit.title_only: count` lets a job title alone meet a must-have years requirement: a retitled résumé passes
// with no evidence in its text. Allowed (some teams trust titles), but said out loud.
import type { LintRule } from '../types.js';
import { positionOf } from '../terms.js';

export const titleTrusted: LintRule = {
  code: 'title-trusted',
  severity: 'warning',
  description: 'a must-have years requirement can be met by job titles alone (credit.title_only: count)',
  check(rubric) {
    return rubric.requirements.flatMap((req) => {
      if (req.kind !== 'years' || !req.must) return [];
      const role = rubric.roles.find((r) => r.id === req.options.category);
      if (role?.credit?.titleOnly !== 'count' || role.titles.length === 0) return [];
      const pos = positionOf(rubric, ['roles', role.id, 'credit', 'title_only'], req.pos);
      return [{ ...pos, requirementId: req.id, data: { requirement: req.id, role: role.id } }];
    });
  },
};
