// A range whose end sits on a later line of the same entry: moderncv's date column ("2021 –" … "Present"), a date
// cell that wrapped ("Jan 2020 → Mar" / "2021", "Sep 2014" / "– May 2016"), a PDF that dropped the dash where the
// range wrapped ("Sep 2014" / "May 2016"). The caller (job-lines.ts) says where the candidate end sits; this file
// decides whether it is the end and builds the joined range.
import { coarser, compareYm, parseRangeEnd, tokenize, type FoundRange, type ReadingLike } from './dates.js';

export interface EndPlace {
  /** The candidate is on the line right after the range's line. */
  nextLine: boolean;
  /** The candidate is that whole line, not one cell of a row. */
  wholeLine: boolean;
  /**
   * A date column that stacks start over end ("Oct 2018 ⇥ Demonstrator – Field course" / "May 2019 ⇥ Department
   * of Geology"): the range opens its line and the candidate is the first cell of the next, beside an organisation
   * and no title.
   */
  stacked?: boolean;
}

/** The candidate opens with a dash or an arrow ("– Present", "→ Mar 2022"), perhaps after an icon. */
function startsWithDash(text: string): boolean {
  const toks = tokenize(text);
  let j = 0;
  while (toks[j]?.kind === 'icon') j++;
  return toks[j]?.kind === 'dash';
}

/**
 * The range `range` (found in `anchorText`, open or a lone date) completed by `candidate`, or undefined when the
 * candidate is not its end. A lone date joins a later line only with its dash ("– Present"), or when it ends its
 * line and the very next line is only a later date; an end month waiting for its year ("Jan 2020 → Mar") takes
 * only a bare year ("2021").
 */
export function completeRange(range: FoundRange, anchorText: string, candidate: string, place: EndPlace, pivot: ReadingLike): FoundRange | undefined {
  if (!range.open && !range.single) return undefined;
  const end = parseRangeEnd(candidate, pivot, range.open);
  if (!end) return undefined;
  const dashed = startsWithDash(candidate);
  const endsLine = range.to >= anchorText.trimEnd().length;
  const later = end.end !== 'present' && compareYm(end.end, range.start) > 0;
  if (range.single && !dashed && !(place.nextLine && ((place.wholeLine && endsLine) || place.stacked === true) && later)) return undefined;
  const { pendingEndMonth, ...rest } = range;
  if (pendingEndMonth !== undefined) {
    if (end.end === 'present' || end.precision !== 'year' || dashed) return undefined;
    const joined = { year: end.end.year, month: pendingEndMonth };
    if (compareYm(joined, range.start) < 0) return undefined;
    return { ...rest, end: joined, open: false, single: false, raw: `${range.raw} ${candidate.trim()}` };
  }
  let endYm = end.end;
  // "Sep 2019 –" / "2019": a year-only end in the start's year is that year's end (THE YEAR-ONLY RULE widens it).
  if (endYm !== 'present' && compareYm(endYm, range.start) < 0) {
    if (end.precision !== 'year' || endYm.year !== range.start.year) return undefined;
    endYm = { year: endYm.year, month: 12 };
  }
  return { ...rest, end: endYm, open: false, single: false, raw: `${range.raw} ${candidate.trim()}`, precision: coarser(range.precision, end.precision) };
}

const CELL_SPLIT = /\t+|\s{3,}/;

/**
 * A table row whose last cell is only the end of a range ("Built pricing models …<tab>Mar 2021"): the date cell
 * of the row above wrapped into this row beside the body text, so the row may end that range even though it
 * reads as a sentence.
 */
export function endsWithDateCell(text: string, pivot: ReadingLike): boolean {
  const cells = text.split(CELL_SPLIT).filter((c) => c.trim() !== '');
  const last = cells[cells.length - 1];
  return cells.length > 1 && last !== undefined && parseRangeEnd(last.trim(), pivot) !== undefined;
}
