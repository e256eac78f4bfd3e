// `score` options from commander's strings to checked values; a bad value is a usage error (exit 2).
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OcrMode } from '../../extract/pdf/ocr-pages.js';
import { FORMATS, formatForPath, type Format } from '../../report/formats.js';
import { DEFAULT_MAX_MEMORY_MB, defaultJobs } from '../../run/child-args.js';
import { parseAsOf, today } from '../args.js';
import { CliError } from '../fatal.js';
import { colorEnabled, outputWidth } from '../terminal.js';

export type FailOn = 'pass' | 'review' | 'fail' | 'error';

export interface ScoreOptions {
  rubricPath: string;
  asOf: string;
  format: Format;
  out?: string;
  jobs: number;
  timeoutMs: number;
  maxMemoryMb: number;
  maxBytes: number;
  ocr: OcrMode;
  ocrPageTimeoutMs: number;
  /** 0: children are not replaced by count. */
  recycleAfter: number;
  /** Children are replaced once their memory passes this (MB). */
  recycleAtMb: number;
  /** undefined with --no-journal. */
  journalPath?: string;
  resume: boolean;
  top?: number;
  explain: boolean;
  withProfile: boolean;
  quiet: boolean;
  verbose: boolean;
  color: boolean;
  /** Columns to fit tables to (terminal width, COLUMNS, else 80). */
  width: number;
  bom: boolean;
  failOn?: FailOn;
  /** --audit: the hash-chained JSONL log to append this run to (src/audit/). */
  auditPath?: string;
  /** --blind (src/blind/) and its key file (--blind-key; default next to --out). */
  blind: boolean;
  blindKeyPath?: string;
}

export const SHIPPED_RUBRIC = fileURLToPath(new URL('../../../rubrics/em-user-understanding.yaml', import.meta.url));

function integer(raw: unknown, name: string, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new CliError('USAGE', `${name} must be a whole number ≥ ${min} (got ${String(raw)})`);
  return n;
}

/** commander has already checked --ocr's choices; callers without commander get the same check. */
export function ocrMode(raw: unknown): OcrMode {
  if (raw === undefined) return 'auto';
  if (raw === 'auto' || raw === 'always' || raw === 'never') return raw;
  throw new CliError('USAGE', `--ocr must be auto, always or never (got ${String(raw)})`);
}

/** commander has already checked --as-of (src/cli/args.ts); callers without commander get the same check. */
export function asOfDate(raw: unknown): string {
  return raw === undefined ? today() : parseAsOf(String(raw));
}

/** -f wins; else the extension of -o (report.csv → csv); else the table. */
function chooseFormat(raw: unknown, out: string | undefined): string {
  if (typeof raw === 'string') return raw;
  return (out !== undefined ? formatForPath(out) : undefined) ?? 'table';
}

/** Without --journal: next to --out, else a temp file named by the inputs and rubric so --resume finds it again. */
function journalPath(raw: unknown, out: string | undefined, inputs: string[], rubricPath: string): string | undefined {
  if (raw === false) return undefined; // --no-journal
  if (typeof raw === 'string') return resolve(raw);
  if (out) return `${resolve(out)}.journal.jsonl`;
  const key = createHash('sha256').update(JSON.stringify([process.cwd(), inputs, rubricPath])).digest('hex').slice(0, 16);
  // A per-user folder (created 0700 by the journal): journals hold evidence lines, i.e. personal data.
  return join(tmpdir(), `resume-screen-${process.getuid?.() ?? 'user'}`, `journal-${key}.jsonl`);
}

export function parseScoreOptions(inputs: string[], opts: Record<string, unknown>): ScoreOptions {
  const out = typeof opts.out === 'string' ? opts.out : undefined;
  const format = chooseFormat(opts.format, out);
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError('USAGE', `unknown --format ${format}`);
  const rubricPath = resolve(typeof opts.rubric === 'string' ? opts.rubric : SHIPPED_RUBRIC);
  if (opts.journal === false && opts.resume === true) throw new CliError('USAGE', '--resume needs a journal: it cannot be used with --no-journal');
  const flag = typeof opts.color === 'boolean' ? opts.color : undefined;
  const maxMemoryMb = integer(opts.maxMemory, '--max-memory', 64) ?? DEFAULT_MAX_MEMORY_MB;
  // Well below the cap: a grown child still has room for one large file before the watchdog would kill it.
  const recycleAtMb = integer(opts.recycleAt, '--recycle-at', 32) ?? Math.floor(maxMemoryMb / 2);
  if (recycleAtMb >= maxMemoryMb) throw new CliError('USAGE', `--recycle-at must be below --max-memory (${maxMemoryMb})`);
  const parsed: ScoreOptions = {
    rubricPath,
    asOf: asOfDate(opts.asOf),
    format: format as Format,
    jobs: integer(opts.jobs, '--jobs', 1) ?? defaultJobs(),
    timeoutMs: integer(opts.timeout, '--timeout', 100) ?? 10_000,
    maxMemoryMb,
    maxBytes: integer(opts.maxBytes, '--max-bytes', 1) ?? 20_000_000,
    ocr: ocrMode(opts.ocr),
    ocrPageTimeoutMs: integer(opts.ocrPageTimeout, '--ocr-page-timeout', 1000) ?? 60_000,
    recycleAfter: integer(opts.recycleAfter, '--recycle-after', 1) ?? 0,
    recycleAtMb,
    resume: opts.resume === true,
    explain: opts.explain === true,
    withProfile: opts.withProfile === true,
    quiet: opts.quiet === true,
    verbose: opts.verbose === true,
    // A file is never a terminal: colour in it only when asked for explicitly (--color, FORCE_COLOR).
    color: colorEnabled({ flag, env: process.env, isTTY: out === undefined && process.stdout.isTTY === true }),
    width: outputWidth(out === undefined ? process.stdout : {}, process.env),
    bom: opts.bom === true,
    blind: opts.blind === true,
  };
  const journal = journalPath(opts.journal, out, inputs, rubricPath);
  if (journal !== undefined) parsed.journalPath = journal;
  if (out !== undefined) parsed.out = out;
  const top = integer(opts.top, '--top', 0);
  if (top !== undefined) parsed.top = top;
  if (typeof opts.failOn === 'string') parsed.failOn = opts.failOn as FailOn;
  if (typeof opts.audit === 'string') parsed.auditPath = resolve(opts.audit);
  if (typeof opts.blindKey === 'string') {
    if (!parsed.blind) throw new CliError('USAGE', '--blind-key is used only with --blind');
    parsed.blindKeyPath = resolve(opts.blindKey);
  }
  return parsed;
}
