// The date-range grammar (own code: general date libraries read "2015-2019", "2019–Current" and "Summer 2019"
// wrong). Forms: month names in 8 languages, numeric months (03/2016, 2016.03, 2016-03), years, 'YY, seasons,
// quarters, any dash (incl. U+00AD), to/until/till, present words (Present, Current, Now, Ongoing, To date, …),
// "since 2019", and LinkedIn durations. See date-points.ts for THE YEAR-ONLY RULE.
import type { DateRange, Precision, YearMonth } from '../types.js';
import { tokenize, type Tok } from './date-tokens.js';
import { parsePoint, monthOfWord, yearOf, twoDigitYear, SAME_YEAR_SPAN, type Point } from './date-points.js';
import { FROM_WORDS, PRESENT_TAIL, PRESENT_WORDS, RANGE_WORDS, SINCE_WORDS } from './date-words.js';
import { parseDuration } from './durations.js';
import { acceptInLine } from './date-context.js';

export { tokenize };
export type { Tok };

/** A range found in a line: character offsets into the line, and how it was written. */
export interface FoundRange {
  start: YearMonth;
  end: YearMonth | 'present';
  precision: Precision;
  raw: string;
  from: number;
  to: number;
  /** "2021 –" at the end of a line: the end is on a later line (end is 'present' until completed). */
  open: boolean;
  /** A lone date ("January 2018"): start and end are the same point. */
  single: boolean;
  statedMonths?: number;
}

/** Two-digit years up to this are 20YY, later ones 19YY. */
export const DEFAULT_PIVOT = 2049;

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

interface Parsed {
  start: YearMonth;
  end: YearMonth | 'present';
  precision: Precision;
  first: number;
  next: number;
  open: boolean;
  single: boolean;
}

/** The end of a range after its separator: a present word ("to date", "настоящее время") or a point. */
function parseEnd(toks: Tok[], i: number, p1: Point, pivot: number): { end: YearMonth | 'present'; precision: Precision; next: number } | undefined {
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
function sharedYearStart(toks: Tok[], i: number, pivot: number): Point | undefined {
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

function parseRangeAt(toks: Tok[], i: number, pivot: number): Parsed | undefined {
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
  if (!ordered) return undefined;
  return { start: ordered[0], end: ordered[1], precision, first, next: end.next, open: false, single: false };
}

/** Every date range in one line of text, sentences and phone numbers rejected (see date-context.ts). */
export function findDateRanges(text: string, pivot = DEFAULT_PIVOT): FoundRange[] {
  if (!HAS_DIGIT.test(text)) return [];
  const toks = tokenize(text);
  const found: FoundRange[] = [];
  for (let i = 0; i < toks.length; ) {
    const r = parseRangeAt(toks, i, pivot);
    if (!r) {
      i++;
      continue;
    }
    const dur = r.single ? undefined : parseDuration(toks, r.next);
    const next = dur ? dur.next : r.next;
    const from = toks[r.first]?.from ?? 0;
    const to = toks[next - 1]?.to ?? text.length;
    if (acceptInLine(text, toks, r.first, next, r.precision, r.single)) {
      const raw = text.slice(from, to).trim();
      found.push({ start: r.start, end: r.end, precision: r.precision, raw, from, to, open: r.open, single: r.single, ...(dur ? { statedMonths: dur.months } : {}) });
      i = next;
    } else {
      i++;
    }
  }
  return found;
}

const HAS_DIGIT = /\d/;

/** The end of a range split across lines: a line that is only "Present", "– Present", "2019" or "Aug 2019". */
export function parseRangeEnd(text: string, pivot = DEFAULT_PIVOT): { end: YearMonth | 'present'; precision: Precision } | undefined {
  const toks = tokenize(text);
  let j = 0;
  while (toks[j]?.kind === 'dash') j++;
  const dummy: Point = { first: { year: 0, month: 1 }, last: { year: 0, month: 1 }, precision: 'month', year: 0, next: 0 };
  const end = parseEnd(toks, j, dummy, pivot);
  if (!end) return undefined;
  const dur = parseDuration(toks, end.next);
  let last = dur ? dur.next : end.next;
  while (toks[last]?.kind === 'close') last++;
  return last === toks.length ? { end: end.end, precision: end.precision } : undefined;
}

/**
 * Parse text that is a date range (e.g. a table cell or the dates part of a header line). Returns the first range
 * in it, or null. asOf sets the two-digit-year pivot ('28 is 1928 when as-of is 2026).
 */
export function parseDateRange(text: string, asOf?: YearMonth, line = 0): DateRange | null {
  const pivot = asOf ? asOf.year + 1 : DEFAULT_PIVOT;
  const r = findDateRanges(text, pivot)[0];
  if (!r) return null;
  return toDateRange(r, line);
}

export function toDateRange(r: FoundRange, line: number): DateRange {
  return { start: r.start, end: r.end, precision: r.precision, raw: r.raw, line, ...(r.statedMonths !== undefined ? { statedMonths: r.statedMonths } : {}) };
}

/** Resolve "present" against the as-of month. */
export function endOf(range: DateRange, asOf: YearMonth): YearMonth {
  return range.end === 'present' ? asOf : range.end;
}

export { twoDigitYear };
