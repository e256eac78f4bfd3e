import { describe, expect, it } from 'vitest';
import { addMonths, endIndex, fromMonthIndex, monthIndex, wholeSpan } from '../../src/months.js';

describe('month arithmetic shared by every stage', () => {
  it.each([
    [{ year: 2020, month: 1 }, -1, { year: 2019, month: 12 }],
    [{ year: 2019, month: 12 }, 1, { year: 2020, month: 1 }],
    [{ year: 2020, month: 6 }, 0, { year: 2020, month: 6 }],
    [{ year: 2020, month: 6 }, 26, { year: 2022, month: 8 }],
    [{ year: 2020, month: 3 }, -15, { year: 2018, month: 12 }],
  ])('%o plus %i months is %o', (from, n, to) => {
    expect(addMonths(from, n)).toEqual(to);
  });

  it('indexes round-trip and order months', () => {
    expect(fromMonthIndex(monthIndex({ year: 2024, month: 12 }))).toEqual({ year: 2024, month: 12 });
    expect(monthIndex({ year: 2024, month: 1 }) - monthIndex({ year: 2023, month: 12 })).toBe(1);
  });

  it.each([
    ['a month range keeps its months', { start: { year: 2019, month: 3 }, end: { year: 2021, month: 5 }, precision: 'month' as const }, [2019 * 12 + 2, 2021 * 12 + 4]],
    ['a year-only range is whole years', { start: { year: 2016, month: 7 }, end: { year: 2018, month: 7 }, precision: 'year' as const }, [2016 * 12, 2018 * 12 + 11]],
    ['"present" is open-ended', { start: { year: 2016, month: 1 }, end: 'present' as const, precision: 'year' as const }, [2016 * 12, Infinity]],
  ])('%s', (_, range, [first, last]) => {
    expect(wholeSpan(range)).toEqual({ first, last });
  });

  it('a range ending "present" ends after every dated month', () => {
    expect(endIndex({ end: 'present' })).toBeGreaterThan(endIndex({ end: { year: 9999, month: 12 } }));
  });
});
