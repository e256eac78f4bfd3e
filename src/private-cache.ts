// The tool's private cache folder (validated rubrics, pdf.js's compiled code): a folder in the temp dir that only this
// user can read or write, or nothing at all. Everything in it is an optimisation: a missing or unusable folder, a
// missing or stale file, only costs the time the cache saves.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Folders already checked, by path (TMPDIR could change between calls). */
const checked = new Map<string, boolean>();

/** The folder, created on first use (mode 0700), or undefined when it is not this user's alone. */
export function privateCacheDir(): string | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const dir = join(tmpdir(), `resume-screen-${uid}`);
  let usable = checked.get(dir);
  if (usable === undefined) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const info = statSync(dir);
      usable = info.uid === uid && (info.mode & 0o077) === 0;
    } catch {
      usable = false;
    }
    checked.set(dir, usable);
  }
  return usable ? dir : undefined;
}

/** Writes `file` whole or not at all (another process may be writing the same one); failures are ignored. */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}`;
  try {
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // A cache is an optimisation only; a full disk must not leave half a file behind.
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing more to do
    }
  }
}
