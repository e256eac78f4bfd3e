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

/**
 * Lines of one section with each wrapped date cell joined: a first cell that is a month name alone (the row holding
 * more cells), a line below that opens with a year and a dash, and the range's end either right after that dash in
 * the same cell ("2015 - May 2015 ⇥ …") or as the first cell of the line after ("October 2019 ⇥ …"). Only when the
 * joined cell reads as one range; a month name over anything else stays as it is.
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
    // The end in the same cell as the year ("2015 - May 2015 ⇥ …"): the cell up to the tab.
    const sameCell = afterDash.split('\t')[0] ?? '';
    const inline = `${month.trim()} ${open[1] ?? ''} – ${sameCell.trim()}`;
    const inlineRange = findDateRanges(inline, pivot).find((r) => !r.single && r.from === 0 && r.to === inline.length);
    if (inlineRange && sameCell.trim() !== '') {
      out[i] = { ...a, text: [inline, ...aCells.slice(1)].join('\t') };
      out[i + 1] = { ...b, text: afterDash.split('\t').slice(1).join('\t') };
      continue;
    }
    const c = out[i + 2];
    const cCells = c?.text.split('\t') ?? [];
    const end = cCells[0] ?? '';
    if (!c || cCells.length < 2) continue;
    const joined = `${month.trim()} ${open[1] ?? ''} – ${end.trim()}`;
    const range = findDateRanges(joined, pivot).find((r) => !r.single && r.from === 0 && r.to === joined.length);
    if (!range) continue;
    out[i] = { ...a, text: [joined, ...aCells.slice(1)].join('\t') };
    out[i + 1] = { ...b, text: afterDash };
    out[i + 2] = { ...c, text: cCells.slice(1).join('\t') };
  }
  return out;
}
