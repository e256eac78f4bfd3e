// `score` options from commander's strings to checked values; a bad value is a usage error (exit 2).
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATS, type Format } from '../../report/formats.js';
import { DEFAULT_MAX_MEMORY_MB, defaultJobs } from '../../run/child-args.js';
import { CliError } from '../fatal.js';

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
  recycleAfter: number;
  journalPath: string;
  resume: boolean;
  top?: number;
  explain: boolean;
  withProfile: boolean;
  quiet: boolean;
  verbose: boolean;
  color: boolean;
  failOn?: FailOn;
}

export const SHIPPED_RUBRIC = fileURLToPath(new URL('../../../rubrics/em-user-understanding.yaml', import.meta.url));

function integer(raw: unknown, name: string, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new CliError('USAGE', `${name} must be a whole number ≥ ${min} (got ${String(raw)})`);
  return n;
}

export function asOfDate(raw: unknown): string {
  if (raw === undefined) return new Date().toISOString().slice(0, 10);
  const text = String(raw);
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new CliError('USAGE', `--as-of must be a date YYYY-MM-DD (got ${text})`);
  return m[3] ? text : `${text}-01`;
}

/** Without --journal: next to --out, else a temp file named by the inputs and rubric so --resume finds it again. */
function journalPath(raw: unknown, out: string | undefined, inputs: string[], rubricPath: string): string {
  if (typeof raw === 'string') return resolve(raw);
  if (out) return `${resolve(out)}.journal.jsonl`;
  const key = createHash('sha256').update(JSON.stringify([process.cwd(), inputs, rubricPath])).digest('hex').slice(0, 16);
  // A per-user folder (created 0700 by the journal): journals hold evidence lines, i.e. personal data.
  return join(tmpdir(), `resume-screen-${process.getuid?.() ?? 'user'}`, `journal-${key}.jsonl`);
}

export function parseScoreOptions(inputs: string[], opts: Record<string, unknown>): ScoreOptions {
  const format = String(opts.format ?? 'table');
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError('USAGE', `unknown --format ${format}`);
  const out = typeof opts.out === 'string' ? opts.out : undefined;
  const rubricPath = resolve(typeof opts.rubric === 'string' ? opts.rubric : SHIPPED_RUBRIC);
  const noColor = opts.color === false || (process.env.NO_COLOR ?? '') !== '';
  const parsed: ScoreOptions = {
    rubricPath,
    asOf: asOfDate(opts.asOf),
    format: format as Format,
    jobs: integer(opts.jobs, '--jobs', 1) ?? defaultJobs(),
    timeoutMs: integer(opts.timeout, '--timeout', 100) ?? 10_000,
    maxMemoryMb: integer(opts.maxMemory, '--max-memory', 64) ?? DEFAULT_MAX_MEMORY_MB,
    maxBytes: integer(opts.maxBytes, '--max-bytes', 1) ?? 20_000_000,
    recycleAfter: integer(opts.recycleAfter, '--recycle-after', 1) ?? 500,
    journalPath: journalPath(opts.journal, out, inputs, rubricPath),
    resume: opts.resume === true,
    explain: opts.explain === true,
    withProfile: opts.withProfile === true,
    quiet: opts.quiet === true,
    verbose: opts.verbose === true,
    color: !noColor && out === undefined && process.stdout.isTTY === true,
  };
  if (out !== undefined) parsed.out = out;
  const top = integer(opts.top, '--top', 0);
  if (top !== undefined) parsed.top = top;
  if (typeof opts.failOn === 'string') parsed.failOn = opts.failOn as FailOn;
  return parsed;
}
