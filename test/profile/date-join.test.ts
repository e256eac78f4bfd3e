// Joining a range to its end on a later line (moderncv's date column, a wrapped date cell, a table row whose last
// cell holds the wrapped end) — and the later lines that must not be taken as the end.
import { describe, expect, it } from 'vitest';
import { findDateRanges, type FoundRange } from '../../src/profile/dates.js';
import { completeRange, endsWithDateCell } from '../../src/profile/date-join.js';
import { classifyLines } from '../../src/profile/job-lines.js';

const PIVOT = 2027;
const next = { nextLine: true, wholeLine: true };

function rangeOf(text: string): FoundRange {
  const r = findDateRanges(text, PIVOT)[0];
  if (!r) throw new Error('no range in case text');
  return r;
}

describe('completeRange joins', () => {
  it.each([
    ['2021 –', 'Present', '2021-07', 'present'],
    ['Jan 2021 –', 'Mar 2022', '2021-01', '2022-03'],
    ['Jan 2020 → Mar', '2021', '2020-01', '2021-03'],
    ['Sep 2014 → May', '2016', '2014-09', '2016-05'],
    ['Sep 2014', '– May 2016', '2014-09', '2016-05'],
    ['Sep 2014', 'May 2016', '2014-09', '2016-05'],
    ['Mar 2022', '→ Present', '2022-03', 'present'],
    ['07/13 –', '12/15', '2013-07', '2015-12'],
    ['Sep. 2019 –', 'Exp. May 2021', '2019-09', '2021-05'],
  ])('%s + %s', (first, second, start, end) => {
    const r = completeRange(rangeOf(first), first, second, next, PIVOT);
    expect(r?.start).toEqual({ year: Number(start.slice(0, 4)), month: Number(start.slice(5, 7)) });
    expect(r?.end).toEqual(end === 'present' ? 'present' : { year: Number(end.slice(0, 4)), month: Number(end.slice(5, 7)) });
    expect(r?.open).toBe(false);
    expect(r?.pendingEndMonth).toBeUndefined();
  });
});

describe('completeRange refuses', () => {
  it.each([
    ['Jan 2020 → Mar', 'Present', next], // an end month wants a year
    ['Jan 2020 → Mar', 'May 2021', next],
    ['Sep 2014', 'Present', next], // a lone date joins "Present" only through a dash
    ['Sep 2014', 'May 2012', next], // an earlier date is not the end
    ['Sep 2014', 'May 2016', { nextLine: false, wholeLine: true }], // without a dash only from the very next line
    ['Sep 2014', 'May 2016', { nextLine: true, wholeLine: false }], // …and only a whole line
    ['2021 –', 'Acme Corp', next],
    ['2021 –', '10/10', next], // MM/YY alone is a score
    ['2019 – 2021', 'Present', next], // a closed range takes no end
  ])('%s + %s', (first, second, place) => {
    expect(completeRange(rangeOf(first), first, second, place, PIVOT)).toBeUndefined();
  });
});

describe('endsWithDateCell', () => {
  it('finds a wrapped date cell at the end of a body row', () => {
    expect(endsWithDateCell('Built pricing models (XGBoost) for 14 cities.\tMar 2021', PIVOT)).toBe(true);
    expect(endsWithDateCell('Own the CTR models\tPresent', PIVOT)).toBe(true);
  });
  it('ignores sentences that merely end in a year', () => {
    expect(endsWithDateCell('Hired 11 people in 2023 and 2024.', PIVOT)).toBe(false);
    expect(endsWithDateCell('Rated\t9/10', PIVOT)).toBe(false);
  });
});

describe('where date lines are read (job-lines.ts)', () => {
  const lines = (texts: string[]) => texts.map((text, index) => ({ text, page: 1, index }));
  it('joins a date cell that wrapped before its end year', () => {
    const out = classifyLines(lines(['Jan 2020 → Mar', '2021', 'Machine Learning Manager', 'Pennine Grocers plc']), PIVOT);
    expect(out[0]?.range).toMatchObject({ start: { year: 2020, month: 1 }, end: { year: 2021, month: 3 }, open: false });
    expect(out[1]?.role).toBe('blank');
  });
  it('takes the end from the last cell of the next table row', () => {
    const out = classifyLines(lines(['Kestrel Mobility\tSenior Data Scientist\tFeb 2018 –', 'Built dynamic-pricing models for a marketplace in 14 cities.\tMar 2021']), PIVOT);
    expect(out[0]?.range).toMatchObject({ end: { year: 2021, month: 3 }, open: false });
    expect(out[1]?.role).toBe('body');
  });
});
