// `score --shard K/N [--manifest FILE]`: the worker side of sharded screening (issue 17). Works out this worker's
// slice of the inputs, points the report at `<-o folder>/shard-K-of-N.jsonl` (and the journal beside it, so a
// restarted worker resumes with --resume), and writes the shard file atomically at the end. Loaded only with --shard.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeId } from '../../code-id.js';
import { describe } from '../../report/messages.js';
import type { ReportMeta } from '../../report/types.js';
import type { RowStore } from '../../run/row-store.js';
import { ManifestError, planFromInputs, planFromManifest, type ShardPlan } from '../../run/shard/plan.js';
import { parseShard, shardFileName, ShardSpecError, type ShardSpec } from '../../run/shard/partition.js';
import { shardChunks } from '../../run/shard/write.js';
import type { Expansion } from '../../run/types.js';
import { CliError } from '../fatal.js';
import type { ScoreOptions } from './score-options.js';
import { writeAtomic } from './score-output.js';

export interface ShardRunPlan {
  expansion: Expansion;
  write(rows: RowStore, meta: ReportMeta, posting: string | undefined): void;
}

/** Checks the shard options, plans the slice and adjusts `opts` (out, journal) in place. */
export async function planShardRun(inputs: string[], raw: Record<string, unknown>, opts: ScoreOptions): Promise<ShardRunPlan> {
  // 1. Options that make sense for a worker.
  if (typeof raw.shard !== 'string') throw new CliError('USAGE', '--manifest needs --shard K/N (or --shard auto)');
  if (raw.format !== undefined) throw new CliError('USAGE', '--shard writes a shard file; choose the report format at `resume-screen merge -f …`');
  if (raw.top !== undefined || raw.audit !== undefined) throw new CliError('USAGE', '--top and --audit belong to the merged report, not to a shard');
  // Blind ids come from one salt per key file: workers on many machines would each make their own.
  if (raw.blind === true) throw new CliError('USAGE', '--blind cannot be combined with --shard yet: blind ids need one key file for the whole run');
  const manifest = typeof raw.manifest === 'string' ? raw.manifest : undefined;
  if (manifest !== undefined && inputs.length > 0) throw new CliError('USAGE', '--manifest names the inputs: give no files or folders with it');
  const spec = shardSpec(raw.shard);
  // 2. The slice.
  const plan = await planOf(spec, inputs, manifest);
  if (plan.identity.count === 0) throw new CliError('NO_INPUTS', describe('NO_INPUTS', { skipped: `${plan.skipped.length} skipped` }));
  // 3. Where it goes: -o is a folder (created if missing), the shard file is named by K and N.
  const folder = resolve(opts.out ?? '.');
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new CliError('OUT_WRITE_FAILED', `cannot create the folder ${opts.out ?? '.'}`);
  }
  const out = join(folder, shardFileName(spec));
  opts.out = out;
  // Not `….jsonl`: `merge shard-*.jsonl` must not pick it up.
  if (raw.journal === undefined) opts.journalPath = join(folder, `shard-${spec.k}-of-${spec.n}.journal`);
  return {
    expansion: { inputs: plan.inputs, skipped: spec.k === 0 ? plan.skipped : [] },
    write: (rows, meta, posting) => writeShard(plan, rows, meta, posting, opts),
  };
}

function shardSpec(raw: string): ShardSpec {
  try {
    return parseShard(raw);
  } catch (err) {
    if (err instanceof ShardSpecError) throw new CliError('SHARD_SPEC', err.message);
    throw err;
  }
}

async function planOf(spec: ShardSpec, inputs: string[], manifest: string | undefined): Promise<ShardPlan> {
  if (manifest === undefined) return planFromInputs(inputs, spec);
  try {
    return planFromManifest(manifest, spec);
  } catch (err) {
    if (err instanceof ManifestError) throw new CliError(err.code, err.message);
    throw err;
  }
}

function writeShard(plan: ShardPlan, rows: RowStore, meta: ReportMeta, posting: string | undefined, opts: ScoreOptions): void {
  const run = { ...meta, build: codeId(), posting, settings: { maxBytes: opts.maxBytes, ocr: opts.ocr, withProfile: opts.withProfile } };
  writeAtomic(opts.out ?? '', shardChunks(plan, run, rows));
}
