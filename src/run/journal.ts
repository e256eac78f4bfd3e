// The JSONL journal: one line per finished row, appended as soon as it is known, so a killed run loses at most the
// files that were in flight. `--resume` reuses a line only when
// - its key matches this run: every option that can change a row (rubric hash, tool version, as-of date, profile
//   inclusion, the child limits and the size cap, and the build of the tool itself: src/code-id.ts), hashed into one
//   `key`;
// - its row is final: results that depend on the moment or the limits (TIMEOUT, OUT_OF_MEMORY, CRASHED, NOT_FOUND,
//   UNREADABLE) are never journalled, and are ignored if an older journal has them;
// - its MAC checks out: an HMAC-SHA256 over key, content hash and row with a per-user secret kept in the private
//   cache folder, so a damaged or hand-edited line ("verdict": "pass") is rescored, not trusted.
// One writer per journal: a lock file beside it holds the writer's pid (a dead writer's lock is taken over).
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { privateCacheDir } from '../private-cache.js';
import type { ErrorCode } from '../types.js';
import { processAlive } from './process-alive.js';
import type { Row } from './types.js';

export interface JournalKey {
  rubricSha256: string;
  /** The rubric's posting (POSTING_COPY reads it), when it names one. */
  postingSha256?: string;
  toolVersion: string;
  /** The build that made the rows (src/code-id.ts): a rebuilt or upgraded tool reads every file again. */
  codeId: string;
  asOf: string;
  withProfile: boolean;
  /** Child limits and the size cap: a row made under other limits may have come out otherwise. */
  limits: { timeoutMs: number; maxMemoryMb: number; maxBytes: number };
  /** --ocr and its page budget: a scan read with OCR and one refused as NO_TEXT_LAYER are different rows. */
  ocr?: { mode: string; pageTimeoutMs: number };
  /** --blind rows are redacted in the child: never mixed with plain ones. */
  blind?: boolean;
}

interface JournalLine {
  v: 2;
  key: string;
  sha256: string;
  row: Row;
  mac: string;
}

/** Error rows that say something about the moment or the limits, not about the file: retried on --resume. */
const NOT_FINAL: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['TIMEOUT', 'OUT_OF_MEMORY', 'CRASHED', 'NOT_FOUND', 'UNREADABLE']);

export function isFinal(row: Row): boolean {
  return !(row.status === 'error' && row.error && NOT_FINAL.has(row.error.code as ErrorCode));
}

/** The key's fields in a fixed order, hashed: lines hold 64 hex characters instead of the options. */
export function keyDigest(key: JournalKey): string {
  const { rubricSha256, toolVersion, codeId, asOf, withProfile, limits, ocr } = key;
  const fields: unknown[] = [rubricSha256, toolVersion, codeId, asOf, withProfile, limits.timeoutMs, limits.maxMemoryMb, limits.maxBytes];
  if (ocr) fields.push(ocr.mode, ocr.pageTimeoutMs);
  // Appended only when there is one, so journals of rubrics without a posting keep their keys.
  if (key.postingSha256 !== undefined) fields.push(key.postingSha256);
  if (key.blind === true) fields.push('blind');
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}

const SECRET_FILE = 'journal.key';
let secret: Buffer | undefined;

/**
 * The per-user MAC secret (32 random bytes, created once, mode 0600, in the private cache folder). Without a private
 * folder the MAC is a plain checksum: damage is still caught, a deliberate edit is not (the README says so).
 */
function macSecret(): Buffer {
  if (secret) return secret;
  const dir = privateCacheDir();
  if (dir === undefined) return (secret = Buffer.alloc(0));
  const file = join(dir, SECRET_FILE);
  try {
    const existing = readFileSync(file);
    if (existing.length === 32) return (secret = existing);
  } catch {
    // none yet
  }
  const fresh = randomBytes(32);
  try {
    writeFileSync(file, fresh, { mode: 0o600, flag: 'wx' });
    return (secret = fresh);
  } catch {
    // Another run created it first (or the folder is read-only): use theirs if readable, else no secret.
    try {
      const theirs = readFileSync(file);
      return (secret = theirs.length === 32 ? theirs : Buffer.alloc(0));
    } catch {
      return (secret = Buffer.alloc(0));
    }
  }
}

function macOf(key: string, sha256: string, rowJson: string): string {
  return createHmac('sha256', macSecret()).update(`${key}\n${sha256}\n${rowJson}`).digest('hex');
}

interface Span {
  offset: number;
  length: number;
}

/**
 * Rows of a previous run with the same key, by content hash. Only where each line is is kept; a row is read back
 * when it is reused, so resuming a batch of thousands does not hold them all. A torn last line (killed mid-write)
 * is ignored.
 */
export class PreviousRows {
  private constructor(
    private readonly fd: number | undefined,
    private readonly spans: Map<string, Span>,
  ) {}

  static none(): PreviousRows {
    return new PreviousRows(undefined, new Map());
  }

  static read(path: string, journalKey: JournalKey): PreviousRows {
    const key = keyDigest(journalKey);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return PreviousRows.none();
    }
    const spans = new Map<string, Span>();
    forEachLine(fd, (bytes, offset) => {
      const line = parseLine(bytes.toString('utf8'));
      // The first trusted line for a content hash wins (a later run appending the same file adds nothing new).
      if (line && line.key === key && !spans.has(line.sha256) && isFinal(line.row)) spans.set(line.sha256, { offset, length: bytes.length });
    });
    return new PreviousRows(fd, spans);
  }

  get(sha256: string): Row | undefined {
    const span = this.spans.get(sha256);
    if (!span || this.fd === undefined) return undefined;
    const bytes = Buffer.allocUnsafe(span.length);
    readSync(this.fd, bytes, 0, span.length, span.offset);
    return parseLine(bytes.toString('utf8'))?.row;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

const CHUNK = 1 << 20;

/** Every newline-terminated line of the file (without its newline) with its byte offset, read a chunk at a time. */
function forEachLine(fd: number, visit: (bytes: Buffer, offset: number) => void): void {
  const chunk = Buffer.allocUnsafe(CHUNK);
  let carry = Buffer.alloc(0);
  let carryAt = 0;
  for (let position = 0; ; ) {
    const n = readSync(fd, chunk, 0, CHUNK, position);
    if (n === 0) break;
    const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
    const base = carry.length ? carryAt : position;
    position += n;
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl >= 0; nl = data.indexOf(0x0a, start)) {
      if (nl > start) visit(data.subarray(start, nl), base + start);
      start = nl + 1;
    }
    carry = Buffer.from(data.subarray(start)); // a copy: `chunk` is reused
    carryAt = base + start;
  }
}

/** The line's fields as written: `{"v":2,"key":K,"sha256":S,"row":<row JSON>,"mac":M}`. */
const LINE = /^\{"v":2,"key":"([0-9a-f]{64})","sha256":"([^"\\\\]*)","row":(\{.*\}),"mac":"([0-9a-f]{64})"\}$/s;

/** A line whose MAC checks out over the exact bytes of its row; anything else (torn, damaged, edited, v1) is ignored. */
function parseLine(raw: string): JournalLine | undefined {
  const m = LINE.exec(raw);
  if (!m) return undefined;
  const [, key = '', sha256 = '', rowJson = '', mac = ''] = m;
  if (macOf(key, sha256, rowJson) !== mac) return undefined;
  try {
    const row: unknown = JSON.parse(rowJson);
    return typeof row === 'object' && row !== null ? { v: 2, key, sha256, row: row as Row, mac } : undefined;
  } catch {
    return undefined;
  }
}

function endsWithNewline(path: string): boolean {
  const text = readFileSync(path);
  return text.length === 0 || text[text.length - 1] === 0x0a;
}

/** Another live process is writing this journal. */
export class JournalLockedError extends Error {
  constructor(
    readonly path: string,
    readonly pid: number,
  ) {
    super(`journal in use by process ${pid}`);
    this.name = 'JournalLockedError';
  }
}

/** Locks whose owner is this process, released at exit even if close() is never reached. */
const held = new Set<string>();
let releaseHookInstalled = false;

function lockJournal(path: string): string {
  const lock = `${path}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { mode: 0o600, flag: 'wx' });
      held.add(lock);
      if (!releaseHookInstalled) {
        releaseHookInstalled = true;
        process.once('exit', () => {
          for (const l of held) rmSync(l, { force: true });
        });
      }
      return lock;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner = NaN;
    try {
      owner = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    } catch {
      // removed in between: try again
    }
    if (Number.isInteger(owner) && owner !== process.pid && processAlive(owner)) throw new JournalLockedError(path, owner);
    // A killed writer's lock (or a half-written one): take it over.
    rmSync(lock, { force: true });
  }
  throw new JournalLockedError(path, 0);
}

export class Journal {
  private fd: number | undefined;
  private readonly lock: string;
  private readonly key: string;

  /** `append: false` starts a new journal; `true` (for --resume) keeps earlier lines. Throws JournalLockedError. */
  constructor(
    readonly path: string,
    key: JournalKey,
    append: boolean,
  ) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.key = keyDigest(key);
    this.lock = lockJournal(path);
    try {
      this.fd = openSync(path, append ? 'a' : 'w', 0o600);
      // A run killed mid-write leaves a torn last line; start ours on a fresh line so it is not glued to it.
      if (append && !endsWithNewline(path)) writeSync(this.fd, '\n');
    } catch (err) {
      this.releaseLock();
      throw err;
    }
  }

  /**
   * Only final rows with a content hash are journalled: rows without one (missing, unreadable, too large) and rows
   * that depend on the moment or the limits are redone by --resume. `json` is the row already serialised (the row
   * store writes the same text), so a row is stringified once.
   */
  write(row: Row, json: string = JSON.stringify(row)): void {
    if (this.fd === undefined || !row.sha256 || !isFinal(row)) return;
    // One write per line, so a kill leaves at most one torn line, which PreviousRows skips.
    const sha = JSON.stringify(row.sha256);
    writeSync(this.fd, `{"v":2,"key":"${this.key}","sha256":${sha},"row":${json},"mac":"${macOf(this.key, row.sha256, json)}"}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.releaseLock();
  }

  private releaseLock(): void {
    rmSync(this.lock, { force: true });
    held.delete(this.lock);
  }
}
