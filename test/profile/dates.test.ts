// The date-range grammar: every form the issue lists, the year-only rule, LinkedIn durations, and the sentences,
// phone numbers and counts it must reject.
import { describe, expect, it } from 'vitest';
import { findDateRanges, monthsInclusive, parseDateRange, parseRangeEnd } from '../../src/profile/dates.js';

import { expectRange, type RangeCase } from './helpers.js';

// [text, start, end ('present' or YYYY-MM), precision]
const ACCEPT: RangeCase[] = [
  ['Jan 2018 – Present', '2018-01', 'present', 'month'],
  ['January 2018', '2018-01', '2018-01', 'month'],
  ['Sept. 2019 to Present', '2019-09', 'present', 'month'],
  ['03/2016 – 08/2019', '2016-03', '2019-08', 'month'],
  ['3/2016', '2016-03', '2016-03', 'month'],
  ['2016.03', '2016-03', '2016-03', 'month'],
  ['2016-03', '2016-03', '2016-03', 'month'],
  ['2016.03 - 2018.11', '2016-03', '2018-11', 'month'],
  ['2016-03 – 2019-02', '2016-03', '2019-02', 'month'],
  ['2015-2019', '2015-07', '2019-06', 'year'],
  ['2015 – 2020', '2015-07', '2020-06', 'year'],
  ['2012–2016', '2012-07', '2016-06', 'year'],
  ['2012–14', '2012-07', '2014-06', 'year'],
  ["'19", '2019-01', '2019-06', 'year'],
  ["Jun '17 – Jun '20", '2017-06', '2020-06', 'month'],
  ['2019', '2019-01', '2019-06', 'year'],
  ['Summer 2019', '2019-06', '2019-08', 'season'],
  ['Fall 2011 - Spring 2012', '2011-09', '2012-05', 'season'],
  ['Winter 2012', '2011-12', '2012-02', 'season'],
  ['Q3 2020 – Q1 2022', '2020-07', '2022-03', 'season'],
  ['Q2 2022 – Present', '2022-04', 'present', 'season'],
  ['2019–Current', '2019-07', 'present', 'year'],
  ['Mar 2018 - Now', '2018-03', 'present', 'month'],
  ['Mar 2018 – Ongoing', '2018-03', 'present', 'month'],
  ['Mar 2018 To date', '2018-03', 'present', 'month'],
  ['Mar 2018 – Till date', '2018-03', 'present', 'month'],
  ['April 2020 - TILL DATE', '2020-04', 'present', 'month'],
  ['Jan 2022 — Present', '2022-01', 'present', 'month'],
  ['Jan 2022 - Present', '2022-01', 'present', 'month'],
  ['Aug 2022\u00adPresent', '2022-08', 'present', 'month'],
  ['2015\u00ad2019', '2015-07', '2019-06', 'year'],
  ['September 2014 until December 2017', '2014-09', '2017-12', 'month'],
  ['Jan 2018 to Mar 2019', '2018-01', '2019-03', 'month'],
  ['Jan – Mar 2019', '2019-01', '2019-03', 'month'],
  ['since 2019', '2019-07', 'present', 'year'],
  ['04/2019 – heute', '2019-04', 'present', 'month'],
  ['janv. 2018 – aujourd’hui', '2018-01', 'present', 'month'],
  ['enero de 2018 – actualidad', '2018-01', 'present', 'month'],
  ['мар. 2018 – по настоящее время', '2018-03', 'present', 'month'],
  ['Aug 2022 Present', '2022-08', 'present', 'month'],
  ['03/2019 – hasta la fecha', '2019-03', 'present', 'month'],
  ['03/2019 – à ce jour', '2019-03', 'present', 'month'],
  ['03/2019 – ad oggi', '2019-03', 'present', 'month'],
  ['03/2019 – até o momento', '2019-03', 'present', 'month'],
  ['2019-03 – nu', '2019-03', 'present', 'month'],
  ['2019 – 2015', '2015-07', '2019-06', 'year'],
  ['Set 2019 – Ago 2021', '2019-09', '2021-08', 'month'],
];

describe('parseDateRange accepts every listed form', () => {
  it.each(ACCEPT)('%s', expectRange);
});

// Lines in which no date range may be found.
const REJECT: string[] = [
  'Led the 2018 migration of 1,500 servers',
  'Top 10 in 2019',
  '+1 (555) 201-2019',
  'Tel: +46 70 2015 2019',
  '2,000 users',
  'Served 2000 users a day',
  'Grew revenue from 1500 to 1900 accounts',
  'Promoted in March 2020 to senior engineer',
  'Reduced latency by 2019 ms', // a number in a sentence, not a date
  'ISBN 978-3-16-148410-0',
  'Order 2015-2019-4455',
  'Rolled out 2019',
  'We set 2019 targets',
];

describe('findDateRanges rejects sentences, phone numbers and counts', () => {
  it.each(REJECT)('%s', (text) => {
    expect(findDateRanges(text)).toEqual([]);
  });
});

describe('ranges inside header lines', () => {
  it('finds the range after a title and company', () => {
    const [r] = findDateRanges('Senior ML Engineer — Northwind — Jan 2018 – Present');
    expect(r?.raw).toBe('Jan 2018 – Present');
  });
  it('finds a year range in a table cell joined with a tab', () => {
    expect(findDateRanges('Northwind Retail\t2016 - 2019')[0]?.start).toEqual({ year: 2016, month: 7 });
  });
  it('keeps a lone year set apart by a separator, rejects one inside a sentence', () => {
    expect(findDateRanges('Acme | 2019')).toHaveLength(1);
    expect(findDateRanges('Acme in 2019')).toHaveLength(0);
  });
  it('marks "2021 –" at the end of a line (or of its cell) as open', () => {
    expect(findDateRanges('2021 –')[0]?.open).toBe(true);
    expect(findDateRanges('03/2015 –\tSenior Data Scientist')[0]?.open).toBe(true);
  });
  it('reads the end of a split range on its own line', () => {
    expect(parseRangeEnd('Present')).toEqual({ end: 'present', precision: 'month' });
    expect(parseRangeEnd('– Aug 2019')).toEqual({ end: { year: 2019, month: 8 }, precision: 'month' });
    expect(parseRangeEnd('Acme Corp')).toBeUndefined();
  });
});

describe('LinkedIn durations', () => {
  it.each([
    ['Jan 2020 - Present (2 years 3 months)', 27],
    ['September 2015 - July 2017 (1 year 11 months)', 23],
    ['January 2021 - December 2022 (2 years)', 24],
    ['Mar 2021 - May 2021 · 3 mos', 3],
    // a clock icon before the duration, a comma between its parts, and none at all after the range
    ['Feb, 2018 - Jul, 2021 🕓 3 years, 6 months', 42],
    ['Mar 2022 – Present 4 years 9 months', 57],
    ['Sep, 2015 - Jan, 2018 · \uFFFD 2 years, 5 months', 29],
    ['Jun, 2013 - Aug, 2015\t\u0000 2 years, 3 months', 27],
  ])('%s states %i months', (text, months) => {
    expect(parseDateRange(text)?.statedMonths).toBe(months);
  });
  it.each(['Jan 2020 - Present 🕓 Berlin', 'Mar 2021 - May 2021 ★ 3 stars'])('no duration: %s', (text) => {
    expect(parseDateRange(text)?.statedMonths).toBeUndefined();
  });
});

describe('the year-only rule', () => {
  it('counts a year-only range as its length in whole years (mid-year to mid-year)', () => {
    const r = parseDateRange('2015 – 2019');
    expect(r && r.end !== 'present' ? monthsInclusive(r.start, r.end) : 0).toBe(48);
  });
  it('tiles back-to-back year-only jobs without overlap or gap', () => {
    const a = parseDateRange('2015 – 2019');
    const b = parseDateRange('2019 – 2021');
    expect(a?.end).toEqual({ year: 2019, month: 6 });
    expect(b?.start).toEqual({ year: 2019, month: 7 });
  });
  it('widens a year-only end that would fall before a month start in the same year', () => {
    expect(parseDateRange('Sep 2019 – 2019')?.end).toEqual({ year: 2019, month: 12 });
  });
});

describe('two-digit years', () => {
  it('uses as-of to pivot', () => {
    expect(parseDateRange("Jun '28", { year: 2026, month: 11 })?.start.year).toBe(1928);
    expect(parseDateRange("Jun '27", { year: 2026, month: 11 })?.start.year).toBe(2027);
  });
});

describe('a month name and a two-digit year on both ends ("Sep 15 - NOW", "Jan 15 - Aug 17")', () => {
  const AS_OF_2026 = { year: 2026, month: 11 };
  it.each<[string, string, [number, number] | null, [number, number] | 'present' | null]>([
    ['open to now', 'Sep 15 - NOW', [2015, 9], 'present'],
    ['closed', 'Jan 15 - Aug 17', [2015, 1], [2017, 8]],
    ['abbreviation points', 'Mar. 11 – Dec. 12', [2011, 3], [2012, 12]],
    ['"to" and "present"', 'May 12 to present', [2012, 5], 'present'],
    ['in a title row', 'Systems Administrator\tJan 15 - Aug 17', [2015, 1], [2017, 8]],
    ['trap: a month and a day alone', 'Sep 15', null, null],
    ['trap: days in one month, the year after a comma', 'Sep 15 – Sep 20, 2023', [2023, 1], [2023, 6]],
    ['trap: days, then a year', 'Jan 13 - Aug 15 2019', null, null],
    ['trap: a day range across months (Oct 31 would be 1931)', 'Oct 31 – Nov 02', null, null],
    ['trap: a day then a bare number', 'Aug 15 - 20', null, null],
    ['trap: backwards', 'Aug 17 - Jan 15', null, null],
  ])('%s: %s', (_name, text, start, end) => {
    const r = parseDateRange(text, AS_OF_2026);
    if (start === null) return expect(r).toBeNull();
    expect(r && [r.start.year, r.start.month]).toEqual(start);
    expect(r && (r.end === 'present' ? 'present' : [r.end.year, r.end.month])).toEqual(end);
  });
});
