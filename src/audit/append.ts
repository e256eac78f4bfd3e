// Appending to the audit log: one writer at a time (a `<log>.lock` file made with O_EXCL, holding the writer's pid;
// a lock whose process is gone is taken over), the chain continued from the log's last record, a run's records in
// one write, then fsync. Concurrent runs wait for the lock and append after each other, each chain intact.
import { closeSync, fstatSync, fsyncSync, openSync, readSync, rmSync, writeSync, readFileSync, writeFileSync } from 'node:fs';
import { processAlive } from '../run/process-alive.js';
import { chainRecord, GENESIS, type AuditBody, type ChainHead } from './chain.js';

export class AuditError extends Error {
  readonly code: 'AUDIT_LOCKED' | 'AUDIT_DAMAGED' | 'AUDIT_FAILED';
  constructor(code: AuditError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/** Longest wait for another run's lock; a run appends a few KB, so this is generous. */
const LOCK_WAIT_MS = 30_000;
const LOCK_POLL_MS = 25;
/** The last record is read from the log's tail; result records are a few KB, so 4 MiB always holds one whole. */
const TAIL_BYTES = 4 * 1024 * 1024;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquire(lockPath: string): void {
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new AuditError('AUDIT_FAILED', (err as NodeJS.ErrnoException).code ?? 'I/O error');
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(lockPath, 'utf8'));
    } catch {
      continue; // released between the two calls
    }
    // A pid not written yet reads as 0/NaN: a fresh lock, wait for it.
    if (owner > 0 && !processAlive(owner)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() > until) throw new AuditError('AUDIT_LOCKED', `another run (pid ${owner}) holds ${lockPath}`);
    sleep(LOCK_POLL_MS);
  }
}

/** seq and hash to continue from: the last line of the log, which must be a whole, chained record. */
export function readHead(fd: number): ChainHead {
  const size = fstatSync(fd).size;
  if (size === 0) return { seq: 0, prev: GENESIS };
  const length = Math.min(size, TAIL_BYTES);
  const buf = Buffer.alloc(length);
  readSync(fd, buf, 0, length, size - length);
  const text = buf.toString('utf8');
  if (!text.endsWith('\n')) throw new AuditError('AUDIT_DAMAGED', 'the last record is cut short; run `resume-screen audit verify`');
  const last = text.slice(text.lastIndexOf('\n', text.length - 2) + 1, -1);
  try {
    const record = JSON.parse(last) as { seq?: unknown; hash?: unknown };
    if (typeof record.seq === 'number' && typeof record.hash === 'string') return { seq: record.seq + 1, prev: record.hash };
  } catch {
    // fall through
  }
  throw new AuditError('AUDIT_DAMAGED', 'the last record is not a chained audit record; run `resume-screen audit verify`');
}

/** Appends the records (one run's) to the log, chained onto its last record. Returns the new head. */
export function appendRecords(path: string, bodies: readonly AuditBody[]): ChainHead {
  const lockPath = `${path}.lock`;
  acquire(lockPath);
  try {
    let fd: number;
    try {
      fd = openSync(path, 'a+', 0o600);
    } catch (err) {
      throw new AuditError('AUDIT_FAILED', (err as NodeJS.ErrnoException).code ?? 'I/O error');
    }
    try {
      let head = readHead(fd);
      const lines: string[] = [];
      for (const body of bodies) {
        const next = chainRecord(body, head);
        lines.push(next.line);
        head = next.head;
      }
      writeSync(fd, `${lines.join('\n')}\n`);
      fsyncSync(fd);
      return head;
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/** For tests and tools: write a whole log at once (no lock). */
export function writeLog(path: string, bodies: readonly AuditBody[]): void {
  let head: ChainHead = { seq: 0, prev: GENESIS };
  const lines = bodies.map((b) => {
    const next = chainRecord(b, head);
    head = next.head;
    return next.line;
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
}
