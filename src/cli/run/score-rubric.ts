// Load and validate the rubric in the parent before any résumé is read (exit 2 with every diagnostic on errors).
// A validated rubric is cached by (tool version, sha256 of its bytes) in a private temp folder: validation is a pure
// function of those two, and skipping yaml + zod on later runs keeps `score one.pdf` quick.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeId } from '../../code-id.js';
import type { Rubric } from '../../rubric/index.js';
import { describe } from '../../report/messages.js';
import { privateCacheDir, writeCacheFile } from '../../private-cache.js';
import { CliError } from '../fatal.js';
import { readPosting } from '../../rubric/posting.js';
import type { Posting } from '../../types.js';

const samePosting = (a: Posting, b: Posting): boolean => a.sha256 === b.sha256 && a.problem === b.problem;

export async function loadCheckedRubric(path: string, toolVersion: string): Promise<Rubric> {
  const sha256 = hashFile(path);
  const cached = sha256 ? readCache(path, sha256, toolVersion) : undefined;
  if (cached) return cached;
  const { loadRubric, RubricError } = await import('../../rubric/index.js');
  try {
    const rubric = await loadRubric(path);
    if (sha256 && rubric.sha256 === sha256) writeCache(rubric, toolVersion);
    return rubric;
  } catch (err) {
    if (!(err instanceof RubricError)) throw err;
    for (const d of err.diagnostics) process.stderr.write(`${d.file}:${d.line}:${d.col} ${d.code} ${d.message}\n`);
    throw new CliError('RUBRIC_INVALID', describe('RUBRIC_INVALID', { count: err.diagnostics.length }));
  }
}

function hashFile(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined; // loadRubric reports it with a position and a code
  }
}

function cacheFile(sha256: string, toolVersion: string): string | undefined {
  const dir = privateCacheDir();
  // Validation rules change with the code, not only with the version number: a rebuilt tool never trusts a rubric
  // that another build validated.
  return dir && join(dir, `rubric-${toolVersion}-${codeId()}-${sha256}.json`);
}

function readCache(path: string, sha256: string, toolVersion: string): Rubric | undefined {
  const file = cacheFile(sha256, toolVersion);
  if (!file) return undefined;
  try {
    const rubric = JSON.parse(readFileSync(file, 'utf8')) as Rubric;
    if (rubric.sha256 !== sha256) return undefined;
    // The posting is a file of its own: edited, it makes the cached copy stale though the rubric's bytes are the same.
    if (rubric.posting && !samePosting(readPosting(path, rubric.posting.path), rubric.posting)) return undefined;
    return { ...rubric, source: path };
  } catch {
    return undefined;
  }
}

function writeCache(rubric: Rubric, toolVersion: string): void {
  const file = cacheFile(rubric.sha256, toolVersion);
  if (!file) return;
  writeCacheFile(file, JSON.stringify(rubric));
}
