// The batch runner (DESIGN.md §1, §5): every input yields exactly one row, read in child processes, journalled as it
// finishes. No domain logic here: the child runs the pipeline, the report stage formats the rows.
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ErrorCode, Evaluation } from '../types.js';
import { describe } from '../report/messages.js';
import { expandInputs } from './inputs.js';
import { findDuplicates, hashInputs } from './hash.js';
import { Journal, readJournal, type JournalKey } from './journal.js';
import { Pool, type PoolOptions } from './pool.js';
import type { Input, Row, Skipped, WorkRequest, WorkResult } from './types.js';

export type { Input, Row, Skipped } from './types.js';
export { Pool } from './pool.js';

export interface BatchOptions {
  inputs: string[];
  cwd?: string;
  rubricPath: string;
  rubricSha256: string;
  toolVersion: string;
  /** YYYY-MM-DD */
  asOf: string;
  maxBytes: number;
  withProfile: boolean;
  journalPath: string;
  resume: boolean;
}

export interface BatchProgress {
  /** Called once the inputs are known, before any is read. */
  onStart?(total: number, skipped: Skipped[]): void;
  onRow?(row: Row, done: number, total: number): void;
}

export interface BatchResult {
  rows: Row[];
  skipped: Skipped[];
  inputs: number;
  resumed: number;
  journalPath: string;
}

/** The compiled worker, or its TypeScript source when running from sources (tests, tsx). */
export function defaultWorker(): Pick<PoolOptions, 'workerPath' | 'execArgv'> {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);
  // Regexes compiled to native code on first use: the résumé lexicons are large alternations that every file runs,
  // and interpreting them first cost a one-off `score one.pdf` about 25 ms.
  const tuning = ['--no-regexp-tier-up'];
  return { workerPath: fileURLToPath(url), execArgv: fromSources ? ['--import', 'tsx', ...tuning] : tuning };
}

export function defaultJobs(): number {
  return Math.max(1, cpus().length);
}

export async function runBatch(pool: Pool<WorkResult>, options: BatchOptions, progress: BatchProgress = {}): Promise<BatchResult> {
  // 1. Expand files, folders and globs.
  const { inputs, skipped } = await expandInputs(options.inputs, options.cwd);
  progress.onStart?.(inputs.length, skipped);
  // 2. Hash contents (journal key, duplicates); too-large and unreadable inputs get their error here.
  await hashInputs(inputs, options.maxBytes);
  const duplicates = findDuplicates(inputs);
  // 3. Rows a previous run already journalled with the same key.
  const key: JournalKey = { rubricSha256: options.rubricSha256, toolVersion: options.toolVersion, asOf: options.asOf, withProfile: options.withProfile };
  const previous = options.resume ? readJournal(options.journalPath, key) : new Map<string, Row>();
  const journal = new Journal(options.journalPath, key, options.resume);
  // 4. One row per input: originals go to the pool, duplicates wait for their original.
  const bySha = new Map<string, Promise<Row>>();
  let done = 0;
  let resumed = 0;
  const finish = (row: Row, fresh: boolean): Row => {
    if (fresh) journal.write(row);
    progress.onRow?.(row, ++done, inputs.length);
    return row;
  };
  try {
    const pending = inputs.map((input, index): Promise<Row> => {
      if (input.error) return Promise.resolve(finish(errorRow(input, input.error.code, input.error.data), true));
      const sha = input.sha256 ?? '';
      const original = duplicates.get(input);
      if (original !== undefined) {
        // Not journalled: a duplicate is rebuilt from its original on --resume (and the original's row may have been
        // trimmed in memory by then, see the CLI's onRow).
        return (bySha.get(sha) ?? Promise.resolve(errorRow(input, 'CRASHED', {}))).then((row) => finish(asDuplicate(row, input, original), false));
      }
      const earlier = previous.get(sha);
      if (earlier) resumed++;
      const work = earlier
        ? Promise.resolve(finish(resumedRow(earlier, input), false))
        : readInChild(pool, input, index, options).then((row) => finish(row, true));
      bySha.set(sha, work);
      return work;
    });
    const rows = await Promise.all(pending);
    markOriginals(rows);
    return { rows, skipped, inputs: inputs.length, resumed, journalPath: journal.path };
  } finally {
    journal.close();
  }
}

async function readInChild(pool: Pool<WorkResult>, input: Input, id: number, options: BatchOptions): Promise<Row> {
  const request: WorkRequest = {
    type: 'work',
    id,
    abs: input.abs,
    ...(input.raw === undefined ? {} : { raw: input.raw }),
    rubricPath: options.rubricPath,
    rubricSha256: options.rubricSha256,
    asOf: options.asOf,
    maxBytes: options.maxBytes,
    withProfile: options.withProfile,
  };
  const result = await pool.run(request);
  if (!result.ok) {
    const data = { timeoutMs: pool.limits.timeoutMs, maxMemoryMb: pool.limits.maxMemoryMb };
    return { ...errorRow(input, result.failure, data), elapsedMs: result.elapsedMs, attempts: result.attempts };
  }
  const evaluation: Evaluation = result.message.evaluation;
  return { ...evaluation, file: input.file, sha256: input.sha256, elapsedMs: result.elapsedMs, attempts: result.attempts };
}

function errorRow(input: Input, code: ErrorCode, data: Record<string, unknown>): Row {
  return {
    file: input.file,
    status: 'error',
    outcomes: [],
    error: { code, message: describe(code, data) },
    warnings: [],
    ...(input.sha256 ? { sha256: input.sha256 } : {}),
    elapsedMs: 0,
    attempts: 0,
  };
}

/** A journalled row for this input: its own name, and no duplicate marks from the earlier run's grouping. */
function resumedRow(earlier: Row, input: Input): Row {
  const row: Row = { ...earlier, file: input.file, sha256: input.sha256 };
  delete row.duplicateOf;
  delete row.duplicates;
  return row;
}

function asDuplicate(row: Row, input: Input, original: string): Row {
  const copy: Row = { ...row, file: input.file, duplicateOf: original, elapsedMs: 0, attempts: 0 };
  delete copy.duplicates;
  return copy;
}

/** The first file of each duplicate group lists the others, so the mark goes both ways. */
function markOriginals(rows: Row[]): void {
  const byFile = new Map(rows.map((row) => [row.file, row]));
  for (const row of rows) {
    if (row.duplicateOf === undefined) continue;
    const original = byFile.get(row.duplicateOf);
    if (original) original.duplicates = [...(original.duplicates ?? []), row.file];
  }
}
