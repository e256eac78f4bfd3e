// One date of a range: "Jan 2018", "Sept. 2019", "15 March 2019", "03/2016", "2016.03", "07/16", "03/06/2007",
// "2015", "'19", "Summer 2019", "Q3 2020". A point knows the first month it can mean (used when it starts a range)
// and the last (when it ends one). Numeric forms live in date-numeric.ts.
import type { Precision, YearMonth } from '../types.js';
import { AMBIGUOUS_MONTHS, MONTHS, SEASON_YEAR_LINKS, SEASONS, YEAR_PARTS } from './date-words.js';
import type { Tok } from './date-tokens.js';
import { fullDatePoint, monthFirstPoint, yearMonthPoint, yearOf } from './date-numeric.js';

export { yearOf, twoDigitYear, MIN_YEAR, MAX_YEAR } from './date-numeric.js';

/** How to read ambiguous numbers: the two-digit-year pivot and the day/month order of "03/06/2007". */
export interface DateReading {
  /** Two-digit years up to this are 20YY, later ones 19YY. */
  pivot: number;
  /** "03/06/2007" is 3 June (true) or March 6 (false), when nothing in the range or the document says. */
  dayFirst: boolean;
}

export interface Point {
  first: YearMonth;
  last: YearMonth;
  precision: Precision;
  year: number;
  /** Index of the token after the point. */
  next: number;
  /** MM/YY ("07/16"): a date only next to a dash or another date; alone it is a score or a fraction ("10/10"). */
  weak?: boolean;
  /** A whole numeric day ("03/06/2007"): the order it was read in and, when the other order is possible, its month. */
  full?: { order: 'dmy' | 'mdy'; alt?: YearMonth };
}

/**
 * THE YEAR-ONLY RULE. A year written alone ("2015 – 2019") is read as the middle of that year: as a start it means
 * July, as an end it means June. The true start and end lie anywhere in their years, so the midpoint is the
 * unbiased guess: "2015 – 2019" counts 48 months (4.0 years), each endpoint within ±6 months of the truth, and
 * back-to-back year-only jobs ("2015 – 2019", "2019 – 2021") tile without overlap or gap. A range inside one year
 * ("2019", "2019 – 2019") counts January–June (6 months: half a year, as the midpoint rule gives on average).
 * Seasons and quarters count their whole span, a start taking the first month and an end the last ("Summer 2019"
 * = Jun–Aug 2019, "Fall 2011 – Spring 2012" = Sep 2011 – May 2012, "Q3 2020 – Q1 2022" = Jul 2020 – Mar 2022);
 * Spring = Mar–May, Summer = Jun–Aug, Fall/Autumn = Sep–Nov, Winter Y = Dec Y-1 – Feb Y. Two-digit years: '17 = 2017.
 * The same rule is written for label authors in fixtures/cases/README.md.
 */
export const YEAR_ONLY_START_MONTH = 7;
export const YEAR_ONLY_END_MONTH = 6;
export const SAME_YEAR_SPAN: readonly [number, number] = [1, 6];

const QUARTERS: Record<string, readonly [number, number]> = {
  q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12], h1: [1, 6], h2: [7, 12],
};

function monthPoint(year: number, month: number, next: number): Point {
  const ym = { year, month };
  return { first: ym, last: ym, precision: 'month', year, next };
}

function spanPoint(year: number, span: readonly [number, number], precision: Precision, next: number): Point {
  // Winter runs over the new year: "Winter 2012" starts in December 2011.
  const firstYear = precision === 'season' && span[0] > span[1] ? year - 1 : year;
  return { first: { year: firstYear, month: span[0] }, last: { year, month: span[1] }, precision, year, next };
}

export function monthOfWord(tok: Tok | undefined): number | undefined {
  if (tok?.kind !== 'word' || (!tok.capital && AMBIGUOUS_MONTHS.has(tok.key))) return undefined;
  return MONTHS.get(tok.key);
}

/** "Jan 2018", "January, 2018", "enero de 2018", "Jan '19", "March 15, 2019". */
function monthNamePoint(toks: readonly Tok[], i: number, month: number, pivot: number): Point | undefined {
  let j = i + 1;
  if (isDay(toks[j]) && toks[j + 1]?.key === ',') j += 2;
  if (toks[j]?.key === ',' || toks[j]?.key === 'de' || toks[j]?.key === 'of') j++;
  const year = yearOf(toks[j], pivot);
  return year === undefined ? undefined : monthPoint(year, month, j + 1);
}

/** A day of the month written before or after a month name ("15 March 2019", "March 15, 2019"). */
function isDay(t: Tok | undefined): boolean {
  return t?.kind === 'num' && t.key.length <= 2 && Number(t.key) >= 1 && Number(t.key) <= 31;
}

export function parsePoint(toks: readonly Tok[], i: number, reading: DateReading): Point | undefined {
  const { pivot } = reading;
  const t = toks[i];
  if (t === undefined) return undefined;
  if (t.kind === 'word') {
    const month = monthOfWord(t);
    if (month !== undefined) return monthNamePoint(toks, i, month, pivot);
    const season = SEASONS.get(t.key) ?? YEAR_PARTS.get(t.key);
    if (!season) return undefined;
    // "Verano de 2017", "Finales de 2015".
    const at = SEASON_YEAR_LINKS.has(toks[i + 1]?.key ?? '') ? i + 2 : i + 1;
    const year = yearOf(toks[at], pivot);
    return year !== undefined ? spanPoint(year, season, 'season', at + 1) : undefined;
  }
  if (t.kind === 'quarter') {
    const year = yearOf(toks[i + 1], pivot);
    const span = QUARTERS[t.key];
    return span && year !== undefined ? spanPoint(year, span, 'season', i + 2) : undefined;
  }
  if (t.kind === 'apos') {
    const year = yearOf(t, pivot);
    return year === undefined ? undefined : spanPoint(year, [YEAR_ONLY_START_MONTH, YEAR_ONLY_END_MONTH], 'year', i + 1);
  }
  if (t.kind !== 'num') return undefined;
  const year = yearOf(t, pivot);
  if (year === undefined) return dayFirstPoint(toks, i, reading);
  const quarter = toks[i + 1];
  if (quarter?.kind === 'quarter') {
    const span = QUARTERS[quarter.key];
    if (span) return spanPoint(year, span, 'season', i + 2);
  }
  return yearMonthPoint(toks, i, year) ?? spanPoint(year, [YEAR_ONLY_START_MONTH, YEAR_ONLY_END_MONTH], 'year', i + 1);
}

/** A point that starts with a number that is not a year: "03/06/2007", "03/2016", "07/16", "15 March 2019". */
function dayFirstPoint(toks: readonly Tok[], i: number, reading: DateReading): Point | undefined {
  const numeric = fullDatePoint(toks, i, reading) ?? monthFirstPoint(toks, i, reading);
  if (numeric) return numeric;
  const month = isDay(toks[i]) ? monthOfWord(toks[i + 1]) : undefined;
  return month === undefined ? undefined : monthNamePoint(toks, i + 1, month, reading.pivot);
}
