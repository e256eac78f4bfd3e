// The date grammar of real-world résumés (issue 12 §3): MM/YY, whole numeric days in either order, year / month,
// arrows, "Exp.", season lists, glued years, icons before a date, dates glued to a company — and the numbers that
// only look like dates (scores, versions, GPAs, phone numbers, postcodes) that it must reject.
import { describe, expect, it } from 'vitest';
import { findDateRanges, parseDateRange } from '../../src/profile/dates.js';

import { expectRange, type RangeCase } from './helpers.js';

// [text, start, end ('present' or YYYY-MM), precision]
const ACCEPT: RangeCase[] = [
  // MM/YY: two two-digit parts, beside a dash or another date.
  ['07/16 – Now', '2016-07', 'present', 'month'],
  ['04/12 - 02/14', '2012-04', '2014-02', 'month'],
  ['02/21 ⇒ Now', '2021-02', 'present', 'month'],
  ['06/18 ⇒ 01/22 · Manchester', '2018-06', '2022-01', 'month'],
  ['09/89 – 12/94', '1989-09', '1994-12', 'month'],
  // MM/YYYY.
  ['03/2016 – 08/2019', '2016-03', '2019-08', 'month'],
  // Whole days: a part above 12 decides; otherwise the other end of the range; otherwise day-first.
  ['03/06/2007 – 30/09/2007', '2007-06', '2007-09', 'month'],
  ['03/04/2013 – 30/09/2013', '2013-04', '2013-09', 'month'],
  ['01/10/2019 – Present', '2019-10', 'present', 'month'],
  ['12/31/2018 – 03/15/2020', '2018-12', '2020-03', 'month'],
  ['06/03/2019 – 12/31/2020', '2019-06', '2020-12', 'month'],
  ['15.08.2015 – 28.02.2019', '2015-08', '2019-02', 'month'],
  ['03/04/2013 30/09/2013', '2013-04', '2013-09', 'month'],
  ['15 March 2019 – 1 June 2021', '2019-03', '2021-06', 'month'],
  ['March 15, 2019 – June 1, 2021', '2019-03', '2021-06', 'month'],
  // Year / month with spaces.
  ['2018 / 03 – present', '2018-03', 'present', 'month'],
  ['2021 / 06 – Present', '2021-06', 'present', 'month'],
  ['2015 / 06 – 2018 / 02', '2015-06', '2018-02', 'month'],
  // Two-digit years, present words.
  ["'15 – '18", '2015-07', '2018-06', 'year'],
  ['’11 – ’15', '2011-07', '2015-06', 'year'],
  ['2020–Current', '2020-07', 'present', 'year'],
  ['Jan 2019 – Now', '2019-01', 'present', 'month'],
  ['Jan 2019 to date', '2019-01', 'present', 'month'],
  ['Jan 2019 – Today', '2019-01', 'present', 'month'],
  ['March 2016 to December 2018', '2016-03', '2018-12', 'month'],
  // Expected ends.
  ['Sep. 2019 – Exp. May 2021', '2019-09', '2021-05', 'month'],
  ['Sep 2023 – Expected May 2027', '2023-09', '2027-05', 'month'],
  ['Expected May 2027', '2027-05', '2027-05', 'month'],
  ['Sep 2023 – May 2027 (expected)', '2023-09', '2027-05', 'month'],
  // Season lists: one span (THE SEASON-LIST RULE).
  ['Summer 2014 and 2015', '2014-06', '2015-08', 'season'],
  ['Summer 2016, 2017', '2016-06', '2017-08', 'season'],
  ['Summers 2016, 2017 and 2018', '2016-06', '2018-08', 'season'],
  // Arrows and dashes.
  ['Jan 2020 → Mar 2021', '2020-01', '2021-03', 'month'],
  ['Jan 2020 ⟶ Mar 2021', '2020-01', '2021-03', 'month'],
  ['Jan 2020 -> Mar 2021', '2020-01', '2021-03', 'month'],
  ['2015 → 2018', '2015-07', '2018-06', 'year'],
  ['Mar 2022 → Present', '2022-03', 'present', 'month'],
  ['Jan 2020 — Mar 2021', '2020-01', '2021-03', 'month'],
  ['Jan 2020\u00adMar 2021', '2020-01', '2021-03', 'month'],
  ['2018\u00ad2021', '2018-07', '2021-06', 'year'],
  ['2018\u20102021', '2018-07', '2021-06', 'year'],
  ['Jan 2018 \u2011 Present', '2018-01', 'present', 'month'],
  ['Jan 2018 ~ Dec 2019', '2018-01', '2019-12', 'month'],
  ['Jan 1, 2019 – Dec 31, 2019', '2019-01', '2019-12', 'month'],
  ['2019-01-15 – 2019-12-31', '2019-01', '2019-12', 'month'],
  ['07/2019 - until now', '2019-07', 'present', 'month'],
  // Academic and fiscal years.
  ['2019/2020', '2019-07', '2020-06', 'year'],
  ['2019 / 2020', '2019-07', '2020-06', 'year'],
  ['2019/20', '2019-07', '2020-06', 'year'],
  ['2011/12', '2011-12', '2011-12', 'month'],
  // Two years glued by a dropped soft hyphen, alone in their cell.
  ['20182021', '2018-07', '2021-06', 'year'],
  // Open to the present, a start month in the year before its end.
  ['2019 onwards', '2019-07', 'present', 'year'],
  ['Jan 2019 – present day', '2019-01', 'present', 'month'],
  ['Nov – Jan 2020', '2019-11', '2020-01', 'month'],
  ['Mar 2020 – Mar 2022 • 2 yrs 1 mo', '2020-03', '2022-03', 'month'],
  // A table's From and To columns.
  ['Jan 2019\tMar 2021', '2019-01', '2021-03', 'month'],
  ['03/2015\tPresent', '2015-03', 'present', 'month'],
  ['2015\t2019', '2015-07', '2019-06', 'year'],
  // An icon before the date.
  ['📅 2021 / 06 – Present', '2021-06', 'present', 'month'],
  ['🗓️ Jan 2019 – Mar 2020', '2019-01', '2020-03', 'month'],
  ['⌚ 2019 – 2021', '2019-07', '2021-06', 'year'],
  ['▸ Jan 2019 – Present', '2019-01', 'present', 'month'],
  ['• 2019 – 2021', '2019-07', '2021-06', 'year'],
  // friggeri-cv: two month numbers sharing a year
  ['03–09 2015', '2015-03', '2015-09', 'month'],
  ['07-08 2013', '2013-07', '2013-08', 'month'],
];

describe('the real-world date grammar accepts', () => {
  it.each(ACCEPT)('%s', expectRange);
});

// Numbers that only look like dates: no range may be found.
const REJECT: string[] = [
  'On call 24/7 for the payments platform',
  'Rated 9/10 by attendees',
  'Scored 10/10 on the final review',
  'GPA 3.8/4.0',
  'GPA 8.6/10; student representative.',
  'Python 3.10/2.7 compatibility layer',
  'Upgraded Python 2.7 to 3.10',
  'Cut p99 latency by 45%',
  '10/10',
  '07/16',
  'Python 3 – 2019 migration done by the team',
  '+1 (512) 555-0147',
  '☎ (512) 555-0147',
  '+45 20 00 00 00',
  '+47 400 00 731',
  'M +49 151 0000 4417',
  '07700 900123',
  '2000 Antwerpen',
  'Kastanienallee 14, 10435 Berlin',
  '22 Wharf Street – Leith, Edinburgh EH6 6RD',
  'Pärnu mnt 31-8 – 10119 Tallinn – Estonia',
  'Tel: 20182021',
  'Order 20182021 shipped',
  'ISBN 978-3-16-148410-0',
  'Ran 30 listener interviews a quarter',
  '50/50 split between research and engineering',
  '10/10\t10/12',
  // two numbers before a year that are not a month pair: days, backwards, spaced, in another cell, after a number
  '12–14 2019', '09–03 2015', '03 – 09 2015', '03–09\t2015', 'Suite 2014 03–09 2015', '03–09 201',
];

describe('the real-world date grammar rejects', () => {
  it.each(REJECT)('%s', (text) => {
    expect(findDateRanges(text)).toEqual([]);
  });
});

describe('whole numeric days settle their order', () => {
  it('reads an ambiguous day day-first by default and month-first when the reading says so', () => {
    expect(parseDateRange('01/10/2019 – Present')?.start).toEqual({ year: 2019, month: 10 });
    expect(parseDateRange('01/10/2019 – Present', undefined, 0, false)?.start).toEqual({ year: 2019, month: 1 });
  });
  it('lets an unambiguous end settle an ambiguous start', () => {
    expect(parseDateRange('03/06/2007 – 09/30/2007')?.start).toEqual({ year: 2007, month: 3 });
    expect(parseDateRange('03/06/2007 – 30/09/2007', undefined, 0, false)?.start).toEqual({ year: 2007, month: 6 });
  });
  it('keeps a range forward when neither end says', () => {
    // Day-first would run from June back to April; month-first runs March → April.
    expect(parseDateRange('03/06/2019 – 04/05/2019')).toMatchObject({ start: { year: 2019, month: 3 }, end: { year: 2019, month: 4 } });
  });
});

describe('dates glued to a company leave the company clean', () => {
  it.each([
    ['Northern Thread Ltd. 02/22 ⇒ Now', 'Northern Thread Ltd.'],
    ['Hollowbrook Logistics 📅 2021 / 06 – Present', 'Hollowbrook Logistics'],
    ['Pecan Street Print Co. 03/14 - 06/16', 'Pecan Street Print Co.'],
    ['Atlântico Marketplace\tMar 2022 → Present', 'Atlântico Marketplace'],
  ])('%s', (text, company) => {
    const [r] = findDateRanges(text);
    expect(r).toBeDefined();
    expect(text.slice(0, r?.from).trim()).toBe(company);
    expect(text.slice(r?.to).trim()).toBe('');
  });
});

describe('ranges cut at the end of a line', () => {
  it('marks "Jan 2020 → Mar" as open, waiting for the end year', () => {
    const [r] = findDateRanges('Jan 2020 → Mar');
    expect(r).toMatchObject({ open: true, pendingEndMonth: 3, start: { year: 2020, month: 1 } });
  });
  it('marks "07/13 –" as open (a dash makes MM/YY a date)', () => {
    expect(findDateRanges('07/13 –')[0]).toMatchObject({ open: true, start: { year: 2013, month: 7 } });
  });
});

describe('dates in neighbouring cells', () => {
  it('keeps a later date in the next cell apart when the first date shares its cell', () => {
    const found = findDateRanges('Acme Jan 2015\tMar 2019');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.single)).toBe(true);
  });
  it('does not join an earlier date in the next cell', () => {
    expect(findDateRanges('Mar 2021\tJan 2019')[0]?.single).toBe(true);
  });
});

describe('year-only ranges keep year precision', () => {
  it.each(['2015 – 2019', '2015 → 2019', "'15 – '19", '20152019', '2015\u00ad2019'])('%s', (text) => {
    expect(parseDateRange(text)?.precision).toBe('year');
  });
});
