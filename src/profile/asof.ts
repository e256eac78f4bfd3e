// The résumé's own date: a "Last updated …" line in the text (what the author says), else the file's
// modification or creation date. Used to warn when "Present" was written long before the as-of date.
import type { Document, YearMonth } from '../types.js';
import { findDateRanges, compareYm } from './dates.js';

/** "Last updated", "Updated", "Stand:", "Mis à jour", "Actualizado", "Uppdaterad", "Aggiornato", "Atualizado", "Обновлено". */
const UPDATED_RE = /(?<![\p{L}])(?:(?:last\s+)?(?:updated|revised)|stand|mis\s+à\s+jour|actualizado|uppdaterad|aggiornato|atualizado|обновлено|актуально\s+на)(?![\p{L}])/iu;
/** A "Present" older than this many months before as-of is flagged STALE_PRESENT. */
export const STALE_PRESENT_MONTHS = 12;
const ISO_YM = /^(\d{4})-(\d{2})/;

function fromIso(iso: string | undefined): YearMonth | undefined {
  const m = iso === undefined ? null : ISO_YM.exec(iso);
  if (!m) return undefined;
  const ym = { year: Number(m[1]), month: Number(m[2]) };
  return ym.month >= 1 && ym.month <= 12 ? ym : undefined;
}

export interface DocumentDate {
  date: YearMonth;
  from: 'text' | 'modified' | 'created' | 'duration';
  line?: number;
}

export function findDocumentDate(doc: Document): DocumentDate | undefined {
  for (const line of doc.lines) {
    if (line.text.length > 80) continue;
    const m = UPDATED_RE.exec(line.text);
    if (!m) continue;
    const r = findDateRanges(line.text.slice(m.index + m[0].length).replace(/^[\s:–—-]+/u, ''))[0];
    if (r && r.single) return { date: r.end === 'present' ? r.start : r.end, from: 'text', line: line.index };
  }
  const modified = fromIso(doc.meta.modified);
  if (modified) return { date: modified, from: 'modified' };
  const created = fromIso(doc.meta.created);
  return created ? { date: created, from: 'created' } : undefined;
}

export function monthsBefore(earlier: YearMonth, later: YearMonth): number {
  return compareYm(later, earlier);
}
