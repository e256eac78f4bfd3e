// The reading child as one bundled script (dist/run/worker.bundle.cjs, run by run/child-launch.ts through V8's code
// cache): the same results as the child made of ES modules on every format and failure, its on-demand imports
// (mammoth, tesseract.js, pdf.js's worker half) working from inside the compiled script, and a stale bundle never run.
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundleIsFresh, sha256 } from '../../src/run/bundle-manifest.js';
import { copyBuiltPackage, tempDir } from '../cli/helpers/corpus.js';
import { ROOT } from '../cli/helpers/run.js';

const run = promisify(execFile);

describe('bundleIsFresh', () => {
  const make = (files: Record<string, string>, manifest: unknown): { manifest: string; root: string } => {
    const root = tempDir('rs-bundle-');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    const manifestPath = join(root, 'manifest.json');
    writeFileSync(manifestPath, typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
    return { manifest: manifestPath, root };
  };
  const files = { 'run/worker.js': 'export {};', 'score/index.js': 'export const x = 1;' };
  const inputsOf = (root: string) =>
    Object.keys(files).map((file) => {
      const bytes = Buffer.from(files[file as keyof typeof files]);
      const mtimeMs = 1_700_000_000_000;
      utimesSync(join(root, file), mtimeMs / 1000, mtimeMs / 1000);
      return { file, size: bytes.length, mtimeMs, sha256: sha256(bytes) };
    });

  it.each<[string, (root: string, inputs: ReturnType<typeof inputsOf>) => unknown, ((root: string) => void) | undefined, boolean]>([
    ['every module as it was bundled', (_r, inputs) => ({ inputs }), undefined, true],
    ['a module rewritten since (other size)', (_r, inputs) => ({ inputs }), (root) => writeFileSync(join(root, 'score/index.js'), 'export const x = 10;'), false],
    ['a module re-stamped by an install (same bytes, other time)', (_r, inputs) => ({ inputs }), (root) => utimesSync(join(root, 'run/worker.js'), 1_800_000_000, 1_800_000_000), true],
    ['a module edited to the same size (other bytes, other time)', (_r, inputs) => ({ inputs }), (root) => writeFileSync(join(root, 'score/index.js'), 'export const x = 2;'), false],
    ['a module removed', (_r, inputs) => ({ inputs }), (root) => rmSync(join(root, 'score/index.js')), false],
    ['an empty manifest', () => ({ inputs: [] }), undefined, false],
    ['a manifest that is not JSON', () => '{inputs', undefined, false],
    ['a manifest without inputs', () => ({}), undefined, false],
  ])('%s: fresh %s', (_name, manifestOf, change, fresh) => {
    const dir = make(files, {});
    const inputs = inputsOf(dir.root);
    writeFileSync(dir.manifest, ((m) => (typeof m === 'string' ? m : JSON.stringify(m)))(manifestOf(dir.root, inputs)));
    change?.(dir.root);
    expect(bundleIsFresh(dir.manifest, dir.root)).toBe(fresh);
  });

  it('is missing its manifest: not fresh', () => {
    expect(bundleIsFresh(join(tempDir('rs-bundle-none-'), 'manifest.json'), ROOT)).toBe(false);
  });
});

describe('the bundled child', () => {
  // Every reader (PDF, DOCX, ODT, DOC, RTF, a scan through OCR), every failure class, and layouts of each engine.
  const formats = ['haruka-mori.doc', 'haruka-mori.docx', 'haruka-mori.odt', 'haruka-mori.rtf', 'priya-okonjo.pdf', 'priya-okonjo.scan.pdf'].map((f) => `fixtures/formats/${f}`);
  const zoo = ['latex/amelie-fontaine-rao.pdf', 'fop/tomas-varga-linkedin.pdf', 'libreoffice/declan-achterberg.docx'].map((f) => `fixtures/zoo/${f}`);
  const inputs = [...formats, ...zoo, 'fixtures/broken', 'fixtures/resumes/anna-lindqvist.docx', 'fixtures/resumes/ewa-lukasik.md'];
  const score = (pkg: string, tmp: string, files = inputs) =>
    run(process.execPath, [join(pkg, 'bin/resume-screen.js'), 'score', ...files, '-r', 'rubrics/em-user-understanding.yaml', '-f', 'json', '--as-of', '2026-11-01', '--jobs', '2'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp },
      maxBuffer: 64 * 1024 * 1024,
    });
  const bundleCaches = (tmp: string): string[] =>
    readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('worker.bundle.cjs.cache'));

  it('gives the same results as the child made of modules, and a stale bundle is not run', async () => {
    expect(existsSync(join(ROOT, 'dist/run/worker.bundle.cjs')), 'npm run build makes the bundle').toBe(true);
    expect(bundleIsFresh(join(ROOT, 'dist/run/worker.bundle.json'), join(ROOT, 'dist')), 'the built bundle is current').toBe(true);
    // (The copies below have new file times, as an install gives: the bundle's freshness is decided by the hashes.)
    // A copy of the built package without the bundle: its children are the ES modules of run/worker.js.
    const modules = copyBuiltPackage('rs-modules-');
    rmSync(join(modules, 'dist/run/worker.bundle.cjs'));

    const bundledTmp = tempDir('rs-bundled-tmp-');
    const bundled = await score(ROOT, bundledTmp);
    const plain = await score(modules, tempDir('rs-modules-tmp-'));
    expect(bundled.stdout.length).toBeGreaterThan(1000);
    expect(bundled.stdout).toBe(plain.stdout);
    expect(bundled.stdout).not.toMatch(/"CRASHED"/);
    // The bundle ran: its code cache was written after the children's first file.
    expect(bundleCaches(bundledTmp).length).toBeGreaterThan(0);

    // A stale bundle (a module rebuilt after it was made) is never run: the children start from run/worker.js.
    const stale = copyBuiltPackage('rs-stale-');
    appendFileSync(join(stale, 'dist/score/index.js'), '\n// rebuilt\n');
    const staleTmp = tempDir('rs-stale-tmp-');
    const fromStale = JSON.parse((await score(stale, staleTmp, ['fixtures/resumes/anna-lindqvist.docx'])).stdout) as { results: Array<{ status: string }> };
    expect(fromStale.results.map((r) => r.status)).toEqual(['scored']);
    expect(bundleCaches(staleTmp)).toEqual([]);
  }, 240_000);
});
