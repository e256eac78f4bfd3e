// Page furniture: running headers/footers repeated across pages, and page numbers. Decided on visual rows
// (before column ordering), looking only at the top and bottom rows of each page.
import { cellsOf, cellText, type Row } from './rows.js';

/** How many rows at the top and at the bottom of a page can be furniture … */
const ZONE_ROWS = 2;
/** … and only if they lie in this top or bottom share of the page height (a short page's body is not a footer). */
const ZONE_HEIGHT_SHARE = 0.15;

/** Vertical extent of a page box in user space. */
export interface PageBox {
  bottom: number;
  top: number;
}

/** Page-number cells: "Page 2 of 3", "Page 2", "2/3", "2 of 3", "- 2 -", "— 2 —", bare "2". */
const PAGE_NUMBER = /^(?:(?:page|seite|página|pagina|side|strona|стр\.?|страница)\s*\d{1,4}(?:\s*(?:of|\/|von|de|di|av|z|из)\s*\d{1,4})?|\d{1,4}\s*(?:\/|of)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4})$/i;

/** "Page 2 of 3", "Seite 2", "2 of 3" inside a longer header or footer ("Jane Doe · CV · Page 2 of 3"). */
const PAGE_MARKER = /\b(?:page|seite|página|pagina|side|strona|стр\.?|страница)\s*\d{1,4}(?:\s*(?:of|\/|von|de|di|av|z|из)\s*\d{1,4})?\b|\b\d{1,3}\s+of\s+\d{1,3}\b|(?:^|[·|•–—-]\s*)\d{1,3}\s*\/\s*\d{1,3}$/giu;
/**
 * Text whose digits carry meaning: a year, a month with a number, a duration ("2 years 3 months", "8 mos").
 * Two such rows are the same furniture only if their digits are the same too: "2019 – 2021" at the foot of page 1
 * and "2015 – 2017" at the foot of page 2 are two jobs' dates.
 */
const DATE_OR_DURATION = /\b(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{2,4}\b|\b\d+\s*(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses)\b/iu;

export function furnitureKey(text: string): string {
  const unpaged = text.normalize('NFKC').toLowerCase().replace(PAGE_MARKER, ' #page ');
  const key = DATE_OR_DURATION.test(unpaged) ? unpaged : unpaged.replace(/\d+/g, '#');
  return key.replace(/\s+/g, ' ').trim();
}

export function isPageNumber(cell: string, pageCount: number): boolean {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (!PAGE_NUMBER.test(text)) return false;
  // A bare number is a page number only if it could be one (not "2019", not "42" on a 2-page file).
  return !/^\d+$/.test(text) || Number(text) <= Math.max(pageCount, 1);
}

function zoneIndices(rows: readonly Row[], box: PageBox): number[] {
  const band = (box.top - box.bottom) * ZONE_HEIGHT_SHARE;
  const out = new Set<number>();
  for (let i = 0; i < Math.min(ZONE_ROWS, rows.length); i++) {
    const j = rows.length - 1 - i;
    if ((rows[i]?.y ?? -Infinity) >= box.top - band) out.add(i);
    if ((rows[j]?.y ?? Infinity) <= box.bottom + band) out.add(j);
  }
  return [...out];
}

/**
 * Removes repeated header/footer rows (same text, digits ignored, in the top/bottom zone of ≥ 2 pages) and
 * page-number cells in those zones. Returns the cleaned pages and how many rows or cells were removed.
 */
/** Font sizes further apart than this (pt) are different roles: the name as a title, the name in a running header. */
const SAME_ROLE_SIZE_PT = 1.5;

interface Occurrence {
  page: number;
  size: number;
}

const rowSize = (row: Row) => Math.max(...row.items.map((i) => i.size));

/**
 * A zone row is furniture when the same key sits in the zone of another page in the same role (font size). The
 * name printed large as page 1's title and small in page 2's header is two roles: the title stays.
 */
function isRepeated(occurrences: Occurrence[], page: number, size: number): boolean {
  return occurrences.some((o) => o.page !== page && Math.abs(o.size - size) <= SAME_ROLE_SIZE_PT);
}

/**
 * A zone row's key: its text without the cells that are page numbers ("February 10, 2026 · Jane Doe · Résumé" with
 * "1", "2", "3" right-aligned on each page is one footer, although its date keeps its digits in the key).
 */
function zoneRowKey(row: Row, pageCount: number): string {
  const cells = cellsOf(row.items).map(cellText).filter((cell) => !isPageNumber(cell, pageCount));
  return furnitureKey(cells.join('\t'));
}

export function removeFurniture(pages: Row[][], boxes: PageBox[], pageCount: number): { pages: Row[][]; removed: number } {
  const byKey = new Map<string, Occurrence[]>();
  const zones = pages.map((rows, p) => zoneIndices(rows, boxes[p] ?? { bottom: 0, top: 0 }));
  pages.forEach((rows, p) => {
    for (const i of zones[p] ?? []) {
      const row = rows[i];
      if (!row) continue;
      const key = zoneRowKey(row, pageCount);
      if (key.length > 0) byKey.set(key, [...(byKey.get(key) ?? []), { page: p, size: rowSize(row) }]);
    }
  });
  let removed = 0;
  const cleaned = pages.map((rows, p) => {
    const zone = new Set(zones[p]);
    const kept: Row[] = [];
    rows.forEach((row, i) => {
      if (!zone.has(i)) return void kept.push(row);
      const key = zoneRowKey(row, pageCount);
      const repeated = key.length > 0 && isRepeated(byKey.get(key) ?? [], p, rowSize(row));
      if (repeated) return void removed++;
      const items = cellsOf(row.items)
        .filter((cell) => !isPageNumber(cellText(cell), pageCount))
        .flat();
      if (items.length < row.items.length) removed++;
      if (items.length > 0) kept.push({ ...row, items });
    });
    return kept;
  });
  return { pages: cleaned, removed };
}
