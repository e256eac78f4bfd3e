// A date cell that wrapped inside a narrow left column (moderncv's default date column holds "September 2016 –
// October 2019" on three lines): "September ⇥ Title, Company" / "2016 – ⇥ first bullet" / "October 2019 ⇥ next
// bullet". The page reads each fragment beside the text of its own row; the entry then has no range at all. The
// fragments are put back together as the first line's date cell and taken off the rows below.
import type { Line } from '../types.js';
import { findDateRanges, type ReadingLike } from './dates.js';
import { MONTHS } from './date-words.js';

/** A cell that is only a month name ("September", "Sept.", "März"). */
function isMonthCell(cell: string): boolean {
  return MONTHS.has(cell.trim().toLowerCase().replace(/\.$/u, ''));
}

/** "2016 –" opening a line, then what is left of it. */
const OPEN_YEAR = /^\s*((?:19|20)\d\d)\s*[-–—]\s*/u;

/** A cell that is a year alone ("2023"), the last fragment of an end month that wrapped ("December" / "2023"). */
const YEAR_CELL = /^\s*(?:19|20)\d\d\s*$/u;

/** The first cell of a line and the line without it. */
function firstCell(line: Line): { cell: string; rest: string } {
  const cells = line.text.split('\t');
  return { cell: cells[0] ?? '', rest: cells.slice(1).join('\t') };
}

/**
 * Lines of one section with each wrapped date cell joined: a first cell that is a month name alone (the row holding
 * more cells), a line below that opens with a year and a dash, and the range's end either right after that dash in
 * the same cell ("2015 - May 2015 ⇥ …") or as the first cell of the line after ("October 2019 ⇥ …"); an end month
 * whose year wrapped too takes the year alone below it ("December ⇥ …" / "2023"). Only when the joined cell reads as
 * one range; a month name over anything else stays as it is.
 */
export function joinWrappedDateCells(lines: readonly Line[], pivot: ReadingLike): Line[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (!a || !b) continue;
    const aCells = a.text.split('\t');
    const month = aCells[0] ?? '';
    if (aCells.length < 2 || !isMonthCell(month)) continue;
    const open = OPEN_YEAR.exec(b.text);
    if (!open) continue;
    const afterDash = b.text.slice(open[0].length);
    const c = out[i + 2];
    // The end in the same cell as the year ("2015 – May ⇥ …"), else the first cell of the line below ("October 2019 ⇥ …").
    const tries: Array<{ end: string; at: number; rest: Map<number, string> }> = [
      { end: afterDash.split('\t')[0]?.trim() ?? '', at: i + 1, rest: new Map([[i + 1, afterDash.split('\t').slice(1).join('\t')]]) },
    ];
    if (c?.text.includes('\t')) {
      const { cell, rest } = firstCell(c);
      tries.push({ end: cell.trim(), at: i + 2, rest: new Map([[i + 1, afterDash], [i + 2, rest]]) });
    }
    for (const t of tries) {
      let end = t.end;
      if (end === '') continue;
      // "December" over "2023": the end's year on the line below, alone or as its first cell.
      const next = out[t.at + 1];
      if (!/\d/u.test(end) && isMonthCell(end) && next) {
        const { cell, rest } = next.text.includes('\t') ? firstCell(next) : { cell: next.text, rest: '' };
        if (YEAR_CELL.test(cell)) {
          end = `${end} ${cell.trim()}`;
          t.rest.set(t.at + 1, rest);
        }
      }
      const joined = `${month.trim()} ${open[1] ?? ''} – ${end}`;
      if (!findDateRanges(joined, pivot).some((r) => !r.single && r.from === 0 && r.to === joined.length)) continue;
      out[i] = { ...a, text: [joined, ...aCells.slice(1)].join('\t') };
      for (const [k, text] of t.rest) {
        const line = out[k];
        if (line) out[k] = { ...line, text };
      }
      break;
    }
  }
  return out;
}
