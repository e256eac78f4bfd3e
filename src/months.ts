// Months on the calendar as whole numbers: the one place for the arithmetic every stage does on YearMonth
// (comparing, adding, spans of ranges). Index 0 is January of year 0.
import type { Precision, YearMonth } from './types.js';

export const monthIndex = (ym: YearMonth): number => ym.year * 12 + ym.month - 1;

export const fromMonthIndex = (m: number): YearMonth => ({ year: Math.floor(m / 12), month: (m % 12) + 1 });

export const addMonths = (ym: YearMonth, n: number): YearMonth => fromMonthIndex(monthIndex(ym) + n);

/** The month a range ends in, "present" as open-ended (Infinity). */
export const endIndex = (r: { end: YearMonth | 'present' }): number => (r.end === 'present' ? Infinity : monthIndex(r.end));

/** A range's first and last month, a year-only range taken as whole years ("2016 – 2018" is Jan 2016 – Dec 2018). */
export function wholeSpan(r: { start: YearMonth; end: YearMonth | 'present'; precision: Precision }): { first: number; last: number } {
  if (r.precision !== 'year') return { first: monthIndex(r.start), last: endIndex(r) };
  return { first: r.start.year * 12, last: r.end === 'present' ? Infinity : r.end.year * 12 + 11 };
}
