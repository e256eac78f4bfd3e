// The batch's rows on disk. Each finished row is appended to a private temporary file as one JSON line; the parent
// keeps only its key (file, verdict, score, error) and where its line is. Reports read rows back one at a time in
// ranked order, so the parent's memory does not grow with the size of the batch.
import { closeSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from './process-alive.js';
import type { RequirementColumn } from '../report/rank.js';
import type { RowKey, RowSource } from '../report/source.js';
import type { Row } from './types.js';

interface Span {
  offset: number;
  length: number;
}

/** Folders of stores still open, removed if the process exits first (Ctrl-C, a fatal error). */
const open = new Set<string>();
let exitHookInstalled = false;

function removeOnExit(dir: string): void {
  open.add(dir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const d of open) rmSync(d, { recursive: true, force: true });
  });
}

function keyOf(row: Row): RowKey {
  const key: RowKey = { file: row.file, status: row.status };
  if (row.verdict !== undefined) key.verdict = row.verdict;
  if (row.score !== undefined) key.score = row.score;
  if (row.duplicateOf !== undefined) key.duplicateOf = row.duplicateOf;
  if (row.error) key.error = row.error;
  return key;
}

/** The rows could not be kept on disk (the temp folder is missing, read-only or full); `errno` says which. */
export class RowStoreError extends Error {
  constructor(readonly errno: string) {
    super(`row store: ${errno}`);
    this.name = 'RowStoreError';
  }
}

/** fs failures as RowStoreError, so the CLI does not mistake them for the journal's. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new RowStoreError(code);
    throw err;
  }
}

const PREFIX = 'resume-screen-rows-';
const OWNER_FILE = 'owner';
/** A folder without an owner file (killed between mkdtemp and writing it) is left alone this long. */
const UNOWNED_GRACE_MS = 60 * 60 * 1000;

/**
 * Row folders left by runs that were killed (kill -9, a crash, a power cut): they hold evidence lines, i.e. personal
 * data. Removed only when they are this user's and no live process owns them (their owner file names a dead pid,
 * or they have none and are older than an hour). Failures are ignored: this is housekeeping.
 */
export function sweepStaleRowFolders(parent: string = tmpdir(), now: number = Date.now()): string[] {
  const removed: string[] = [];
  const uid = process.getuid?.();
  let names: string[];
  try {
    names = readdirSync(parent).filter((n) => n.startsWith(PREFIX));
  } catch {
    return removed;
  }
  for (const name of names) {
    const dir = join(parent, name);
    try {
      const info = lstatSync(dir);
      if (!info.isDirectory() || (uid !== undefined && info.uid !== uid)) continue;
      let owner: number | undefined;
      try {
        owner = Number.parseInt(readFileSync(join(dir, OWNER_FILE), 'utf8'), 10);
      } catch {
        owner = undefined;
      }
      const stale = owner === undefined || Number.isNaN(owner) ? now - info.mtimeMs > UNOWNED_GRACE_MS : owner !== process.pid && !processAlive(owner);
      if (!stale) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // someone else's, or gone already
    }
  }
  return removed;
}

export class RowStore implements RowSource {
  readonly keys: RowKey[] = [];
  readonly columns: RequirementColumn[] = [];
  private readonly columnIds = new Set<string>();
  private readonly spans: Span[] = [];
  /** Later inputs with the same bytes, by the index of the first one's row. */
  private readonly duplicates = new Map<number, string[]>();
  private readonly dir: string;
  private fd: number | undefined;
  private size = 0;

  /** The file holds résumé lines (evidence): a folder only this user can read, removed by close(). */
  constructor(parent: string = tmpdir()) {
    sweepStaleRowFolders(parent);
    const dir = guarded(() => mkdtempSync(join(parent, PREFIX)));
    this.dir = dir;
    removeOnExit(dir);
    guarded(() => writeFileSync(join(dir, OWNER_FILE), `${process.pid}\n`, { mode: 0o600 }));
    this.fd = guarded(() => openSync(join(dir, 'rows.jsonl'), 'w+', 0o600));
  }

  /** Append a row (`json`: the row already serialised, if the caller has it); returns its index. */
  add(row: Row, json: string = JSON.stringify(row)): number {
    const fd = this.descriptor();
    const length = Buffer.byteLength(json, 'utf8');
    guarded(() => writeSync(fd, json, this.size, 'utf8'));
    this.spans.push({ offset: this.size, length });
    this.size += length;
    this.keys.push(keyOf(row));
    for (const o of row.outcomes) {
      if (this.columnIds.has(o.requirementId)) continue;
      this.columnIds.add(o.requirementId);
      this.columns.push({ id: o.requirementId, must: o.must, kind: o.kind });
    }
    return this.keys.length - 1;
  }

  read(index: number): Row {
    const span = this.spans[index];
    if (!span) throw new RangeError(`no row ${index}`);
    const bytes = Buffer.allocUnsafe(span.length);
    const fd = this.descriptor();
    guarded(() => readSync(fd, bytes, 0, span.length, span.offset));
    const row = JSON.parse(bytes.toString('utf8')) as Row;
    const duplicates = this.duplicates.get(index);
    if (duplicates) row.duplicates = [...duplicates];
    return row;
  }

  /** Every row, in the order they were added: for tests and small callers only. */
  readAll(): Row[] {
    return this.keys.map((_, i) => this.read(i));
  }

  /** The row at `original` gets `file` in its `duplicates` (the duplicate's own row names its original). */
  markDuplicate(original: number, file: string): void {
    const list = this.duplicates.get(original) ?? [];
    list.push(file);
    this.duplicates.set(original, list);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.dir, { recursive: true, force: true });
    open.delete(this.dir);
  }

  private descriptor(): number {
    if (this.fd === undefined) throw new Error('row store is closed');
    return this.fd;
  }
}
