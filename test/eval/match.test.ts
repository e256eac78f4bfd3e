// The eval's job matching: what counts as the same job, and as the right dates, title and company.
import { describe, expect, it } from 'vitest';
import type { Job, YearMonth } from '../../src/types.js';
import { datePointRight, matchJobs, normalName, similarity } from '../tools/eval/match.js';
import type { LabelJob } from '../tools/eval/labels.js';

const ym = (s: string): YearMonth => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)) });

function job(title: string, org: string | undefined, start: string, end: string | 'present'): Job {
  return {
    title, ...(org !== undefined ? { org } : {}), months: 0, kind: 'employment', start: 0, end: 1, body: [], categories: [], flags: [],
    range: { start: ym(start), end: end === 'present' ? 'present' : ym(end), precision: 'month', raw: '', line: 0 },
  };
}

describe('datePointRight', () => {
  it.each<[string | null, YearMonth | 'present' | undefined, boolean]>([
    ['2019-03', ym('2019-03'), true],
    ['2019-03', ym('2019-04'), true], // ±1 month
    ['2019-03', ym('2019-02'), true],
    ['2019-03', ym('2019-05'), false],
    ['2019-12', ym('2020-01'), true], // across a year end
    ['2019', ym('2019-07'), true], // year-only label: the year decides
    ['2019', ym('2018-12'), false],
    ['present', 'present', true],
    ['present', ym('2026-11'), false], // an open end is not a month
    ['2019-03', 'present', false],
    ['2019-03', undefined, false],
    [null, undefined, true],
    [null, ym('2019-01'), false],
  ])('label %s vs %j → %s', (label, got, want) => {
    expect(datePointRight(label, got)).toBe(want);
  });
});

describe('normalName', () => {
  it.each([
    ['Acme Ltd.', 'acme ltd'],
    ['  Senior  Engineer ', 'senior engineer'],
    ['Research & Development', 'research and development'],
    ['Head of ML — Ads', 'head of ml - ads'],
    ['Yippee!', 'yippee!'], // an exclamation mark is part of the name
  ])('%s → %s', (input, want) => {
    expect(normalName(input)).toBe(want);
  });
});

describe('similarity', () => {
  it.each([
    ['Senior Data Scientist', 'senior data scientist', 1],
    ['Data Scientist', 'Senior Data Scientist', 2 / 3],
    ['Lakeside Analytics', 'Brightwave Media', 0],
    ['', 'anything', 0],
  ])('%s ~ %s = %f', (a, b, want) => {
    expect(similarity(a, b)).toBeCloseTo(want, 5);
  });
});

describe('matchJobs', () => {
  const labels: LabelJob[] = [
    { title: 'Engineering Manager', company: 'Lakeside Analytics', start: '2021-03', end: 'present', kind: 'employment' },
    { title: 'Senior Engineer', company: 'Lakeside Analytics', start: '2018-01', end: '2021-02', kind: 'employment' },
    { title: 'Engineer', company: 'Brightwave Media', start: '2015', end: '2017', kind: 'employment' },
  ];

  it('pairs each label with the job that shares its dates and names, whatever the order', () => {
    const got = [job('Engineer', 'Brightwave Media', '2015-07', '2017-06'), job('Engineering Manager', 'Lakeside Analytics', '2021-03', 'present'), job('Senior Engineer', 'Lakeside Analytics', '2018-01', '2021-02')];
    const r = matchJobs(labels, got);
    expect(r.jobs.map((c) => c.found)).toEqual([1, 2, 0]);
    expect(r.jobs.every((c) => c.datesRight && c.titleRight && c.companyRight)).toBe(true);
    expect(r.extra).toEqual([]);
  });

  it('counts a job with swapped title and company as found but wrong in both', () => {
    const r = matchJobs([labels[0] as LabelJob], [job('Lakeside Analytics', 'Engineering Manager', '2021-03', 'present')]);
    expect(r.jobs[0]).toMatchObject({ found: 0, datesRight: true, titleRight: false, companyRight: false });
  });

  it('never pairs one job with two labels, and reports jobs that are not labelled', () => {
    const r = matchJobs(labels, [job('Senior Engineer', 'Lakeside Analytics', '2018-01', '2021-02'), job('BSc Computer Science', 'University of Tartu', '2011-09', '2014-06')]);
    expect(r.jobs.map((c) => c.found)).toEqual([undefined, 0, undefined]);
    expect(r.extra).toEqual([1]);
  });

  it('does not pair a stray job that shares nothing with a label', () => {
    const r = matchJobs([labels[2] as LabelJob], [job('Volunteer', 'Food Bank', '2010-01', '2010-06')]);
    expect(r.jobs[0]?.found).toBeUndefined();
    expect(r.extra).toEqual([0]);
  });
});
