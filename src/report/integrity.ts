// Integrity warnings (hidden text, screener-addressed lines, keyword lists and stuffing) as every format shows them:
// codes with their reasons for CSV cells and table notes, whole diagnostics for JSON. Never résumé text.
import { INTEGRITY_CODES } from '../score/integrity-codes.js';
import type { Diagnostic, Evaluation, Evidence } from '../types.js';
import { describe } from './messages.js';

const CODES: ReadonlySet<string> = new Set(INTEGRITY_CODES);

export function integrityWarnings(row: Pick<Evaluation, 'warnings'>): Diagnostic[] {
  return row.warnings.filter((w) => CODES.has(w.code));
}

/** "HIDDEN_TEXT(VANISH,WHITE_TEXT) INSTRUCTION_TEXT": one cell, stable codes only. */
export function integrityCell(row: Pick<Evaluation, 'warnings'>): string {
  return integrityWarnings(row)
    .map((w) => (Array.isArray(w.data?.reasons) ? `${w.code}(${w.data.reasons.join(',')})` : w.code))
    .join(' ');
}

/** One sentence per warning, for the table and Markdown notes. */
export const integrityNotes = (row: Pick<Evaluation, 'warnings'>): string[] => integrityWarnings(row).map((w) => `${w.code}: ${describe(w.code, w.data ?? {})}`);

/** "[suspect: INSTRUCTION_TEXT] " before quoted evidence that must not be trusted as the candidate's. */
export const suspectPrefix = (e: Evidence): string => (e.suspect ? `[suspect: ${e.suspect}] ` : '');
