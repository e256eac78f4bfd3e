// The batch runner over a test-only worker: one row per input, duplicates, journal + resume, and child failures
// (hang, crash, memory) turned into TIMEOUT / CRASHED / OUT_OF_MEMORY after one retry while the batch goes on.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pool, runBatch, type BatchOptions, type BatchResult, type Row } from '../../src/run/index.js';
import type { WorkResult } from '../../src/run/types.js';

// Children start from TypeScript sources (tsx): slow on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const ECHO = fileURLToPath(new URL('./helpers/echo-worker.ts', import.meta.url));
const pools: Pool<WorkResult>[] = [];

function makePool(env: NodeJS.ProcessEnv = {}, timeoutMs = 3000, maxMemoryMb = 256, jobs = 2): Pool<WorkResult> {
  const pool = new Pool<WorkResult>({
    workerPath: ECHO,
    execArgv: ['--import', 'tsx'],
    jobs,
    timeoutMs,
    maxMemoryMb,
    recycleAfter: 3,
    forwardStderr: false,
    env: { ...process.env, ...env },
  });
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rs-run-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'score: 80');
  writeFileSync(join(dir, 'b.txt'), 'score: 50');
  writeFileSync(join(dir, 'sub', 'c.md'), 'score: 10');
  writeFileSync(join(dir, 'sub', 'copy-of-a.txt'), 'score: 80');
  writeFileSync(join(dir, 'empty.txt'), 'nothing');
  writeFileSync(join(dir, 'photo.png'), 'not a résumé');
  return dir;
}

function options(dir: string, extra: Partial<BatchOptions> = {}): BatchOptions {
  return {
    inputs: [dir],
    cwd: dir,
    rubricPath: '/dev/null',
    rubricSha256: 'r1',
    toolVersion: 't1',
    asOf: '2026-11-01',
    maxBytes: 1_000_000,
    withProfile: false,
    ocr: 'never',
    ocrPageTimeoutMs: 1000,
    journalPath: join(dir, '.journal', 'run.jsonl'),
    resume: false,
    ...extra,
  };
}

/** The rows a batch kept on disk, by file name (they are stored in the order they finished); the store is closed. */
function rowsOf(result: BatchResult): Row[] {
  const rows = result.rows.readAll();
  result.rows.close();
  return rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

describe('runBatch', () => {
  it('gives one row per input, marks duplicates both ways and counts skipped files', async () => {
    const dir = corpus();
    const result = await runBatch(makePool(), options(dir, { inputs: ['.', 'missing.pdf'] }));
    const rows = rowsOf(result);
    const byFile = Object.fromEntries(rows.map((r) => [r.file, r]));
    expect(rows).toHaveLength(6);
    expect(result.inputs).toBe(6);
    expect(byFile['a.txt']?.verdict).toBe('pass');
    expect(byFile['a.txt']?.duplicates).toEqual(['sub/copy-of-a.txt']);
    expect(byFile['sub/copy-of-a.txt']?.duplicateOf).toBe('a.txt');
    expect(byFile['sub/copy-of-a.txt']?.score).toBe(80);
    expect(byFile['empty.txt']?.error?.code).toBe('EMPTY');
    expect(byFile['missing.pdf']?.error?.code).toBe('NOT_FOUND');
    expect(result.skipped).toEqual([{ file: 'photo.png', code: 'SKIPPED_EXTENSION' }]);
  });

  it('records TIMEOUT and CRASHED after one retry each, and the rest of the batch goes on', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'hang-me.txt'), 'score: 90');
    writeFileSync(join(dir, 'crash-me.txt'), 'score: 91');
    const pool = makePool({ RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_HANG: 'hang-me', RESUME_SCREEN_TEST_CRASH: 'crash-me' }, 1500);
    const rows = rowsOf(await runBatch(pool, options(dir)));
    const byFile = Object.fromEntries(rows.map((r) => [r.file, r]));
    expect(byFile['hang-me.txt']?.error?.code).toBe('TIMEOUT');
    expect(byFile['hang-me.txt']?.attempts).toBe(2);
    expect(byFile['crash-me.txt']?.error?.code).toBe('CRASHED');
    expect(byFile['crash-me.txt']?.attempts).toBe(2);
    expect(byFile['b.txt']?.verdict).toBe('review');
    expect(rows).toHaveLength(7);
  });

  it('a file sent ahead to a child that fails is read by the next one, uncharged and on its own clock', async () => {
    // One child, so every file after the first is sent ahead behind a crash or a hang.
    const dir = mkdtempSync(join(tmpdir(), 'rs-ahead-'));
    writeFileSync(join(dir, 'a-crash-me.txt'), 'score: 90');
    writeFileSync(join(dir, 'b-hang-me.txt'), 'score: 91'); // other bytes: not a duplicate of the first
    writeFileSync(join(dir, 'c.txt'), 'score: 75');
    writeFileSync(join(dir, 'd.txt'), 'score: 45');
    const pool = makePool({ RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_HANG: 'hang-me', RESUME_SCREEN_TEST_CRASH: 'crash-me' }, 1500, 256, 1);
    const rows = rowsOf(await runBatch(pool, options(dir)));
    expect(rows.map((r) => [r.file, r.error?.code ?? r.verdict, r.attempts])).toEqual([
      ['a-crash-me.txt', 'CRASHED', 2],
      ['b-hang-me.txt', 'TIMEOUT', 2],
      ['c.txt', 'pass', 1],
      ['d.txt', 'review', 1],
    ]);
  });

  it('records OUT_OF_MEMORY when a child blows its memory cap', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'hog.txt'), 'score: 90');
    const pool = makePool({ RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_OOM: 'hog' }, 20_000, 160);
    const rows = rowsOf(await runBatch(pool, options(dir)));
    const hog = rows.find((r) => r.file === 'hog.txt');
    expect(hog?.error?.code).toBe('OUT_OF_MEMORY');
    expect(rows.filter((r) => r.status === 'scored')).toHaveLength(4);
  });

  it('ignores the hooks unless RESUME_SCREEN_TEST_HOOKS=1', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'crash-me.txt'), 'score: 91');
    const rows = rowsOf(await runBatch(makePool({ RESUME_SCREEN_TEST_CRASH: 'crash-me' }), options(dir)));
    expect(rows.find((r) => r.file === 'crash-me.txt')?.verdict).toBe('pass');
  });

  it('journals every row and --resume reuses rows with the same key only', async () => {
    const dir = corpus();
    const first = rowsOf(await runBatch(makePool(), options(dir)));
    const lines = readFileSync(join(dir, '.journal', 'run.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4); // every row with a content hash except the duplicate (rebuilt from its original)
    const again = await runBatch(makePool(), options(dir, { resume: true }));
    expect(again.resumed).toBe(4);
    const shape = (r: Row) => [r.file, r.verdict, r.score, r.duplicateOf, r.duplicates];
    expect(rowsOf(again).map(shape)).toEqual(first.map(shape));
    const otherRubric = await runBatch(makePool(), options(dir, { resume: true, rubricSha256: 'r2' }));
    expect(otherRubric.resumed).toBe(0);
    otherRubric.rows.close();
  });

  it('retries rows that depend on the moment or the limits on --resume, and keys the journal by the limits', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'slow.txt'), 'score: 75');
    const tight = await runBatch(makePool({ RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_HANG: 'slow' }, 1500), options(dir));
    expect(rowsOf(tight).find((r) => r.file === 'slow.txt')?.error?.code).toBe('TIMEOUT');
    // Same limits, the file now behaves: the TIMEOUT row was never journalled, so it is read again.
    const again = await runBatch(makePool({}, 1500), options(dir, { resume: true }));
    expect(again.resumed).toBe(4);
    expect(rowsOf(again).find((r) => r.file === 'slow.txt')?.verdict).toBe('pass');
    // Other limits: nothing is reused.
    const other = await runBatch(makePool({}, 3000), options(dir, { resume: true }));
    expect(other.resumed).toBe(0);
    other.rows.close();
  });

  it('a file rewritten between the hash and the read is scored under the hash of what was read, and flagged', async () => {
    const dir = corpus();
    const env = { RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_REWRITE: 'b.txt' };
    const rows = rowsOf(await runBatch(makePool(env), options(dir)));
    const b = rows.find((r) => r.file === 'b.txt');
    const now = createHash('sha256').update(readFileSync(join(dir, 'b.txt'))).digest('hex');
    expect(b?.sha256).toBe(now);
    expect(b?.warnings.map((w) => w.code)).toContain('CHANGED_WHILE_READ');
    expect(rows.find((r) => r.file === 'a.txt')?.warnings).toEqual([]);
    // Restored to the old bytes: --resume must not pair them with the row scored from the new ones.
    writeFileSync(join(dir, 'b.txt'), 'score: 50');
    const resumed = await runBatch(makePool(), options(dir, { resume: true }));
    const again = rowsOf(resumed).find((r) => r.file === 'b.txt');
    expect(again?.warnings).toEqual([]);
    expect(again?.sha256).toBe(createHash('sha256').update('score: 50').digest('hex'));
  });

  it('says when --resume finds no journal', async () => {
    const dir = corpus();
    const result = await runBatch(makePool(), options(dir, { resume: true }));
    expect(result.journalMissing).toBe(true);
    expect(result.resumed).toBe(0);
    result.rows.close();
    const second = await runBatch(makePool(), options(dir, { resume: true }));
    expect(second.journalMissing).toBe(false);
    second.rows.close();
  });
});
