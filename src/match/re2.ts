// RE2 compilation of rubric patterns (`pattern` requirements, role evidence patterns): linear time, so no rubric can hang a batch.
import { RE2JS } from 're2js';

/**
 * Counted repetitions above this are refused: `[a-z]{1000}` compiles to a 1,000-state program (slow to build, and
 * every résumé line pays for it); a rubric never needs more.
 */
export const MAX_REPEAT = 100;
const REPEAT_RE = /\{(\d+)(?:,(\d*))?\}/g;

function repeatTooLarge(pattern: string): boolean {
  for (const m of pattern.matchAll(REPEAT_RE)) if (Number(m[1]) > MAX_REPEAT || Number(m[2] || 0) > MAX_REPEAT) return true;
  return false;
}

/** Compiled patterns by flags+source: the loader validates each requirement twice, the scorer compiles again. */
const cache = new Map<string, RE2JS | string>();
const CACHE_LIMIT = 10_000;

/** Compile with RE2; returns the error's text when the pattern is invalid or too expensive. */
export function compilePattern(pattern: string, caseSensitive: boolean): RE2JS | string {
  const key = `${caseSensitive ? 's' : 'i'}:${pattern}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let result: RE2JS | string;
  if (repeatTooLarge(pattern)) result = `counted repetition above ${MAX_REPEAT}`;
  else {
    try {
      result = RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    } catch (err) {
      result = err instanceof Error ? err.message : String(err);
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
