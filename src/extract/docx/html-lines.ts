// mammoth's HTML → lines: every paragraph, heading, list item and <br> is a line; table rows become visual rows
// of tab-separated cells (the PDF convention). Images are ignored.
import { startsWithDateToken } from '../normalize.js';
import { isOpenRange } from '../pdf/cell-merges.js';

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'div']);
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITY[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Where text goes: the document, or the cell being filled (tables nest, hence a stack). */
interface Sink {
  lines: string[];
  current: string;
  /** The line being filled opened a list item: Word draws its bullet or number, so the line starts with one. */
  listItem?: boolean;
}

/** What a list item's line starts with, as the PDF of the same document shows a bullet glyph. */
export const LIST_MARK = '• ';
/** Text that already starts with a bullet or a number of its own (typed by hand, or kept by the converter). */
const OWN_MARK = /^\s*(?:[•·▪◦‣∙●○■□➢➤►▸✓✔*–-]|\d{1,2}[.)])\s/u;

interface TableFrame {
  /** Finished rows, each a list of cells, each cell its lines: the table is laid out once it is closed. */
  rows: string[][][];
  rowCells: string[][];
  cell: Sink | undefined;
}

export function htmlToLines(html: string): string[] {
  const root: Sink = { lines: [], current: '' };
  const tables: TableFrame[] = [];
  const sink = (): Sink => tables[tables.length - 1]?.cell ?? root;
  const flush = (s: Sink) => {
    if (s.current.trim().length > 0) s.lines.push(s.listItem && !OWN_MARK.test(s.current) ? `${LIST_MARK}${s.current.trimStart()}` : s.current);
    s.current = '';
    s.listItem = false;
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      sink().current += decodeHtml(m[3]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    if (BLOCK.has(tag) || tag === 'br') {
      // Only an item's first line has the mark (a line break inside it goes on under the same bullet).
      const s = sink();
      flush(s);
      if (tag === 'li' && !closing) s.listItem = true;
    }
    else if (tag === 'table' && !closing) {
      flush(sink());
      tables.push({ rows: [], rowCells: [], cell: undefined });
    } else if ((tag === 'td' || tag === 'th') && tables.length > 0) {
      const frame = tables[tables.length - 1];
      if (!frame) continue;
      if (!closing) frame.cell = { lines: [], current: '' };
      else if (frame.cell) {
        flush(frame.cell);
        frame.rowCells.push(frame.cell.lines);
        frame.cell = undefined;
      }
    } else if (tag === 'tr' && closing) {
      const frame = tables[tables.length - 1];
      if (!frame) continue;
      frame.rows.push(frame.rowCells.map(joinOpenRanges));
      frame.rowCells = [];
    } else if (tag === 'table' && closing) {
      const frame = tables.pop();
      const parent = tables[tables.length - 1]?.cell ?? root;
      if (frame) parent.lines.push(...tableLines(frame.rows));
    }
  }
  flush(root);
  return root.lines;
}

/**
 * A date range the cell's width (or a line break) split: "Jan 2021 –" over "Present" is one line, as the PDF
 * reader joins it.
 */
function joinOpenRanges(cell: string[]): string[] {
  const out: string[] = [];
  for (const line of cell) {
    const prev = out[out.length - 1];
    const closes = startsWithDateToken(line) || /^\s*\p{L}+\s*$/u.test(line);
    if (prev !== undefined && /[-–—]\s*$/.test(prev) && isOpenRange(prev.trim()) && closes) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    } else out.push(line);
  }
  return out;
}

/** A section label in a table's first column ("Experience", "Skills", "Work history"): a few words, no digits. */
const LABEL = /^\p{L}[\p{L}&/'’ -]{0,40}$/u;
const MAX_LABEL_WORDS = 3;
const isLabel = (cell: string[] | undefined) =>
  cell !== undefined && cell.length === 1 && LABEL.test(cell[0]?.trim() ?? '') && (cell[0]?.trim().split(/\s+/).length ?? 0) <= MAX_LABEL_WORDS;

/**
 * A table whose first column names the sections (the Google Docs résumé layout): every row is a one-line label
 * (or nothing) beside its content, in at least two rows. Each label is then its own line, before its content, as a
 * reader takes it; any other table is laid out row by row.
 */
function tableLines(rows: string[][][]): string[] {
  const twoCell = rows.filter((r) => r.length === 2 && (r[1]?.length ?? 0) > 0);
  const labelled = twoCell.filter((r) => isLabel(r[0]));
  const labelTable = twoCell.length === rows.length && labelled.length >= 2 && twoCell.every((r) => isLabel(r[0]) || r[0]?.length === 0);
  if (!labelTable) return rows.flatMap(rowLines);
  return rows.flatMap((r) => [...(r[0] ?? []), ...(r[1] ?? [])]);
}

/** A cell with more lines than this is a page column rather than a table cell (when another one is as tall). */
const LAYOUT_CELL_LINES = 3;

/**
 * A table row as visual rows, like the PDF reader sees it: the i-th lines of the cells side by side, joined by
 * tabs ("2019 – Present\tEngineering Manager" then "Northwind Retail" …). A cell holding a nested table row
 * (tabs already) keeps its lines apart, and so do two tall cells (a layout table).
 */
function rowLines(cells: string[][]): string[] {
  const filled = cells.filter((c) => c.length > 0);
  if (filled.some((c) => c.some((l) => l.includes('\t')))) return filled.flat();
  // Two tall cells side by side are page columns (a sidebar template), not a data row: one after the other.
  if (filled.filter((c) => c.length > LAYOUT_CELL_LINES).length >= 2) return filled.flat();
  const height = Math.max(0, ...filled.map((c) => c.length));
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    const row = filled.map((c) => c[i]).filter((l): l is string => l !== undefined);
    out.push(row.join('\t'));
  }
  return out;
}
