// The private folder's housekeeping: `cache clean` now, and the automatic pruning every `score` run does.
import { DEFAULT_KEEP_DAYS, privateCacheDir, pruneCache } from '../../private-cache.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function cacheCleanCommand(opts: { olderThan?: string }): void {
  const days = opts.olderThan === undefined ? 0 : Number(opts.olderThan);
  const removed = pruneCache(days * DAY_MS);
  const kb = (removed.bytes / 1024).toFixed(0);
  process.stdout.write(`removed ${removed.files} file${removed.files === 1 ? '' : 's'} (${kb} KB) from ${privateCacheDir() ?? 'no private folder'}\n`);
}

export function cacheDirCommand(): void {
  process.stdout.write(`${privateCacheDir() ?? 'no private folder (not available on this system)'}\n`);
}

/**
 * Called at the start of every `score` run: journals and caches left in the private folder for more than
 * RESUME_SCREEN_KEEP_DAYS days (default 7) are removed, so personal data does not pile up in the temp folder.
 */
export function pruneOldFiles(env: NodeJS.ProcessEnv = process.env): void {
  const raw = env.RESUME_SCREEN_KEEP_DAYS;
  const days = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : DEFAULT_KEEP_DAYS;
  // 0 would remove the journal of the run about to --resume: at least one day is kept.
  pruneCache(Math.max(1, days) * DAY_MS);
}
