// One visual row as cells with geometry, and the joining rules shared by the cell merges and the reflow.
import { endsWithYear, joinHyphenBreak, startsWithDateToken, type HyphenPolicy } from '../normalize.js';
import { cellsOf, cellText, type Item, type Row } from './rows.js';

export interface Cell {
  text: string;
  x0: number;
  x1: number;
  items: Item[];
}

export interface VisualLine {
  y: number;
  size: number;
  /** Emptied when the line was merged into the one above. */
  cells: Cell[];
}

/** Where a cell's text starts: after a lone bullet glyph item if there is one. */
export function textStart(cell: Cell): number {
  const [first, second] = cell.items;
  return first && second && STARTS_ITEM.test(first.str) && first.str.trim().length <= 2 ? second.x : cell.x0;
}

/** Next baseline within this many font sizes: consecutive lines of one paragraph (paragraph gaps are larger). */
const MAX_LINE_SPACING_EM = 1.7;
/**
 * A continuation line starts within this distance (pt) of the paragraph's text start (a dropped hyphen glyph at
 * its start, ~0.35 em, shifts it right).
 */
export const INDENT_TOLERANCE = 4;
/** Bullet glyphs (or a dash and space) that start a new list item, never a continuation. */
export const STARTS_ITEM = /^(?:[•◦▪▫‣●○■□◆◇►▸▹▶➢➤✓✔∙·\uE000-\uF8FF]|[-–—*]\s)/u;

/** A cell that is only a list bullet (drawn apart from its text, often further than a cell gap). */
const isBulletCell = (items: Item[]) => {
  const text = items.map((i) => i.str).join('').trim();
  return text.length > 0 && text.length <= 2 && STARTS_ITEM.test(`${text} `);
};

export function toVisualLine(row: Row): VisualLine {
  const groups = cellsOf(row.items);
  // A bullet glyph belongs to the item it marks: "• Led …" is one cell, so the item's wrapped lines can join it.
  for (let k = groups.length - 2; k >= 0; k--) {
    const bullet = groups[k];
    const next = groups[k + 1];
    if (bullet && next && isBulletCell(bullet)) groups.splice(k, 2, [...bullet, ...next]);
  }
  const cells = groups.map((items) => ({
    text: cellText(items),
    x0: items[0]?.x ?? 0,
    x1: Math.max(...items.map((i) => i.x + i.w)),
    items,
  }));
  return { y: row.y, size: Math.max(...row.items.map((i) => i.size)), cells };
}

/** b is the next line of text under a (not after a paragraph gap). */
export const closeBelow = (a: VisualLine, b: VisualLine) => a.y - b.y > 0 && a.y - b.y <= MAX_LINE_SPACING_EM * Math.max(a.size, b.size);

/** Joins a wrapped line's continuation onto it: restored range dash, hyphen rules, a space otherwise. */
export function joinParts(left: string, right: string, policy: HyphenPolicy): string {
  // A range wrapped at its soft-hyphen dash: pdf.js keeps no text for the rendered dash, so two date tokens
  // meet across the wrap ("(2010" / "2015)"); nothing else puts a date right after a date.
  if (endsWithYear(left) && startsWithDateToken(right)) return `${left.trimEnd()} – ${right.trimStart()}`;
  const broken = joinHyphenBreak(left.trimEnd(), right.trimStart(), policy);
  if (broken !== undefined) return broken;
  // A wrap right after a hyphen before a capital or a digit ("Feature-" / "Exporte", "CI-" / "CD", "GPT-" / "4"):
  // the compound or name stays whole, hyphen included.
  if (/\p{L}[-\u00AD]$/u.test(left.trimEnd()) && /^[\p{Lu}\d]/u.test(right.trimStart())) {
    return `${left.trimEnd().slice(0, -1)}-${right.trimStart()}`;
  }
  return left.endsWith('/') ? `${left}${right.trimStart()}` : `${left.trimEnd()} ${right.trimStart()}`;
}

