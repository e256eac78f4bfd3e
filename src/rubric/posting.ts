// The job posting a rubric names (`posting:`), read next to the rubric when it loads. It feeds one heuristic
// (POSTING_COPY), so a posting that cannot be read makes the rubric no worse: lint warns, scoring goes on without it.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Posting } from '../types.js';

/** A posting is a page of text; anything bigger is a wrong path (a binary, a dump), not a posting. */
export const MAX_POSTING_BYTES = 200_000;

/** `path` as the rubric writes it, resolved against the rubric's own folder (a clone of the repo works anywhere). */
export function readPosting(rubricFile: string, path: string): Posting {
  const file = resolve(dirname(rubricFile), path);
  try {
    if (statSync(file).size > MAX_POSTING_BYTES) return { path, problem: 'TOO_LARGE' };
    const bytes = readFileSync(file);
    return { path, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch {
    return { path, problem: 'NOT_FOUND' };
  }
}
