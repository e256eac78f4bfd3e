// The one place for English wording (DESIGN.md §2, §6.4): stages return codes + data, this module says them.
// A template is one line and never quotes résumé text: `data` carries counts, sizes, limits and names only.

type Data = Record<string, unknown>;
type Template = (data: Data) => string;

function num(data: Data, key: string): string {
  const v = data[key];
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '?';
}

function mb(data: Data, key: string): string {
  const v = data[key];
  return typeof v === 'number' && Number.isFinite(v) ? `${(v / 1_000_000).toFixed(1)} MB` : '?';
}

/** Per-file error codes (src/types.ts ERROR_CODES) and the runner's own. */
export const ERROR_MESSAGES: Record<string, Template> = {
  ENCRYPTED: () => 'password-protected PDF: cannot be read without the password',
  NO_TEXT_LAYER: () => 'no text layer (scanned or image-only): needs OCR',
  CORRUPT: (d) => (typeof d.format === 'string' ? `damaged or malformed ${d.format} file` : 'damaged or malformed file'),
  EMPTY: () => 'the file has no readable text',
  UNSUPPORTED_TYPE: (d) =>
    typeof d.detected === 'string' ? `unsupported file type (${d.detected}): expected PDF, DOCX, TXT or MD` : 'unsupported file type: expected PDF, DOCX, TXT or MD',
  TOO_LARGE: (d) =>
    'limit' in d || 'maxBytes' in d ? `too large (${mb(d, 'size')}, limit ${mb(d, 'limit' in d ? 'limit' : 'maxBytes')}; see --max-bytes)` : 'too large to read safely',
  TIMEOUT: (d) => `reading took longer than ${num(d, 'timeoutMs')} ms, twice (see --timeout)`,
  OUT_OF_MEMORY: (d) => `reading needed more than ${num(d, 'maxMemoryMb')} MB of memory, twice (see --max-memory)`,
  CRASHED: (d) => (d.reason === 'exception' ? 'the reader failed on this file (internal error; try --verbose)' : 'the reader process crashed on this file, twice'),
  UNREADABLE: () => 'the file cannot be read (permissions or I/O error)',
  NOT_FOUND: () => 'no such file, folder or matching pattern',
};

/** Warnings attached to rows or to the run. */
export const WARNING_MESSAGES: Record<string, Template> = {
  DUPLICATE: (d) => `same content as ${String(d.of ?? 'another input')}`,
  SKIPPED_EXTENSION: () => 'skipped: not a PDF, DOCX, TXT or MD file',
  SYMLINK_LOOP: () => 'skipped: symbolic link loop',
  UNREADABLE_DIR: () => 'skipped: folder cannot be read',
  PAGE_CAP: (d) => `only the first ${num(d, 'maxPages')} of ${num(d, 'pages')} pages were read`,
  TEXT_CAP: (d) => `text truncated to ${num(d, 'maxChars')} characters`,
};

/** Requirement outcome codes; the scoring stage adds its own through its codes.ts. */
export const OUTCOME_MESSAGES: Record<string, Template> = {
  YEARS_MET: (d) => `${num(d, 'years')} years (needs ${num(d, 'min')})`,
  YEARS_SHORT: (d) => `${num(d, 'years')} years (needs ${num(d, 'min')})`,
  KEYWORDS_FOUND: (d) => `found ${num(d, 'count')} matching term(s)`,
  KEYWORDS_MISSING: () => 'no matching term found',
};

/** Run-level codes printed by the CLI (rubric, I/O, journal). */
export const RUN_MESSAGES: Record<string, Template> = {
  RUBRIC_INVALID: (d) => `the rubric has ${num(d, 'count')} problem(s); nothing was screened`,
  RUBRIC_CHANGED: () => 'the rubric changed on disk while the batch was starting',
  OUT_WRITE_FAILED: () => 'cannot write the output file',
  JOURNAL_FAILED: () => 'cannot write the journal file',
  ROWS_MISMATCH: (d) => `rows (${num(d, 'rows')}) ≠ inputs (${num(d, 'inputs')}): some results were lost`,
};

const ALL: Record<string, Template>[] = [ERROR_MESSAGES, WARNING_MESSAGES, OUTCOME_MESSAGES, RUN_MESSAGES];

/** One line of English for a code; unknown codes fall back to the code itself so nothing is ever blank. */
export function describe(code: string, data: Data = {}): string {
  for (const table of ALL) {
    const template = table[code];
    if (template) return oneLine(template(data));
  }
  return code;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}
