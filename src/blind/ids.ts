// Opaque ids for blind reports: `cand-` + the first 10 hex digits of an HMAC-SHA256 of the file's content hash under a
// secret salt, so the report never shows a file name (names are often the person's) and no one holding the files but
// not the key can tell which id is whose. The salt lives in the key file: the same key file gives the same ids on
// every run. Rows that could not be hashed (missing files) are keyed by their path; a later copy of the same bytes
// by content and path, so each row keeps its own id.
import { createHmac, randomBytes } from 'node:crypto';
import type { ReportRow } from '../report/types.js';

export type IdRow = Pick<ReportRow, 'file' | 'sha256' | 'duplicateOf'>;

export class BlindIds {
  constructor(readonly salt: Buffer) {}

  static fresh(): BlindIds {
    return new BlindIds(randomBytes(32));
  }

  /** The row's id; a duplicate's differs from its original's. */
  of(row: IdRow): string {
    if (row.sha256 === undefined) return this.mac('cand', `path\0${row.file}`);
    return this.mac('cand', row.duplicateOf === undefined ? row.sha256 : `${row.sha256}\0${row.file}`);
  }

  /** A skipped file's id (skipped files have names too). */
  skipped(file: string): string {
    return this.mac('skip', `path\0${file}`);
  }

  private mac(prefix: string, text: string): string {
    return `${prefix}-${createHmac('sha256', this.salt).update(text).digest('hex').slice(0, 10)}`;
  }
}

/** A row as a blind report shows it: ids for its own file, its original and its copies. */
export function blindRow<T extends ReportRow>(row: T, ids: BlindIds): T {
  const out: T = { ...row, file: ids.of(row) };
  if (row.duplicateOf !== undefined) out.duplicateOf = ids.of({ file: row.duplicateOf, sha256: row.sha256 });
  if (row.duplicates !== undefined) out.duplicates = row.duplicates.map((file) => ids.of({ file, sha256: row.sha256, duplicateOf: row.file }));
  return out;
}
