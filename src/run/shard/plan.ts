// A worker's slice of the inputs: the whole input list (expanded from the command line, or read from a manifest),
// split by shardOf; each file of the slice keeps its place in the whole list, which the merge needs.
import { resolve } from 'node:path';
import { expandInputs } from '../inputs.js';
import type { ErrorCode } from '../../types.js';
import type { Input, Skipped } from '../types.js';
import { inputsIdentity, MANIFEST_FORMAT, FORMAT_VERSION, type InputsIdentity, type ManifestFile, type ManifestHeader } from './format.js';
import { readLines } from './lines.js';
import { shardOf, type ShardKey, type ShardSpec } from './partition.js';

export interface ShardPlan {
  spec: ShardSpec;
  /** content: by the manifest's sha256 (same bytes, same shard); path: by the shown path. */
  by: 'content' | 'path';
  /** This shard's files, in input order. */
  inputs: Input[];
  /** The place of each of them in the whole input list. */
  indices: number[];
  /** Every skipped file of the whole expansion (shard 0 writes them). */
  skipped: Skipped[];
  identity: InputsIdentity;
}

/** Something wrong with a manifest file: `code` is MANIFEST_UNREADABLE or MANIFEST_INCOMPLETE. */
export class ManifestError extends Error {
  constructor(
    readonly code: 'MANIFEST_UNREADABLE' | 'MANIFEST_INCOMPLETE',
    message: string,
  ) {
    super(message);
    this.name = 'ManifestError';
  }
}

interface Entry {
  input: Input;
  key: ShardKey;
}

function slice(entries: Iterable<Entry>, skipped: Skipped[], spec: ShardSpec, by: ShardPlan['by'], identity: InputsIdentity): ShardPlan {
  const plan: ShardPlan = { spec, by, inputs: [], indices: [], skipped, identity };
  let index = 0;
  for (const { input, key } of entries) {
    if (shardOf(key, spec.n) === spec.k) {
      plan.inputs.push(input);
      plan.indices.push(index);
    }
    index++;
  }
  return plan;
}

/** Without a manifest: every worker expands the same inputs (a walk, no reading) and keeps the files whose path hash is its own. */
export async function planFromInputs(args: string[], spec: ShardSpec, cwd = process.cwd()): Promise<ShardPlan> {
  const { inputs, skipped } = await expandInputs(args, cwd);
  const identity = inputsIdentity(
    inputs.map((i) => i.file),
    skipped,
  );
  return slice(
    inputs.map((input) => ({ input, key: { path: input.file } })),
    skipped,
    spec,
    'path',
    identity,
  );
}

const INPUT_ERRORS = new Set<string>(['NOT_FOUND', 'UNREADABLE']);

/**
 * From a manifest: files with a hash are placed by it; the others (not found, unreadable, too large to hash) by path.
 * Paths are read relative to `cwd` as they were written. The worker still hashes its own files before reading them,
 * so a file changed since the manifest is scored as it is now (and a too-large one is TOO_LARGE by this run's limit).
 */
export function planFromManifest(path: string, spec: ShardSpec, cwd = process.cwd()): ShardPlan {
  const { header, entries, skipped, lines } = readManifest(path, cwd);
  const identity = inputsIdentity(
    entries.map((e) => e.input.file),
    skipped,
  );
  if (identity.sha256 !== header.inputs.sha256) throw new ManifestError('MANIFEST_UNREADABLE', `${path}: its lines do not match its header (${lines} lines read)`);
  return slice(entries, skipped, spec, 'content', identity);
}

function readManifest(path: string, cwd: string): { header: ManifestHeader; entries: Entry[]; skipped: Skipped[]; lines: number } {
  let header: ManifestHeader | undefined;
  const entries: Entry[] = [];
  const skipped: Skipped[] = [];
  let lines = 0;
  let ended = false;
  let iterator: Iterable<{ text: string; complete: boolean }>;
  try {
    iterator = [...readLines(path)];
  } catch (err) {
    throw new ManifestError('MANIFEST_UNREADABLE', `${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  for (const line of iterator) {
    let value: { type?: string } & Record<string, unknown>;
    try {
      value = JSON.parse(line.text) as typeof value;
    } catch {
      throw new ManifestError(line.complete ? 'MANIFEST_UNREADABLE' : 'MANIFEST_INCOMPLETE', `${path}: line ${lines + 1} is not JSON`);
    }
    if (!header) {
      const h = value as Partial<ManifestHeader>;
      if (h.format !== MANIFEST_FORMAT || h.version !== FORMAT_VERSION || !h.inputs) throw new ManifestError('MANIFEST_UNREADABLE', `${path}: not a resume-screen manifest (version ${FORMAT_VERSION})`);
      header = h as ManifestHeader;
      continue;
    }
    if (ended) throw new ManifestError('MANIFEST_UNREADABLE', `${path}: lines after its end line`);
    if (value.type === 'end') {
      if (value.lines !== lines) throw new ManifestError('MANIFEST_INCOMPLETE', `${path}: ${lines} lines, its end line says ${String(value.lines)}`);
      ended = true;
      continue;
    }
    lines++;
    if (value.type === 'skipped') skipped.push({ file: String(value.file), code: value.code as Skipped['code'] });
    else if (value.type === 'file') entries.push(entry(value as unknown as ManifestFile, cwd));
    else throw new ManifestError('MANIFEST_UNREADABLE', `${path}: line ${lines + 1} has an unknown type`);
  }
  if (!header) throw new ManifestError('MANIFEST_UNREADABLE', `${path}: empty`);
  if (!ended) throw new ManifestError('MANIFEST_INCOMPLETE', `${path}: no end line (cut short, or still being written)`);
  return { header, entries, skipped, lines };
}

function entry(line: ManifestFile, cwd: string): Entry {
  const abs = line.raw === undefined ? resolve(cwd, line.file) : Buffer.from(line.raw, 'base64').toString('utf8');
  const input: Input = { file: line.file, abs };
  if (line.raw !== undefined) input.raw = line.raw;
  if (line.error !== undefined && INPUT_ERRORS.has(line.error)) input.error = { code: line.error as ErrorCode, data: {} };
  return { input, key: line.sha256 ? { sha256: line.sha256 } : { path: line.file } };
}
