// Durations a résumé states itself: LinkedIn "(4 years 11 months)", "· 2 yrs 3 mos", "11 months", "1 an 3 mois".
// Kept as DateRange.statedMonths and used to cross-check the parsed range (DURATION_MISMATCH).
import type { Tok } from './date-tokens.js';

/** Unit words for years and months in the supported languages. */
const YEAR_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'yr', 'yrs', 'y', 'an', 'ans', 'année', 'années', 'jahr', 'jahre', 'jahren', 'j', 'año', 'años',
  'ano', 'anos', 'år', 'anno', 'anni', 'год', 'года', 'лет', 'г', 'tahun', 'thn', 'ani', 'yıl',
]);
const MONTH_UNITS: ReadonlySet<string> = new Set([
  'month', 'months', 'mo', 'mos', 'mon', 'mths', 'm', 'mois', 'monat', 'monate', 'monaten', 'mes', 'meses',
  'mån', 'månad', 'månader', 'mese', 'mesi', 'мес', 'месяц', 'месяца', 'месяцев', 'bulan', 'bln',
  // Danish, Romanian, Turkish and the Portuguese singular (LinkedIn: "(9 måneder)", "(2 ani 9 luni)", "(3 yıl 2 ay)",
  // "(1 ano 1 mês)").
  'måned', 'måneder', 'lună', 'luni', 'ay', 'mês',
]);

/** Every unit word, for text that states a total beside a heading ("Опыт работы 3 месяца", "Experience — 7 years"). */
export const DURATION_UNIT_WORDS: readonly string[] = [...YEAR_UNITS, ...MONTH_UNITS];

export interface Duration {
  months: number;
  /**
   * Stated in years alone ("3 years", "4.5 yrs"): a count people round, so it is only a claim to within a year
   * (a job of 31 months is honestly "3 years").
   */
  rounded: boolean;
  /** Index of the token after the duration. */
  next: number;
}

/** "experience", "exp.", "of experience" after the unit ("4.5 years experience"): part of the statement. */
const EXPERIENCE_WORDS: ReadonlySet<string> = new Set(['experience', 'exp', 'expérience', 'erfahrung', 'experiencia', 'esperienza', 'experiência', 'ervaring', 'erfarenhet', 'опыта']);
const OF_WORDS: ReadonlySet<string> = new Set(['of', "d'", 'de', 'di']);

/** A count and its unit at token i: "3 years", or a decimal "4.5 years" (written together); tokens used. */
function unitAt(toks: readonly Tok[], i: number, units: ReadonlySet<string>): { value: number; used: number } | undefined {
  const n = toks[i];
  if (n?.kind !== 'num' || n.key.length > 3) return undefined;
  const dot = toks[i + 1];
  const frac = toks[i + 2];
  const decimal = (dot?.key === '.' || dot?.key === ',') && !dot.spaceBefore && frac?.kind === 'num' && !frac.spaceBefore && frac.key.length === 1;
  const u = toks[decimal ? i + 3 : i + 1];
  if (u?.kind !== 'word' || !units.has(u.key)) return undefined;
  return { value: decimal ? Number(`${n.key}.${frac.key}`) : Number(n.key), used: decimal ? 4 : 2 };
}

/** A duration starting at token i, optionally in parentheses or after "·" / "|" / "," / an icon. */
export function parseDuration(toks: readonly Tok[], i: number): Duration | undefined {
  let j = i;
  const lead = toks[j];
  const paren = lead?.kind === 'open';
  if (paren || lead?.key === '·' || lead?.key === '•' || lead?.key === '|' || lead?.key === ',' || lead?.kind === 'dash' || lead?.kind === 'icon') j++;
  // A clock icon before the duration (JSON-Resume themes: "Feb, 2018 - Jul, 2021 🕓 3 years, 6 months", "· 🕓 …").
  if (!paren && lead?.kind !== 'icon' && toks[j]?.kind === 'icon') j++;
  let months = 0;
  const years = unitAt(toks, j, YEAR_UNITS);
  if (years !== undefined) {
    months += Math.round(years.value * 12);
    j += years.used;
    // "2 years, 3 months", "2 years and 3 months" (but not the comma before what follows: see below).
    const joiner = toks[j]?.key === ',' || toks[j]?.key === 'and' || toks[j]?.key === 'и' || toks[j]?.key === 'et';
    if (joiner && unitAt(toks, j + 1, MONTH_UNITS) !== undefined) j++;
  }
  const mos = unitAt(toks, j, MONTH_UNITS);
  if (mos !== undefined) {
    months += Math.round(mos.value);
    j += mos.used;
  }
  if (years === undefined && mos === undefined) return undefined;
  if (OF_WORDS.has(toks[j]?.key ?? '') && EXPERIENCE_WORDS.has(toks[j + 1]?.key ?? '')) j += 2;
  else if (EXPERIENCE_WORDS.has(toks[j]?.key ?? '')) j++;
  if (paren && toks[j]?.kind === 'close') j++;
  return { months, rounded: mos === undefined, next: j };
}

/** A count of years is rounded to the nearest year or up: "3 years" is anything from 25 to 47 months. */
const ROUNDING_MONTHS = 11;

/** The fewest months a stated duration claims. */
export function leastClaimed(stated: { months: number; rounded?: boolean | undefined }): number {
  return stated.rounded ? stated.months - ROUNDING_MONTHS : stated.months;
}

/**
 * Whether a stated duration cannot be the range's: the months the dates allow (a year-only range "2007 – 2011"
 * runs anywhere from 26 to 60 months; a month range its count, give or take the month LinkedIn counts twice)
 * against the months the statement allows (a rounded count of years, within a year of it).
 */
export function statedDisagrees(stated: { months: number; rounded?: boolean | undefined }, range: { months: number; yearSpan?: number }, tolerance: number): boolean {
  const statedLow = leastClaimed(stated);
  const statedHigh = stated.rounded ? stated.months + ROUNDING_MONTHS : stated.months;
  const low = range.yearSpan !== undefined ? (range.yearSpan - 1) * 12 + 2 : range.months - tolerance;
  const high = range.yearSpan !== undefined ? (range.yearSpan + 1) * 12 : range.months + tolerance;
  return statedHigh < low || statedLow > high;
}
