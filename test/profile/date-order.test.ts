// The document's day/month order: the unambiguous whole days it writes elsewhere settle "01/10/2019".
import { describe, expect, it } from 'vitest';
import { dateReadingOf } from '../../src/profile/date-order.js';
import { findDateRanges } from '../../src/profile/dates.js';

describe('dateReadingOf', () => {
  it.each([
    [['Staff Nurse · 15/08/2015 – 28/02/2019', 'Charge Nurse · 01/03/2019 – present'], true],
    [['Analyst · 12/31/2018 – 03/15/2020', 'Engineer · 04/01/2020 – Present'], false],
    [['Engineer · 04/01/2020 – Present'], true], // nothing says: day-first
    [['Released v1.2.2019 of the tool', 'Version 3.10/2.7'], true], // not whole days
    [['15.08.2015 – 28.02.2019', '12/31/2018', '12/30/2017', '12/29/2016'], false], // the majority wins
  ])('%j → dayFirst %s', (texts, dayFirst) => {
    expect(dateReadingOf(texts, 2027).dayFirst).toBe(dayFirst);
  });
  it('reads an ambiguous day with the document order', () => {
    const texts = ['Analyst · 12/31/2018 – 03/15/2020', 'Engineer · 04/01/2020 – Present'];
    const reading = dateReadingOf(texts, 2027);
    expect(findDateRanges(texts[1] ?? '', reading)[0]?.start).toEqual({ year: 2020, month: 4 });
    expect(findDateRanges(texts[1] ?? '', 2027)[0]?.start).toEqual({ year: 2020, month: 1 });
  });
});
