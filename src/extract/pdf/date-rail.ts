// A date rail beside a list (RenderCV "classic": location, dates and duration in a narrow right column, level with
// the entry's header line and its first highlight's lines). Row by row, the rail's dates end up as the last cell of
// a highlight's line ("Manage two teams … both<tab>5 years 9 months"), and the highlight cannot join its wrapped
// rest. A rail cell on a list line is read as a line of its own, right after the entry's header, where it belongs.
import { STARTS_ITEM, type VisualLine } from './visual-line.js';

/** "Mar 2021 – present", "Sept 2013 – Jul 2015", "2019 – 2021", "03/2015 – 03/2019". */
const RANGE = /^(?:\p{L}{3,9}\.?\s+)?(?:\d{1,2}[/.])?(?:19|20)\d\d\s*[-–—]\s*(?:(?:\p{L}{3,9}\.?\s+)?(?:\d{1,2}[/.])?(?:19|20)\d\d|\p{L}+(?:\s\p{L}+)?)$/u;
/** "5 years 9 months", "1 year", "11 months", "2 yrs 3 mos". */
const DURATION = /^\d{1,2}\s+(?:years?|yrs?|months?|mos?)(?:,?\s+\d{1,2}\s+(?:months?|mos?))?$/iu;
/** A rail cell ends within this distance (pt) of the column's right edge (right-aligned). */
const RIGHT_EDGE_PT = 2;
/** A list line is indented at least this far (pt) past its entry's header line, or starts with a bullet. */
const LIST_INDENT_PT = 4;
/** A list line holds a run of words (not a one-word heading). */
const MIN_LIST_WORDS = 4;

export const isRailText = (text: string): boolean => RANGE.test(text.trim()) || DURATION.test(text.trim());

/**
 * Splits a rail cell off a list line: the line has two cells, the second a date range or a duration right-aligned at
 * the column's edge, the first an indented (or bulleted) run of words, and the line above also ends in a
 * right-aligned cell (the rail goes on). A "Title … dates" header at the column's left edge is never split.
 */
export function splitRailCells(lines: VisualLine[]): VisualLine[] {
  const cells = lines.flatMap((l) => l.cells);
  if (cells.length === 0) return lines;
  const left = Math.min(...cells.map((c) => c.x0));
  const right = Math.max(...cells.map((c) => c.x1));
  const atEdge = (l: VisualLine | undefined) => {
    const last = l?.cells[l.cells.length - 1];
    return l !== undefined && l.cells.length >= 2 && last !== undefined && right - last.x1 <= RIGHT_EDGE_PT;
  };
  const out: VisualLine[] = [];
  // Rail cells go, in their order, right after the last line that is not a list line (the entry's header).
  let insertAt = 0;
  // A list line is indented past its entry's header line (a heading set further left says nothing about it).
  let headerX = left;
  lines.forEach((line, i) => {
    const [body, rail] = line.cells;
    const listLine = body !== undefined && (body.x0 - headerX >= LIST_INDENT_PT || STARTS_ITEM.test(body.text)) && body.text.trim().split(/\s+/).length >= MIN_LIST_WORDS;
    if (!listLine && body !== undefined) headerX = body.x0;
    if (line.cells.length === 2 && rail && listLine && atEdge(line) && isRailText(rail.text) && atEdge(lines[i - 1])) {
      out.splice(insertAt, 0, { ...line, cells: [rail] });
      insertAt++;
      out.push({ ...line, cells: [body] });
    } else {
      out.push(line);
      if (!listLine) insertAt = out.length;
    }
  });
  return out;
}
