// The manifest: one line per input of the same expansion as `score` (errors and skipped files included), streamed
// to a partial file that a rerun resumes, and read back by workers that split it by content hash.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/run/inputs.js';
import { writeManifest } from '../../src/run/shard/manifest.js';
import { ManifestError, planFromManifest } from '../../src/run/shard/plan.js';

const TOOL = { name: 'resume-screen', version: '0.1.0' };

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rs-manifest-'));
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
  for (let i = 0; i < 6; i++) writeFileSync(join(dir, 'in', `cv-${i}.txt`), `Candidate ${i}\nEngineer\n`);
  writeFileSync(join(dir, 'in', 'sub', 'copy-of-2.txt'), 'Candidate 2\nEngineer\n');
  writeFileSync(join(dir, 'in', 'big.txt'), 'x'.repeat(300));
  writeFileSync(join(dir, 'in', 'photo.png'), 'png');
  return dir;
}

type Line = { type: string; file?: string; sha256?: string; size?: number; error?: string; code?: string; lines?: number };
const lines = (path: string): Line[] => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Line);

describe('writeManifest', () => {
  it('lists every input in input order with size and sha256, errors and skipped files as lines, and an end line', async () => {
    const dir = corpus();
    const summary = await writeManifest({ inputs: ['in', 'gone.pdf'], cwd: dir, out: 'm.jsonl', maxBytes: 200, tool: TOOL });
    expect(summary).toEqual({ files: 9, hashed: 9, reused: 0, skipped: 1, errors: 2 });
    const all = lines(join(dir, 'm.jsonl'));
    const { inputs } = await expandInputs(['in', 'gone.pdf'], dir);
    expect(all[0]).toMatchObject({ type: 'header', format: 'resume-screen-manifest', version: 1, tool: TOOL, maxBytes: 200, inputs: { count: 9, skipped: 1 } });
    expect(all[1]).toEqual({ type: 'skipped', file: 'in/photo.png', code: 'SKIPPED_EXTENSION' });
    const files = all.filter((l) => l.type === 'file');
    expect(files.map((l) => l.file)).toEqual(inputs.map((i) => i.file));
    const byName = new Map(files.map((l) => [l.file, l]));
    expect(byName.get('in/cv-2.txt')?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(byName.get('in/sub/copy-of-2.txt')?.sha256).toBe(byName.get('in/cv-2.txt')?.sha256);
    expect(byName.get('in/cv-3.txt')?.sha256).not.toBe(byName.get('in/cv-2.txt')?.sha256);
    expect(byName.get('in/cv-2.txt')?.size).toBe(21);
    expect(byName.get('in/big.txt')).toMatchObject({ error: 'TOO_LARGE', size: 300 });
    expect(byName.get('in/big.txt')?.sha256).toBeUndefined();
    expect(byName.get('gone.pdf')).toMatchObject({ error: 'NOT_FOUND' });
    expect(all.at(-1)).toEqual({ type: 'end', lines: all.length - 2 });
  });

  it('resumes a partial manifest: keeps the lines of unchanged files up to the first changed one, hashes the rest', async () => {
    const dir = corpus();
    const out = join(dir, 'm.jsonl');
    await writeManifest({ inputs: ['in'], cwd: dir, out: 'm.jsonl', maxBytes: 1000, tool: TOOL });
    const complete = readFileSync(out, 'utf8');
    // Interrupted after the 4th file, half-way through the 5th line.
    const kept = complete.split('\n').slice(0, 1 + 1 + 4);
    renameSync(out, `${out}.partial`);
    writeFileSync(`${out}.partial`, `${kept.join('\n')}\n{"type":"file","fi`);
    let summary = await writeManifest({ inputs: ['in'], cwd: dir, out: 'm.jsonl', maxBytes: 1000, tool: TOOL });
    expect(summary).toMatchObject({ files: 8, reused: 4, hashed: 4 });
    expect(readFileSync(out, 'utf8')).toBe(complete);
    // The third file changes after it was hashed: it and every later line are done again.
    renameSync(out, `${out}.partial`);
    const third = lines(`${out}.partial`).filter((l) => l.type === 'file')[2]?.file ?? '';
    writeFileSync(join(dir, third), 'Someone else entirely\n');
    utimesSync(join(dir, third), new Date(), new Date(Date.now() + 5000));
    summary = await writeManifest({ inputs: ['in'], cwd: dir, out: 'm.jsonl', maxBytes: 1000, tool: TOOL });
    expect(summary).toMatchObject({ reused: 2, hashed: 6 });
    const fresh = lines(out).filter((l) => l.type === 'file');
    expect(fresh[2]?.size).toBe('Someone else entirely\n'.length);
    // Another input list: nothing of the partial is kept.
    renameSync(out, `${out}.partial`);
    summary = await writeManifest({ inputs: ['in/sub'], cwd: dir, out: 'm.jsonl', maxBytes: 1000, tool: TOOL });
    expect(summary).toMatchObject({ files: 1, reused: 0, hashed: 1 });
  });
});

describe('planFromManifest', () => {
  it('splits the manifest by content: copies together, every input in exactly one shard, places kept', async () => {
    const dir = corpus();
    await writeManifest({ inputs: ['in', 'gone.pdf'], cwd: dir, out: 'm.jsonl', maxBytes: 200, tool: TOOL });
    const seen = new Map<number, number>();
    for (let k = 0; k < 3; k++) {
      const plan = planFromManifest(join(dir, 'm.jsonl'), { k, n: 3 }, dir);
      expect(plan.by).toBe('content');
      expect(plan.identity.count).toBe(9);
      plan.indices.forEach((index, i) => {
        expect(seen.has(index)).toBe(false);
        seen.set(index, k);
        const input = plan.inputs[i];
        if (input?.file === 'gone.pdf') expect(input.error?.code).toBe('NOT_FOUND');
        // The worker hashes its files again (a too-large file is TOO_LARGE by its own limit): no hash is carried.
        expect(input?.sha256).toBeUndefined();
      });
    }
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual([...Array(9).keys()]);
    const files = lines(join(dir, 'm.jsonl')).filter((l) => l.type === 'file');
    const place = (name: string): number => files.findIndex((l) => l.file === name);
    expect(seen.get(place('in/sub/copy-of-2.txt'))).toBe(seen.get(place('in/cv-2.txt')));
  });

  it.each([
    ['cut short (no end line)', (t: string) => t.slice(0, t.lastIndexOf('{"type":"end"')), 'MANIFEST_INCOMPLETE'],
    ['a line lost', (t: string) => t.replace(/\{"type":"file","file":"in\/cv-1\.txt"[^\n]*\n/, ''), 'MANIFEST_INCOMPLETE'],
    ['not a manifest', () => '{"type":"header","format":"something-else"}\n', 'MANIFEST_UNREADABLE'],
  ])('refuses a manifest %s', async (_name, edit, code) => {
    const dir = corpus();
    await writeManifest({ inputs: ['in'], cwd: dir, out: 'm.jsonl', maxBytes: 200, tool: TOOL });
    writeFileSync(join(dir, 'm.jsonl'), edit(readFileSync(join(dir, 'm.jsonl'), 'utf8')));
    expect(() => planFromManifest(join(dir, 'm.jsonl'), { k: 0, n: 2 }, dir)).toThrow(ManifestError);
    try {
      planFromManifest(join(dir, 'm.jsonl'), { k: 0, n: 2 }, dir);
    } catch (err) {
      expect((err as ManifestError).code).toBe(code);
    }
  });
});
