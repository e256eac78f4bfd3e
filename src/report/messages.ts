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

/** Warnings attached to rows or to the run (the runner's and the extraction stage's, src/extract/codes.ts). */
export const WARNING_MESSAGES: Record<string, Template> = {
  CHANGED_WHILE_READ: () => 'the file changed while the batch ran; scored as it was when read (rerun to be sure)',
  DUPLICATE: (d) => `same content as ${String(d.of ?? 'another input')}`,
  SKIPPED_EXTENSION: () => 'skipped: not a PDF, DOCX, TXT or MD file',
  SYMLINK_LOOP: () => 'skipped: symbolic link loop',
  SYMLINK_OUTSIDE: () => 'skipped: symbolic link to a file outside the folder being screened',
  UNREADABLE_DIR: () => 'skipped: folder cannot be read',
  EXTENSION_MISMATCH: 'the file is named .{extension} but is really {detected}; read it as {detected}',
  LOW_TEXT: (d) =>
    `very little text was found (${num(d, 'chars')} characters over ${num(d, 'pages')} pages` +
    `${Array.isArray(d.failedPages) && d.failedPages.length ? `; unreadable pages: ${list(d.failedPages)}` : ''}); the file may be damaged or partly scanned`,
  PAGE_CAP: 'only the first {read} of {pages} pages were read (page limit)',
  TEXT_CAP: 'the text was cut at {limit} characters (text limit)',
  TEXT_ENCODING: 'the text file is not UTF-8; read it as {assumed}',
  NUL_BYTES_DROPPED: 'the text file holds NUL bytes; they were dropped',
  REPEATED_LINES_REMOVED: '{count} repeated page header/footer or page-number lines were removed',
  COLUMNS_DETECTED: 'a multi-column layout was found on page(s) {pages}; columns were read one after another',
};

/** Diagnostics and job flags of the profile stage (src/profile/codes.ts). */
export const PROFILE_MESSAGES: Record<string, Template> = {
  NO_DATES: 'job {job} has no dates; it is kept and counts 0 months',
  OPEN_RANGE: 'job {job} has a range with no end; read as running to the as-of date',
  DURATION_MISMATCH: 'job {job}: the stated duration ({statedMonths} months) differs from the dates ({months} months)',
  STALE_PRESENT: 'the résumé is dated {documentDate}, {monthsOld} months before the as-of date {asOf}: its "Present" may be out of date',
  REVERSED_RANGE: 'job {job}: its range ends before it starts; read with the two dates swapped',
  FUTURE_START: 'job {job} starts after the as-of date ({start}); it counts 0 months',
  YEAR_PRECISION: '{count} job(s) dated by year only; months counted by the year-only rule (mid-year start and end)',
  NO_EXPERIENCE_SECTION: 'no experience section heading found; jobs were looked for in the whole document',
  NO_JOBS: 'no jobs found',
  CAREER_BREAK: 'a career break (line {line}) is not counted as a job',
  OVERLAPPING_JOBS: '{count} overlapping job(s); overlapping months are counted once',
  UNUSED_DATE_RANGE: 'a date range on line {line} of an experience section belongs to no job; it is not counted',
};

/** Integrity warnings of the score stage (src/score/integrity.ts). Data: counts, pages, line numbers, reason codes. */
export const INTEGRITY_MESSAGES: Record<string, Template> = {
  HIDDEN_TEXT: (d) =>
    `${num(d, 'count')} hidden line(s) on page(s) ${list(d.pages)} (lines ${list(d.lines)}; ${list(d.reasons)})` +
    (Number(d.rubricTerms) > 0 ? `, holding ${num(d, 'rubricTerms')} rubric term(s): not counted, verdict held at review` : ': not counted'),
  INSTRUCTION_TEXT: (d) => `${num(d, 'count')} line(s) address the screening software (lines ${list(d.lines)}): never scored, verdict held at review`,
  KEYWORD_LIST: (d) => `${num(d, 'count')} keyword-list line(s) (lines ${list(d.lines)}): counted as a skills list, not as work done`,
  KEYWORD_STUFFING: (d) => `rubric term(s) ${list(d.termList)} repeated many times (lines ${list(d.lines)}): repetition adds nothing`,
  CONCURRENT_ROLES: (d) =>
    `jobs ${list(d.jobs)} overlap jobs at other employers and count for ${String(d.category)}` +
    (d.depends === true ? `: ${String(d.requirement)} is met only with those months, verdict held at review` : ''),
  SAME_START_YEAR: '{count} jobs all start in {year}: the dates may not be real',
  FUTURE_END: (d) => `job(s) ${list(d.jobs)} end more than a year after the as-of date`,
  POSTING_COPY: (d) => `a block of ${num(d, 'count')} line(s) copies the job posting (lines ${list(d.lines)}): not counted`,
};

/** Requirement outcome codes (src/score/codes.ts). Data holds rubric terms, numbers and requirement ids only. */
export const OUTCOME_MESSAGES: Record<string, Template> = {
  YEARS_MET: '{years} years of {category} (needs {min})',
  YEARS_NEAR_MIN: '{years} years of {category}: just under the {min} needed (within {margin})',
  YEARS_BELOW_MIN: '{years} years of {category} (needs {min})',
  YEARS_NONE: 'no dated {category} role found (needs {min} years)',
  YEARS_ABOVE_MAX: '{years} years of {category} (above the rubric maximum {max})',
  YEARS_TITLE_ONLY: '{years} years of {category}, but only {confirmedYears} backed by the jobs\' own text (the rest counts by title alone: TITLE_ONLY)',
  KEYWORDS_FOUND: (d) => `found: ${list(d.terms)}`,
  KEYWORDS_WEAK_ONLY: (d) => `only weak mentions (e.g. skills list): ${list(d.weakTerms ?? d.terms)}`,
  KEYWORDS_TOO_FEW: (d) => `found ${list(d.terms)}: fewer than the ${num(d, 'minCount')} different terms needed`,
  KEYWORDS_MISSING_SOME: (d) => `found ${list(d.terms)}, but not ${list(d.missing)}`,
  KEYWORDS_NOT_FOUND: 'not found in the résumé',
  KEYWORDS_NEGATED_ONLY: 'only mentioned negated ("no experience with …")',
  KEYWORDS_ASPIRATIONAL_ONLY: 'only mentioned as an aspiration ("looking to move into …")',
  KEYWORDS_COURSEWORK_ONLY: 'only mentioned as coursework or study',
  KEYWORDS_EXCLUDED_ONLY: 'only false friends the rubric excludes (e.g. "cursor-based pagination")',
  KEYWORDS_AMBIGUOUS_ONLY: 'only ambiguous mentions, without the context the rubric requires (e.g. "Copilot" of an aircraft)',
  KEYWORDS_REJECTED_ONLY: (d) => `only mentions that do not count (${list(d.statuses)})`,
  PATTERN_FOUND: 'pattern found on {count} line(s)',
  PATTERN_WEAK_ONLY: 'pattern found only in weak places (e.g. skills list)',
  PATTERN_TOO_FEW: 'pattern found on {count} line(s), fewer than the {minCount} needed',
  PATTERN_NOT_FOUND: 'pattern not found',
  ANY_OF_MET: (d) => `met through ${list(d.met)}`,
  ANY_OF_NEAR: (d) => `none of ${list(d.of)} met; near: ${list(d.near)}`,
  ANY_OF_UNMET: (d) => `none of ${list(d.of)} met`,
  ALL_OF_MET: (d) => `all of ${list(d.of)} met`,
  ALL_OF_NEAR: (d) => `all of ${list(d.of)} met or near; near: ${list(d.near)}`,
  ALL_OF_UNMET: (d) => `not all of ${list(d.of)} met (met: ${list(d.met) || 'none'})`,
};

/** Rubric terms, ids or page numbers (never résumé text): at most five, each short. */
function list(value: unknown): string {
  if (!Array.isArray(value)) return '?';
  const terms = value
    .filter((t): t is string | number => typeof t === 'string' || typeof t === 'number')
    .map((t) => (typeof t === 'number' || t.length <= 30 ? String(t) : `${t.slice(0, 29)}…`));
  return terms.length > 5 ? `${terms.slice(0, 5).join(', ')}, …` : terms.join(', ');
}

/** Run-level codes printed by the CLI (rubric, I/O, journal). */
export const RUN_MESSAGES: Record<string, Template> = {
  RUBRIC_INVALID: (d) => `the rubric has ${num(d, 'count')} problem(s); nothing was screened`,
  RUBRIC_CHANGED: () => 'the rubric changed on disk while the batch was starting',
  OUT_WRITE_FAILED: () => 'cannot write the output file',
  JOURNAL_FAILED: () => 'cannot write the journal file',
  JOURNAL_LOCKED: (d) => `another run (process ${num(d, 'pid')}) is writing this journal; wait for it, or give this run its own -o or --journal`,
  JOURNAL_MISSING: () => 'no journal to resume from at this path; every file is read afresh',
  INTERRUPTED: (d) =>
    `stopped by ${typeof d.signal === 'string' ? d.signal : 'a signal'}; ` +
    (d.journal === false
      ? 'no journal was kept (--no-journal): rerun the command to start again'
      : 'finished rows are in the journal: rerun the same command with --resume to continue'),
  ROWS_FAILED: (d) => `cannot keep the batch's rows in the temp folder (${typeof d.errno === 'string' ? d.errno : 'I/O error'}; see TMPDIR)`,
  NO_INPUTS: (d) => `no résumés matched the inputs (${typeof d.skipped === 'string' ? d.skipped : 'nothing to screen'}); nothing was screened`,
  ROWS_MISMATCH: (d) => `rows (${num(d, 'rows')}) ≠ inputs (${num(d, 'inputs')}): some results were lost`,
};

const ALL: Record<string, Template>[] = [ERROR_MESSAGES, WARNING_MESSAGES, PROFILE_MESSAGES, INTEGRITY_MESSAGES, OUTCOME_MESSAGES, RUN_MESSAGES];

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

/** `rubric lint` findings (src/rubric/lint/rules/); data holds rubric values only. */
const LINT_MESSAGES: Record<string, (d: Data) => string> = {
  'unreachable-min': (d) =>
    d.reason === 'plausible'
      ? `${str(d.requirement)}: min ${str(d.min)} years is more than any résumé can show (> ${str(d.limit)})`
      : `${str(d.requirement)}: min ${str(d.min)} years is above its ${str(d.reason)} of ${str(d.limit)}: nobody can meet it`,
  'duplicate-term': (d) => `"${str(d.term)}" in ${str(d.requirement)} is already a term of ${str(d.other)}`,
  'short-term': (d) =>
    d.what === 'pattern'
      ? `${str(d.requirement)}: pattern /${str(d.pattern)}/ has no word boundary (\\b): it matches inside longer words`
      : `${str(d.requirement)}: "${str(d.term)}" is too short to match case-insensitively; set case_sensitive: true or use a longer term`,
  'protected-characteristic': (d) =>
    `${str(d.requirement)}: ${str(d.where)}${typeof d.matched === 'string' ? ` ("${str(d.matched)}")` : ''} is about ${str(d.characteristic)}, a protected characteristic or its proxy`,
  'duplicate-requirement': (d) =>
    `${str(d.requirement)} checks exactly what ${str(d.other)} checks${d.must === true ? ' (a duplicated must-have)' : ''}: one fact counted twice`,
  'years-max': (d) => `${str(d.requirement)}: max ${str(d.max)} years caps experience, a proxy for age`,
  'unreachable-evidence': (d) =>
    `role ${str(d.role)}: min_evidence ${str(d.minEvidence)} is more than its ${str(d.available)} distinct evidence terms and patterns: no job can count by evidence`,
  'title-trusted': (d) =>
    `${str(d.requirement)}: role ${str(d.role)} has credit.title_only: count, so job titles alone can meet this must-have`,
  'unreachable-band': (d) =>
    `${str(d.band)} ${str(d.needed)} cannot be reached: the requirements that can be met score at most ${str(d.best)}`,
};

const str = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** A lint finding in English; schema diagnostics carry the loader's own message. */
export function describeLint(f: { code: string; data: Data }): string {
  const template = LINT_MESSAGES[f.code];
  if (template) return oneLine(template(f.data));
  return typeof f.data.message === 'string' ? f.data.message : f.code;
}
