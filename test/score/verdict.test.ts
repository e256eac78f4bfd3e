// Bands: must-haves decide fail; near misses and thresholds send to review; otherwise pass.
import { describe, expect, it } from 'vitest';
import { decideVerdict, weightedScore } from '../../src/score/index.js';
import type { Outcome } from '../../src/types.js';

const o = (id: string, must: boolean, met: boolean, near = false, weight = 1): Outcome => ({
  requirementId: id,
  kind: 'keywords',
  must,
  weight,
  met,
  near,
  code: 'X',
  data: {},
  evidence: [],
});

const bands = { passScore: 0, reviewScore: 0, margin: 0.5 };

describe('verdict bands', () => {
  const cases: [string, Outcome[], typeof bands, string, string][] = [
    ['all musts met', [o('a', true, true), o('b', false, false)], bands, 'pass', 'VERDICT_PASS'],
    ['a must near', [o('a', true, true), o('b', true, false, true)], bands, 'review', 'VERDICT_REVIEW_NEAR_MISS'],
    ['a must clearly unmet', [o('a', true, false), o('b', true, false, true)], bands, 'fail', 'VERDICT_FAIL_MUST'],
    ['a nice-to-have near does not matter', [o('a', true, true), o('b', false, false, true)], bands, 'pass', 'VERDICT_PASS'],
    ['score under pass_score', [o('a', true, true), o('b', false, false)], { ...bands, passScore: 60 }, 'review', 'VERDICT_REVIEW_SCORE'],
    ['score under review_score', [o('a', true, true), o('b', false, false, false, 3)], { ...bands, reviewScore: 30 }, 'fail', 'VERDICT_FAIL_SCORE'],
  ];
  it.each(cases)('%s', (_why, outcomes, b, verdict, code) => {
    expect(decideVerdict(outcomes, weightedScore(outcomes), b)).toMatchObject({ verdict, code });
  });

  it('score is the weighted share of met requirements; near misses earn nothing', () => {
    expect(weightedScore([o('a', true, true, false, 2), o('b', false, false, true, 1), o('c', false, true, false, 1)])).toBe(75);
    expect(weightedScore([o('a', false, false, false, 0)])).toBe(0);
  });
});
