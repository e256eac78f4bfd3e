// any_of / all_of: parts are evaluated first, near misses carry through.
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/index.js';
import { evaluationOrder, scoreProfile } from '../../src/score/index.js';
import { makeProfile } from './make-profile.js';

const rubric = parseRubric(
  `
id: comp
title: composite cases
version: 1
roles:
  ml: { titles: [machine learning] }
requirements:
  - { id: either, kind: any_of, of: [py, ml] }
  - { id: both, kind: all_of, of: [py, ml], must: true }
  - { id: py, kind: keywords, any: [Python], weight: 0 }
  - { id: ml, kind: years, category: ml, min: 2, weight: 0 }
`,
  'comp.yaml',
);

function profile(bullet: string, months: number) {
  return makeProfile([{ kind: 'experience', jobs: [{ title: 'ML Engineer', bullets: [bullet], categories: ['ml'] }] }], {
    ml: { months, jobs: [0] },
  });
}

const byId = (bullet: string, months: number) =>
  Object.fromEntries(scoreProfile(profile(bullet, months), rubric).outcomes.map((o) => [o.requirementId, o]));

describe('composites', () => {
  it('evaluates parts before the composites that use them', () => {
    expect(evaluationOrder(rubric).map((r) => r.id)).toEqual(['py', 'ml', 'either', 'both']);
  });

  const cases: [string, string, number, string, string][] = [
    // [why, bullet, months, either code, both code]
    ['both parts met', 'Python services', 36, 'ANY_OF_MET', 'ALL_OF_MET'],
    ['one part met', 'Python services', 0, 'ANY_OF_MET', 'ALL_OF_UNMET'],
    ['one met, one near', 'Python services', 20, 'ANY_OF_MET', 'ALL_OF_NEAR'],
    ['none met, one near', 'Go services', 20, 'ANY_OF_NEAR', 'ALL_OF_UNMET'],
    ['none', 'Go services', 0, 'ANY_OF_UNMET', 'ALL_OF_UNMET'],
  ];
  it.each(cases)('%s', (_why, bullet, months, either, both) => {
    const o = byId(bullet, months);
    expect([o.either?.code, o.both?.code]).toEqual([either, both]);
    expect(o.either?.met).toBe(either === 'ANY_OF_MET');
    expect(o.both?.near).toBe(both === 'ALL_OF_NEAR');
  });

  it('data names the parts that were met', () => {
    expect(byId('Python services', 0).either?.data).toEqual({ met: ['py'], near: [], of: ['py', 'ml'] });
  });
});
