// Time on the calendar: overlaps counted once, inclusive months, gaps, kinds that do not count, and as-of handling.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { findGaps, unionIntervals, totalMonths } from '../../src/profile/timeline.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const iv = (a: string, b: string) => ({
  start: { year: Number(a.slice(0, 4)), month: Number(a.slice(5)) },
  end: { year: Number(b.slice(0, 4)), month: Number(b.slice(5)) },
});
const profileOf = (lines: string[], asOf = AS_OF, meta = {}) => buildProfile(docOf(lines, meta), { asOf, categories: CATEGORIES });

describe('interval union', () => {
  it('merges overlapping and touching intervals and counts months inclusively', () => {
    const union = unionIntervals([iv('2018-01', '2020-12'), iv('2019-06', '2021-03'), iv('2021-04', '2021-06'), iv('2023-01', '2023-01')]);
    expect(union).toEqual([iv('2018-01', '2021-06'), iv('2023-01', '2023-01')]);
    expect(totalMonths(union)).toBe(42 + 1);
  });
  it('reports gaps of 3 months or more only', () => {
    expect(findGaps([iv('2018-01', '2018-12'), iv('2019-03', '2019-12'), iv('2020-04', '2020-06')])).toEqual([iv('2020-01', '2020-03')]);
  });
});

describe('overlapping jobs are never double-counted', () => {
  it('counts an overlapping part-time ML job once in applied ML years', () => {
    const p = profileOf([
      'Experience',
      'Senior Machine Learning Engineer — Northwind — Jan 2018 – Dec 2020', '• Ranking models.',
      'Machine Learning Advisor — Tailspin — Jun 2019 – Dec 2021', '• Advice.',
    ]);
    expect(p.categories['applied-ml']?.months).toBe(48);
    expect(p.timeline.months).toBe(48);
    expect(p.diagnostics.map((d) => d.code)).toContain('OVERLAPPING_JOBS');
  });
});

describe('academic, intern, volunteer and military time', () => {
  const p = profileOf([
    'Experience',
    'Machine Learning Engineer — Relecloud — Jan 2023 – Dec 2023', '• Ranking models.',
    'PhD Candidate in Machine Learning — University of Bergen — Jan 2019 – Dec 2022', '• Thesis on ranking.',
    'Research Assistant — KTH Royal Institute of Technology — 2017 – 2018', '• Machine learning research.',
    'Machine Learning Intern — Northwind — Jun 2016 – Aug 2016', '• Ranking models.',
    'Signals Officer — Norwegian Army — Jan 2014 – Dec 2015', '• Radio.',
    'Volunteering',
    'Machine Learning Mentor — Code Club — Jan 2020 – Present', '• Teaching kids.',
  ]);
  it('classifies the kinds', () => {
    expect(p.jobs.map((j) => j.kind)).toEqual(['employment', 'academic', 'academic', 'internship', 'military', 'volunteer']);
  });
  it('counts only employment towards a category with kinds [employment]', () => {
    expect(p.categories['applied-ml']?.months).toBe(12);
    expect(p.categories['applied-ml']?.jobs).toEqual([0]);
  });
  it('counts academic time when a category includes it', () => {
    const withAcademic = { ...CATEGORIES[0]!, id: 'ml-any', kinds: ['employment', 'academic'] as const };
    const q = buildProfile(docOf(p.lines.map((l) => l.text)), { asOf: AS_OF, categories: [{ ...withAcademic, kinds: [...withAcademic.kinds] }] });
    // The PhD counts by its title; the research assistant has one evidence term only (min 2), so it does not.
    expect(q.categories['ml-any']?.months).toBe(12 + 48);
  });
  it('keeps a PhD off the gap list (work-like kinds fill the timeline), volunteering does not', () => {
    // Army 2014–2015, intern summer 2016, RA 2017-07..2018-06, PhD 2019–2022, job 2023: no gap around the PhD.
    expect(p.timeline.gaps).toEqual([iv('2016-01', '2016-05'), iv('2016-09', '2017-06'), iv('2018-07', '2018-12')]);
  });
});

describe('as-of date', () => {
  const lines = ['Experience', 'Machine Learning Engineer — Northwind — Jan 2020 – Present', '• Ranking models.'];
  it('resolves Present to the as-of month', () => {
    expect(profileOf(lines, { year: 2026, month: 11 }).jobs[0]?.months).toBe(83);
    expect(profileOf(lines, { year: 2021, month: 12 }).jobs[0]?.months).toBe(24);
  });
  it('reads the document date from a "Last updated" line and warns when Present is stale', () => {
    const p = profileOf(['Last updated: March 2023', ...lines]);
    expect(p.documentDate).toEqual({ year: 2023, month: 3 });
    expect(p.diagnostics.find((d) => d.code === 'STALE_PRESENT')?.data).toMatchObject({ monthsOld: 44 });
  });
  it('falls back to the file metadata, and stays quiet when the résumé is recent', () => {
    const p = profileOf(lines, AS_OF, { modified: '2026-06-02T10:00:00Z' });
    expect(p.documentDate).toEqual({ year: 2026, month: 6 });
    expect(p.diagnostics.map((d) => d.code)).not.toContain('STALE_PRESENT');
  });
  it('dates a LinkedIn export by start + stated duration when nothing else says', () => {
    const p = profileOf(['Experience', 'Northwind', 'Machine Learning Engineer', 'January 2020 - Present (2 years 3 months)', '• Ranking.']);
    expect(p.documentDate).toEqual({ year: 2022, month: 3 });
    expect(p.diagnostics.map((d) => d.code)).toContain('STALE_PRESENT');
  });
  it('counts nothing for a job that starts after as-of', () => {
    const p = profileOf(['Experience', 'Machine Learning Engineer — Northwind — Jan 2027 – Present', '• Ranking.']);
    expect(p.jobs[0]?.months).toBe(0);
    expect(p.jobs[0]?.flags).toContain('FUTURE_START');
  });
});

describe('stated durations', () => {
  it('flags DURATION_MISMATCH when the stated duration disagrees with the dates', () => {
    const p = profileOf(['Experience', 'Northwind', 'Data Scientist', 'March 2018 - December 2019 (4 years 1 month)', '• Models.']);
    expect(p.jobs[0]?.flags).toContain('DURATION_MISMATCH');
  });
  it('accepts a stated duration that matches (LinkedIn counts both end months)', () => {
    const p = profileOf(['Experience', 'Northwind', 'Data Scientist', 'September 2015 - July 2017 (1 year 11 months)', '• Models.']);
    expect(p.jobs[0]?.flags).not.toContain('DURATION_MISMATCH');
  });
  // A count of years alone is rounded by the people who write it; year-only ranges span anything from one to two
  // more years than their difference.
  it.each<[string, string, boolean]>([
    ['31 months stated as "3 years experience"', 'August 2012 – Feb 2015, 3 years experience', false],
    ['"2007 – 2011, 5 years" counts the years inclusively', '2007 – 2011, 5 years experience', false],
    ['a decimal count of years', 'March 2016 – September 2020, 4.5 years', false],
    ['"1 year" for eight months', 'January 2019 – August 2019 (1 year)', false],
    ['trap: years far beyond the dates', 'January 2019 – December 2020 (6 years)', true],
    ['trap: a year-only range claimed twice over', '2019 – 2021, 6 years experience', true],
    ['trap: a decimal count far beyond the dates', 'March 2019 – March 2020, 4.5 years', true],
    ['trap: years and months stay exact', 'January 2019 – December 2020 (3 years 1 month)', true],
  ])('stated duration: %s', (_name, dates, mismatch) => {
    const p = profileOf(['Experience', 'Northwind', 'Data Scientist', dates, '• Models.']);
    expect(p.jobs).toHaveLength(1);
    expect(p.jobs[0]?.flags.includes('DURATION_MISMATCH')).toBe(mismatch);
    // The statement is read with the dates, never left as the organisation.
    expect(p.jobs[0]?.org).toBe('Northwind');
  });
});
