// The date-range grammar (own code: general date libraries read "2015-2019", "2019–Current" and "Summer 2019"
// wrong). Forms: month names in 8 languages, numeric months (03/2016, 2016.03, 2018 / 03, MM/YY 07/16), whole
// numeric days (03/06/2007, day-first or month-first), years, 'YY, seasons and season lists, quarters, any dash
// (incl. U+00AD) or arrow (→ ⟶ ⇒ ->), to/until/till, present words (Present, Current, Now, Today, To date, …),
// "Exp. May 2021", "since 2019", an icon before a date, and LinkedIn durations. See date-points.ts for THE
// YEAR-ONLY RULE and date-lists.ts for THE SEASON-LIST RULE.
import type { DateRange, Precision, YearMonth } from '../types.js';
import { tokenize, type Tok } from './date-tokens.js';
import { twoDigitYear, type DateReading, type Point } from './date-points.js';
import { compareYm, coarser, monthsInclusive, parseEnd, parseRangeAt } from './date-grammar.js';
import { parseDuration } from './durations.js';
import { acceptInLine } from './date-context.js';

export { tokenize };
export type { Tok, DateReading };
export { compareYm, coarser, monthsInclusive };

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
  /** Written end first ("2019 – 2015"): read with its ends swapped. */
  reversed?: boolean;
  statedMonths?: number;
  statedRounded?: boolean;
  /** "Jan 2020 → Mar" ending the line: the end month, whose year is on a later line (see completeRange). */
  pendingEndMonth?: number;
}

/** Two-digit years up to this are 20YY, later ones 19YY. */
export const DEFAULT_PIVOT = 2049;

/** A pivot year alone (day-first for "03/06/2007"), or a whole reading (see dateReadingOf). */
export type ReadingLike = number | DateReading;

export function toReading(r: ReadingLike = DEFAULT_PIVOT): DateReading {
  return typeof r === 'number' ? { pivot: r, dayFirst: true } : r;
}

/** Every date range in one line of text, sentences and phone numbers rejected (see date-context.ts). */
export function findDateRanges(text: string, pivot: ReadingLike = DEFAULT_PIVOT): FoundRange[] {
  if (!HAS_DIGIT.test(text)) return [];
  const reading = toReading(pivot);
  const toks = tokenize(text);
  const found: FoundRange[] = [];
  for (let i = 0; i < toks.length; ) {
    const r = parseRangeAt(toks, i, reading);
    if (!r) {
      i++;
      continue;
    }
    const dur = r.single ? undefined : parseDuration(toks, r.next);
    const next = dur ? dur.next : r.next;
    const to = toks[next - 1]?.to ?? text.length;
    if (acceptInLine(text, toks, r.first, next, r.precision, r.single)) {
      const raw = text.slice(toks[r.first]?.from ?? 0, to).trim();
      // An icon before the date ("Hollowbrook Logistics 📅 2021 / 06 – Present") goes with it, so the text left
      // on the line is clean.
      const from = toks[r.first - 1]?.kind === 'icon' ? (toks[r.first - 1]?.from ?? 0) : (toks[r.first]?.from ?? 0);
      found.push({
        start: r.start, end: r.end, precision: r.precision, raw, from, to, open: r.open, single: r.single,
        ...(r.reversed ? { reversed: true } : {}), ...(dur ? { statedMonths: dur.months, ...(dur.rounded ? { statedRounded: true } : {}) } : {}),
        ...(r.pendingEndMonth !== undefined ? { pendingEndMonth: r.pendingEndMonth } : {}),
      });
      i = next;
    } else {
      i++;
    }
  }
  return found;
}

const HAS_DIGIT = /\d/;

/**
 * The end of a range split across lines: a line that is only "Present", "– Present", "→ Mar 2022", "2019",
 * "Aug 2019" or "– 12/15" (MM/YY only after a dash, here or ending the range's line (`afterDash`): alone it is a
 * score).
 */
export function parseRangeEnd(text: string, pivot: ReadingLike = DEFAULT_PIVOT, afterDash = false): { end: YearMonth | 'present'; precision: Precision } | undefined {
  const toks = tokenize(text);
  let j = 0;
  while (toks[j]?.kind === 'icon') j++;
  while (toks[j]?.kind === 'dash') j++;
  const dummy: Point = { first: { year: 0, month: 1 }, last: { year: 0, month: 1 }, precision: 'month', year: 0, next: 0 };
  const end = parseEnd(toks, j, dummy, toReading(pivot));
  if (!end || (end.point?.weak && !afterDash && toks[j - 1]?.kind !== 'dash')) return undefined;
  const dur = parseDuration(toks, end.next);
  let last = dur ? dur.next : end.next;
  while (toks[last]?.kind === 'close') last++;
  return last === toks.length ? { end: end.end, precision: end.precision } : undefined;
}

/**
 * Parse text that is a date range (e.g. a table cell or the dates part of a header line). Returns the first range
 * in it, or null. asOf sets the two-digit-year pivot ('28 is 1928 when as-of is 2026).
 */
export function parseDateRange(text: string, asOf?: YearMonth, line = 0, dayFirst = true): DateRange | null {
  const pivot = { pivot: asOf ? asOf.year + 1 : DEFAULT_PIVOT, dayFirst };
  const r = findDateRanges(text, pivot)[0];
  if (!r) return null;
  return toDateRange(r, line);
}

export function toDateRange(r: FoundRange, line: number): DateRange {
  return { start: r.start, end: r.end, precision: r.precision, raw: r.raw, line, ...(r.statedMonths !== undefined ? { statedMonths: r.statedMonths } : {}), ...(r.statedRounded ? { statedRounded: true } : {}) };
}

/** Resolve "present" against the as-of month. */
export function endOf(range: DateRange, asOf: YearMonth): YearMonth {
  return range.end === 'present' ? asOf : range.end;
}

export { twoDigitYear };
