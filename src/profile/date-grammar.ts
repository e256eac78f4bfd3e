// The grammar of one range on a token stream: point, separator (dash, "to", "until", a lost dash), and end
// (a point, a present word, an abbreviated year). dates.ts finds ranges in lines and is the public API.
import type { Precision, YearMonth } from '../types.js';
import type { Tok } from './date-tokens.js';
import { parsePoint, monthOfWord, yearOf, SAME_YEAR_SPAN, YEAR_ONLY_START_MONTH, type Point } from './date-points.js';
import { FROM_WORDS, PRESENT_TAIL, PRESENT_WORDS, RANGE_WORDS, SINCE_WORDS } from './date-words.js';

const PRECISION_RANK: Record<Precision, number> = { month: 0, season: 1, year: 2 };

export function compareYm(a: YearMonth, b: YearMonth): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
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
}

/** The end of a range after its separator: a present word ("to date", "настоящее время") or a point. */
export function parseEnd(toks: readonly Tok[], i: number, p1: Point, pivot: number): { end: YearMonth | 'present'; precision: Precision; next: number } | undefined {
  let j = i;
  for (let k = 0; k < 2 && toks[j]?.kind === 'word' && RANGE_WORDS.has(toks[j]?.key ?? ''); k++) j++;
  const w = toks[j];
  if (w?.kind === 'word' && PRESENT_WORDS.has(w.key)) {
    const tail = toks[j + 1];
    return { end: 'present', precision: 'month', next: tail?.kind === 'word' && PRESENT_TAIL.has(tail.key) ? j + 2 : j + 1 };
  }
  const p2 = parsePoint(toks, j, pivot);
  if (p2) return { end: p2.last, precision: p2.precision, next: p2.next };
  // "2012–14": an abbreviated end year after a year-only start.
  const yy = toks[j];
  if (p1.precision === 'year' && yy?.kind === 'num' && yy.key.length === 2 && !yy.spaceBefore) {
    const year = Math.floor(p1.year / 100) * 100 + Number(yy.key);
    if (year > p1.year) return { end: { year, month: 6 }, precision: 'year', next: j + 1 };
  }
  return undefined;
}

function isSeparator(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === 'dash' || (t.kind === 'word' && RANGE_WORDS.has(t.key)));
}

/** "Jan – Mar 2019": a month whose year comes with the end of the range. */
function sharedYearStart(toks: readonly Tok[], i: number, pivot: number): Point | undefined {
  const month = monthOfWord(toks[i]);
  if (month === undefined || !isSeparator(toks[i + 1])) return undefined;
  const endMonth = monthOfWord(toks[i + 2]);
  const year = yearOf(toks[i + 3], pivot);
  if (endMonth === undefined || year === undefined || endMonth < month) return undefined;
  const ym = { year, month };
  return { first: ym, last: ym, precision: 'month', year, next: i + 1 };
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

function singlePoint(p: Point, first: number): Parsed {
  const ends: [YearMonth, YearMonth] = (p.precision === 'year' ? orderEnds(p.first, p.last, p, 'year') : undefined) ?? [p.first, p.last];
  const [start, end] = ends;
  return { start, end, precision: p.precision, first, next: p.next, open: false, single: true };
}

export function parseRangeAt(toks: readonly Tok[], i: number, pivot: number): Parsed | undefined {
  const first = i;
  const lead = toks[i];
  const since = lead?.kind === 'word' && SINCE_WORDS.has(lead.key);
  if (lead?.kind === 'word' && (since || FROM_WORDS.has(lead.key))) i++;
  const p1 = parsePoint(toks, i, pivot) ?? sharedYearStart(toks, i, pivot);
  if (!p1) return undefined;
  let j = p1.next;
  if (!isSeparator(toks[j])) {
    if (since) return { start: p1.first, end: 'present', precision: p1.precision, first, next: j, open: false, single: false };
    // "Aug 2022 Present", "Jan 2018 Jul 2022": a dash lost in extraction (a dropped soft hyphen) between dates
    // written with month names still makes a range; bare years side by side do not (phone numbers).
    const lost = p1.precision !== 'year' && toks[j]?.kind === 'word' && !toks[j]?.wideBefore ? parseEnd(toks, j, p1, pivot) : undefined;
    if (!lost || lost.precision === 'year') return singlePoint(p1, first);
  }
  while (toks[j]?.kind === 'dash') j++;
  // "2021 –" at the end of the line or of its cell ("03/2015 –<tab>Senior Data Scientist"): the end is below.
  if (j >= toks.length || (toks[j]?.wideBefore === true && toks[j - 1]?.kind === 'dash')) return { start: p1.first, end: 'present', precision: p1.precision, first, next: j, open: true, single: false };
  const end = parseEnd(toks, j, p1, pivot);
  if (!end) return singlePoint(p1, first);
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

