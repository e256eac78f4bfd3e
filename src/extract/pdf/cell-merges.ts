// Merges inside the cells of table-like rows: a date range or a title that wrapped inside its own cell.
import type { HyphenPolicy } from '../normalize.js';
import { closeBelow, INDENT_TOLERANCE, joinParts, STARTS_ITEM, type Cell, type VisualLine } from './visual-line.js';

/** A date cell left open by the wrap: "03/2015 –", "Oct 2016 – Mar", "Jan 2020 → Mar", "Apr 2020 – To" (no year or end word yet). */
const RANGE_TAIL = /[-–—→⇒\u00AD]\s*([^-–—→⇒\u00AD]*)$/u;
/** Words that close a range on their own ("– Present", "– heute"). */
const RANGE_END_WORDS = /\b(?:present|now|current|today|date|ongoing|heute|aktuell|actuel|aujourd'hui|hoy|actualidad|oggi|atual|nu|nå|dziś|obecnie|настоящее)\b/i;

export function isOpenRange(text: string): boolean {
  const tail = RANGE_TAIL.exec(text)?.[1];
  if (tail === undefined || !/\d/.test(text.slice(0, text.length - tail.length))) return false;
  return !/\d/.test(tail) && !RANGE_END_WORDS.test(tail);
}

/** A whole range that ends in an end word ("2022–present", "Jan 2021 – Now"): nothing of its own goes on below it. */
const ENDS_WITH_END_WORD = new RegExp(`(?:${RANGE_END_WORDS.source})\\.?$`, 'iu');
export const endsWithRangeEndWord = (text: string): boolean => hasOwnRange(text) && ENDS_WITH_END_WORD.test(text.trimEnd());

/** A date cell with its own range dash ("2022 –", "2018 – 2020"): a new entry's dates, never the end of the one above. */
export const hasOwnRange = (text: string): boolean => /\d[^-–—→⇒\u00AD]*[-–—→⇒\u00AD]/u.test(text);

/** "03/2015 –" on one row and "03/2019" under it, in the same left-hand cell column: one cell "03/2015 – 03/2019". */
export function mergeOpenRanges(lines: VisualLine[]): VisualLine[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    const head = a?.cells[0];
    const tail = b?.cells[0];
    if (!a || !b || !head || !tail || a.cells.length < 2 || !isOpenRange(head.text) || !closeBelow(a, b)) continue;
    const sameColumn = tail.x0 < head.x1 && tail.x1 > head.x0 && tail.x1 <= (a.cells[1]?.x0 ?? Infinity);
    if (!sameColumn || b.cells.length < 2 || hasOwnRange(tail.text)) continue;
    head.text = `${head.text} ${tail.text}`;
    b.cells.shift();
  }
  return lines;
}

/** Text that cannot end a cell: an open bracket, a trailing comma, "&" or a connective ("… (Home Feed" / "and Search)"). */
const UNFINISHED = /(?:\([^)]*|,|&|\b(?:and|or|of|for|the|in|at|with|to|und|et|de|y)\s*)$/i;

/**
 * A title wrapped inside its own cell: "Engineering Manager, Ads ⇥ April 2020 – Present" over "Ranking" (same
 * font, same left edge, nothing in the other cells). The org line under a title is in another font (italic).
 * A later cell ("Jan 2021 – Present ⇥ Engineering Manager (Home Feed" over "and Search)") wraps the same way, but
 * there the continuation must show it: a lower-case start, or a cell left unfinished.
 */
export function mergeWrappedFirstCells(lines: VisualLine[], policy: HyphenPolicy): VisualLine[] {
  const merges: Array<{ head: Cell; tail: Cell; b: VisualLine; roomy: boolean }> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    const tail = b?.cells[0];
    if (!a || !b || !tail || a.cells.length < 2 || b.cells.length !== 1 || !closeBelow(a, b)) continue;
    const k = a.cells.findIndex((c) => Math.abs(tail.x0 - c.x0) <= INDENT_TOLERANCE);
    const head = a.cells[k];
    if (!head || tail.x1 > (a.cells[k + 1]?.x0 ?? Infinity)) continue;
    const sameFont = head.items[head.items.length - 1]?.font === tail.items[0]?.font && Math.abs(a.size - b.size) <= 0.5;
    const shown = /^\p{Ll}/u.test(tail.text.trimStart()) || UNFINISHED.test(head.text.trimEnd());
    if (!sameFont || !(k === 0 || shown) || STARTS_ITEM.test(tail.text)) continue;
    merges.push({ head, tail, b, roomy: !shown && wouldHaveFit(head, tail, a.cells[k + 1], a.size) });
  }
  // The first word below would have fitted far before the next cell on several rows: a layout, not wrapping.
  const layout = merges.filter((m) => m.roomy).length >= MIN_LAYOUT_ROWS;
  for (const { head, tail, b, roomy } of merges) {
    if (roomy && layout) continue;
    head.text = joinParts(head.text, tail.text, policy);
    b.cells = [];
  }
  return lines;
}


/**
 * Room (in font sizes) a cell's column may have beyond its first word and still have wrapped before it: cell padding
 * and a column wider than its text ("Engineering Manager, Ads" wrapped before "Ranking" 53 pt from the dates cell).
 */
const WRAP_ROOM_EM = 3;

/** Width of the first word of a cell's text (from its first item's share of characters). */
function firstWordWidth(cell: Cell): number {
  const first = cell.items[0];
  if (!first || first.str.length === 0) return 0;
  const word = /^\S+/u.exec(first.str.trimStart())?.[0] ?? '';
  return (first.w * word.length) / first.str.length;
}

/**
 * The line below's first word would have fitted on the head's line, far before the next cell. Once, that may still be
 * a narrow text box ("Engineering Manager, Ads" in a 130 pt box, its dates 270 pt away, over "Ranking"); on two rows
 * or more of the same block it is the layout: "HARBORVIEW MARITIME – Portmere, ME ⇥ Sep 2022 – Present" over
 * "Port Operations Supervisor", entry after entry (Word, dates at a right tab), is a header and its title.
 */
const MIN_LAYOUT_ROWS = 2;

/** The line below's first word would have fitted on the head's line with room to spare before the next cell. */
function wouldHaveFit(head: Cell, tail: Cell, next: Cell | undefined, size: number): boolean {
  return next !== undefined && next.x0 - head.x1 > firstWordWidth(tail) + WRAP_ROOM_EM * size;
}

/** The end of a wrapped range alone in its cell ("2019", "Jun 2019", "Present"): no range of its own. */
const endsRange = (text: string): boolean => !hasOwnRange(text) && (/^\D{0,10}\b(?:19|20)\d\d\b\.?$/u.test(text.trim()) || (RANGE_END_WORDS.test(text) && text.trim().split(/\s+/).length === 1));

/** Centres of a cell and of its continuation closer than this (pt): a centred column ("Company" centred over its wrap). */
const CENTRE_TOLERANCE = 6;

/**
 * Several cells of a row wrapped at once, each inside its own column: McDowell CV's three equal columns "Senior
 * Software Engineer, Build and ⇥ Consolidated Grain Cooperative of the ⇥ Fall 2021 – Present" over "Release Tooling
 * ⇥ Upper Midwest" (the middle column centred). Every cell of the lower row continues the cell it sits under (same
 * left edge, centre or right edge, same font), and each shows it: the cell above is left unfinished ("… and", "… of
 * the") or the continuation starts in lower case. "Senior Engineer ⇥ Jan 2020 – Present" over "Acme Corp ⇥ Berlin"
 * shows nothing of the kind and stays two lines. A lower row with a cell under every cell is read as the wrap of the
 * row above only when its date cell finishes the range left open there ("Nordhavn ⇥ Science Teacher (Chemistry, ⇥
 * Aug 2016 – Jun" over "International School ⇥ Biology) ⇥ 2019", pandoc's pipe table in LaTeX).
 */
export function mergeWrappedCells(lines: VisualLine[], policy: HyphenPolicy): VisualLine[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (!a || !b || a.cells.length < 2 || b.cells.length < 1 || b.cells.length > a.cells.length || !closeBelow(a, b)) continue;
    if (Math.abs(a.size - b.size) > 0.5) continue;
    // A row with as many cells as the one above is another row unless its date cell finishes the range above.
    const finishesRange = b.cells.length === a.cells.length && b.cells.every((tail, j) => {
      const head = a.cells[j];
      return head !== undefined && tail.x0 < head.x1 && tail.x1 > head.x0;
    }) && a.cells.some((head, j) => isOpenRange(head.text) && endsRange(b.cells[j]?.text ?? ''));
    if (b.cells.length === a.cells.length && !finishesRange) continue;
    const heads = b.cells.map((tail) => {
      const k = a.cells.findIndex((c, j) => {
        const within = tail.x0 >= (a.cells[j - 1]?.x1 ?? -Infinity) && tail.x1 <= (a.cells[j + 1]?.x0 ?? Infinity);
        const aligned = Math.abs(tail.x0 - c.x0) <= INDENT_TOLERANCE || Math.abs(tail.x1 - c.x1) <= INDENT_TOLERANCE
          || Math.abs((tail.x0 + tail.x1) / 2 - (c.x0 + c.x1) / 2) <= CENTRE_TOLERANCE;
        return within && aligned;
      });
      const head = a.cells[k];
      if (!head) return undefined;
      const sameFont = head.items[head.items.length - 1]?.font === tail.items[0]?.font;
      const evident = finishesRange || /^\p{Ll}/u.test(tail.text.trimStart()) || UNFINISHED.test(head.text.trimEnd());
      return sameFont && evident && !STARTS_ITEM.test(tail.text) ? k : undefined;
    });
    if (heads.some((k) => k === undefined) || new Set(heads).size !== heads.length) continue;
    heads.forEach((k, t) => {
      const head = a.cells[k ?? -1];
      const tail = b.cells[t];
      if (head && tail) head.text = joinParts(head.text, tail.text, policy);
    });
    b.cells = [];
  }
  return lines;
}
