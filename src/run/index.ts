// The batch runner (DESIGN.md §1, §5): every input yields exactly one row, read in child processes, journalled as it
// finishes. No domain logic here: the child runs the pipeline, the report stage formats the rows.
import { existsSync } from 'node:fs';
import { codeId } from '../code-id.js';
import type { Diagnostic, ErrorCode, Evaluation } from '../types.js';
import { describe } from '../report/messages.js';
import { asDuplicate } from './duplicate.js';
import { expandInputs } from './inputs.js';
import { hashInputs } from './hash.js';
import { Journal, PreviousRows, type JournalKey } from './journal.js';
import type { Pool } from './pool.js';
import { RowStore } from './row-store.js';
import type { Expansion, Input, Row, Skipped, WorkRequest, WorkResult } from './types.js';

export type { Input, Row, Skipped } from './types.js';
export { Pool } from './pool.js';
export { DEFAULT_MAX_MEMORY_MB, defaultJobs, defaultWorker } from './child-args.js';
export { RowStore, RowStoreError } from './row-store.js';
export { JournalLockedError } from './journal.js';

export interface BatchOptions {
  inputs: string[];
  cwd?: string;
  /** Inputs already expanded (a shard's slice, src/run/shard/): `inputs` is then not walked. */
  expanded?: Expansion;
  rubricPath: string;
  rubricSha256: string;
  /** sha256 of the posting the rubric names: it changes results without changing the rubric's bytes. */
  postingSha256?: string | undefined;
  toolVersion: string;
  /** YYYY-MM-DD */
  asOf: string;
  maxBytes: number;
  withProfile: boolean;
  ocr: 'auto' | 'always' | 'never';
  ocrPageTimeoutMs: number;
  /** undefined: no journal at all (--no-journal); nothing is kept after the run. */
  journalPath?: string;
  resume: boolean;
  /** --blind: children redact rows after scoring; part of the journal key. */
  blind?: boolean;
}

export interface BatchProgress {
  /** Called once the inputs are known, before any is read. */
  onStart?(total: number, skipped: Skipped[]): void;
  /** `fresh`: read in a child during this run (not resumed from the journal, not a duplicate, not unreadable). */
  onRow?(row: Row, done: number, total: number, fresh: boolean): void;
}

export interface BatchResult {
  /** One row per input, on disk; the caller reads them back for the report and must close() it. */
  rows: RowStore;
  skipped: Skipped[];
  inputs: number;
  resumed: number;
  /** undefined with --no-journal. */
  journalPath?: string;
  /** --resume was asked for but there was no journal at journalPath: every file was read afresh. */
  journalMissing: boolean;
}


export async function runBatch(pool: Pool<WorkResult>, options: BatchOptions, progress: BatchProgress = {}): Promise<BatchResult> {
  // 1. Expand files, folders and globs.
  const { inputs, skipped } = options.expanded ?? (await expandInputs(options.inputs, options.cwd));
  progress.onStart?.(inputs.length, skipped);
  // 2. Rows a previous run already journalled with the same key (read back only when reused).
  const key: JournalKey = {
    rubricSha256: options.rubricSha256,
    ...(options.postingSha256 === undefined ? {} : { postingSha256: options.postingSha256 }),
    toolVersion: options.toolVersion,
    codeId: codeId(),
    asOf: options.asOf,
    withProfile: options.withProfile,
    limits: { timeoutMs: pool.limits.timeoutMs, maxMemoryMb: pool.limits.maxMemoryMb, maxBytes: options.maxBytes },
    ocr: { mode: options.ocr, pageTimeoutMs: options.ocrPageTimeoutMs },
    ...(options.blind === true ? { blind: true } : {}),
  };
  const journalPath = options.journalPath;
  const journalMissing = options.resume && journalPath !== undefined && !existsSync(journalPath);
  // The lock first (a second run on this journal stops here), then the earlier lines.
  const journal: RowJournal = journalPath === undefined ? NO_JOURNAL : new Journal(journalPath, key, options.resume);
  let previous: PreviousRows;
  try {
    previous = options.resume && journalPath !== undefined ? PreviousRows.read(journalPath, key) : PreviousRows.none();
  } catch (err) {
    journal.close();
    throw err;
  }
  // 3. One row per input, kept on disk as it finishes. Each input is settled as soon as it is hashed (in input
  //    order): errors at once, the first file with given bytes to the pool (or from the journal), later files with
  //    the same bytes wait for it and become its duplicates.
  const store = new RowStore();
  const firstBySha = new Map<string, { file: string; row: Promise<number> }>();
  let done = 0;
  let resumed = 0;
  const finish = (row: Row, fresh: boolean, read = fresh): number => {
    const json = JSON.stringify(row);
    if (fresh) journal.write(row, json);
    const index = store.add(row, json);
    progress.onRow?.(row, ++done, inputs.length, read);
    return index;
  };
  const settle = (input: Input, index: number): Promise<number> => {
    if (input.error) return Promise.resolve(finish(errorRow(input, input.error.code, input.error.data), true, false));
    const sha = input.sha256 ?? '';
    const first = firstBySha.get(sha);
    if (first) {
      // Not journalled: a duplicate is rebuilt from its original on --resume.
      return first.row.then((at) => {
        store.markDuplicate(at, input.file);
        return finish(asDuplicate(store.read(at), input.file, first.file), false);
      });
    }
    const earlier = previous.get(sha);
    if (earlier) resumed++;
    const row = earlier
      ? Promise.resolve(finish(resumedRow(earlier, input), false))
      : readInChild(pool, input, index, options).then((r) => finish(r, true));
    firstBySha.set(sha, { file: input.file, row });
    return row;
  };
  try {
    const pending: Promise<number>[] = [];
    await hashInputs(inputs, options.maxBytes, (input, index) => pending.push(settle(input, index)));
    await Promise.all(pending);
    return { rows: store, skipped, inputs: inputs.length, resumed, ...(journalPath === undefined ? {} : { journalPath }), journalMissing };
  } catch (err) {
    store.close();
    throw err;
  } finally {
    journal.close();
    previous.close();
  }
}

/** What the batch needs of a journal; --no-journal gets one that keeps nothing. */
type RowJournal = Pick<Journal, 'write' | 'close'>;
const NO_JOURNAL: RowJournal = { write: () => undefined, close: () => undefined };

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
    ocr: options.ocr,
    ocrPageTimeoutMs: options.ocrPageTimeoutMs,
    ...(options.blind === true ? { blind: true } : {}),
  };
  const result = await pool.run(request);
  if (!result.ok) {
    const data = { timeoutMs: pool.limits.timeoutMs, maxMemoryMb: pool.limits.maxMemoryMb };
    return { ...errorRow(input, result.failure, data), elapsedMs: result.elapsedMs, attempts: result.attempts };
  }
  const evaluation: Evaluation = result.message.evaluation;
  // The child hashes the bytes it read: a file rewritten after the parent hashed it is reported under the hash of
  // what was scored (so neither this run nor a later --resume pairs old bytes with the new score), and flagged.
  const read = evaluation.sha256;
  const changed = read !== undefined && input.sha256 !== undefined && read !== input.sha256;
  const warnings: Diagnostic[] = changed ? [...evaluation.warnings, { code: 'CHANGED_WHILE_READ', severity: 'warning', data: {} }] : evaluation.warnings;
  return { ...evaluation, warnings, file: input.file, sha256: read ?? input.sha256, elapsedMs: result.elapsedMs, attempts: result.attempts };
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
