// What a run skipped and why, in a few words: `.yaml 30, .png 4, SYMLINK_LOOP 1` (extensions for files skipped by
// their name, codes for the rest), most frequent first.
import { extname } from 'node:path';

export function skippedBreakdown(skipped: readonly { file: string; code: string }[]): string {
  const counts = new Map<string, number>();
  for (const s of skipped) {
    const label = s.code === 'SKIPPED_EXTENSION' ? extname(s.file).toLowerCase() || '(no extension)' : s.code;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([label, n]) => `${label} ${n}`)
    .join(', ');
}
