// Ranges that are not "point – point": a season list ("Summer 2014 and 2015", "Summer 2016, 2017"), two years glued
// by a dropped soft hyphen ("20182021"), and a range cut after its end month ("Jan 2020 → Mar" / "2021").
import type { Tok } from './date-tokens.js';
import type { Parsed } from './date-grammar.js';
import { YEAR_ONLY_END_MONTH, YEAR_ONLY_START_MONTH, SAME_YEAR_SPAN, monthOfWord, yearOf, type Point } from './date-points.js';
import { gluedYears } from './date-numeric.js';
import { LIST_WORDS } from './date-words.js';

/** A season list spanning more years than this is not one job's summers. */
const MAX_LIST_SPAN_YEARS = 6;

/**
 * THE SEASON-LIST RULE. "Summer 2014 and 2015" / "Summer 2016, 2017" (the same season in several years, one job)
 * ("Fall 2019, Fall 2020" too) is read as ONE range from the first season's start to the last one's end (Jun 2014 – Aug 2015), season precision.
 * A job has one range, and labels and recruiters name such a job by its span ("2014–2015"); the months between the
 * seasons are counted, which overstates a two-summer internship by the months in between — internships rarely
 * decide a verdict, while dropping the second year would understate the span a reader sees.
 */
export function seasonList(toks: readonly Tok[], j: number, p1: Point, first: number, pivot: number): Parsed | undefined {
  if (p1.precision !== 'season' || p1.first.month === p1.last.month) return undefined;
  let k = j;
  let lastYear = p1.year;
  // "Fall 2019, Fall 2020": the season word may be written again before each year.
  const season = toks[first]?.key;
  for (;;) {
    const sep = toks[k];
    const again = season !== undefined && toks[k + 1]?.key === season ? 1 : 0;
    const year = yearOf(toks[k + 1 + again], pivot);
    if (!sep || !LIST_WORDS.has(sep.key) || sep.wideBefore || year === undefined || year <= lastYear || year - p1.year > MAX_LIST_SPAN_YEARS) break;
    lastYear = year;
    k += 2 + again;
  }
  if (lastYear === p1.year) return undefined;
  return { start: p1.first, end: { year: lastYear, month: p1.last.month }, precision: 'season', first, next: k, open: false, single: false };
}

/** "20182021" standing in its own cell (line edge, tab or wide gap on both sides): 2018 – 2019 with its dash lost. */
export function gluedYearsAt(toks: readonly Tok[], i: number): Parsed | undefined {
  const t = toks[i];
  const years = gluedYears(t);
  if (!t || !years || !(i === 0 || t.wideBefore) || !(i + 1 === toks.length || toks[i + 1]?.wideBefore)) return undefined;
  const [y1, y2] = years;
  const same = y1 === y2;
  return {
    start: { year: y1, month: same ? SAME_YEAR_SPAN[0] : YEAR_ONLY_START_MONTH },
    end: { year: y2, month: same ? SAME_YEAR_SPAN[1] : YEAR_ONLY_END_MONTH },
    precision: 'year', first: i, next: i + 1, open: false, single: false,
  };
}

/**
 * "Jan 2020 → Mar" ending its line or cell: a date cell that wrapped before the end year. Read as an open range
 * whose end month is known; dates.ts's completeRange takes the year from the next line ("2021"). Until then the
 * end is the first such month after the start.
 */
export function pendingEndMonth(toks: readonly Tok[], j: number, p1: Point, first: number): Parsed | undefined {
  const month = monthOfWord(toks[j]);
  const after = toks[j + 1];
  if (month === undefined || p1.precision !== 'month' || (after !== undefined && !after.wideBefore)) return undefined;
  const year = month >= p1.first.month ? p1.first.year : p1.first.year + 1;
  return { start: p1.first, end: { year, month }, precision: 'month', first, next: j + 1, open: true, single: false, pendingEndMonth: month };
}

/** Two years joined by a slash further apart than this are not one academic or fiscal year span. */
const MAX_SLASH_SPAN_YEARS = 10;

/**
 * "2019/2020", "2019 / 2020", "2019/20": an academic or fiscal year, read as the range of its years. "2011/12" is
 * December 2011 (date-numeric.ts reads a slash and a valid month first); only a two-digit year that is the next
 * year and not a month ("2019/20") is the academic form.
 */
export function slashYears(toks: readonly Tok[], j: number, p1: Point, first: number): Parsed | undefined {
  const end = toks[j + 1];
  if (p1.precision !== 'year' || toks[j]?.key !== '/' || end?.kind !== 'num') return undefined;
  let year: number | undefined;
  if (end.key.length === 4) year = yearOf(end, 0);
  else if (end.key.length === 2 && !end.spaceBefore && Number(end.key) === (p1.year + 1) % 100) year = p1.year + 1;
  if (year === undefined || year <= p1.year || year - p1.year > MAX_SLASH_SPAN_YEARS) return undefined;
  return { start: p1.first, end: { year, month: YEAR_ONLY_END_MONTH }, precision: 'year', first, next: j + 2, open: false, single: false };
}
