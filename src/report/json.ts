// The JSON report: a versioned public contract (issue 4). Deterministic: no timings, so a resumed run and an
// uninterrupted one print the same bytes. Bump JSON_SCHEMA_VERSION on any breaking change.
import type { Diagnostic, ErrorCode, Profile, Verdict } from '../types.js';
import { integrityWarnings } from './integrity.js';
import { memorySource, rankedRows, type SourceInput } from './source.js';
import { summarize, type Counts } from './summary.js';
import type { ReportInput, ReportOptions, ReportRow } from './types.js';
import { countWarnings } from './warnings.js';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonEvidence {
  text: string;
  /** Set when the line is hidden, a keyword list or addresses the screener: not the candidate's own account. */
  suspect?: string;
  /** 0-based line index in the extracted text (`resume-screen profile --format lines` shows them). */
  line: number;
  page?: number;
}

export interface JsonRequirement {
  id: string;
  must: boolean;
  met: boolean;
  /** Not met but close (within the rubric's margin, or weak evidence): pushes the verdict to review. */
  near: boolean;
  value?: number;
  /** Outcome code (stable; wording in the human formats). */
  code: string;
  evidence: JsonEvidence[];
}

interface JsonCommon {
  /**
   * 1-based place after sorting by verdict (pass, review, fail, error), then score; rows with the same verdict and
   * score share a rank (1, 1, 3). `null` in JSONL streamed to stdout as files finish (the rank is not known yet);
   * JSONL written with -o or --top is ranked.
   */
  rank: number | null;
  /** Name and e-mail read from the contact block, when found. */
  candidate?: { name?: string; email?: string };
  file: string;
  /** sha256 of the file's bytes (absent when the file could not be read). */
  sha256?: string;
  /** Same bytes as this earlier input. */
  duplicateOf?: string;
  /** Later inputs with the same bytes as this one. */
  duplicates?: string[];
}

export interface JsonScored extends JsonCommon {
  status: 'scored';
  verdict: Verdict;
  /** 0–100 */
  score: number;
  requirements: JsonRequirement[];
  /** Warning codes about the reading (e.g. PAGE_CAP), each once, in order of first appearance. */
  warnings: string[];
  /** How often each warning code came up (NO_DATES for three jobs: 3). */
  warningCounts: Record<string, number>;
  /** Hidden or gamed text (HIDDEN_TEXT with pages, lines, reasons; INSTRUCTION_TEXT …); absent when none. */
  integrity?: Diagnostic[];
  /** Only with --with-profile. */
  profile?: Profile;
}

export interface JsonError extends JsonCommon {
  status: 'error';
  error: { code: ErrorCode; message: string };
}

export type JsonResult = JsonScored | JsonError;

export interface JsonReport {
  schemaVersion: typeof JSON_SCHEMA_VERSION;
  tool: { name: string; version: string };
  rubric: { id: string; path: string; sha256: string };
  asOf: string;
  /** Over all rows, before --top. */
  summary: Counts;
  results: JsonResult[];
  /** Files found in folders or globs but not screened (not a format the tool reads; symlink loops; unreadable folders). */
  skipped: { file: string; code: string }[];
}

export function toJsonResult(row: ReportRow, rank: number | null): JsonResult {
  const common: JsonCommon = { rank, file: row.file };
  if (row.candidate && (row.candidate.name || row.candidate.email)) common.candidate = row.candidate;
  if (row.sha256) common.sha256 = row.sha256;
  if (row.duplicateOf !== undefined) common.duplicateOf = row.duplicateOf;
  if (row.duplicates) common.duplicates = row.duplicates;
  if (row.status === 'error' || row.verdict === undefined) {
    return { ...common, status: 'error', error: row.error ?? { code: 'CRASHED', message: 'no result' } };
  }
  const requirements = row.outcomes.map((o): JsonRequirement => {
    const r: JsonRequirement = { id: o.requirementId, must: o.must, met: o.met, near: o.near, code: o.code, evidence: [] };
    if (o.value !== undefined) r.value = o.value;
    r.evidence = o.evidence.map((e) => ({ ...(e.page === undefined ? { text: e.text, line: e.line } : { text: e.text, line: e.line, page: e.page }), ...(e.suspect ? { suspect: e.suspect } : {}) }));
    return r;
  });
  const scored: JsonScored = { ...common, status: 'scored', verdict: row.verdict, score: row.score ?? 0, requirements, warnings: countWarnings(row.warnings).map((w) => w.code), warningCounts: Object.fromEntries(countWarnings(row.warnings).map((w) => [w.code, w.count])) };
  const integrity = integrityWarnings(row);
  if (integrity.length) scored.integrity = integrity;
  if (row.profile) scored.profile = row.profile;
  return scored;
}

/** The report around its results: everything but the results, which are streamed into it. */
function reportShell(input: SourceInput): JsonReport {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: input.meta.tool,
    rubric: input.meta.rubric,
    asOf: input.meta.asOf,
    summary: summarize(input.source.keys, input.skipped.length),
    results: [],
    skipped: input.skipped.map((s) => ({ file: s.file, code: s.code })),
  };
}

export function formatJson(input: ReportInput, options: Pick<ReportOptions, 'top'>): string {
  return [...jsonChunks({ source: memorySource(input.rows), meta: input.meta, skipped: input.skipped }, options)].join('');
}

const RESULTS_SLOT = '\n  "results": [],\n';

/**
 * The same bytes as `JSON.stringify(report, null, 2)`, one result at a time: the shell is printed with an empty
 * results array, split there, and each result is printed at the array's indentation in between.
 */
export function* jsonChunks(input: SourceInput, options: Pick<ReportOptions, 'top'>): Generator<string> {
  const shell = `${JSON.stringify(reportShell(input), null, 2)}\n`;
  const at = shell.indexOf(RESULTS_SLOT);
  if (at < 0) throw new Error('report shell without its results slot');
  yield `${shell.slice(0, at)}\n  "results": [`;
  let count = 0;
  for (const { rank, row } of rankedRows(input.source, options.top)) {
    yield `${count++ === 0 ? '' : ','}\n    ${JSON.stringify(toJsonResult(row, rank), null, 2).replace(/\n/g, '\n    ')}`;
  }
  yield `${count === 0 ? ']' : '\n  ]'},\n${shell.slice(at + RESULTS_SLOT.length)}`;
}

/** One result per line, in the order given (the CLI streams rows as they finish). */
export function formatJsonlRow(row: ReportRow, rank: number | null = null): string {
  return `${JSON.stringify(toJsonResult(row, rank))}\n`;
}

export function formatJsonl(input: ReportInput, options: Pick<ReportOptions, 'top'>): string {
  return [...jsonlChunks(memorySource(input.rows), options)].join('');
}

export function* jsonlChunks(source: SourceInput['source'], options: Pick<ReportOptions, 'top'>): Generator<string> {
  for (const { rank, row } of rankedRows(source, options.top)) yield formatJsonlRow(row, rank);
}
