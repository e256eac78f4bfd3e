// A shard's rows as a shard file (see format.ts): the header, each row with its place in the whole input list (in
// that order), the skipped files (shard 0 only: every worker sees the same ones), and the end line.
import type { RowSource } from '../../report/source.js';
import type { Row } from '../types.js';
import { FORMAT_VERSION, SHARD_FORMAT, type EndLine, type ShardHeader, type ShardRowLine, type SkippedLine } from './format.js';
import type { ShardPlan } from './plan.js';

export interface ShardRun {
  tool: { name: string; version: string };
  build?: string;
  rubric: { id: string; path: string; sha256: string };
  posting?: string | undefined;
  asOf: string;
  settings: ShardHeader['settings'];
}

export function shardHeader(plan: ShardPlan, run: ShardRun, created = new Date()): ShardHeader {
  const header: ShardHeader = {
    type: 'header',
    format: SHARD_FORMAT,
    version: FORMAT_VERSION,
    tool: run.tool,
    rubric: run.rubric,
    asOf: run.asOf,
    shard: { k: plan.spec.k, n: plan.spec.n, by: plan.by },
    inputs: plan.identity,
    settings: run.settings,
    created: created.toISOString(),
  };
  if (run.posting !== undefined) header.posting = run.posting;
  if (run.build !== undefined) header.build = run.build;
  return header;
}

/**
 * The shard file's lines. `rows` holds one row per file of the plan, in the order they finished: each is matched to
 * its input by its shown path (unique within one expansion) to find its place in the whole list.
 */
export function* shardChunks(plan: ShardPlan, run: ShardRun, rows: Pick<RowSource, 'keys'> & { read(index: number): Row }): Generator<string> {
  yield `${JSON.stringify(shardHeader(plan, run))}\n`;
  const places = new Map<string, number[]>();
  plan.inputs.forEach((input, i) => {
    const list = places.get(input.file) ?? [];
    list.push(plan.indices[i] ?? -1);
    places.set(input.file, list);
  });
  const order = rows.keys.map((key, at) => ({ at, index: places.get(key.file)?.shift() ?? -1 }));
  if (order.some((o) => o.index < 0)) throw new Error('a row with no input of this shard');
  order.sort((a, b) => a.index - b.index);
  let lines = 0;
  for (const { at, index } of order) {
    lines++;
    yield `${JSON.stringify({ type: 'row', index, row: rows.read(at) } satisfies ShardRowLine)}\n`;
  }
  if (plan.spec.k === 0) {
    for (const s of plan.skipped) {
      lines++;
      yield `${JSON.stringify({ type: 'skipped', file: s.file, code: s.code } satisfies SkippedLine)}\n`;
    }
  }
  yield `${JSON.stringify({ type: 'end', lines } satisfies EndLine)}\n`;
}
