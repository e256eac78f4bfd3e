// The grammar of one range on a token stream: point, separator (dash, arrow, "to", "until", a lost dash), and end
// (a point, a present word, an abbreviated year, "Exp. May 2021"). dates.ts finds ranges in lines and is the
// public API; date-lists.ts reads the forms that are not "point – point" (season lists, glued years, an end month
// whose year is on the next line).
import type { Precision, YearMonth } from '../types.js';
import { monthIndex } from '../months.js';
import type { Tok } from './date-tokens.js';
import { parsePoint, monthOfWord, twoDigitYear, yearOf, SAME_YEAR_SPAN, YEAR_ONLY_START_MONTH, type DateReading, type Point } from './date-points.js';
import { certainOrder, otherOrder } from './date-numeric.js';
import { EXPECTED_WORDS, FROM_WORDS, ONGOING_LEADS, ONGOING_NOUNS, ONWARD_WORDS, PRESENT_TAIL, PRESENT_WORDS, RANGE_WORDS, SINCE_WORDS } from './date-words.js';
import { gluedYearsAt, pendingEndMonth, seasonList, slashYears } from './date-lists.js';

const PRECISION_RANK: Record<Precision, number> = { month: 0, season: 1, year: 2 };

export function compareYm(a: YearMonth, b: YearMonth): number {
  return monthIndex(a) - monthIndex(b);
}

/** Months from a to b counting both ends (Jan–Jan is 1). */
export function monthsInclusive(a: YearMonth, b: YearMonth): number {
  return compareYm(b, a) + 1;
}

export function coarser(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

export interface Parsed {
  start: YearMonth;
  end: YearMonth | 'present';
  precision: Precision;
  first: number;
  next: number;
  open: boolean;
  single: boolean;
  reversed?: boolean;
  /** "Jan 2020 → Mar" at the end of a line: the end month, whose year is on a later line. */
  pendingEndMonth?: number;
}

export interface End {
  end: YearMonth | 'present';
  precision: Precision;
  next: number;
  /** The end date as written (absent for a present word). */
  point?: Point;
}

const isWord = (t: Tok | undefined, words: ReadonlySet<string>): boolean => t?.kind === 'word' && words.has(t.key);

/** "(expected)" after an end date: part of the range text. */
function skipExpectedTail(toks: readonly Tok[], j: number): number {
  if (toks[j]?.kind === 'open' && isWord(toks[j + 1], EXPECTED_WORDS) && toks[j + 2]?.kind === 'close') return j + 3;
  return isWord(toks[j], EXPECTED_WORDS) && j + 1 === toks.length ? j + 1 : j;
}

/** The end of a range after its separator: a present word ("to date", "настоящее время") or a point. */
export function parseEnd(toks: readonly Tok[], i: number, p1: Point, reading: DateReading): End | undefined {
  let j = i;
  for (let k = 0; k < 2 && isWord(toks[j], RANGE_WORDS); k++) j++;
  if (isWord(toks[j], EXPECTED_WORDS)) j++;
  const w = toks[j];
  if (w?.kind === 'word' && PRESENT_WORDS.has(w.key)) {
    const tail = toks[j + 1];
    return { end: 'present', precision: 'month', next: tail?.kind === 'word' && PRESENT_TAIL.has(tail.key) ? j + 2 : j + 1 };
  }
  // "Giugno 2023 – in corso", "2021 – en curso".
  if (isWord(w, ONGOING_LEADS) && isWord(toks[j + 1], ONGOING_NOUNS)) return { end: 'present', precision: 'month', next: j + 2 };
  const p2 = parsePoint(toks, j, reading);
  if (p2) return { end: p2.last, precision: p2.precision, next: skipExpectedTail(toks, p2.next), point: p2 };
  // "2012–14": an abbreviated end year after a year-only start.
  const yy = toks[j];
  if (p1.precision === 'year' && yy?.kind === 'num' && yy.key.length === 2 && !yy.spaceBefore) {
    const year = Math.floor(p1.year / 100) * 100 + Number(yy.key);
    if (year > p1.year) return { end: { year, month: 6 }, precision: 'year', next: j + 1 };
  }
  return undefined;
}

function isSeparator(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === 'dash' || isWord(t, RANGE_WORDS));
}

/** "Jan – Mar 2019", "Nov – Jan 2020": a month whose year comes with the end of the range. */
function sharedYearStart(toks: readonly Tok[], i: number, pivot: number): Point | undefined {
  const month = monthOfWord(toks[i]);
  if (month === undefined || !isSeparator(toks[i + 1])) return undefined;
  const endMonth = monthOfWord(toks[i + 2]);
  const year = yearOf(toks[i + 3], pivot);
  if (endMonth === undefined || year === undefined) return undefined;
  // "Nov – Jan 2020": the start month is in the year before.
  const ym = { year: endMonth < month ? year - 1 : year, month };
  return { first: ym, last: ym, precision: 'month', year, next: i + 1 };
}

const isMonthNumber = (t: Tok | undefined): boolean => t?.kind === 'num' && t.key.length === 2 && validMonthNumber(Number(t.key));
const validMonthNumber = (m: number): boolean => m >= 1 && m <= 12;

/**
 * "02–07 2009", "03–09 2015" (friggeri-cv): two zero-padded month numbers joined by a dash, then the year they share.
 * Only written tight ("03–09"), in order (a later month second), with the year after a space in the same cell:
 * "12–14 2019" (days), "09–03 2015", "03 – 09 2015" and "03–09<tab>2015" are not read.
 */
function numericMonthPair(toks: readonly Tok[], i: number, first: number, pivot: number): Parsed | undefined {
  const a = toks[i];
  const dash = toks[i + 1];
  const b = toks[i + 2];
  const y = toks[i + 3];
  if (!isMonthNumber(a) || dash?.kind !== 'dash' || dash.spaceBefore || !isMonthNumber(b) || b?.spaceBefore) return undefined;
  if (y?.kind !== 'num' || y.key.length !== 4 || !y.spaceBefore || y.wideBefore || toks[i - 1]?.kind === 'num') return undefined;
  const year = yearOf(y, pivot);
  const m1 = Number(a?.key);
  const m2 = Number(b?.key);
  if (year === undefined || m2 < m1 || (toks[i + 4] !== undefined && !toks[i + 4]?.spaceBefore)) return undefined;
  return { start: { year, month: m1 }, end: { year, month: m2 }, precision: 'month', first, next: i + 4, open: false, single: false };
}

/**
 * "3 - 4/2014", "9 - 12/2002" (German CVs): a month number, a dash, then the end month written with its year; the
 * start shares that year. The end must be MM/YYYY written tight, the start no later than it, and nothing numeric
 * before the start ("10 3 - 4/2014"); "3 - 4/2014" with a later start ("11 - 4/2014") is not read.
 */
function sharedYearMonthRange(toks: readonly Tok[], i: number, first: number, pivot: number): Parsed | undefined {
  const a = toks[i];
  const dash = toks[i + 1];
  const b = toks[i + 2];
  const sep = toks[i + 3];
  const y = toks[i + 4];
  if (a?.kind !== 'num' || a.key.length > 2 || dash?.kind !== 'dash' || b?.kind !== 'num' || b.key.length > 2) return undefined;
  if (!sep || (sep.key !== '/' && sep.key !== '.') || sep.spaceBefore || y?.spaceBefore !== false || toks[i - 1]?.kind === 'num') return undefined;
  const year = y.kind === 'num' && y.key.length === 4 ? yearOf(y, pivot) : undefined;
  const m1 = Number(a.key);
  const m2 = Number(b.key);
  if (year === undefined || m1 < 1 || m2 > 12 || m1 > m2 || (toks[i + 5] !== undefined && !toks[i + 5]?.spaceBefore)) return undefined;
  return { start: { year, month: m1 }, end: { year, month: m2 }, precision: 'month', first, next: i + 5, open: false, single: false };
}

/**
 * "2020, Jul-Okt.", "2018, Aug–Sep": a year, a comma, then a range of two month names in that year. The later month
 * second; a single month ("2020, Jul") is left to the rest of the grammar.
 */
function yearThenMonthRange(toks: readonly Tok[], i: number, first: number, pivot: number): Parsed | undefined {
  const y = toks[i];
  if (y?.kind !== 'num' || y.key.length !== 4 || toks[i + 1]?.key !== ',' || toks[i - 1]?.kind === 'num') return undefined;
  const year = yearOf(y, pivot);
  const m1 = monthOfWord(toks[i + 2]);
  const m2 = toks[i + 3]?.kind === 'dash' ? monthOfWord(toks[i + 4]) : undefined;
  if (year === undefined || m1 === undefined || m2 === undefined || m2 < m1) return undefined;
  return { start: { year, month: m1 }, end: { year, month: m2 }, precision: 'month', first, next: i + 5, open: false, single: false };
}

/** Year-only endpoints follow THE YEAR-ONLY RULE; an endpoint that would cross its partner widens to its year's edge. */
function orderEnds(start: YearMonth, end: YearMonth, p1: Point, endPrecision: Precision): [YearMonth, YearMonth] | undefined {
  if (compareYm(end, start) >= 0) return [start, end];
  if (start.year !== end.year) return undefined;
  if (p1.precision === 'year' && endPrecision === 'year') return [{ year: start.year, month: SAME_YEAR_SPAN[0] }, { year: end.year, month: SAME_YEAR_SPAN[1] }];
  if (p1.precision === 'year') return [{ year: start.year, month: 1 }, end];
  if (endPrecision === 'year') return [start, { year: end.year, month: 12 }];
  return undefined;
}

function singlePoint(p: Point, first: number): Parsed | undefined {
  // "07/16" alone is a score or a fraction as often as a date.
  if (p.weak) return undefined;
  const ends: [YearMonth, YearMonth] = (p.precision === 'year' ? orderEnds(p.first, p.last, p, 'year') : undefined) ?? [p.first, p.last];
  const [start, end] = ends;
  return { start, end, precision: p.precision, first, next: p.next, open: false, single: true };
}

/**
 * Whole numeric days on both ends: a day above 12 on one end settles the order of the other ("03/06/2007 –
 * 30/09/2007" is June); when neither says, the order that keeps the range forward wins.
 */
function settleOrder(p1: Point, end: End): [Point, End] {
  const p2 = end.point;
  if (!p1.full || !p2?.full) return [p1, end];
  const c1 = certainOrder(p1);
  const c2 = certainOrder(p2);
  let a = p1;
  let b = p2;
  if (c1 === undefined && c2 !== undefined && c2 !== a.full?.order) a = otherOrder(a);
  else if (c2 === undefined && c1 !== undefined && c1 !== b.full?.order) b = otherOrder(b);
  else if (c1 === undefined && c2 === undefined && compareYm(b.last, a.first) < 0) {
    const [fa, fb] = [otherOrder(a), otherOrder(b)];
    if (compareYm(fb.last, fa.first) >= 0) [a, b] = [fa, fb];
  }
  return [a, { ...end, end: b.last, point: b }];
}

/** "Aug 2022 Present", "03/04/2013 30/09/2013": a dash lost in extraction (a dropped soft hyphen). */
function lostDashEnd(toks: readonly Tok[], j: number, p1: Point, reading: DateReading): End | undefined {
  const t = toks[j];
  if (!t || t.wideBefore) return undefined;
  // Dates written with month names, or whole numeric days, still make a range; bare years side by side do not
  // (phone numbers), nor do MM/YY pairs.
  if (t.kind === 'word' && p1.precision !== 'year' && !p1.weak) {
    const end = parseEnd(toks, j, p1, reading);
    return end && end.precision !== 'year' ? end : undefined;
  }
  if (t.kind === 'num' && p1.full) {
    const end = parseEnd(toks, j, p1, reading);
    return end?.point?.full ? end : undefined;
  }
  return undefined;
}

/**
 * A table's "From" and "To" columns: a date alone in its cell and a later date (or "Present") alone in the next
 * one ("Jan 2019<tab>Mar 2021", "2015<tab>2019"). MM/YY cells are left alone (a score beside a score).
 */
function nextCellEnd(toks: readonly Tok[], first: number, j: number, p1: Point, reading: DateReading): End | undefined {
  const t = toks[j];
  if (!t?.wideBefore || p1.weak || (first > 0 && !toks[first]?.wideBefore)) return undefined;
  const end = parseEnd(toks, j, p1, reading);
  if (!end || end.point?.weak || (end.next < toks.length && !toks[end.next]?.wideBefore)) return undefined;
  return end.end === 'present' || compareYm(end.end, p1.first) >= 0 ? end : undefined;
}

export function parseRangeAt(toks: readonly Tok[], i: number, reading: DateReading): Parsed | undefined {
  const glued = gluedYearsAt(toks, i);
  if (glued) return glued;
  const first = i;
  const lead = toks[i];
  const since = isWord(lead, SINCE_WORDS);
  if (since || isWord(lead, FROM_WORDS) || isWord(lead, EXPECTED_WORDS)) i++;
  const pair = numericMonthPair(toks, i, first, reading.pivot) ?? sharedYearMonthRange(toks, i, first, reading.pivot) ?? yearThenMonthRange(toks, i, first, reading.pivot);
  if (pair) return pair;
  let p1 = parsePoint(toks, i, reading) ?? sharedYearStart(toks, i, reading.pivot);
  if (!p1) return monthTwoDigitRange(toks, i, first, reading);
  let j = p1.next;
  let lost: End | undefined;
  if (!isSeparator(toks[j])) {
    if (since) return { start: p1.first, end: 'present', precision: p1.precision, first, next: j, open: false, single: false };
    if (isWord(toks[j], ONWARD_WORDS) && !toks[j]?.wideBefore) return { start: p1.first, end: 'present', precision: p1.precision, first, next: j + 1, open: false, single: false };
    const list = seasonList(toks, j, p1, first, reading.pivot) ?? slashYears(toks, j, p1, first);
    if (list) return list;
    lost = lostDashEnd(toks, j, p1, reading) ?? nextCellEnd(toks, first, j, p1, reading);
    if (!lost) return singlePoint(p1, first);
  }
  const sinceRange = (): Parsed | undefined =>
    since && p1 ? { start: p1.first, end: 'present', precision: p1.precision, first, next: p1.next, open: false, single: false } : undefined;
  while (toks[j]?.kind === 'dash') j++;
  // "2021 –" at the end of the line or of its cell ("03/2015 –<tab>Senior Data Scientist"): the end is below.
  if (j >= toks.length || (toks[j]?.wideBefore === true && toks[j - 1]?.kind === 'dash')) return { start: p1.first, end: 'present', precision: p1.precision, first, next: j, open: true, single: false };
  let end = lost ?? parseEnd(toks, j, p1, reading);
  // "seit 04/2021 — Title bei Company": a dash after "since <date>" leads to the header, not to an end date.
  if (!end) return sinceRange() ?? pendingEndMonth(toks, j, p1, first) ?? singlePoint(p1, first);
  [p1, end] = settleOrder(p1, end);
  const precision = coarser(p1.precision, end.precision);
  if (end.end === 'present') return { start: p1.first, end: 'present', precision, first, next: end.next, open: false, single: false };
  const ordered = orderEnds(p1.first, end.end, p1, end.precision);
  // "2019 – 2015": a typo more often than not; read it swapped and say so, rather than reading a lone "2015".
  if (!ordered) {
    const start = end.precision === 'year' ? { year: end.end.year, month: YEAR_ONLY_START_MONTH } : end.end;
    return { start, end: p1.last, precision, first, next: end.next, open: false, single: false, reversed: true };
  }
  return { start: ordered[0], end: ordered[1], precision, first, next: end.next, open: false, single: false };
}

/** Two-digit years before this are a day of the month more likely than a year ("Oct 31 – Nov 02"). */
const MIN_MONTH_YY_YEAR = 1950;
const isTwoDigits = (t: Tok | undefined): boolean => t?.kind === 'num' && t.key.length === 2 && t.spaceBefore;

/**
 * "Sep 15 – NOW", "Jan 13 – Aug 15": a month name and a two-digit year on both ends (or a present word at the end).
 * Only as a whole range: a month and two digits alone is a day ("Sep 15"), and a range followed by a comma or a
 * number is a span of days inside a year ("Sep 15 – Sep 20, 2023", "Jan 13 – Aug 15 2019").
 */
function monthTwoDigitRange(toks: readonly Tok[], i: number, first: number, reading: DateReading): Parsed | undefined {
  const m1 = monthOfWord(toks[i]);
  if (m1 === undefined || !isTwoDigits(toks[i + 1]) || !isSeparator(toks[i + 2])) return undefined;
  let j = i + 2;
  while (isSeparator(toks[j])) j++;
  const start = { year: twoDigitYear(Number(toks[i + 1]?.key), reading.pivot), month: m1 };
  let end: YearMonth | 'present';
  let next: number;
  const w = toks[j];
  if (w?.kind === 'word' && PRESENT_WORDS.has(w.key)) {
    end = 'present';
    next = isWord(toks[j + 1], PRESENT_TAIL) ? j + 2 : j + 1;
  } else {
    const m2 = monthOfWord(w);
    if (m2 === undefined || !isTwoDigits(toks[j + 1])) return undefined;
    end = { year: twoDigitYear(Number(toks[j + 1]?.key), reading.pivot), month: m2 };
    next = j + 2;
  }
  const after = toks[next];
  if (after !== undefined && !after.wideBefore && (after.key === ',' || after.kind === 'num')) return undefined;
  if (start.year < MIN_MONTH_YY_YEAR || (end !== 'present' && (end.year < MIN_MONTH_YY_YEAR || compareYm(end, start) < 0))) return undefined;
  return { start, end, precision: 'month', first, next, open: false, single: false };
}
