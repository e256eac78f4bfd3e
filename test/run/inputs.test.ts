// Expanding the command line: folders recursively, globs, explicit files of any type, and a walk that survives
// symlink loops, unreadable folders and missing paths.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp } from '../../src/run/glob.js';
import { hashInputs } from '../../src/run/hash.js';
import { expandInputs } from '../../src/run/inputs.js';

const isRoot = process.getuid?.() === 0;

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rs-inputs-'));
  mkdirSync(join(dir, 'cvs', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'cvs', 'ana.pdf'), '%PDF-1.7 fake');
  writeFileSync(join(dir, 'cvs', 'Bo.DOCX'), 'PK fake');
  writeFileSync(join(dir, 'cvs', 'deep', 'cy.md'), '# Cy');
  writeFileSync(join(dir, 'cvs', 'deep', 'notes.xlsx'), 'x');
  writeFileSync(join(dir, 'cvs', 'deep', 'same-as-cy.txt'), '# Cy');
  symlinkSync('..', join(dir, 'cvs', 'deep', 'loop'));
  symlinkSync('self', join(dir, 'cvs', 'self'));
  return dir;
}

describe('glob', () => {
  it.each([
    ['cvs/*.pdf', 'cvs/a.pdf', true],
    ['cvs/*.pdf', 'cvs/sub/a.pdf', false],
    ['cvs/**/*.pdf', 'cvs/sub/x/a.pdf', true],
    ['cvs/**/*.pdf', 'cvs/a.pdf', true],
    ['cvs/*.{pdf,docx}', 'cvs/a.docx', true],
    ['cvs/*.{pdf,docx}', 'cvs/a.txt', false],
    ['cvs/?.pdf', 'cvs/ab.pdf', false],
    ['cvs/[ab].pdf', 'cvs/b.pdf', true],
    ['cvs/[!ab].pdf', 'cvs/b.pdf', false],
    ['cvs/a+b(1).pdf', 'cvs/a+b(1).pdf', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  it('walks from the fixed prefix of the pattern', () => {
    expect([globBase('cvs/2026/*.pdf'), globBase('*.pdf'), globBase('/abs/**/x.pdf')]).toEqual(['cvs/2026', '.', '/abs']);
  });
});

describe('expandInputs', () => {
  it('walks folders recursively in name order, skips other extensions, survives symlink loops', async () => {
    const dir = tree();
    const { inputs, skipped } = await expandInputs(['cvs'], dir);
    expect(inputs.map((i) => i.file)).toEqual(['cvs/Bo.DOCX', 'cvs/ana.pdf', 'cvs/deep/cy.md', 'cvs/deep/same-as-cy.txt']);
    expect(skipped).toEqual([
      { file: 'cvs/deep/loop', code: 'SYMLINK_LOOP' },
      { file: 'cvs/deep/notes.xlsx', code: 'SKIPPED_EXTENSION' },
      { file: 'cvs/self', code: 'SYMLINK_LOOP' },
    ]);
  });

  it('skips links that lead outside the folder being walked, keeps links inside it, reads named files anywhere', async () => {
    const dir = tree();
    writeFileSync(join(dir, 'secret.txt'), 'not a résumé');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'cvs', 'deep', 'cv-outside.txt'));
    symlinkSync(join(dir, 'cvs', 'ana.pdf'), join(dir, 'cvs', 'deep', 'ana-link.pdf'));
    const { inputs, skipped } = await expandInputs(['cvs'], dir);
    expect(skipped).toContainEqual({ file: 'cvs/deep/cv-outside.txt', code: 'SYMLINK_OUTSIDE' });
    expect(inputs.map((i) => i.file)).not.toContain('cvs/deep/cv-outside.txt');
    expect(inputs.map((i) => i.file)).toContain('cvs/ana.pdf'); // the inside link is the same file: one input
    const named = await expandInputs(['cvs/deep/cv-outside.txt'], dir);
    expect(named.inputs.map((i) => i.file)).toEqual(['cvs/deep/cv-outside.txt']);
  });

  it('keeps explicitly named files whatever their extension, once, and gives missing paths a NOT_FOUND input', async () => {
    const dir = tree();
    const { inputs } = await expandInputs(['cvs/deep/notes.xlsx', 'cvs', 'cvs/ana.pdf', 'nope.pdf', 'nothing/*.pdf'], dir);
    const files = inputs.map((i) => [i.file, i.error?.code]);
    expect(files).toContainEqual(['cvs/deep/notes.xlsx', undefined]);
    expect(files.filter(([f]) => f === 'cvs/ana.pdf')).toHaveLength(1);
    expect(files).toContainEqual(['nope.pdf', 'NOT_FOUND']);
    expect(files).toContainEqual(['nothing/*.pdf', 'NOT_FOUND']);
  });

  it('expands quoted globs', async () => {
    const dir = tree();
    const { inputs } = await expandInputs(['cvs/**/*.{md,txt}'], dir);
    expect(inputs.map((i) => i.file)).toEqual(['cvs/deep/cy.md', 'cvs/deep/same-as-cy.txt']);
  });

  it('hashes contents in input order, and refuses files over the byte cap without reading them', async () => {
    const dir = tree();
    const { inputs } = await expandInputs(['cvs'], dir);
    const order: number[] = [];
    await hashInputs(inputs, 10, (_input, index) => order.push(index));
    expect(order).toEqual(inputs.map((_, i) => i));
    const sha = (file: string) => inputs.find((i) => i.file === file)?.sha256;
    expect(sha('cvs/deep/same-as-cy.txt')).toMatch(/^[0-9a-f]{64}$/);
    expect(sha('cvs/deep/same-as-cy.txt')).toBe(sha('cvs/deep/cy.md'));
    expect(inputs.find((i) => i.file === 'cvs/ana.pdf')?.error).toEqual({ code: 'TOO_LARGE', data: { size: 13, limit: 10 } });
  });

  it('a FIFO named like a résumé becomes UNREADABLE without being opened', async () => {
    const dir = tree();
    execFileSync('mkfifo', [join(dir, 'cvs', 'pipe.pdf')]);
    const { inputs } = await expandInputs(['cvs', 'cvs/pipe.pdf'], dir);
    await hashInputs(inputs, 1_000_000);
    expect(inputs.filter((i) => i.file.endsWith('pipe.pdf')).map((i) => [i.file, i.error?.code])).toEqual([['cvs/pipe.pdf', 'UNREADABLE']]);
  });

  it.skipIf(isRoot)('an unreadable folder is skipped and an unreadable file becomes UNREADABLE', async () => {
    const dir = tree();
    mkdirSync(join(dir, 'cvs', 'locked'));
    chmodSync(join(dir, 'cvs', 'locked'), 0o000);
    chmodSync(join(dir, 'cvs', 'ana.pdf'), 0o000);
    const { inputs, skipped } = await expandInputs(['cvs'], dir);
    await hashInputs(inputs, 1_000_000);
    expect(skipped).toContainEqual({ file: 'cvs/locked', code: 'UNREADABLE_DIR' });
    expect(inputs.find((i) => i.file === 'cvs/ana.pdf')?.error?.code).toBe('UNREADABLE');
  });
});
