// Reading order for multi-column pages: find a vertical gutter that no text crosses over a long run of rows,
// then emit the left column, then the right one. Content-stream order never matters: only positions do.
import { closeLetterSpacing } from '../normalize.js';
import type { Item, Row } from './rows.js';

/** Narrowest white band (pt) that can separate two columns. */
const MIN_GUTTER_WIDTH = 8;
/** Step (pt) of the gutter scan. */
const SCAN_STEP = 2;
/** A column split needs this many consecutive uncrossed rows … */
const MIN_RUN_ROWS = 5;
/** … and this many rows with text on each side. */
const MIN_SIDE_ROWS = 3;
/**
 * Independence test: in a real two-column page the shorter column's baselines rarely coincide with the other
 * column's; in a single column with right-aligned dates (or a table) every date sits on a title's baseline.
 * A split is refused when more than this share of the shorter side's rows share a baseline with the other side.
 * Measured on the rendered fixtures: sidebars 0.00–0.40, date/label columns of tables 0.50–1.00.
 */
const MAX_ALIGNED_SHARE = 0.45;
const SAME_BASELINE_PT = 1;
/** Columns inside columns (three-column templates); deeper nesting is read row by row. */
const MAX_DEPTH = 2;
/** Pages with more items than this are read row by row (the scan is O(width × rows)). */
const MAX_ITEMS_FOR_SCAN = 6000;

interface Gutter {
  x: number;
  /** Row range [start, end) the gutter separates. */
  start: number;
  end: number;
}

export interface Block {
  rows: Row[];
}

/** Splits rows into blocks in reading order; more than one block means columns were found. */
export function orderColumns(rows: Row[], depth = 0): Block[] {
  const itemCount = rows.reduce((n, r) => n + r.items.length, 0);
  const found = depth < MAX_DEPTH && itemCount <= MAX_ITEMS_FOR_SCAN ? findGutter(rows) : undefined;
  if (!found) return [{ rows }];
  const gutter = { ...found, end: blockEnd(rows, found) };
  const before = rows.slice(0, gutter.start);
  const inside = rows.slice(gutter.start, gutter.end);
  const after = rows.slice(gutter.end);
  const left = sideRows(inside, (it) => it.x + it.w / 2 < gutter.x);
  const right = sideRows(inside, (it) => it.x + it.w / 2 >= gutter.x);
  const middle = isLabelColumn(left, right)
    ? labelledBlocks(left, right)
    : isMarginLabelColumn(right, left)
      ? centredLabelBlocks(right, left)
      : [...orderColumns(left, depth + 1), ...orderColumns(right, depth + 1)];
  return [...(before.length > 0 ? orderColumns(before, depth) : []), ...middle, ...(after.length > 0 ? orderColumns(after, depth) : [])];
}

/**
 * Where the side-by-side part of a gutter's run ends. A block on the right that stops early (a contact block beside
 * the name, a header table's right cell) while the left side runs on into full-width text below the run: the left
 * rows under the block are the start of that text, read after the block, not before it. Without full-width rows
 * after the run (a right sidebar beside a main column to the page's end) the run is kept whole.
 */
export function blockEnd(rows: Row[], gutter: Gutter): number {
  if (gutter.end >= rows.length) return gutter.end;
  const inside = rows.slice(gutter.start, gutter.end);
  const right = sideRows(inside, (it) => it.x + it.w / 2 >= gutter.x);
  const bottom = right[right.length - 1];
  if (!bottom) return gutter.end;
  const cut = inside.findIndex((row) => row.y < bottom.y - SAME_BASELINE_PT && row.items.every((it) => it.x + it.w / 2 < gutter.x));
  // The block must have left rows beside it and left rows under it.
  const beside = inside.slice(0, cut).some((row) => row.items.some((it) => it.x + it.w / 2 < gutter.x));
  if (cut <= 0 || !beside) return gutter.end;
  return gutter.start + cut;
}

/** A section label in a side column: a few words, no digits ("Experience", "Work history"), not a list item. */
const LABEL_TEXT = /^\p{L}[\p{L}&/'’ -]{0,31}$/u;
const MAX_LABEL_WORDS = 3;
/** A label sits level with the first line of its section, within this share of the font size (cells centre it). */
const LABEL_ALIGN_EM = 0.35;
/** Labels are sparse: consecutive labels are further apart than this many font sizes (a sidebar list is not). */
const MIN_LABEL_SPACING_EM = 1.9;
/** The label column is at most this share of the page's text width. */
const MAX_LABEL_COLUMN_SHARE = 0.35;

const rowString = (row: Row) => row.items.map((i) => i.str).join(' ').replace(/\s+/g, ' ').trim();
const rowSize = (row: Row) => Math.max(...row.items.map((i) => i.size));

/** A name set above the labels in their column (Google Docs label-column templates) is this much larger than they are. */
const NAME_OVER_LABEL_SIZE = 1.3;
/** At most this many such rows (a name broken over lines: "CHRIS" / "OH"). */
const MAX_NAME_ROWS = 3;

/** How many rows at the top of a label column are the candidate's name: larger than every label under them. */
function nameRows(left: Row[]): number {
  for (let n = Math.min(MAX_NAME_ROWS, left.length - 2); n > 0; n--) {
    const labelSize = Math.max(...left.slice(n).map(rowSize));
    if (left.slice(0, n).every((row) => rowSize(row) >= NAME_OVER_LABEL_SIZE * labelSize)) return n;
  }
  return 0;
}

/**
 * A narrow left column of section labels beside their sections (Google Docs table and "label column" layouts):
 * every left row is a short label, level with a row on the right, and no two labels are consecutive lines. The
 * column may open with the candidate's name in larger type (nameRows), which need not be level or sparse.
 */
export function isLabelColumn(left: Row[], right: Row[]): boolean {
  if (left.length < 2 || right.length < left.length) return false;
  const x0 = Math.min(...left.flatMap((r) => r.items.map((i) => i.x)));
  const leftX1 = Math.max(...left.flatMap((r) => r.items.map((i) => i.x + i.w)));
  const rightX1 = Math.max(...right.flatMap((r) => r.items.map((i) => i.x + i.w)));
  if (leftX1 - x0 > MAX_LABEL_COLUMN_SHARE * (rightX1 - x0)) return false;
  const head = nameRows(left);
  return left.every((row, i) => {
    const text = rowString(row);
    const size = rowSize(row);
    const label = LABEL_TEXT.test(text) && text.split(' ').length <= MAX_LABEL_WORDS;
    if (i < head) return label;
    const level = right.some((r) => Math.abs(r.y - row.y) <= LABEL_ALIGN_EM * size);
    const prev = left[i - 1];
    const sparse = prev === undefined || i === head || prev.y - row.y > MIN_LABEL_SPACING_EM * size;
    return label && level && sparse;
  });
}

/** The name first (if the column opens with it), then each label as its own block, right before the rows of its section. */
function labelledBlocks(left: Row[], content: Row[]): Block[] {
  const head = nameRows(left);
  const blocks: Block[] = head > 0 ? [{ rows: left.slice(0, head) }] : [];
  let pending = left.slice(head);
  let chunk: Row[] = [];
  for (const row of content) {
    const due = pending.filter((l) => l.y >= row.y - LABEL_ALIGN_EM * rowSize(l));
    if (due.length > 0) {
      if (chunk.length > 0) blocks.push({ rows: chunk });
      chunk = [];
      for (const label of due) blocks.push({ rows: [label] });
      pending = pending.filter((l) => !due.includes(l));
    }
    chunk.push(row);
  }
  if (chunk.length > 0) blocks.push({ rows: chunk });
  for (const label of pending) blocks.push({ rows: [label] });
  return blocks;
}

/** A margin heading's font is at least this much larger than the median size of its sections' text. */
const MIN_HEADING_SIZE_RATIO = 1.15;
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
/** A section needs at least this many content rows per margin label on average (labels are not a list). */
const MIN_ROWS_PER_LABEL = 2;

/**
 * Section headings set in a narrow right margin, each halfway down its section (latexcv "rows": a table row per
 * section, the heading cell centred vertically): every right row is a short label, labels are sparse, the label
 * column is narrow, and the sections have rows of their own. A right sidebar's list of items is not sparse; its
 * headings come with items.
 */
export function isMarginLabelColumn(labels: Row[], content: Row[]): boolean {
  if (labels.length < 2 || content.length < MIN_ROWS_PER_LABEL * labels.length) return false;
  const x0 = Math.min(...content.flatMap((r) => r.items.map((i) => i.x)));
  const labelX0 = Math.min(...labels.flatMap((r) => r.items.map((i) => i.x)));
  const x1 = Math.max(...labels.flatMap((r) => r.items.map((i) => i.x + i.w)));
  if (x1 - labelX0 > MAX_LABEL_COLUMN_SHARE * (x1 - x0)) return false;
  // Headings are set larger than their sections' text (a place or a note right-aligned beside a line is not).
  const body = medianOf(content.flatMap((r) => r.items.map((i) => i.size)));
  return labels.every((row, i) => {
    if (Math.min(...row.items.map((it) => it.size)) < MIN_HEADING_SIZE_RATIO * body) return false;
    const text = rowString(row);
    const prev = labels[i - 1];
    const sparse = prev === undefined || prev.y - row.y > MIN_LABEL_SPACING_EM * rowSize(row);
    return LABEL_TEXT.test(text) && text.split(' ').length <= MAX_LABEL_WORDS && sparse;
  });
}

/**
 * Each margin label as its own block before the rows of its section. A label sits halfway down its section, so
 * working up from the foot: a section ends at the lowest row not yet taken, and starts about as far above its label
 * as it ends below it, at the widest gap between rows within one label size of that mirror line (and below the
 * label above). Rows above the first section (the name, a headline) come first, unlabelled.
 */
function centredLabelBlocks(labels: Row[], content: Row[]): Block[] {
  const sections: Block[] = [];
  let end = content.length;
  for (let k = labels.length - 1; k >= 0; k--) {
    const label = labels[k] as Row;
    const above = labels[k - 1];
    const bottom = content[end - 1];
    if (!bottom || bottom.y > label.y + rowSize(label)) {
      sections.unshift({ rows: [label] });
      continue;
    }
    const mirror = 2 * label.y - bottom.y;
    let start = end - 1;
    let widest = -Infinity;
    for (let m = end - 1; m >= 0; m--) {
      const row = content[m] as Row;
      if (row.y > mirror + rowSize(label) || (above && row.y >= above.y)) break;
      if (row.y < mirror - rowSize(label)) continue;
      const gap = (content[m - 1]?.y ?? Infinity) - row.y;
      if (gap > widest) {
        widest = gap;
        start = m;
      }
    }
    sections.unshift({ rows: [label] }, { rows: content.slice(start, end) });
    end = start;
  }
  return [...(end > 0 ? [{ rows: content.slice(0, end) }] : []), ...sections];
}

function sideRows(rows: Row[], onSide: (it: Item) => boolean): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const items = row.items.filter(onSide);
    if (items.length > 0) out.push({ y: items[0]?.y ?? row.y, items });
  }
  return out;
}

function crosses(row: Row, x: number): boolean {
  const half = MIN_GUTTER_WIDTH / 2;
  return row.items.some((it) => it.x < x + half && it.x + it.w > x - half);
}

/** Best gutter: the longest run of rows a white band crosses, that passes the independence test. */
export function findGutter(rows: Row[]): Gutter | undefined {
  if (rows.length < MIN_RUN_ROWS) return undefined;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const row of rows) {
    for (const it of row.items) {
      minX = Math.min(minX, it.x);
      maxX = Math.max(maxX, it.x + it.w);
    }
  }
  const candidates = new Map<string, { gutter: Gutter; xs: number[] }>();
  for (let x = minX + MIN_GUTTER_WIDTH; x <= maxX - MIN_GUTTER_WIDTH; x += SCAN_STEP) {
    for (const run of uncrossedRuns(rows, x)) {
      const key = `${run.start}:${run.end}`;
      const entry = candidates.get(key) ?? { gutter: { x, ...run }, xs: [] };
      entry.xs.push(x);
      candidates.set(key, entry);
    }
  }
  const ranked = [...candidates.values()]
    .map(({ gutter, xs }) => ({ ...gutter, x: xs[Math.floor(xs.length / 2)] ?? gutter.x, width: xs.length }))
    .sort((p, q) => q.end - q.start - (p.end - p.start) || q.width - p.width);
  return ranked.find((g) => {
    const run = rows.slice(g.start, g.end);
    // Margin headings level with a line of their section share its baseline, as a table's cells do.
    const labelled = () => isMarginLabelColumn(sideRows(run, (it) => it.x + it.w / 2 >= g.x), sideRows(run, (it) => it.x + it.w / 2 < g.x));
    return (isColumnSplit(run, g.x) || labelled()) && !isDateGutter(run, g.x) && !isDateGutter(run, g.x, 'right');
  });
}

/** A gutter row: a date ("2021 –", "Jan 2020 → Mar", "'11 – '15", "2019") or a short heading ("CAREER"). */
const GUTTER_DATE = /^(?=.*\d)[\p{L}\d'’.,/ –—→-]{1,24}$/u;
const GUTTER_HEADING = /^\p{L}[\p{L}&' ]{0,30}$/u;
/** Words of a gutter date, a free-standing dash or arrow not counted: "Apr 2019 — Dec 2021" has four. */
const gutterWords = (text: string) => text.split(' ').filter((w) => !/^[–—→-]$/u.test(w)).length;
/** Dates in a timeline gutter sit level with their entry's title, within this share of the font size. */
const GUTTER_LEVEL_EM = 0.25;
const MIN_GUTTER_DATES = 3;

/**
 * A timeline gutter: a narrow left column of dates (and section headings) level with the entries they date. It is
 * part of each row ("2021 – Present ⇥ Engineering Manager"), never a column read on its own. On the `right`, the
 * same for dates floated right of each title in a smaller type (a JSON-Resume theme's "Jan 2022 - Current"): set
 * top-aligned, their baselines miss the title's by a point or two, which the independence test takes for a column.
 */
export function isDateGutter(rows: Row[], x: number, side: 'left' | 'right' = 'left'): boolean {
  let dates = 0;
  let level = 0;
  for (const row of rows) {
    const before = row.items.filter((it) => it.x + it.w / 2 < x);
    const after = row.items.filter((it) => it.x + it.w / 2 >= x);
    const [left, right] = side === 'left' ? [before, after] : [after, before];
    if (left.length === 0) continue;
    const text = closeLetterSpacing(left.map((i) => i.str).join(' ').replace(/\s+/g, ' ').trim());
    const isDate = GUTTER_DATE.test(text) && gutterWords(text) <= 4;
    if (!isDate && !(GUTTER_HEADING.test(text) && text.split(/\s+/).length <= 3)) return false;
    if (!isDate) continue;
    dates++;
    const size = Math.min(...left.map((i) => i.size));
    if (right.some((r) => Math.abs(r.y - (left[0]?.y ?? 0)) <= GUTTER_LEVEL_EM * size)) level++;
  }
  return dates >= MIN_GUTTER_DATES && level >= dates / 2;
}

function uncrossedRuns(rows: Row[], x: number): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let start = -1;
  for (let i = 0; i <= rows.length; i++) {
    const row = rows[i];
    const open = row !== undefined && !crosses(row, x);
    if (open && start < 0) start = i;
    if (!open && start >= 0) {
      if (i - start >= MIN_RUN_ROWS) runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

function isColumnSplit(rows: Row[], x: number): boolean {
  const leftYs: number[] = [];
  const rightYs: number[] = [];
  for (const row of rows) {
    const left = row.items.filter((it) => it.x + it.w / 2 < x);
    const right = row.items.filter((it) => it.x + it.w / 2 >= x);
    if (left[0]) leftYs.push(left[0].y);
    if (right[0]) rightYs.push(right[0].y);
  }
  if (leftYs.length < MIN_SIDE_ROWS || rightYs.length < MIN_SIDE_ROWS) return false;
  const [shorter, longer] = leftYs.length <= rightYs.length ? [leftYs, rightYs] : [rightYs, leftYs];
  const aligned = shorter.filter((y) => longer.some((o) => Math.abs(o - y) <= SAME_BASELINE_PT)).length;
  return aligned / shorter.length <= MAX_ALIGNED_SHARE || isTextFlow(rows, x) || isParallelProse(rows, x);
}

/** A text flow has at least this many rows of text on each side of the gutter … */
const MIN_FLOW_ROWS = 6;
/** … most of them (the median) at least this share of their side's width (wrapped prose fills its column) … */
const MIN_FLOW_FILL = 0.6;
/** … and the narrower side at least this share of the wider one (two columns of a story, not a label or date column). */
const MIN_FLOW_BALANCE = 0.6;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface SideLine {
  x0: number;
  x1: number;
  text: string;
}

/** The lines one side of a gutter holds (rows with items on that side), with the side's left edge and width. */
function sideLines(rows: Row[], onSide: (it: Item) => boolean): { lines: SideLine[]; x0: number; width: number } {
  const lines = rows.map((r) => r.items.filter(onSide)).filter((items) => items.length > 0).map((items) => ({
    x0: Math.min(...items.map((i) => i.x)),
    x1: Math.max(...items.map((i) => i.x + i.w)),
    text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' ').trim(),
  }));
  const x0 = Math.min(...lines.map((l) => l.x0));
  return { lines, x0, width: Math.max(...lines.map((l) => l.x1)) - x0 };
}

/**
 * Two columns of one story (linked text frames, newspaper columns) set with the same leading share every baseline,
 * so the independence test takes them for a table. Their rows fill both columns, which a table's date or label
 * column, or a list, does not; and the story runs on from the foot of the first column, which stops mid-sentence,
 * into the second, which opens with the sentence's rest (lower case). A grid of cards in lockstep is not a flow.
 */
export function isTextFlow(rows: Row[], x: number): boolean {
  const side = (onSide: (it: Item) => boolean) => {
    const { lines, x0, width } = sideLines(rows, onSide);
    return { lines, rows: lines.length, width, fill: width > 0 ? median(lines.map((l) => l.x1 - x0)) / width : 0 };
  };
  const left = side((it) => it.x + it.w / 2 < x);
  const right = side((it) => it.x + it.w / 2 >= x);
  if (left.rows < MIN_FLOW_ROWS || right.rows < MIN_FLOW_ROWS) return false;
  // The foot of the first column stops mid-sentence and the second column opens with its rest.
  const foot = left.lines.filter((l) => l.text !== '').at(-1)?.text ?? '';
  const opening = right.lines.find((l) => l.text !== '')?.text ?? '';
  if (!/[\p{L}\d,-]$/u.test(foot) || !/^\p{Ll}/u.test(opening)) return false;
  if (Math.min(left.width, right.width) < MIN_FLOW_BALANCE * Math.max(left.width, right.width)) return false;
  return left.fill >= MIN_FLOW_FILL && right.fill >= MIN_FLOW_FILL;
}

/** Each side of two parallel columns wraps prose onto its own next line at least this many times … */
const MIN_SIDE_WRAPS = 2;
/** … a wrapped line reaching at least this share of its side's width (justified or ragged prose fills its column). */
const MIN_WRAP_FILL = 0.85;

/**
 * Two independent columns set side by side with the same leading (LaTeX minipages or paracol: Education beside
 * Experience) share every baseline, so the independence test takes them for a table. Each side wraps its own prose:
 * a line that fills its side is continued on the same side's next line (it ends in a hyphen, or the next line opens
 * in lower case), several times on both sides, and the two sides are of comparable width. A table's label or date
 * column, a list of short lines, or prose on one side only is not.
 */
export function isParallelProse(rows: Row[], x: number): boolean {
  const side = (onSide: (it: Item) => boolean) => {
    const { lines, x0, width } = sideLines(rows, onSide);
    let wraps = 0;
    lines.forEach((line, i) => {
      const next = lines[i + 1];
      if (!next || width <= 0 || (line.x1 - x0) / width < MIN_WRAP_FILL) return;
      if (/\p{L}-$/u.test(line.text) || (/[\p{L},]$/u.test(line.text) && /^\p{Ll}/u.test(next.text))) wraps++;
    });
    return { rows: lines.length, width, wraps };
  };
  const left = side((it) => it.x + it.w / 2 < x);
  const right = side((it) => it.x + it.w / 2 >= x);
  if (left.rows < MIN_FLOW_ROWS || right.rows < MIN_FLOW_ROWS) return false;
  if (Math.min(left.width, right.width) < MIN_FLOW_BALANCE * Math.max(left.width, right.width)) return false;
  return left.wraps >= MIN_SIDE_WRAPS && right.wraps >= MIN_SIDE_WRAPS;
}
