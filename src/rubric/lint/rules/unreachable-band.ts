// Bands no candidate can reach: with the unreachable requirements unmet, can the best résumé still pass?
import type { LintRule } from '../types.js';
import { positionOf, unreachableYears } from '../terms.js';

export const unreachableBand: LintRule = {
  code: 'unreachable-band',
  severity: 'error',
  description: 'the weights of the requirements that can be met cannot reach pass_score or review_score',
  check(rubric) {
    const total = rubric.requirements.reduce((s, r) => s + r.weight, 0);
    const reachable = rubric.requirements
      .filter((r) => r.kind !== 'years' || unreachableYears(r.options) === undefined)
      .reduce((s, r) => s + r.weight, 0);
    // Same rounding as the scorer's weightedScore.
    const best = total === 0 ? 0 : Math.round((100 * reachable) / total);
    const out: ReturnType<LintRule['check']> = [];
    const bands = [
      ['pass_score', rubric.bands.passScore],
      ['review_score', rubric.bands.reviewScore],
    ] as const;
    for (const [key, needed] of bands) {
      if (needed <= best) continue;
      const pos = positionOf(rubric, ['bands', key], positionOf(rubric, ['bands'], { line: 1, col: 1 }));
      out.push({ ...pos, data: { band: key, needed, best } });
    }
    return out;
  },
};
