// A child started ahead by bin/ (before the CLI parses its options) is taken over by the pool when it was started
// with the pool's own settings, and let go (it exits) when not.
import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_MEMORY_MB, defaultWorker } from '../../src/run/child-args.js';
import { Pool } from '../../src/run/pool.js';
import { prestartWorker } from '../../src/run/prestart.js';
import type { WorkResult } from '../../src/run/types.js';

// Children start from TypeScript sources (tsx): slow on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const pools: Pool<WorkResult>[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function pool(maxMemoryMb: number): Pool<WorkResult> {
  const p = new Pool<WorkResult>({ ...defaultWorker(), jobs: 1, timeoutMs: 30_000, maxMemoryMb, recycleAfter: 10, forwardStderr: false });
  pools.push(p);
  return p;
}

const request = { type: 'work', id: 1, abs: '/nonexistent/cv.pdf', rubricPath: '/nonexistent/rubric.yaml', rubricSha256: 'x', asOf: '2026-11-01', maxBytes: 1000, withProfile: false };

describe('prestarted child', () => {
  it('is adopted by a pool with the default settings and reads its first file', async () => {
    const child = prestartWorker();
    const p = pool(DEFAULT_MAX_MEMORY_MB);
    p.warm(1);
    expect(p.childPids).toEqual([child.pid]);
    const result = await p.run(request);
    expect(result.ok).toBe(true);
  });

  it('is let go (and exits) when the pool was asked for other settings', async () => {
    const child = prestartWorker();
    const exited = once(child, 'exit');
    const p = pool(DEFAULT_MAX_MEMORY_MB * 2);
    p.warm(1);
    expect(p.childPids).not.toContain(child.pid);
    await exited;
    expect((await p.run(request)).ok).toBe(true);
  });
});
