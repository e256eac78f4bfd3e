// When children are replaced: by memory (the default — RSS read after each file), by an optional count, and never
// while a child is below both. The test-only echo worker stands in for the pipeline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pool, type PoolOptions } from '../../src/run/pool.js';
import type { WorkResult } from '../../src/run/types.js';

vi.setConfig({ testTimeout: 120_000 });

const ECHO = fileURLToPath(new URL('./helpers/echo-worker.ts', import.meta.url));
const pools: Pool<WorkResult>[] = [];

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function makePool(extra: Partial<PoolOptions>): Pool<WorkResult> {
  const pool = new Pool<WorkResult>({
    workerPath: ECHO,
    execArgv: ['--import', 'tsx'],
    jobs: 1,
    timeoutMs: 30_000,
    maxMemoryMb: 1024,
    recycleAfter: 0,
    forwardStderr: false,
    ...extra,
  });
  pools.push(pool);
  return pool;
}

/** Runs `n` small files through the pool, all queued at once (so files are sent ahead), and checks every answer. */
async function runFiles(pool: Pool<WorkResult>, n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rs-recycle-'));
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) => {
      const abs = join(dir, `${i}.txt`);
      writeFileSync(abs, `score: ${i}`);
      return pool.run({ id: i, abs, asOf: '2026-11-01' } as never);
    }),
  );
  expect(results.every((r) => r.ok)).toBe(true);
}

describe('child replacement', () => {
  it.runIf(process.platform === 'linux')('replaces a child whose memory is past the mark, finishing the file it was sent ahead first', async () => {
    // Any live node process is above 1 MB: every child retires after the file it holds ahead, so 6 files take 3.
    const pool = makePool({ recycleAtMb: 1 });
    await runFiles(pool, 6);
    expect(pool.started).toBeGreaterThanOrEqual(3);
  });

  it('keeps one child for the whole batch while it stays below the mark and no count is set', async () => {
    const pool = makePool({ recycleAtMb: 900 });
    await runFiles(pool, 12);
    expect(pool.started).toBe(1);
  });

  it('replaces by count when a count is set, whatever the memory', async () => {
    const pool = makePool({ recycleAfter: 4, recycleAtMb: 900 });
    await runFiles(pool, 12);
    expect(pool.started).toBe(3);
  });
});
