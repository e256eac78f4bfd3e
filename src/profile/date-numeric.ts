// Dates written only with digits: "2016.03", "2016-03", "2018 / 03" (year first), "03/2016", "3/2016" (month
// first), "07/16" (MM/YY), "03/06/2007" and "12/31/2019" (a whole day: day-first or month-first). Version numbers
// ("3.10"), scores ("9/10", "10/10"), fractions ("24/7", "3.8/4.0") and phone numbers must not read as dates:
// MM/YY needs two two-digit parts and counts only beside another date or a dash (`weak`, see date-grammar.ts).
import type { Tok } from './date-tokens.js';
import type { DateReading, Point } from './date-points.js';

/** Years outside this window are numbers, not dates ("1500 servers"). */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2099;

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

const isNum = (t: Tok | undefined, maxLen: number): t is Tok => t?.kind === 'num' && t.key.length <= maxLen;
const glued = (t: Tok | undefined): boolean => t !== undefined && !t.spaceBefore;
const validMonth = (m: number): boolean => m >= 1 && m <= 12;

function monthPoint(year: number, month: number, next: number, extra: Partial<Point> = {}): Point {
  const ym = { year, month };
  return { first: ym, last: ym, precision: 'month', year, next, ...extra };
}

/**
 * Year first: "2016.03", "2016-03", "2016/03" written tight, and "2018 / 03" with spaces around a slash only
 * ("2012 - 14" is a range of years). An ISO day "2016-03-15" is read and its day ignored.
 */
export function yearMonthPoint(toks: readonly Tok[], i: number, year: number): Point | undefined {
  const sep = toks[i + 1];
  const mm = toks[i + 2];
  if (!sep || !isNum(mm, 2) || mm.key.length !== 2) return undefined;
  const tight = glued(sep) && glued(mm);
  const spacedSlash = sep.key === '/' && !tight;
  if (!tight && !spacedSlash) return undefined;
  if (sep.key !== '.' && sep.key !== '/' && sep.key !== '-') return undefined;
  const month = Number(mm.key);
  if (!validMonth(month)) return undefined;
  const sep2 = toks[i + 3];
  const dd = toks[i + 4];
  const hasDay = tight && sep2?.key === sep.key && glued(sep2) && glued(dd) && isNum(dd, 2) && dd.key.length === 2;
  return monthPoint(year, month, hasDay ? i + 5 : i + 3);
}

/** Month first: "03/2016", "3/2016", "03.2016", "03/'16", "08/ 2024"; and MM/YY "07/16" (two digits each, slash only: weak). */
export function monthFirstPoint(toks: readonly Tok[], i: number, reading: DateReading): Point | undefined {
  const mm = toks[i];
  const sep = toks[i + 1];
  const y = toks[i + 2];
  if (!isNum(mm, 2) || !sep || (sep.key !== '/' && sep.key !== '.')) return undefined;
  // "08/ 2024", "07 / 2025": a slash with spaces beside it, typed in Word, before a four-digit year only.
  const spacedSlash = sep.key === '/' && (!glued(sep) || !glued(y)) && y?.kind === 'num' && y.key.length === 4 && !sep.wideBefore && !y.wideBefore;
  if (!spacedSlash && (!glued(sep) || !glued(y))) return undefined;
  const month = Number(mm.key);
  if (!validMonth(month)) return undefined;
  const year = yearOf(y, reading.pivot);
  if (year !== undefined) return monthPoint(year, month, i + 3);
  // "07/16": a month and a two-digit year, or a score ("10/10"), a fraction, a day and month ("25/12").
  if (sep.key !== '/' || mm.key.length !== 2 || !isNum(y, 2) || y.key.length !== 2) return undefined;
  if (toks[i + 3]?.key === '/' && glued(toks[i + 3])) return undefined;
  return monthPoint(twoDigitYear(Number(y.key), reading.pivot), month, i + 3, { weak: true });
}

/**
 * A whole numeric day "DD/MM/YYYY" or "MM/DD/YYYY" (also with "." or "-"). A part above 12 says which is the day;
 * when both could be the month the reading's order decides (day-first unless the document shows month-first),
 * and the other reading is kept in `full.alt` so the other end of a range can settle it.
 */
export function fullDatePoint(toks: readonly Tok[], i: number, reading: DateReading): Point | undefined {
  const a = toks[i];
  const s1 = toks[i + 1];
  const b = toks[i + 2];
  const s2 = toks[i + 3];
  const y = toks[i + 4];
  if (!isNum(a, 2) || !isNum(b, 2) || !s1 || !s2 || s1.key !== s2.key) return undefined;
  if (s1.key !== '/' && s1.key !== '.' && s1.key !== '-') return undefined;
  if (!glued(s1) || !glued(b) || !glued(s2) || !glued(y) || y?.kind !== 'num' || y.key.length !== 4) return undefined;
  const year = yearOf(y, reading.pivot);
  if (year === undefined) return undefined;
  const na = Number(a.key);
  const nb = Number(b.key);
  const dayFirstOk = validMonth(nb) && na >= 1 && na <= 31;
  const monthFirstOk = validMonth(na) && nb >= 1 && nb <= 31;
  if (!dayFirstOk && !monthFirstOk) return undefined;
  const dayFirst = dayFirstOk && (!monthFirstOk || reading.dayFirst);
  const month = dayFirst ? nb : na;
  const both = dayFirstOk && monthFirstOk && na !== nb;
  const full = { order: dayFirst ? ('dmy' as const) : ('mdy' as const), ...(both ? { alt: { year, month: dayFirst ? na : nb } } : {}) };
  return monthPoint(year, month, i + 5, { full });
}

/** Which order a whole numeric date was read in, when it could be read only one way ("30/09/2007": day-first). */
export function certainOrder(p: Point): 'dmy' | 'mdy' | undefined {
  return p.full && p.full.alt === undefined ? p.full.order : undefined;
}

/** The same point read in the other day/month order. */
export function otherOrder(p: Point): Point {
  if (!p.full?.alt) return p;
  const order = p.full.order === 'dmy' ? ('mdy' as const) : ('dmy' as const);
  const alt = p.first;
  return { ...p, first: p.full.alt, last: p.full.alt, full: { order, alt } };
}

/** THE GLUED-YEARS CASE: "20182021", two years whose dash (a soft hyphen) extraction dropped; never a YYYYMMDD day. */
export function gluedYears(tok: Tok | undefined): readonly [number, number] | undefined {
  if (tok?.kind !== 'num' || tok.key.length !== 8) return undefined;
  const y1 = yearOf({ ...tok, key: tok.key.slice(0, 4) }, 0);
  const y2 = yearOf({ ...tok, key: tok.key.slice(4) }, 0);
  if (y1 === undefined || y2 === undefined || y2 < y1 || y2 - y1 > MAX_GLUED_SPAN) return undefined;
  return [y1, y2];
}

/** Two glued years further apart than this are an id or a phone number. */
const MAX_GLUED_SPAN = 50;
