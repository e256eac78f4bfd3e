// Paths as CI reads them: relative to the repository root (GitHub annotations and SARIF resolve them from there),
// with `/` separators whatever the platform.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The nearest folder at or above `from` holding `.git` (a folder, or a file in a worktree); else `from` itself. */
export function findRepoRoot(from: string = process.cwd()): string {
  const start = resolve(from);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** `file` relative to `root` with `/` separators; a file outside the root keeps its absolute path. */
export function repoRelative(file: string, root: string = findRepoRoot()): string {
  const abs = resolve(file);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || resolve(root, rel) !== abs) return abs.split(sep).join('/');
  return rel.split(sep).join('/');
}
