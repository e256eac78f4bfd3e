// A cap on years of experience screens out older candidates: an age proxy (age discrimination), so it is flagged.
import type { LintRule } from '../types.js';
import { positionOf } from '../terms.js';

export const yearsMax: LintRule = {
  code: 'years-max',
  severity: 'warning',
  description: 'a maximum on years of experience is a proxy for age',
  check(rubric) {
    return rubric.requirements.flatMap((req) => {
      if (req.kind !== 'years' || typeof req.options.max !== 'number') return [];
      const pos = positionOf(rubric, [...req.path, 'max'], req.pos);
      return [{ ...pos, requirementId: req.id, data: { requirement: req.id, max: req.options.max } }];
    });
  },
};
