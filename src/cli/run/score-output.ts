// Where a report goes: stdout, or a file written atomically (temp file in the same folder, then rename), so a
// reader never sees half a report and a failed run never leaves one.
import { accessSync, closeSync, constants, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { processAlive } from '../../run/process-alive.js';
import { CliError } from '../fatal.js';

/** Fail before reading any résumé if the report could not be written at the end. */
export function checkWritable(out: string): void {
  try {
    accessSync(dirname(resolve(out)), constants.W_OK);
  } catch {
    throw new CliError('OUT_WRITE_FAILED', `cannot write to the folder of ${out}`);
  }
}

/** Chunks gathered into writes of about this size (a report of thousands of rows is thousands of chunks). */
const WRITE_SIZE = 64 * 1024;

/** Hand every chunk to `write` as it comes, gathered into pieces of about WRITE_SIZE. */
export function writeChunks(write: (text: string) => void, chunks: Iterable<string>): void {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_SIZE) {
      write(pending);
      pending = '';
    }
  }
  if (pending) write(pending);
}

/** The report streamed to a temp file beside `out`, then renamed over it: a reader never sees half a report. */
export function writeAtomic(out: string, chunks: Iterable<string>): void {
  const target = resolve(out);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  removeStaleTemps(target);
  let fd: number | undefined;
  try {
    const file = openSync(temp, 'w', 0o600);
    fd = file;
    writeChunks((text) => writeFileSync(file, text), chunks);
    closeSync(file);
    fd = undefined;
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    // File-system failures are the user's to fix; anything else is ours and keeps its stack.
    if (err instanceof Error && 'code' in err) throw new CliError('OUT_WRITE_FAILED', `cannot write ${out}`);
    throw err;
  }
}

/** Resolves once everything written to stdout so far has been handed to the OS (errors surface through guardStdout). */
export function flushStdout(): Promise<void> {
  // The write callback, then one turn of the event loop: a failed write's 'error' is emitted on a later tick.
  return new Promise((resolve) => process.stdout.write('', () => setImmediate(resolve)));
}

/**
 * `.<out>.<pid>.tmp` files beside the report left by runs killed while writing it (they hold report rows): removed
 * when they are this user's and their pid is not alive. Failures are ignored: this is housekeeping.
 */
export function removeStaleTemps(target: string): string[] {
  const removed: string[] = [];
  const prefix = `.${basename(target)}.`;
  const uid = process.getuid?.();
  try {
    for (const name of readdirSync(dirname(target))) {
      const m = /^(\d+)\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
      const pid = Number(m?.[1]);
      if (!m || pid === process.pid || processAlive(pid)) continue;
      const file = join(dirname(target), name);
      if (uid !== undefined && statSync(file).uid !== uid) continue;
      rmSync(file, { force: true });
      removed.push(file);
    }
  } catch {
    // housekeeping only
  }
  return removed;
}
