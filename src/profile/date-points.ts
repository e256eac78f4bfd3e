// One date of a range: "Jan 2018", "Sept. 2019", "03/2016", "2016.03", "2016-03", "2015", "'19", "Summer 2019",
// "Q3 2020". A point knows the first month it can mean (used when it starts a range) and the last (when it ends one).
import type { Precision, YearMonth } from '../types.js';
import { AMBIGUOUS_MONTHS, MONTHS, SEASONS } from './date-words.js';
import type { Tok } from './date-tokens.js';

export interface Point {
  first: YearMonth;
  last: YearMonth;
  precision: Precision;
  year: number;
  /** Index of the token after the point. */
  next: number;
}

/** Years outside this window are numbers, not dates ("1500 servers"). */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2099;

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

export function yearOf(tok: Tok | undefined, pivot: number): number | undefined {
  if (tok === undefined) return undefined;
  if (tok.kind === 'num' && tok.key.length === 4) {
    const y = Number(tok.key);
    return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
  }
  if (tok.kind === 'apos') return twoDigitYear(Number(tok.key.slice(1)), pivot);
  return undefined;
}

export function twoDigitYear(yy: number, pivot: number): number {
  return 2000 + yy <= pivot ? 2000 + yy : 1900 + yy;
}

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

/** "Jan 2018", "January, 2018", "enero de 2018", "Jan '19". */
function monthNamePoint(toks: readonly Tok[], i: number, month: number, pivot: number): Point | undefined {
  let j = i + 1;
  if (toks[j]?.key === ',' || toks[j]?.key === 'de' || toks[j]?.key === 'of') j++;
  const year = yearOf(toks[j], pivot);
  return year === undefined ? undefined : monthPoint(year, month, j + 1);
}

/** "2016.03", "2016-03", "2016/03" (no spaces); an ISO day "2016-03-15" is read and ignored. */
function yearMonthPoint(toks: readonly Tok[], i: number, year: number): Point | undefined {
  const sep = toks[i + 1];
  const mm = toks[i + 2];
  if (!sep || !mm || sep.spaceBefore || mm.spaceBefore || mm.kind !== 'num' || mm.key.length !== 2) return undefined;
  if (sep.key !== '.' && sep.key !== '/' && sep.key !== '-') return undefined;
  const month = Number(mm.key);
  if (month < 1 || month > 12) return undefined;
  const sep2 = toks[i + 3];
  const dd = toks[i + 4];
  const hasDay = sep2 !== undefined && dd !== undefined && sep2.key === sep.key && !sep2.spaceBefore && !dd.spaceBefore && dd.kind === 'num' && dd.key.length === 2;
  return monthPoint(year, month, hasDay ? i + 5 : i + 3);
}

/** "03/2016", "3/2016", "03.2016". */
function numericMonthFirst(toks: readonly Tok[], i: number, pivot: number): Point | undefined {
  const mm = toks[i];
  const sep = toks[i + 1];
  if (!mm || !sep || mm.key.length > 2 || (sep.key !== '/' && sep.key !== '.') || sep.spaceBefore) return undefined;
  const y = toks[i + 2];
  if (!y || y.spaceBefore) return undefined;
  const year = yearOf(y, pivot);
  const month = Number(mm.key);
  return year === undefined || month < 1 || month > 12 ? undefined : monthPoint(year, month, i + 3);
}

export function parsePoint(toks: readonly Tok[], i: number, pivot: number): Point | undefined {
  const t = toks[i];
  if (t === undefined) return undefined;
  if (t.kind === 'word') {
    const month = monthOfWord(t);
    if (month !== undefined) return monthNamePoint(toks, i, month, pivot);
    const season = SEASONS.get(t.key);
    const year = yearOf(toks[i + 1], pivot);
    return season && year !== undefined ? spanPoint(year, season, 'season', i + 2) : undefined;
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
  if (year === undefined) return numericMonthFirst(toks, i, pivot);
  const quarter = toks[i + 1];
  if (quarter?.kind === 'quarter') {
    const span = QUARTERS[quarter.key];
    if (span) return spanPoint(year, span, 'season', i + 2);
  }
  return yearMonthPoint(toks, i, year) ?? spanPoint(year, [YEAR_ONLY_START_MONTH, YEAR_ONLY_END_MONTH], 'year', i + 1);
}
