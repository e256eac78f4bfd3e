// Which shard a file belongs to (issue 17): a deterministic function of a key that every worker computes alike, so N
// workers that never talk to each other split the inputs into N disjoint slices that together cover them all.
import { createHash } from 'node:crypto';

/** Shard K of N, 0-based (K in 0…N-1), like Kubernetes' JOB_COMPLETION_INDEX and AWS Batch's array index. */
export interface ShardSpec {
  k: number;
  n: number;
}

/** Kubernetes Indexed Jobs allow up to 100,000 completions; more shards than that is a typo. */
export const MAX_SHARDS = 100_000;

/** A shard spec that cannot be used: the CLI shows `message` after the code SHARD_SPEC. */
export class ShardSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardSpecError';
  }
}

/**
 * The environment variables job runners set, in the order they are tried: the index (0-based) and, where the runner
 * says it, the count. Kubernetes does not expose `spec.completions` to the pod: give N as `auto/N` or in
 * RESUME_SCREEN_SHARDS.
 */
const RUNNERS = [
  { name: 'Kubernetes', index: 'JOB_COMPLETION_INDEX', count: undefined },
  { name: 'AWS Batch', index: 'AWS_BATCH_JOB_ARRAY_INDEX', count: 'AWS_BATCH_JOB_ARRAY_SIZE' },
] as const;
const COUNT_VARIABLE = 'RESUME_SCREEN_SHARDS';

function whole(text: string | undefined, what: string): number {
  if (text === undefined || !/^\d{1,9}$/.test(text.trim())) throw new ShardSpecError(`${what} must be a whole number (got ${JSON.stringify(text ?? '')})`);
  return Number(text.trim());
}

function checked(k: number, n: number): ShardSpec {
  if (n < 1 || n > MAX_SHARDS) throw new ShardSpecError(`the shard count must be 1 to ${MAX_SHARDS} (got ${n})`);
  if (k >= n) throw new ShardSpecError(`shard index ${k} is not below the shard count ${n} (indices are 0-based)`);
  return { k, n };
}

/**
 * `K/N`, `auto` or `auto/N`. `auto` takes K from JOB_COMPLETION_INDEX (Kubernetes Indexed Job) or
 * AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array job), and N from `/N`, else AWS_BATCH_JOB_ARRAY_SIZE (with the AWS
 * index), else RESUME_SCREEN_SHARDS.
 */
export function parseShard(spec: string, env: NodeJS.ProcessEnv = process.env): ShardSpec {
  const m = /^(auto|\d+)(?:\/(\d+))?$/.exec(spec.trim());
  if (!m) throw new ShardSpecError(`--shard must be K/N (0-based: 0/8 … 7/8), auto or auto/N (got ${JSON.stringify(spec)})`);
  const [, first = '', second] = m;
  if (first !== 'auto') {
    if (second === undefined) throw new ShardSpecError(`--shard ${first} needs the shard count: ${first}/N`);
    return checked(whole(first, 'the shard index'), whole(second, 'the shard count'));
  }
  const runner = RUNNERS.find((r) => env[r.index] !== undefined && env[r.index] !== '');
  if (!runner) throw new ShardSpecError(`--shard auto found neither ${RUNNERS.map((r) => r.index).join(' nor ')}: give --shard K/N`);
  const k = whole(env[runner.index], runner.index);
  if (second !== undefined) return checked(k, whole(second, 'the shard count'));
  const countVariable = runner.count !== undefined && env[runner.count] ? runner.count : COUNT_VARIABLE;
  if (!env[countVariable]) throw new ShardSpecError(`--shard auto (${runner.name}) needs the shard count: --shard auto/N or ${COUNT_VARIABLE}=N`);
  return checked(k, whole(env[countVariable], countVariable));
}

/** What a file is placed by: its content hash (from a manifest) or its path as shown (without one). */
export type ShardKey = { sha256: string } | { path: string };

/**
 * The shard of a file: the first 48 bits of a sha256, modulo N: of its bytes (files with the same bytes land
 * together), else of its path as shown. 48 bits keep the modulo bias far below anything measurable for N ≤ 100,000.
 */
export function shardOf(key: ShardKey, n: number): number {
  const digest = 'sha256' in key ? key.sha256 : createHash('sha256').update(key.path, 'utf8').digest('hex');
  return Number.parseInt(digest.slice(0, 12), 16) % n;
}

/** `shard-3-of-8.jsonl` (K 0-based, as given). */
export function shardFileName(spec: ShardSpec): string {
  return `shard-${spec.k}-of-${spec.n}.jsonl`;
}
