// The one place for English wording (DESIGN.md §2, §6.4): stages return codes + data, this module says them.
// A requirement kind words its own outcome codes (src/kinds/<kind>/messages.ts); describe() finds them through the
// registry. A template is one line and never quotes résumé text: `data` carries counts, sizes, limits and names only.
import { OUTCOME_MESSAGES } from '../kinds/messages.js';
import { list, num, type Data, type Template } from './wording.js';
import { FORMAT_NAMES } from '../extract/formats.js';

function mb(data: Data, key: string): string {
  const v = data[key];
  return typeof v === 'number' && Number.isFinite(v) ? `${(v / 1_000_000).toFixed(1)} MB` : '?';
}

/** Per-file error codes (src/types.ts ERROR_CODES) and the runner's own. */
export const ERROR_MESSAGES: Record<string, Template> = {
  ENCRYPTED: (d) => `password-protected ${typeof d.kind === 'string' ? d.kind.toUpperCase() : 'PDF'}: cannot be read without the password`,
  NO_TEXT_LAYER: () => 'no text layer (scanned or image-only): needs OCR',
  CORRUPT: (d) => (typeof d.kind === 'string' ? `damaged or not a valid ${d.kind.toUpperCase()} file` : 'damaged or malformed file'),
  EMPTY: () => 'the file has no readable text',
  UNSUPPORTED_TYPE: (d) =>
    typeof d.detected === 'string' ? `unsupported file type (${d.detected}): expected ${FORMAT_NAMES}` : `unsupported file type: expected ${FORMAT_NAMES}`,
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
  SKIPPED_EXTENSION: () => `skipped: not a ${FORMAT_NAMES} file`,
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
  OCR: (d) =>
    `page(s) ${list(d.pages)} had no text layer and were read by OCR (mean confidence ${num(d, 'confidence')}%)` +
    `${Array.isArray(d.failedPages) && d.failedPages.length ? `; page(s) ${list(d.failedPages)} could not be read in time` : ''}`,
  OCR_LOW_CONFIDENCE: 'the OCR reading is doubtful (mean confidence {confidence}%, under {threshold}%): a person should check it; the verdict is at most review',
};

/** Diagnostics and job flags of the profile stage (src/profile/codes.ts). */
export const PROFILE_MESSAGES: Record<string, Template> = {
  NO_DATES: 'job {job} has no dates; it is kept and counts 0 months',
  OPEN_RANGE: 'job {job} has a range with no end; read as running to the as-of date',
  INFERRED_END: 'job {job} gives only its start (a timeline of start dates): its end is inferred, running until the next job starts, or for the newest to the as-of date',
  DURATION_MISMATCH: 'job {job}: the stated duration ({statedMonths} months) differs from the dates ({months} months)',
  STALE_PRESENT: 'the résumé is dated {documentDate}, {monthsOld} months before the as-of date {asOf}: its "Present" may be out of date',
  REVERSED_RANGE: 'job {job}: its range ends before it starts; it counts 0 months',
  FUTURE_START: 'job {job} starts after the as-of date ({start}); it counts 0 months',
  YEAR_PRECISION: '{count} job(s) dated by year only; months counted by the year-only rule (mid-year start and end)',
  NO_EXPERIENCE_SECTION: 'no experience section heading found; jobs were looked for in the whole document',
  NO_JOBS: 'no jobs found',
  CAREER_BREAK: 'a career break (line {line}) is not counted as a job',
  REPEATED_JOB: 'the job on line {line} repeats the one on line {of} (same organisation and dates, another section: a second language?); it is counted once',
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
  KEYWORD_STUFFING: (d) =>
    [
      Array.isArray(d.termList) && d.termList.length > 0 ? `rubric term(s) ${list(d.termList)} repeated many times` : '',
      Number(d.repeatedLines) > 0 ? `${num(d, 'repeatedLines')} line(s) pasted three times or more` : '',
      Number(d.listItems) > 0 ? `a list of ${num(d, 'listItems')} keywords` : '',
    ].filter((part) => part !== '').join('; ') + ` (lines ${list(d.lines)}): repetition adds nothing`,
  CONCURRENT_ROLES: (d) =>
    `jobs ${list(d.jobs)} overlap jobs at other employers and count for ${String(d.category)}` +
    (d.depends === true ? `: ${String(d.requirement)} is met only with those months, verdict held at review` : '') +
    (d.summedYears !== undefined ? `: summed they make ${String(d.summedYears)} years, counted once ${String(d.requirement)} is not met` : ''),
  SAME_START_YEAR: '{count} jobs all start in {year}: the dates may not be real',
  CLAIMED_YEARS: 'the résumé claims {claimedYears} years of experience, more than the time since its first degree began ({since})',
  FUTURE_END: (d) => `job(s) ${list(d.jobs)} end more than a year after the as-of date`,
  POSTING_COPY: (d) => `${num(d, 'count')} line(s) copy the job posting (lines ${list(d.lines)}): not counted`,
};

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

/** Every table describe() reads; requirement outcome codes come from each kind's messages.ts through the registry. */
const ALL: Readonly<Record<string, Template>>[] = [ERROR_MESSAGES, WARNING_MESSAGES, PROFILE_MESSAGES, INTEGRITY_MESSAGES, OUTCOME_MESSAGES, RUN_MESSAGES];

/** One line of English for a code; unknown codes fall back to the code itself so nothing is ever blank. */
export function describe(code: string, data: Data = {}): string {
  for (const table of ALL) {
    const template = table[code];
    if (template !== undefined) return oneLine((typeof template === 'string' ? fill(template, data) : template(data)) + heldBy(data));
  }
  return code;
}

/** Why an unmet must-have is a near miss all the same (src/score/integrity.ts holdReversed). */
const HELD_BY: Record<string, string> = {
  REVERSED_RANGE: '; a range written end first counts 0 months, read swapped it would meet this: near miss, a person checks the dates',
};
const heldBy = (data: Data): string => (typeof data.heldBy === 'string' ? (HELD_BY[data.heldBy] ?? '') : '');

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
  'yaml11-ambiguous': (d) =>
    `${str(d.value)} is ${str(d.type)} ${JSON.stringify(d.yaml11)} to YAML 1.1 tools but not here (YAML 1.2): quote it`,
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
  'posting-unreadable': (d) =>
    `posting ${str(d.path)} ${d.problem === 'TOO_LARGE' ? 'is too large to be a posting' : 'cannot be read'}: résumé lines that copy the posting will not be detected`,
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
