// The files sharded screening passes between machines (issue 17), one JSON object a line:
//   manifest.jsonl        header · skipped… · file… · end       (`resume-screen manifest`)
//   shard-K-of-N.jsonl    header · row… · skipped… (shard 0 only) · end   (`score --shard K/N`)
// The end line says how many lines came before it: a file cut short in a copy is refused, not merged.
import { createHash } from 'node:crypto';
import type { Row, Skipped } from '../types.js';

export const MANIFEST_FORMAT = 'resume-screen-manifest';
export const SHARD_FORMAT = 'resume-screen-shard';
/** Bump on any change a reader of older files would misread. */
export const FORMAT_VERSION = 1;

export interface ManifestHeader {
  type: 'header';
  format: typeof MANIFEST_FORMAT;
  version: typeof FORMAT_VERSION;
  tool: { name: string; version: string };
  created: string;
  /** Files above it are listed without a hash (they are TOO_LARGE for `score` with the same --max-bytes). */
  maxBytes: number;
  inputs: InputsIdentity;
}

export interface ManifestFile {
  type: 'file';
  /** As `score` shows it: relative to the folder the manifest was made in, when under it. */
  file: string;
  /** base64 of the path's bytes when the name is not UTF-8. */
  raw?: string;
  size?: number;
  /** Last modification, ms: a resumed manifest re-hashes a file that changed since. */
  mtimeMs?: number;
  sha256?: string;
  /** The file could not be hashed (NOT_FOUND, UNREADABLE, TOO_LARGE): `score` gives it that row. */
  error?: string;
}

export interface SkippedLine {
  type: 'skipped';
  file: string;
  code: Skipped['code'];
}

export interface EndLine {
  type: 'end';
  /** Lines between the header and this one. */
  lines: number;
}

/** The whole input list, so shards of different corpora (or differently expanded ones) are never merged. */
export interface InputsIdentity {
  count: number;
  skipped: number;
  /** sha256 over each input's and each skipped file's shown path, in order. */
  sha256: string;
}

export interface ShardHeader {
  type: 'header';
  format: typeof SHARD_FORMAT;
  version: typeof FORMAT_VERSION;
  tool: { name: string; version: string };
  /** The build that scored the rows (src/code-id.ts): shards of two builds of one version are not one run. */
  build?: string;
  rubric: { id: string; path: string; sha256: string };
  /** sha256 of the posting the rubric names (it changes rows without changing the rubric's bytes). */
  posting?: string;
  asOf: string;
  shard: { k: number; n: number; by: 'content' | 'path' };
  inputs: InputsIdentity;
  /** What changes rows besides the rubric: these must agree across shards too. */
  settings: { maxBytes: number; ocr: string; withProfile: boolean };
  created: string;
}

export interface ShardRowLine {
  type: 'row';
  /** Place of the file in the whole input list (0-based): the merge decides "first with these bytes" by it. */
  index: number;
  row: Row;
}

export function inputsIdentity(files: Iterable<string>, skipped: readonly { file: string }[]): InputsIdentity {
  const hash = createHash('sha256');
  let count = 0;
  for (const file of files) {
    hash.update(`${JSON.stringify(file)}\n`);
    count++;
  }
  hash.update('skipped\n');
  for (const s of skipped) hash.update(`${JSON.stringify(s.file)}\n`);
  return { count, skipped: skipped.length, sha256: hash.digest('hex') };
}
