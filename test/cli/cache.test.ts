// The private folder's housekeeping: journals and caches older than the keep period are pruned, `cache clean` removes
// them all, a journal a live run holds is kept, and nothing else in the folder is touched.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { privateCacheDir, pruneCache } from '../../src/private-cache.js';
import { runCli } from './helpers/run.js';

vi.setConfig({ testTimeout: 120_000 });

const DAY = 24 * 60 * 60 * 1000;
const saved = process.env.TMPDIR;
const BASE = tmpdir();

function privateFolder(): string {
  process.env.TMPDIR = mkdtempSync(join(BASE, 'rs-cache-'));
  const dir = privateCacheDir();
  if (dir === undefined) throw new Error('no private folder');
  return dir;
}

function file(dir: string, name: string, ageDays: number): void {
  writeFileSync(join(dir, name), 'x'.repeat(10), { mode: 0o600 });
  const when = (Date.now() - ageDays * DAY) / 1000;
  utimesSync(join(dir, name), when, when);
}

afterEach(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});

describe('pruneCache', () => {
  it('removes journals and caches older than the age, keeps newer ones, held journals and files not its own', () => {
    const dir = privateFolder();
    file(dir, 'journal-aaaa.jsonl', 10);
    file(dir, 'journal-bbbb.jsonl', 1);
    file(dir, 'journal-cccc.jsonl', 10);
    writeFileSync(join(dir, 'journal-cccc.jsonl.lock'), `${process.pid}\n`);
    file(dir, 'rubric-0.1.0-x-abc.json', 30);
    file(dir, 'v8-abc-index.cjs.cache', 30);
    file(dir, 'journal.key', 30);
    file(dir, 'notes.txt', 30);
    const removed = pruneCache(7 * DAY);
    expect(removed).toEqual({ files: 3, bytes: 30 });
    expect(readdirSync(dir).sort()).toEqual(['journal-bbbb.jsonl', 'journal-cccc.jsonl', 'journal-cccc.jsonl.lock', 'journal.key', 'notes.txt']);
  });

  it('with age 0 removes every journal and cache, and the journals’ secret once no journal is left', () => {
    const dir = privateFolder();
    file(dir, 'journal-aaaa.jsonl', 0);
    file(dir, 'rubric-0.1.0-x-abc.json', 0);
    file(dir, 'journal.key', 0);
    pruneCache(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('resume-screen cache clean', () => {
  it('removes the journals and caches and says how many', async () => {
    const base = mkdtempSync(join(BASE, 'rs-cache-cli-'));
    const dir = join(base, `resume-screen-${process.getuid?.() ?? 'user'}`);
    mkdirSync(dir, { mode: 0o700 });
    file(dir, 'journal-aaaa.jsonl', 2);
    file(dir, 'rubric-0.1.0-x-abc.json', 9);
    const old = await runCli(['cache', 'clean', '--older-than', '5'], { TMPDIR: base });
    expect(old.code).toBe(0);
    expect(old.stdout).toContain('removed 1 file');
    expect(existsSync(join(dir, 'journal-aaaa.jsonl'))).toBe(true);
    const all = await runCli(['cache', 'clean'], { TMPDIR: base });
    expect(all.stdout).toContain('removed 1 file');
    expect(existsSync(join(dir, 'journal-aaaa.jsonl'))).toBe(false);
  });
});
