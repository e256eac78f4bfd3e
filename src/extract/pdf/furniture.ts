// Page furniture: running headers/footers repeated across pages, and page numbers. Decided on visual rows
// (before column ordering), looking only at the top and bottom rows of each page.
import { cellsOf, cellText, rowText, type Row } from './rows.js';

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

function furnitureKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
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
export function removeFurniture(pages: Row[][], boxes: PageBox[], pageCount: number): { pages: Row[][]; removed: number } {
  const pagesWithKey = new Map<string, Set<number>>();
  const zones = pages.map((rows, p) => zoneIndices(rows, boxes[p] ?? { bottom: 0, top: 0 }));
  pages.forEach((rows, p) => {
    for (const i of zones[p] ?? []) {
      const row = rows[i];
      if (!row) continue;
      const key = furnitureKey(rowText(row.items));
      if (key.length > 0) pagesWithKey.set(key, (pagesWithKey.get(key) ?? new Set()).add(p));
    }
  });
  let removed = 0;
  const cleaned = pages.map((rows, p) => {
    const zone = new Set(zones[p]);
    const kept: Row[] = [];
    rows.forEach((row, i) => {
      if (!zone.has(i)) return void kept.push(row);
      const repeated = (pagesWithKey.get(furnitureKey(rowText(row.items)))?.size ?? 0) >= 2;
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
