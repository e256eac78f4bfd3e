// The tool's private cache folder (validated rubrics, pdf.js's compiled code): a folder in the temp dir that only this
// user can read or write, or nothing at all. Everything in it is an optimisation: a missing or unusable folder, a
// missing or stale file, only costs the time the cache saves.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processAlive } from './run/process-alive.js';

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

/** What the folder holds, by name: journals (personal data: evidence lines), validated rubrics, compiled pdf.js. */
const JOURNAL = /^journal-[0-9a-f]+\.jsonl$/;
const CACHES = [/^rubric-.+\.json$/, /^v8-.+\.cache$/];
/** The journals' MAC secret: removed only with every journal (a journal without its secret cannot be resumed). */
const SECRET = 'journal.key';

/** Files kept in the private folder are removed after this many days unless a run uses them again. */
export const DEFAULT_KEEP_DAYS = 7;

export interface Removed {
  files: number;
  bytes: number;
}

/**
 * Remove the journals and caches in the private folder last modified more than `maxAgeMs` ago (0: all of them).
 * A journal that a live run holds (its `.lock` names a live process) is kept. Other files are never touched.
 */
export function pruneCache(maxAgeMs: number, now = Date.now(), alive: (pid: number) => boolean = processAlive): Removed {
  const removed: Removed = { files: 0, bytes: 0 };
  const dir = privateCacheDir();
  if (dir === undefined) return removed;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  let journalsLeft = false;
  for (const name of names) {
    const journal = JOURNAL.test(name);
    if (!journal && !CACHES.some((re) => re.test(name))) continue;
    const file = join(dir, name);
    try {
      const info = statSync(file);
      if (now - info.mtimeMs < maxAgeMs || (journal && locked(file, alive))) {
        journalsLeft ||= journal;
        continue;
      }
      rmSync(file, { force: true });
      removed.files++;
      removed.bytes += info.size;
    } catch {
      // gone already, or not ours to remove
    }
  }
  if (maxAgeMs === 0 && !journalsLeft) {
    try {
      rmSync(join(dir, SECRET), { force: true });
    } catch {
      // nothing to remove
    }
  }
  return removed;
}

function locked(journal: string, alive: (pid: number) => boolean): boolean {
  try {
    const pid = Number(readFileSync(`${journal}.lock`, 'utf8').trim());
    return alive(pid);
  } catch {
    return false;
  }
}

