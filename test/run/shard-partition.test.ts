// Which shard a file goes to: --shard specs (case table, including the ones refused), the job runners' variables,
// and the partition itself: every file in exactly one shard, the same answer on every machine, same bytes together.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseShard, shardFileName, shardOf, ShardSpecError } from '../../src/run/shard/partition.js';

describe('parseShard', () => {
  it.each([
    ['0/8', {}, { k: 0, n: 8 }],
    ['7/8', {}, { k: 7, n: 8 }],
    [' 0/1 ', {}, { k: 0, n: 1 }],
    ['auto', { JOB_COMPLETION_INDEX: '3', RESUME_SCREEN_SHARDS: '8' }, { k: 3, n: 8 }],
    ['auto/16', { JOB_COMPLETION_INDEX: '15' }, { k: 15, n: 16 }],
    ['auto', { AWS_BATCH_JOB_ARRAY_INDEX: '9', AWS_BATCH_JOB_ARRAY_SIZE: '10' }, { k: 9, n: 10 }],
    ['auto/4', { AWS_BATCH_JOB_ARRAY_INDEX: '2', AWS_BATCH_JOB_ARRAY_SIZE: '10' }, { k: 2, n: 4 }],
    // Kubernetes first: a pod of an Indexed Job run by AWS Batch on EKS is still told its index by Kubernetes.
    ['auto/5', { JOB_COMPLETION_INDEX: '1', AWS_BATCH_JOB_ARRAY_INDEX: '4' }, { k: 1, n: 5 }],
    ['99999/100000', {}, { k: 99999, n: 100000 }],
  ])('%s with %j → %j', (spec, env, expected) => {
    expect(parseShard(spec, env)).toEqual(expected);
  });

  it.each([
    ['8/8', {}, /not below the shard count 8/],
    ['1/0', {}, /shard count must be 1 to/],
    ['3', {}, /needs the shard count: 3\/N/],
    ['-1/8', {}, /must be K\/N/],
    ['1/8/2', {}, /must be K\/N/],
    ['a/8', {}, /must be K\/N/],
    ['1.5/8', {}, /must be K\/N/],
    ['0/100001', {}, /shard count must be 1 to 100000/],
    ['auto', {}, /found neither JOB_COMPLETION_INDEX nor AWS_BATCH_JOB_ARRAY_INDEX/],
    ['auto', { JOB_COMPLETION_INDEX: '3' }, /needs the shard count: --shard auto\/N or RESUME_SCREEN_SHARDS/],
    ['auto', { JOB_COMPLETION_INDEX: 'x', RESUME_SCREEN_SHARDS: '8' }, /JOB_COMPLETION_INDEX must be a whole number/],
    ['auto', { AWS_BATCH_JOB_ARRAY_INDEX: '10', AWS_BATCH_JOB_ARRAY_SIZE: '10' }, /not below the shard count 10/],
    ['auto/4', { JOB_COMPLETION_INDEX: '4' }, /not below the shard count 4/],
  ])('refuses %s with %j', (spec, env, message) => {
    expect(() => parseShard(spec, env)).toThrow(ShardSpecError);
    expect(() => parseShard(spec, env)).toThrow(message);
  });

  it('names the shard file by K and N', () => {
    expect(shardFileName({ k: 3, n: 8 })).toBe('shard-3-of-8.jsonl');
  });
});

describe('shardOf', () => {
  const paths = Array.from({ length: 5000 }, (_, i) => `résumés/${i % 7}/candidate-${i}.pdf`);

  it('puts every file in exactly one shard, in range, the same on every call', () => {
    for (const n of [1, 3, 8, 256]) {
      const counts = new Array<number>(n).fill(0);
      for (const path of paths) {
        const k = shardOf({ path }, n);
        expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        expect(shardOf({ path }, n)).toBe(k);
        counts[k] = (counts[k] ?? 0) + 1;
      }
      expect(counts.reduce((a, b) => a + b, 0)).toBe(paths.length);
      // Spread: no shard more than 1.5× or less than 0.5× its fair share (small n; 256 shards of 5000 vary more).
      if (n <= 8) for (const c of counts) expect(Math.abs(c - paths.length / n)).toBeLessThan(paths.length / n / 2);
    }
  });

  it('by content: the shard is a function of the bytes alone, so copies of a file land together', () => {
    const sha = createHash('sha256').update('same bytes').digest('hex');
    const ks = new Set([1, 2, 3].map(() => shardOf({ sha256: sha }, 8)));
    expect(ks.size).toBe(1);
    // The first 48 bits of the hash, modulo N: pinned, so a change of scheme (which would split old runs) is seen.
    expect(shardOf({ sha256: sha }, 8)).toBe(Number.parseInt(sha.slice(0, 12), 16) % 8);
  });

  it('by path: the shown path is hashed (two names for the same bytes may differ; merge marks them)', () => {
    const digest = createHash('sha256').update('c/a.pdf').digest('hex');
    expect(shardOf({ path: 'c/a.pdf' }, 1000)).toBe(Number.parseInt(digest.slice(0, 12), 16) % 1000);
    expect(new Set(paths.slice(0, 200).map((path) => shardOf({ path }, 3))).size).toBe(3);
  });
});
