// `--resume` after the tool itself changed: the journal's key holds the build's id (src/code-id.ts), so rows made by
// another build of the same version number are never reused — an upgraded reader reads every file again. The id is a
// hash of the compiled code, the lock file and package.json: the same bytes in another folder are the same build.
import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { codeIdOf } from '../../src/code-id.js';
import { copyBuiltPackage, TEXT_RESUME, tempDir } from './helpers/corpus.js';

const run = promisify(execFile);

function tree(files: Record<string, string>): string {
  const dir = tempDir('rs-codeid-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('codeIdOf', () => {
  const base = { 'package.json': '{"version":"0.1.0"}', 'package-lock.json': '{}', 'dist/a.js': 'export const a = 1;', 'dist/x/b.js': 'export const b = 2;' };
  const id = (files: Record<string, string>): string => {
    const dir = tree(files);
    return codeIdOf(join(dir, 'dist'), dir);
  };

  it.each<[string, Record<string, string>, boolean]>([
    ['the same files in another folder', { ...base }, true],
    ['a file that is not code (a map, a README) changed', { ...base, 'dist/a.js.map': 'x', 'dist/README.md': 'y' }, true],
    ['the bundle manifest with other file times (another machine built it)', { ...base, 'dist/run/worker.bundle.json': '{"inputs":[{"mtimeMs":1}]}' }, true],
    ['one byte of one module changed', { ...base, 'dist/x/b.js': 'export const b = 3;' }, false],
    ['a module added', { ...base, 'dist/c.js': '' }, false],
    ['a module moved to another folder', { ...base, 'dist/x/b.js': '', 'dist/b.js': 'export const b = 2;' }, false],
    ['another lock file (other library versions)', { ...base, 'package-lock.json': '{"pdf-parse":"2.4.6"}' }, false],
    ['another version number', { ...base, 'package.json': '{"version":"0.1.1"}' }, false],
  ])('%s: same id %s', (_name, files, same) => {
    expect(id(files) === id(base)).toBe(same);
  });
});

describe('score --resume after the tool was rebuilt', () => {
  it('reuses rows of the same build, and none of another build of the same version', async () => {
    // A copy of the built package, as an upgrade would leave it (node_modules shared).
    const pkg = copyBuiltPackage('rs-upgrade-');
    const work = tempDir('rs-upgrade-work-');
    const files = ['marisol-ocampo.txt', 'jordan-vale.txt'];
    writeFileSync(join(work, 'marisol-ocampo.txt'), TEXT_RESUME);
    writeFileSync(join(work, 'jordan-vale.txt'), 'Jordan Vale\nEXPERIENCE\nBarista, Corner Cafe, 2019 – 2022\n');
    const score = (...extra: string[]) =>
      run(process.execPath, [join(pkg, 'bin/resume-screen.js'), 'score', ...files, '-f', 'json', '-o', 'report.json', '--as-of', '2026-11-01', ...extra], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });

    await score();
    const first = readFileSync(join(work, 'report.json'), 'utf8');
    const same = await score('--resume');
    expect(same.stderr).toMatch(/2 resumed from journal/);
    expect(readFileSync(join(work, 'report.json'), 'utf8')).toBe(first);

    // "Upgrade": one compiled module of the reader changes (as any rebuild with other code would).
    appendFileSync(join(pkg, 'dist/profile/jobs.js'), '\n// rebuilt\n');
    const upgraded = await score('--resume');
    expect(upgraded.stderr).not.toMatch(/resumed from journal/);
    expect(readFileSync(join(work, 'report.json'), 'utf8')).toBe(first);
  }, 120_000);
});
