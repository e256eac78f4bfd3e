// Tables whose cells wrap: a run of rows with cells in fixed columns is read column by column, each cell's wrapped
// lines joined back into one, then laid out as the DOCX reader lays out a table row (the i-th paragraph of every
// cell side by side, joined by tabs). "Meridian Advertising / Technologies Europe / GmbH" in a narrow company
// column is one company; "Apr 2021 –" over "Present" in the dates column is one range.
import { endsWithYear, startsWithDateToken, type HyphenPolicy } from '../normalize.js';
import { endsWithRangeEndWord, hasOwnRange, isOpenRange } from './cell-merges.js';
import { CELL_GAP_EM } from './rows.js';
import { closeBelow, INDENT_TOLERANCE, joinParts, STARTS_ITEM, textStart, type Cell, type VisualLine } from './visual-line.js';

/** A run is a table when at least this many of its lines have two cells or more. */
const MIN_MULTI_CELL_LINES = 2;
/** A column this narrow (share of the run's width) wraps names and dates: a capital may continue its cell. */
const NARROW_COLUMN_SHARE = 0.3;
/** A single line inside a later column starts at most this far (in font sizes) right of the column's edge. */
const MAX_CELL_INDENT_EM = 2.5;
/** A cell that ends like this is finished: the next line in its column is a new paragraph. */
const ENDS_SENTENCE = /[.!?:;)\]]$/;

interface Column {
  x0: number;
  /** Where text in this column must stop: the next column's start, less a cell gap. */
  limit: number;
}

interface Fragment {
  cell: Cell;
  size: number;
  line: number;
}

export interface Run {
  start: number;
  /** Exclusive. */
  end: number;
}

const columnOf = (columns: Column[], cell: Cell) => {
  for (let k = columns.length - 1; k >= 0; k--) if (cell.x0 >= (columns[k]?.x0 ?? 0) - INDENT_TOLERANCE) return k;
  return -1;
};

function columnsOf(line: VisualLine): Column[] {
  return line.cells.map((c, k) => ({ x0: c.x0, limit: (line.cells[k + 1]?.x0 ?? Infinity) - CELL_GAP_EM * line.size }));
}

/** Lines that belong to a table that starts at `start`: multi-cell rows, and single cells inside a later column. */
function runFrom(lines: VisualLine[], start: number): Run {
  const first = lines[start];
  if (!first || first.cells.length < 2) return { start, end: start };
  const columns = columnsOf(first);
  let end = start + 1;
  let prev = first;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (!line) break;
    if (line.cells.length === 0) continue; // merged into the line above
    if (!closeBelow(prev, line)) break;
    const ks = line.cells.map((c) => columnOf(columns, c));
    const increasing = ks.every((k, i) => k >= 0 && (i === 0 || k > (ks[i - 1] ?? -1)));
    const firstCell = line.cells[0];
    // A single cell starts at its column's edge, or indented under a bullet's text.
    const offset = firstCell !== undefined ? firstCell.x0 - (columns[ks[0] ?? 0]?.x0 ?? 0) : Infinity;
    const aligned = offset >= -INDENT_TOLERANCE && offset <= MAX_CELL_INDENT_EM * line.size;
    const inside = line.cells.length >= 2 ? increasing : (ks[0] ?? 0) >= 1 && aligned;
    if (!inside) break;
    prev = line;
  }
  const multi = lines.slice(start, end).filter((l) => l.cells.length >= 2).length;
  return multi >= MIN_MULTI_CELL_LINES ? { start, end } : { start, end: start };
}

/** Runs of table lines in a column's visual lines, in order, not overlapping. */
export function findTableRuns(lines: VisualLine[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < lines.length; i++) {
    const run = runFrom(lines, i);
    if (run.end > run.start) {
      runs.push(run);
      i = run.end - 1;
    }
  }
  return runs;
}

function firstWordWidth(cell: Cell): number {
  const first = cell.items[0];
  if (!first || first.str.length === 0) return 0;
  const word = /^\S+/.exec(first.str.trimStart())?.[0] ?? '';
  return (first.w * word.length) / first.str.length;
}

/** b continues a's paragraph inside one cell of a table; a capital start only where `capitalMayContinue`. */
function continuesCell(a: Fragment, b: Fragment, column: Column, capitalMayContinue: boolean): boolean {
  const at = a.cell.text.trimEnd();
  const bt = b.cell.text.trimStart();
  if (isOpenRange(at) && /[-–—\u00AD]$/u.test(at) && (startsWithDateToken(bt) || /^\p{L}+$/u.test(bt.trim()))) return !hasOwnRange(bt);
  // Dates stacked in a date column ("2023" over "2022", "2022–present" over "2020–2022", one per row): each dates
  // its own row. A date in an open bracket goes on ("(2010" over "2015)").
  if ((endsWithYear(at) || endsWithRangeEndWord(at)) && startsWithDateToken(bt) && !/\([^)]*$/.test(at)) return false;
  const sameFont = a.cell.items[a.cell.items.length - 1]?.font === b.cell.items[0]?.font && Math.abs(a.size - b.size) <= 0.5;
  if (!sameFont || STARTS_ITEM.test(bt) || Math.abs(b.cell.x0 - textStart(a.cell)) > INDENT_TOLERANCE) return false;
  if (/^[\p{Ll}\d(]/u.test(bt) || /(?:,|&|\([^)]*)$/.test(at)) return true;
  if (ENDS_SENTENCE.test(at) || !capitalMayContinue) return false;
  // A capital: only where the line-breaker, not the author, broke (the next word would not have fitted).
  return a.cell.x1 + 0.3 * a.size + firstWordWidth(b.cell) > column.limit - 0.5 * a.size;
}

/**
 * The lines of one table run → rows of tab-separated cells, wrapped cells joined. A table row starts where the
 * first column starts a new cell; inside it the i-th paragraphs of the cells are laid side by side.
 */
export function tableRunLines(lines: VisualLine[], policy: HyphenPolicy): string[] {
  const live = lines.filter((l) => l.cells.length > 0);
  const firstLine = live[0];
  if (!firstLine) return [];
  const columns = columnsOf(firstLine);
  const left = columns[0]?.x0 ?? 0;
  const right = Math.max(...live.flatMap((l) => l.cells.map((c) => c.x1)));
  const narrow = columns.map((c) => (Number.isFinite(c.limit) ? c.limit : right) - c.x0 <= NARROW_COLUMN_SHARE * (right - left));
  // Wrapped text stops where the longest line of its column stops (the cell's padding is unknown).
  columns.forEach((c, k) => {
    const ends = live.flatMap((l) => l.cells.filter((cell) => columnOf(columns, cell) === k).map((cell) => cell.x1));
    c.limit = Math.min(c.limit, Math.max(...ends));
  });
  const out: string[] = [];
  let paragraphs: string[][] = columns.map(() => []);
  const flush = () => {
    const height = Math.max(0, ...paragraphs.map((p) => p.length));
    for (let r = 0; r < height; r++) out.push(paragraphs.map((p) => p[r]).filter((t): t is string => t !== undefined).join('\t'));
    paragraphs = columns.map(() => []);
  };
  const lastFragment: Array<Fragment | undefined> = columns.map(() => undefined);
  const continues = (k: number, fragment: Fragment, capital: boolean) => {
    const prev = lastFragment[k];
    const column = columns[k];
    return prev !== undefined && column !== undefined && prev.line === fragment.line - 1 && continuesCell(prev, fragment, column, capital);
  };
  live.forEach((line, i) => {
    const first = line.cells.find((c) => columnOf(columns, c) === 0);
    // A new cell in the first column starts a new table row: nothing above continues into it.
    if (first && !continues(0, { cell: first, size: line.size, line: i }, narrow[0] === true)) {
      flush();
      lastFragment.fill(undefined);
    }
    line.cells.forEach((cell) => {
      const k = columnOf(columns, cell);
      if (k < 0) return;
      const fragment: Fragment = { cell, size: line.size, line: i };
      const joined = continues(k, fragment, narrow[k] === true || (k !== 0 && !first));
      const paras = paragraphs[k] ?? [];
      if (joined) paras[paras.length - 1] = joinParts(paras[paras.length - 1] ?? '', cell.text, policy);
      else paras.push(cell.text);
      paragraphs[k] = paras;
      // The joined fragment keeps the last line's geometry for the next decision.
      lastFragment[k] = { ...fragment, cell: { ...cell, text: paras[paras.length - 1] ?? '' } };
    });
  });
  flush();
  return out;
}
