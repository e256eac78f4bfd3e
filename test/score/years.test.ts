// Case tables for the `years` kind: min, near misses within the margin, max, and a window of recent years.
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/index.js';
import { monthsWithin } from '../../src/kinds/years/evaluate.js';
import { scoreProfile } from '../../src/score/index.js';
import { makeProfile, AS_OF } from './make-profile.js';
import { buildProfile } from '../../src/profile/index.js';
import { docOf } from '../profile/helpers.js';

const rubric = parseRubric(
  `
id: yrs
title: years cases
version: 1
bands: { margin: 0.5 }
roles:
  ml: { titles: [machine learning] }
requirements:
  - { id: min6, kind: years, category: ml, min: 6 }
  - { id: capped, kind: years, category: ml, min: 1, max: 10 }
  - { id: recent, kind: years, category: ml, min: 2, within_years: 3 }
  - { id: wide, kind: years, category: ml, min: 6, margin: 2 }
`,
  'yrs.yaml',
);

const withMonths = (months: number, intervals = [{ start: { year: 2000, month: 1 }, end: { year: 2000, month: 1 } }]) =>
  makeProfile([{ kind: 'experience', jobs: [{ title: 'ML Engineer', categories: ['ml'] }] }], {
    ml: { months, jobs: [0], intervals },
  });

const outcomeOf = (months: number, id: string) => scoreProfile(withMonths(months), rubric).outcomes.find((o) => o.requirementId === id);

describe('years', () => {
  const cases: [string, number, string, boolean, boolean, string][] = [
    // [why, months, requirement, met, near, code]
    ['exactly the minimum', 72, 'min6', true, false, 'YEARS_MET'],
    ['well above', 120, 'min6', true, false, 'YEARS_MET'],
    ['a month short is near', 71, 'min6', false, true, 'YEARS_NEAR_MIN'],
    ['half a year short is near', 66, 'min6', false, true, 'YEARS_NEAR_MIN'],
    ['seven months short is below', 65, 'min6', false, false, 'YEARS_BELOW_MIN'],
    ['none at all', 0, 'min6', false, false, 'YEARS_NONE'],
    ['own margin overrides the band', 50, 'wide', false, true, 'YEARS_NEAR_MIN'],
    ['above a max', 132, 'capped', false, false, 'YEARS_ABOVE_MAX'],
    ['at the max', 120, 'capped', true, false, 'YEARS_MET'],
  ];
  it.each(cases)('%s', (_why, months, id, met, near, code) => {
    const o = outcomeOf(months, id);
    expect(o).toMatchObject({ met, near, code, value: Math.round((months / 12) * 100) / 100 });
  });

  it('an unknown category in the profile counts as zero years', () => {
    const o = scoreProfile(makeProfile([]), rubric).outcomes[0];
    expect(o).toMatchObject({ met: false, value: 0, code: 'YEARS_NONE' });
  });

  it('evidence lists the jobs that counted', () => {
    const o = outcomeOf(80, 'min6');
    expect(o?.evidence[0]).toMatchObject({ text: 'ML Engineer', section: 'experience' });
  });

  it('within_years counts only the window before the as-of date', () => {
    // 2015-01..2024-10 (old job, 118 months) and 2025-05..2026-11 (19 months): 3-year window starts 2023-12.
    const intervals = [
      { start: { year: 2015, month: 1 }, end: { year: 2024, month: 10 } },
      { start: { year: 2025, month: 5 }, end: { year: 2026, month: 11 } },
    ];
    expect(monthsWithin(intervals, AS_OF, 3)).toBe(11 + 19);
    const o = scoreProfile(withMonths(137, intervals), rubric).outcomes.find((x) => x.requirementId === 'recent');
    expect(o).toMatchObject({ met: true, value: 2.5 });
  });

  it('window excludes intervals entirely before it', () => {
    expect(monthsWithin([{ start: { year: 2010, month: 1 }, end: { year: 2012, month: 12 } }], AS_OF, 3)).toBe(0);
  });
});

describe('years met only thanks to TITLE_ONLY jobs are review, not pass', () => {
  const credited = parseRubric(
    `
id: credit
title: crediting cases
version: 1
roles:
  ml:
    titles: [machine learning]
    evidence: [PyTorch, ranking models, CTR]
    min_evidence: 2
  ml-trusting:
    titles: [machine learning]
    evidence: [PyTorch, ranking models, CTR]
    min_evidence: 2
    credit: { title_only: count }
requirements:
  - { id: ml6, kind: years, category: ml, min: 6 }
  - { id: recent, kind: years, category: ml, min: 2, within_years: 3 }
  - { id: trusting, kind: years, category: ml-trusting, min: 6 }
`,
    'credit.yaml',
  );
  const outcomes = (lines: string[]) => {
    const profile = buildProfile(docOf(['Experience', ...lines]), { asOf: AS_OF, categories: credited.roles });
    return Object.fromEntries(scoreProfile(profile, credited).outcomes.map((o) => [o.requirementId, o]));
  };
  const retitled = ['Machine Learning Engineer — Northwind — Jan 2017 – Present', '• REST APIs in Go.'];
  const backed = ['Machine Learning Engineer — Northwind — Jan 2017 – Present', '• Trained ranking models in PyTorch.'];

  it('title alone: the value shows every year, the outcome is a near miss with the confirmed years', () => {
    const o = outcomes(retitled);
    expect(o.ml6).toMatchObject({ met: false, near: true, code: 'YEARS_TITLE_ONLY', value: 9.92, data: { confirmedYears: 0 } });
    expect(o.recent).toMatchObject({ met: false, near: true, code: 'YEARS_TITLE_ONLY' });
    expect(o.ml6?.evidence[0]?.note).toContain('TITLE_ONLY');
  });
  it('the same job with evidence in its text is met', () => {
    expect(outcomes(backed).ml6).toMatchObject({ met: true, code: 'YEARS_MET', value: 9.92 });
  });
  it('title_only: count trusts the title', () => {
    expect(outcomes(retitled).trusting).toMatchObject({ met: true, code: 'YEARS_MET' });
  });
  it('enough confirmed years pass even with a title-only job beside them', () => {
    const o = outcomes([...backed, 'Machine Learning Engineer — Contoso — Jan 2012 – Dec 2016', '• REST APIs in Go.']);
    expect(o.ml6).toMatchObject({ met: true, code: 'YEARS_MET', value: 14.92 });
  });
  it('title-only years below the minimum stay an ordinary shortfall', () => {
    const o = outcomes(['Machine Learning Engineer — Northwind — Jan 2025 – Present', '• REST APIs in Go.']);
    expect(o.ml6).toMatchObject({ met: false, code: 'YEARS_BELOW_MIN' });
  });
});
