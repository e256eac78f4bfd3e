// The report's rows with opaque ids instead of file names (see ids.ts): ranking, ties and every format read ids only.
import type { RowKey, RowSource } from '../report/source.js';
import type { SkippedEntry } from '../report/types.js';
import { blindRow, type BlindIds } from './ids.js';

export interface KeyEntry {
  id: string;
  file: string;
  sha256?: string;
  /** Skipped files: why. */
  code?: string;
}

export function blindSource(source: RowSource, ids: BlindIds): RowSource {
  // Keys carry no content hash: each row is read once for its id (the report reads it again when its turn comes).
  const keys: RowKey[] = source.keys.map((key, i) => {
    const row = blindRow(source.read(i), ids);
    const out: RowKey = { ...key, file: row.file };
    if (row.duplicateOf !== undefined) out.duplicateOf = row.duplicateOf;
    return out;
  });
  return { keys, columns: source.columns, read: (index) => blindRow(source.read(index), ids) };
}

export function blindSkipped(skipped: readonly SkippedEntry[], ids: BlindIds): SkippedEntry[] {
  return skipped.map((s) => ({ file: ids.skipped(s.file), code: s.code }));
}

/** id → file (and content hash) for every row and skipped file, for the key file. */
export function keyEntries(source: RowSource, skipped: readonly SkippedEntry[], ids: BlindIds): KeyEntry[] {
  const entries: KeyEntry[] = source.keys.map((_, i) => {
    const row = source.read(i);
    return { id: ids.of(row), file: row.file, ...(row.sha256 === undefined ? {} : { sha256: row.sha256 }) };
  });
  for (const s of skipped) entries.push({ id: ids.skipped(s.file), file: s.file, code: s.code });
  return entries;
}
