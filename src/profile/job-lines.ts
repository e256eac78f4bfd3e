// The role of each line in an experience-like section: a date line (anchor of a job), a header line (title,
// company, location), a body line (bullets, sentences), a LinkedIn duration line, or the end of a range that
// started on an earlier line ("2021 –" … "Present").
import type { Line } from '../types.js';
import { findDateRanges, parseRangeEnd, tokenize, type FoundRange, type ReadingLike } from './dates.js';
import { completeRange, endsWithDateCell } from './date-join.js';
import { parseDuration } from './durations.js';
import { isBulletLine, isPageMarker, looksLikeProse, splitCells, wordCount } from './line-shape.js';

export type LineRole = 'blank' | 'body' | 'anchor' | 'header' | 'duration' | 'rangeEnd';

export interface ClassifiedLine {
  line: Line;
  role: LineRole;
  range?: FoundRange;
  /** Header text left on the line once the dates (and any range end taken by an earlier line) are cut out. */
  rest: string;
}

/** Header text beside a date longer than this is a sentence, not a job header. */
const MAX_HEADER_WORDS = 12;
/** A job header is never longer than this; longer lines are body text (and never reach the header regexes,
 *  whose edge-trimming would be quadratic on a hostile line full of separators). */
const MAX_HEADER_CHARS = 300;
/** How many lines below "2021 –" we look for its end. */
const SPLIT_RANGE_LOOKAHEAD = 3;
/** "Tech stack: Python, Go": a labelled list belongs to the body. */
const LABELLED_LIST = /^[\p{L}][\p{L} /&-]{1,30}:\s+\S/u;
const EDGE = /^[\s,;:|·•—–-]+|[\s,;:|·•—–(-]+$/gu;

const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;

function cut(text: string, from: number, to: number): string {
  return `${text.slice(0, from)}\t${text.slice(to)}`.replace(EMPTY_BRACKETS, '').replace(EDGE, '').trim();
}

function isDurationOnly(text: string): boolean {
  const toks = tokenize(text);
  const d = parseDuration(toks, 0);
  return d !== undefined && d.next === toks.length;
}

/** Markdown decoration around header text: "### Title", "**Title**", "_Company_". */
const MARKDOWN_DECORATION = /^#{1,6}\s+|\*\*|__|(?<![\p{L}\p{N}])[*_](?=\p{L})|(?<=[\p{L}.)])[*_](?![\p{L}\p{N}])/gu;

export function classifyLine(line: Line, pivot: ReadingLike): ClassifiedLine {
  const text = line.text.replace(MARKDOWN_DECORATION, '').trim();
  if (text === '' || isPageMarker(text)) return { line, role: 'blank', rest: '' };
  if (text.length > MAX_HEADER_CHARS || isBulletLine(text)) return { line, role: 'body', rest: '' };
  const ranges = findDateRanges(text, pivot);
  const range = ranges.find((r) => !r.single) ?? ranges[0];
  if (range) {
    const rest = cut(text, range.from, range.to);
    if (looksLikeProse(rest) || wordCount(rest) > MAX_HEADER_WORDS) return { line, role: 'body', rest: '' };
    return { line, role: 'anchor', range, rest };
  }
  if (parseRangeEnd(text, pivot)) return { line, role: 'rangeEnd', rest: '' };
  if (isDurationOnly(text)) return { line, role: 'duration', rest: '' };
  if (looksLikeProse(text) || LABELLED_LIST.test(text) || text.split(',').length > 3) return { line, role: 'body', rest: '' };
  return { line, role: 'header', rest: text };
}

/** Take the end of a split range from the first of the next lines (a whole line or one of its cells) that holds it. */
function completeSplitRange(lines: ClassifiedLine[], i: number, pivot: ReadingLike): void {
  const anchor = lines[i];
  if (!anchor?.range || !(anchor.range.open || anchor.range.single)) return;
  for (let k = i + 1; k <= i + SPLIT_RANGE_LOOKAHEAD && k < lines.length; k++) {
    const next = lines[k];
    // A lone date in the next row ("03/2019<tab>Contoso Media") is the end we look for; a whole range is not.
    if (!next || (next.role === 'body' && !endsWithDateCell(next.line.text, pivot)) || (next.role === 'anchor' && !next.range?.single)) return;
    const cells = splitCells(next.line.text);
    const cellIdx = cells.findIndex((c) => parseRangeEnd(c, pivot) !== undefined);
    const cell = cells[cellIdx];
    if (cell === undefined) continue;
    // Whether the cell ends the range, and the joined range: date-join.ts (the date grammar's side of it).
    const joined = completeRange(anchor.range, anchor.line.text, cell, { nextLine: k === i + 1, wholeLine: cells.length === 1 }, pivot);
    if (!joined) return;
    anchor.range = joined;
    const remaining = cells.filter((_, c) => c !== cellIdx).join('\t');
    const reread = remaining === '' ? undefined : classifyLine({ ...next.line, text: remaining }, pivot);
    lines[k] = reread ? { ...reread, line: next.line } : { line: next.line, role: 'blank', rest: '' };
    return;
  }
}

export function classifyLines(lines: readonly Line[], pivot: ReadingLike): ClassifiedLine[] {
  const out = lines.map((l) => classifyLine(l, pivot));
  for (let i = 0; i < out.length; i++) {
    if (out[i]?.role === 'anchor') completeSplitRange(out, i, pivot);
  }
  return out;
}
