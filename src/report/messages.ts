// The one place for English wording (DESIGN.md §2, §6.4): stages return codes + data, this module says them.
// A template is one line and never quotes résumé text: `data` carries counts, sizes, limits and names only.

type Data = Record<string, unknown>;
/** A function of the data, or a string with {key} placeholders filled from the data (the stages' codes.ts style). */
type Template = ((data: Data) => string) | string;

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
  CORRUPT: (d) => (typeof d.kind === 'string' ? `damaged or not a valid ${d.kind.toUpperCase()} file` : 'damaged or malformed file'),
  EMPTY: () => 'the file has no readable text',
  UNSUPPORTED_TYPE: (d) =>
    typeof d.detected === 'string' ? `unsupported file type (${d.detected}): expected PDF, DOCX, TXT or MD` : 'unsupported file type: expected PDF, DOCX, TXT or MD',
  TOO_LARGE: (d) =>
    typeof d.what === 'string'
      ? `too large to read safely (${d.what}: over ${String(d.limit ?? '?')})`
      : 'size' in d
        ? `too large (${mb(d, 'size')}, limit ${mb(d, 'limit')}; see --max-bytes)`
        : 'too large to read safely',
  TIMEOUT: (d) => `reading took longer than ${num(d, 'timeoutMs')} ms, twice (see --timeout)`,
  OUT_OF_MEMORY: (d) => `reading needed more than ${num(d, 'maxMemoryMb')} MB of memory, twice (see --max-memory)`,
  CRASHED: (d) =>
    d.reason === 'exception'
      ? 'the reader failed on this file (internal error; --verbose shows the stack)'
      : d.reason === 'rubric-changed'
        ? 'the rubric file changed on disk during the run; run again'
        : 'the reader process crashed on this file, twice',
  UNREADABLE: () => 'the file cannot be read (permissions or I/O error)',
  NOT_FOUND: () => 'no such file, folder or matching pattern',
};

/** Warnings attached to rows or to the run. */
export const WARNING_MESSAGES: Record<string, Template> = {
  DUPLICATE: (d) => `same content as ${String(d.of ?? 'another input')}`,
  SKIPPED_EXTENSION: () => 'skipped: not a PDF, DOCX, TXT or MD file',
  SYMLINK_LOOP: () => 'skipped: symbolic link loop',
  SYMLINK_OUTSIDE: () => 'skipped: symbolic link to a file outside the folder being screened',
  UNREADABLE_DIR: () => 'skipped: folder cannot be read',
  // From src/extract/codes.ts
  EXTENSION_MISMATCH: 'the file is named .{extension} but is really {detected}; read it as {detected}',
  LOW_TEXT: 'very little text was found ({chars} characters over {pages} pages); the file may be damaged or partly scanned',
  PAGE_CAP: 'only the first {read} of {pages} pages were read (page limit)',
  TEXT_CAP: 'the text was cut at {limit} characters (text limit)',
  TEXT_ENCODING: 'the text file is not UTF-8; read it as {assumed}',
  REPEATED_LINES_REMOVED: '{count} repeated page header/footer or page-number lines were removed',
  COLUMNS_DETECTED: 'a multi-column layout was found on page(s) {pages}; columns were read one after another',
};

/** Requirement outcome codes; the scoring stage adds its own through its codes.ts. */
export const OUTCOME_MESSAGES: Record<string, Template> = {
  YEARS_MET: '{years} years of {category} (needs {min})',
  YEARS_NEAR_MIN: '{years} years of {category}: just under the {min} needed (within {margin})',
  YEARS_BELOW_MIN: '{years} years of {category} (needs {min})',
  YEARS_NONE: 'no dated {category} role found (needs {min} years)',
  YEARS_ABOVE_MAX: '{years} years of {category} (above the rubric maximum {max})',
  KEYWORDS_FOUND: (d) => `found: ${termList(d.terms)}`,
  KEYWORDS_WEAK_ONLY: (d) => `only weak mentions (e.g. skills list): ${termList(d.weakTerms ?? d.terms)}`,
  KEYWORDS_NOT_FOUND: 'not found in the résumé',
  PATTERN_FOUND: 'pattern found',
  PATTERN_WEAK_ONLY: 'pattern found only in weak places (e.g. skills list)',
  PATTERN_TOO_FEW: 'pattern found too few times',
  PATTERN_NOT_FOUND: 'pattern not found',
};

/** Rubric terms (not résumé text): at most five, each short. */
function termList(value: unknown): string {
  if (!Array.isArray(value)) return '?';
  const terms = value.filter((t): t is string => typeof t === 'string').map((t) => (t.length <= 30 ? t : `${t.slice(0, 29)}…`));
  return terms.length > 5 ? `${terms.slice(0, 5).join(', ')}, …` : terms.join(', ');
}

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
    if (template !== undefined) return oneLine(typeof template === 'string' ? fill(template, data) : template(data));
  }
  return code;
}

/** Placeholder values are data (counts, limits, type names): anything long or structured is elided. */
function fill(template: string, data: Data): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = data[key];
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v === 'string') return v.length <= 40 ? v : `${v.slice(0, 39)}…`;
    if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v.join(', ');
    return '?';
  });
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}
