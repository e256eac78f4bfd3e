// Warnings as a ranking shows them (each code once, with how often it came up), and the warnings that belong to a
// file's name rather than its bytes (a duplicate shares its twin's reading, not its name).
import { kindFromExtension } from '../extract/sniff.js';
import type { Diagnostic } from '../types.js';

export interface WarningCount {
  code: string;
  count: number;
}

/** Every warning code once, in order of first appearance, with its count. Generic: a new code needs no change here. */
export function countWarnings(warnings: readonly Pick<Diagnostic, 'code'>[]): WarningCount[] {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}

/** `NO_DATES×3 PAGE_CAP`: compact, for table cells and CSV. */
export function warningsText(warnings: readonly Pick<Diagnostic, 'code'>[], separator = ' '): string {
  return countWarnings(warnings)
    .map((w) => (w.count > 1 ? `${w.code}×${w.count}` : w.code))
    .join(separator);
}

/** Warnings computed from the file's name, not from its bytes. */
const NAME_DEPENDENT = new Set(['EXTENSION_MISMATCH']);

/**
 * The warnings of a duplicate (same bytes as `original`, named `file`): the reading's warnings are shared, the ones
 * that depend on the name are worked out again for this name (`valid.pdf` beside its twin `pdf-renamed.docx`: only
 * the twin's name mismatches its PDF bytes).
 */
export function duplicateWarnings(originalWarnings: readonly Diagnostic[], original: string, file: string): Diagnostic[] {
  const shared = originalWarnings.filter((w) => !NAME_DEPENDENT.has(w.code));
  const mismatch = originalWarnings.find((w) => w.code === 'EXTENSION_MISMATCH');
  const detected = typeof mismatch?.data?.detected === 'string' ? mismatch.data.detected : kindFromExtension(original);
  const promised = kindFromExtension(file);
  if (detected === undefined || promised === undefined || promised === detected) return shared;
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  return [{ code: 'EXTENSION_MISMATCH', severity: 'warning', data: { extension, detected } }, ...shared];
}
