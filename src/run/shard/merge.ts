// `resume-screen merge`: shard files back into the rows one machine would have produced (issue 17). The shards must
// be all N of one run (same tool, rubric, as-of, inputs, settings); each row's key (what ranking and counting need)
// and the place of its line are kept, and a full row is read from its shard file only when the report writes it.
// Duplicates are decided here over the whole input list, as `score` decides them: the first input (in input order)
// with given bytes is the original, later ones copy its row; so shards split by path give the same report.
import { basename } from 'node:path';
import { asDuplicate } from '../duplicate.js';
import type { RequirementColumn } from '../../report/rank.js';
import type { RowKey, RowSource } from '../../report/source.js';
import type { ReportMeta, ReportRow, SkippedEntry } from '../../report/types.js';
import type { Row } from '../types.js';
import { FORMAT_VERSION, SHARD_FORMAT, type ShardHeader, type ShardRowLine } from './format.js';
import { readLines, readSpan } from './lines.js';

export type MergeErrorCode = 'SHARD_UNREADABLE' | 'SHARD_INCOMPLETE' | 'SHARD_MISSING' | 'SHARD_DUPLICATE' | 'SHARD_MISMATCH';

/** Shards that cannot be merged; `code` is stable, the message names the file and what is wrong. */
export class MergeError extends Error {
  constructor(
    readonly code: MergeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MergeError';
  }
}

export interface Merged {
  meta: ReportMeta;
  source: RowSource;
  skipped: SkippedEntry[];
  /** Rows = inputs of the whole run. */
  inputs: number;
  shards: number;
  /** The shards were scored with --with-profile (the HTML report's role timelines need it). */
  withProfile: boolean;
}

/** What must be equal in every shard of one run, with the words for the error when it is not. */
const AGREE: readonly { what: string; get: (h: ShardHeader) => unknown }[] = [
  { what: 'shard count', get: (h) => h.shard.n },
  { what: 'tool version', get: (h) => h.tool.version },
  { what: 'tool build', get: (h) => h.build ?? null },
  { what: 'rubric sha256', get: (h) => h.rubric.sha256 },
  { what: 'posting sha256', get: (h) => h.posting ?? null },
  { what: 'as-of date', get: (h) => h.asOf },
  { what: 'partition (--manifest or not)', get: (h) => h.shard.by },
  { what: 'input list', get: (h) => h.inputs.sha256 },
  { what: 'settings (--max-bytes, --ocr, --with-profile)', get: (h) => JSON.stringify(h.settings) },
];

export function mergeShards(paths: readonly string[]): Merged {
  if (paths.length === 0) throw new MergeError('SHARD_MISSING', 'no shard files given');
  // 1. Headers: one run, every shard once.
  const shards = paths.map((path) => ({ path, header: readHeader(path) }));
  shards.sort((a, b) => a.header.shard.k - b.header.shard.k);
  const first = shards[0] as (typeof shards)[number];
  for (const s of shards) {
    for (const { what, get } of AGREE) {
      const a = get(first.header);
      const b = get(s.header);
      if (a !== b) throw new MergeError('SHARD_MISMATCH', `${name(s.path)}: ${what} ${short(b)} differs from ${name(first.path)}'s ${short(a)}`);
    }
  }
  checkComplete(shards);
  // 2. Rows: keys and line positions, by place in the whole input list.
  const rows = new RowIndex(first.header.inputs.count, shards.map((s) => s.path));
  const skipped: SkippedEntry[] = [];
  shards.forEach((s, shard) => readRows(s.path, shard, rows, skipped));
  rows.checkFull(paths.length);
  if (skipped.length !== first.header.inputs.skipped) throw new MergeError('SHARD_INCOMPLETE', `${name(first.path)}: ${skipped.length} skipped files, the input list has ${first.header.inputs.skipped}`);
  // 3. Duplicates over the whole list.
  rows.markDuplicates();
  const { tool, rubric, asOf } = first.header;
  return { meta: { tool, rubric, asOf }, source: rows, skipped, inputs: first.header.inputs.count, shards: shards.length, withProfile: first.header.settings.withProfile };
}

function name(path: string): string {
  return basename(path);
}

function short(value: unknown): string {
  const text = String(value);
  return /^[0-9a-f]{64}$/.test(text) ? text.slice(0, 12) : JSON.stringify(value);
}

function readHeader(path: string): ShardHeader {
  let text: string | undefined;
  try {
    for (const line of readLines(path)) {
      text = line.text;
      break;
    }
  } catch (err) {
    throw new MergeError('SHARD_UNREADABLE', `${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  let header: Partial<ShardHeader> | undefined;
  try {
    header = text === undefined ? undefined : (JSON.parse(text) as Partial<ShardHeader>);
  } catch {
    header = undefined;
  }
  if (header?.format !== SHARD_FORMAT || header.version !== FORMAT_VERSION || !header.shard || !header.inputs || !header.tool || !header.rubric || !header.settings) {
    throw new MergeError('SHARD_UNREADABLE', `${path}: not a resume-screen shard file (version ${FORMAT_VERSION})`);
  }
  return header as ShardHeader;
}

function checkComplete(shards: readonly { path: string; header: ShardHeader }[]): void {
  const n = shards[0]?.header.shard.n ?? 0;
  const seen = new Map<number, string>();
  for (const s of shards) {
    const other = seen.get(s.header.shard.k);
    if (other !== undefined) throw new MergeError('SHARD_DUPLICATE', `${name(s.path)} and ${name(other)} are both shard ${s.header.shard.k} of ${n}`);
    seen.set(s.header.shard.k, s.path);
  }
  const missing: number[] = [];
  for (let k = 0; k < n && missing.length <= 10; k++) if (!seen.has(k)) missing.push(k);
  if (missing.length) {
    const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')}, …` : missing.join(', ');
    throw new MergeError('SHARD_MISSING', `${n - shards.length} of ${n} shards missing (0-based): ${list}`);
  }
}

function readRows(path: string, shard: number, rows: RowIndex, skipped: SkippedEntry[]): void {
  let lines = -1; // the header is not counted
  let ended = false;
  for (const line of readLines(path)) {
    if (lines++ < 0) continue;
    if (ended) throw new MergeError('SHARD_UNREADABLE', `${name(path)}: lines after its end line`);
    let value: { type?: string } & Record<string, unknown>;
    try {
      value = JSON.parse(line.text) as typeof value;
    } catch {
      throw new MergeError(line.complete ? 'SHARD_UNREADABLE' : 'SHARD_INCOMPLETE', `${name(path)}: line ${lines + 1} is not JSON${line.complete ? '' : ' (cut short)'}`);
    }
    if (value.type === 'row') rows.add(value as unknown as ShardRowLine, shard, line.offset, line.length, path);
    else if (value.type === 'skipped') skipped.push({ file: String(value.file), code: String(value.code) });
    else if (value.type === 'end') {
      if (value.lines !== lines - 1) throw new MergeError('SHARD_INCOMPLETE', `${name(path)}: ${lines - 1} lines, its end line says ${String(value.lines)}`);
      ended = true;
    } else throw new MergeError('SHARD_UNREADABLE', `${name(path)}: line ${lines + 1} has an unknown type`);
  }
  if (!ended) throw new MergeError('SHARD_INCOMPLETE', `${name(path)}: no end line (cut short, or still being written)`);
}

const NONE = 0xffffffff;

/**
 * Every row's key and where its line is, by place in the whole input list. Per row: the key object, its sha256, and
 * three numbers in typed arrays; full rows stay in the shard files.
 */
class RowIndex implements RowSource {
  readonly keys: RowKey[];
  readonly columns: RequirementColumn[] = [];
  private readonly columnIds = new Set<string>();
  private readonly shard: Uint32Array;
  private readonly offset: Float64Array;
  private readonly length: Uint32Array;
  private readonly sha: (string | undefined)[];
  /** The index of the original for a duplicate (NONE otherwise). */
  private readonly original: Uint32Array;
  private readonly duplicates = new Map<number, number[]>();

  constructor(
    private readonly count: number,
    private readonly paths: readonly string[],
  ) {
    this.keys = new Array<RowKey>(count);
    this.shard = new Uint32Array(count).fill(NONE);
    this.offset = new Float64Array(count);
    this.length = new Uint32Array(count);
    this.sha = new Array<string | undefined>(count);
    this.original = new Uint32Array(count).fill(NONE);
  }

  add(line: ShardRowLine, shard: number, offset: number, length: number, path: string): void {
    const { index, row } = line;
    if (!Number.isInteger(index) || index < 0 || index >= this.count) throw new MergeError('SHARD_MISMATCH', `${name(path)}: a row for input ${index}, the input list has ${this.count}`);
    if (this.shard[index] !== NONE) throw new MergeError('SHARD_DUPLICATE', `${name(path)}: input ${index} (${row.file}) is also in ${name(this.paths[this.shard[index] ?? 0] ?? '')}`);
    this.shard[index] = shard;
    this.offset[index] = offset;
    this.length[index] = length;
    this.sha[index] = row.sha256;
    const key: RowKey = { file: row.file, status: row.status };
    if (row.verdict !== undefined) key.verdict = row.verdict;
    if (row.score !== undefined) key.score = row.score;
    if (row.error) key.error = row.error;
    this.keys[index] = key;
    for (const o of row.outcomes) {
      if (this.columnIds.has(o.requirementId)) continue;
      this.columnIds.add(o.requirementId);
      this.columns.push({ id: o.requirementId, must: o.must, kind: o.kind });
    }
  }

  checkFull(shards: number): void {
    const missing = this.shard.indexOf(NONE);
    if (missing >= 0) throw new MergeError('SHARD_INCOMPLETE', `input ${missing} of ${this.count} is in none of the ${shards} shards`);
  }

  /** As `score` marks them: the first input with given bytes is the original; later ones name it. */
  markDuplicates(): void {
    const first = new Map<string, number>();
    for (let i = 0; i < this.count; i++) {
      const sha = this.sha[i];
      if (sha === undefined) continue;
      const at = first.get(sha);
      if (at === undefined) {
        first.set(sha, i);
        continue;
      }
      this.original[i] = at;
      const list = this.duplicates.get(at) ?? [];
      list.push(i);
      this.duplicates.set(at, list);
      const key = this.keys[i];
      const original = this.keys[at];
      if (key && original) key.duplicateOf = original.file;
    }
  }

  read(index: number): ReportRow {
    const at = this.original[index] ?? NONE;
    if (at !== NONE) return asDuplicate(this.raw(at), this.keys[index]?.file ?? '', this.keys[at]?.file ?? '');
    const row = this.raw(index);
    delete row.duplicateOf;
    const duplicates = this.duplicates.get(index);
    if (duplicates) row.duplicates = duplicates.map((i) => this.keys[i]?.file ?? '');
    else delete row.duplicates;
    return row;
  }

  private raw(index: number): Row {
    const shard = this.shard[index] ?? NONE;
    const path = this.paths[shard];
    if (path === undefined) throw new RangeError(`no row ${index}`);
    return (JSON.parse(readSpan(path, this.offset[index] ?? 0, this.length[index] ?? 0)) as ShardRowLine).row;
  }
}
