// A duplicate's row (same bytes as an earlier input): the original's reading under its own name. One function for
// the batch runner and the shard merge, so a merged report marks duplicates exactly as a single run does.
import { duplicateWarnings } from '../report/warnings.js';
import type { Row } from './types.js';

export function asDuplicate(row: Row, file: string, original: string): Row {
  // Same reading, but not the warnings about the twin's name (EXTENSION_MISMATCH is worked out for this name).
  const warnings = duplicateWarnings(row.warnings, row.file, file);
  const copy: Row = { ...row, warnings, file, duplicateOf: original, elapsedMs: 0, attempts: 0 };
  delete copy.duplicates;
  return copy;
}
