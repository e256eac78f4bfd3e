// Failure classes found reading public résumés made by LaTeX classes and HTML/JSON-Resume builders (round 3), each as
// a case table with the traps it must reject. Every line is invented; only the layouts come from what was read.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import type { YearMonth } from '../../src/types.js';
import { looksLikeProse } from '../../src/profile/line-shape.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const ym = (p: YearMonth | 'present'): string => (p === 'present' ? 'present' : `${p.year}-${String(p.month).padStart(2, '0')}`);

/** "Title @ Company [place] start…end" for every job read from the lines. */
function jobsOf(lines: string[]): string[] {
  return buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) =>
    `${j.title} @ ${j.org ?? ''}${j.location !== undefined ? ` [${j.location}]` : ''} ${j.range ? `${ym(j.range.start)}…${ym(j.range.end)}` : 'no dates'}`);
}

describe('Awesome-CV: the next company right under a job with no bullets', () => {
  it('"Company ⇥ City, Country" after a bodiless entry heads the next job, not the place of the last one', () => {
    expect(jobsOf([
      'Experience',
      'Quillmoor Freight\tRemote',
      'DISPATCH ANALYST\t2021–2022',
      'Tarrow Mills\tKendal, United Kingdom',
      'SENIOR PLANNER\t2019–2021',
      '• Planned the night shifts.',
      'PLANNER\t2016–2019',
      '• Kept the rotas.',
    ])).toEqual([
      'DISPATCH ANALYST @ Quillmoor Freight [Remote] 2021-07…2022-06',
      'SENIOR PLANNER @ Tarrow Mills [Kendal, United Kingdom] 2019-07…2021-06',
      'PLANNER @ Tarrow Mills 2016-07…2019-06',
    ]);
  });

  it('trap: a line that is only a place under a dated header stays that job\'s place', () => {
    expect(jobsOf([
      'Experience',
      'Senior Planner, Tarrow Mills\t2019 – 2021',
      'Kendal, United Kingdom',
      '• Planned the night shifts.',
      'Planner, Quillmoor Freight\t2016 – 2019',
      '• Kept the rotas.',
    ])).toEqual([
      'Senior Planner @ Tarrow Mills [Kendal, United Kingdom] 2019-07…2021-06',
      'Planner @ Quillmoor Freight 2016-07…2019-06',
    ]);
  });
});

describe('a company named by its web address opens its header line', () => {
  it.each([
    ['mediapark.io\tLund, Sweden', false],
    ['kestrel.example · Remote', false],
    ['tallow-works.co.uk\tLeeds', false],
    // traps: sentences that open in lower case stay sentences
    ['led the migration of the billing service', true],
    ['maintained the nightly exports', true],
    ['via recruiters and referrals', true],
  ])('%j → prose %s', (text, prose) => {
    expect(looksLikeProse(text)).toBe(prose);
  });

  it('"domain ⇥ City" over "TITLE ⇥ dates" (Awesome-CV) names the company', () => {
    expect(jobsOf([
      'Work Experience',
      'mediapark.io\tLund, Sweden',
      'BACKEND DEVELOPER\tOct. 2023 - Present',
      '• Build and run the booking services.',
    ])).toEqual(['BACKEND DEVELOPER @ mediapark.io [Lund, Sweden] 2023-10…present']);
  });
});
