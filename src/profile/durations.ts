// Durations a résumé states itself: LinkedIn "(4 years 11 months)", "· 2 yrs 3 mos", "11 months", "1 an 3 mois".
// Kept as DateRange.statedMonths and used to cross-check the parsed range (DURATION_MISMATCH).
import type { Tok } from './date-tokens.js';

/** Unit words for years and months in the supported languages. */
const YEAR_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'yr', 'yrs', 'y', 'an', 'ans', 'année', 'années', 'jahr', 'jahre', 'jahren', 'j', 'año', 'años',
  'ano', 'anos', 'år', 'anno', 'anni', 'год', 'года', 'лет', 'г',
]);
const MONTH_UNITS: ReadonlySet<string> = new Set([
  'month', 'months', 'mo', 'mos', 'mon', 'mths', 'm', 'mois', 'monat', 'monate', 'monaten', 'mes', 'meses',
  'mån', 'månad', 'månader', 'mese', 'mesi', 'мес', 'месяц', 'месяца', 'месяцев',
]);

export interface Duration {
  months: number;
  /** Index of the token after the duration. */
  next: number;
}

function unitAt(toks: readonly Tok[], i: number, units: ReadonlySet<string>): number | undefined {
  const n = toks[i];
  const u = toks[i + 1];
  if (n?.kind !== 'num' || n.key.length > 3 || u?.kind !== 'word' || !units.has(u.key)) return undefined;
  return Number(n.key);
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
  let found = false;
  const years = unitAt(toks, j, YEAR_UNITS);
  if (years !== undefined) {
    months += years * 12;
    j += 2;
    found = true;
    if (toks[j]?.key === ',' || toks[j]?.key === 'and' || toks[j]?.key === 'и' || toks[j]?.key === 'et') j++;
  }
  const mos = unitAt(toks, j, MONTH_UNITS);
  if (mos !== undefined) {
    months += mos;
    j += 2;
    found = true;
  }
  if (!found) return undefined;
  if (paren && toks[j]?.kind === 'close') j++;
  return { months, next: j };
}
