// A `years` minimum no résumé can reach: a must-have nobody meets silently turns every verdict into fail.
import type { LintRule } from '../types.js';
import { positionOf, unreachableYears } from '../terms.js';

export const unreachableMin: LintRule = {
  code: 'unreachable-min',
  severity: 'error',
  description: 'a years minimum above a working life, above its own within_years window, or above its max',
  check(rubric) {
    return rubric.requirements.flatMap((req) => {
      if (req.kind !== 'years') return [];
      const why = unreachableYears(req.options);
      if (!why) return [];
      const pos = positionOf(rubric, [...req.path, 'min'], req.pos);
      return [{ ...pos, requirementId: req.id, data: { requirement: req.id, ...why } }];
    });
  },
};
