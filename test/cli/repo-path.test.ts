// Paths for CI annotations: relative to the repository root, `/`-separated, whatever folder the command ran from.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRepoRoot, repoRelative } from '../../src/cli/repo-path.js';

const repo = mkdtempSync(join(tmpdir(), 'repo-path-'));
mkdirSync(join(repo, '.git'));
mkdirSync(join(repo, 'rubrics', 'team a'), { recursive: true });
const worktree = mkdtempSync(join(tmpdir(), 'repo-wt-'));
writeFileSync(join(worktree, '.git'), 'gitdir: /elsewhere\n');
const bare = mkdtempSync(join(tmpdir(), 'no-repo-'));
afterAll(() => [repo, worktree, bare].forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('findRepoRoot / repoRelative', () => {
  it('finds the root from a subfolder, a .git file (worktree) too', () => {
    expect(findRepoRoot(join(repo, 'rubrics', 'team a'))).toBe(repo);
    expect(findRepoRoot(worktree)).toBe(worktree);
  });

  it.each([
    ['rubrics/team a/x.yaml', 'rubrics/team a/x.yaml'],
    ['./rubrics/../rubrics/x.yaml', 'rubrics/x.yaml'],
  ])('%s → %s', (file, expected) => {
    expect(repoRelative(join(repo, file), repo)).toBe(expected);
  });

  it('keeps a file outside the root absolute', () => {
    expect(repoRelative(join(bare, 'x.yaml'), repo)).toBe(join(bare, 'x.yaml'));
  });
});
