// Children started ahead by bin/ (before the CLI parses its options) are taken over by the pool when they were started
// with the pool's own settings, and let go (they exit) when not or when the run needs fewer.
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_MEMORY_MB, defaultJobs, defaultWorker } from '../../src/run/child-args.js';
import { Pool } from '../../src/run/pool.js';
import { prestartCount, prestartWorkers } from '../../src/run/prestart.js';
import type { WorkResult } from '../../src/run/types.js';

// Children start from TypeScript sources (tsx): slow on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const pools: Pool<WorkResult>[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function pool(maxMemoryMb: number, jobs = 1): Pool<WorkResult> {
  const p = new Pool<WorkResult>({ ...defaultWorker(), jobs, timeoutMs: 30_000, maxMemoryMb, recycleAfter: 10, forwardStderr: false });
  pools.push(p);
  return p;
}

const request = { type: 'work', id: 1, abs: '/nonexistent/cv.pdf', rubricPath: '/nonexistent/rubric.yaml', rubricSha256: 'x', asOf: '2026-11-01', maxBytes: 1000, withProfile: false };

describe('prestarted child', () => {
  it('is adopted by a pool with the default settings and reads its first file', async () => {
    const [child] = prestartWorkers(1);
    const p = pool(DEFAULT_MAX_MEMORY_MB);
    p.warm(1);
    expect(p.childPids).toEqual([child?.pid]);
    const result = await p.run(request);
    expect(result.ok).toBe(true);
  });

  it('is let go (and exits) when the pool was asked for other settings', async () => {
    const [child] = prestartWorkers(1);
    if (!child) throw new Error('no child started');
    const exited = once(child, 'exit');
    const p = pool(DEFAULT_MAX_MEMORY_MB * 2);
    p.warm(1);
    expect(p.childPids).not.toContain(child.pid);
    await exited;
    expect((await p.run(request)).ok).toBe(true);
  });

  it('a batch adopts every child started for it; children beyond the run\'s --jobs are let go', async () => {
    const [a, b, extra] = prestartWorkers(3);
    if (!a || !b || !extra) throw new Error('children not started');
    const exited = once(extra, 'exit');
    const p = pool(DEFAULT_MAX_MEMORY_MB, 2);
    p.warm(2);
    expect(p.childPids).toEqual([a.pid, b.pid]);
    await exited;
    const results = await Promise.all([p.run(request), p.run({ ...request, id: 2 })]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
  });
});

describe('how many children bin/ starts for a score command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prestart-'));
  const file = join(dir, 'cv.pdf');
  writeFileSync(file, '%PDF-1.4');
  const cores = defaultJobs();
  // [arguments after `score`, children]
  const CASES: Array<[string[], number]> = [
    [[file], 1],
    [[file, '--rubric', file], 1],
    [[dir], cores],
    [[`${dir}/*.pdf`], cores],
    [['--jobs', '3', dir], 3],
    [['--jobs=1', dir], 1],
    [[dir, '--jobs', 'x'], cores],
    [['--jobs', '3', file], 1],
    [[join(dir, 'missing')], 1],
    [['--format', 'json'], 1],
  ];
  it.each(CASES)('%j → %i', (args, count) => {
    expect(prestartCount(args)).toBe(count);
  });
});
