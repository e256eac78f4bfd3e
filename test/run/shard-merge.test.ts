// merge over shard files written by the shard writer (no résumé is read here): duplicates decided over the whole
// input list whatever shard each copy was in, and every kind of mixture refused with its code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { rankRows } from '../../src/report/source.js';
import { inputsIdentity } from '../../src/run/shard/format.js';
import { mergeShards, MergeError, type MergeErrorCode } from '../../src/run/shard/merge.js';
import type { ShardPlan } from '../../src/run/shard/plan.js';
import { shardChunks, type ShardRun } from '../../src/run/shard/write.js';
import type { Row } from '../../src/run/types.js';

function scored(file: string, score: number, sha: string): Row {
  return {
    file,
    status: 'scored',
    verdict: score >= 70 ? 'pass' : score >= 50 ? 'review' : 'fail',
    score,
    sha256: sha.repeat(64).slice(0, 64),
    outcomes: [{ requirementId: 'ml-years', kind: 'years', must: true, weight: 1, met: score >= 70, near: false, value: score / 10, code: 'YEARS_MET', data: {}, evidence: [{ text: `line of ${file}`, line: 2 }] }],
    warnings: [],
    candidate: { name: `Person ${file}` },
    elapsedMs: 5,
    attempts: 1,
  };
}
const missing: Row = { file: 'd.pdf', status: 'error', outcomes: [], warnings: [], error: { code: 'NOT_FOUND', message: 'no such file' }, elapsedMs: 0, attempts: 0 };

const FILES = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf', 'f.pdf'];
const SKIPPED = [{ file: 'photo.png', code: 'SKIPPED_EXTENSION' as const }];
const RUN: ShardRun = {
  tool: { name: 'resume-screen', version: '0.1.0' },
  rubric: { id: 'em', path: 'rubrics/em.yaml', sha256: 'e'.repeat(64) },
  asOf: '2026-11-01',
  settings: { maxBytes: 20_000_000, ocr: 'auto', withProfile: false },
};

/** Writes shard k of n holding the given inputs (place → row) and returns its path. */
function writeShard(dir: string, k: number, n: number, rows: Record<number, Row>, run: ShardRun = RUN, files = FILES): string {
  const places = Object.keys(rows).map(Number);
  const plan: ShardPlan = {
    spec: { k, n },
    by: 'path',
    inputs: places.map((i) => ({ file: files[i] ?? '', abs: `/x/${files[i] ?? ''}` })),
    indices: places,
    skipped: SKIPPED,
    identity: inputsIdentity(files, SKIPPED),
  };
  // Rows in finish order, not input order: the writer must still place each by its file.
  const list = places.map((i) => rows[i] as Row).reverse();
  const path = join(dir, `shard-${k}-of-${n}.jsonl`);
  writeFileSync(path, [...shardChunks(plan, run, { keys: list, read: (i) => list[i] as Row })].join(''));
  return path;
}

// a, c and e have the same bytes (X); c and e are in other shards than a, or in a's shard as its within-shard copy.
const A = scored('a.pdf', 80, 'a');
const B = scored('b.pdf', 55, 'b');
/** Scored on its own in its shard (another machine), with a different result: the merge must use a's reading. */
const C = { ...scored('c.pdf', 30, 'a') };
const E = { ...scored('e.pdf', 80, 'a'), duplicateOf: 'a.pdf' };
const F = scored('f.pdf', 55, 'f');

function twoShards(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rs-merge-'));
  return [writeShard(dir, 0, 2, { 0: { ...A, duplicates: ['e.pdf'] }, 3: missing, 4: E }), writeShard(dir, 1, 2, { 1: B, 2: C, 5: F })];
}

function refusal(paths: string[]): { code: MergeErrorCode; message: string } {
  try {
    mergeShards(paths);
  } catch (err) {
    if (err instanceof MergeError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('merged');
}

describe('mergeShards', () => {
  it('gives the rows one run would have: duplicates over the whole input list, copies of the first one', () => {
    const merged = mergeShards(twoShards());
    expect(merged.inputs).toBe(6);
    expect(merged.skipped).toEqual(SKIPPED);
    expect(merged.source.keys.map((k) => [k.file, k.duplicateOf])).toEqual([
      ['a.pdf', undefined],
      ['b.pdf', undefined],
      ['c.pdf', 'a.pdf'],
      ['d.pdf', undefined],
      ['e.pdf', 'a.pdf'],
      ['f.pdf', undefined],
    ]);
    const rows = merged.source.keys.map((_, i) => merged.source.read(i));
    expect(rows[0]?.duplicates).toEqual(['c.pdf', 'e.pdf']);
    // c was scored 30 in its shard; in one run it would never have been read: a's reading under c's name.
    expect(rows[2]).toMatchObject({ file: 'c.pdf', score: 80, verdict: 'pass', duplicateOf: 'a.pdf', candidate: { name: 'Person a.pdf' } });
    expect(rows[2]?.duplicates).toBeUndefined();
    expect(merged.source.keys[2]).toMatchObject({ score: 30 });
  });

  it('ranks them globally, ties sharing a rank, from whatever shard each row came', () => {
    const merged = mergeShards(twoShards());
    const rows = merged.source.keys.map((_, i) => merged.source.read(i));
    expect(rankRows(rows).map((r) => [r.rank, r.row.file])).toEqual([
      [1, 'a.pdf'],
      [1, 'c.pdf'],
      [1, 'e.pdf'],
      [4, 'b.pdf'],
      [4, 'f.pdf'],
      [6, 'd.pdf'],
    ]);
    const json = JSON.parse(formatReport('json', { rows, meta: merged.meta, skipped: merged.skipped }, { color: false, explain: false })) as { summary: object };
    expect(json.summary).toMatchObject({ rows: 6, pass: 3, review: 2, errors: 1, duplicates: 2, skipped: 1 });
  });

  it.each<[string, (dir: string) => string[], MergeErrorCode, RegExp]>([
    ['a missing shard', (dir) => [writeShard(dir, 0, 3, { 0: A })], 'SHARD_MISSING', /2 of 3 shards missing \(0-based\): 1, 2/],
    ['no shard at all', () => [], 'SHARD_MISSING', /no shard files/],
    ['the same shard twice', (dir) => { const p = writeShard(dir, 0, 2, { 0: A }); const q = join(dir, 'copy.jsonl'); writeFileSync(q, readFileSync(p)); return [p, q]; }, 'SHARD_DUPLICATE', /both shard 0 of 2/],
    ['another as-of date', (dir) => [writeShard(dir, 0, 2, { 0: A, 2: C, 4: E }), writeShard(dir, 1, 2, { 1: B, 3: missing, 5: F }, { ...RUN, asOf: '2026-12-01' })], 'SHARD_MISMATCH', /shard-1-of-2\.jsonl: as-of date "2026-12-01" differs from shard-0-of-2\.jsonl's "2026-11-01"/],
    ['another rubric', (dir) => [writeShard(dir, 0, 2, { 0: A }), writeShard(dir, 1, 2, {}, { ...RUN, rubric: { ...RUN.rubric, sha256: 'f'.repeat(64) } })], 'SHARD_MISMATCH', /rubric sha256 ffffffffffff differs from shard-0-of-2\.jsonl's eeeeeeeeeeee/],
    ['another tool version', (dir) => [writeShard(dir, 0, 2, { 0: A }), writeShard(dir, 1, 2, {}, { ...RUN, tool: { name: 'resume-screen', version: '0.2.0' } })], 'SHARD_MISMATCH', /tool version "0.2.0"/],
    ['another build of the same version', (dir) => [writeShard(dir, 0, 2, { 0: A }, { ...RUN, build: '1111111111111111' }), writeShard(dir, 1, 2, {}, { ...RUN, build: '2222222222222222' })], 'SHARD_MISMATCH', /tool build "2222222222222222" differs from shard-0-of-2\.jsonl's "1111111111111111"/],
    ['another shard count', (dir) => [writeShard(dir, 0, 2, { 0: A }), writeShard(dir, 1, 3, {})], 'SHARD_MISMATCH', /shard count 3 differs/],
    ['another input list', (dir) => [writeShard(dir, 0, 2, { 0: A }), writeShard(dir, 1, 2, {}, RUN, [...FILES, 'g.pdf'])], 'SHARD_MISMATCH', /input list/],
    ['other settings', (dir) => [writeShard(dir, 0, 2, { 0: A }), writeShard(dir, 1, 2, {}, { ...RUN, settings: { ...RUN.settings, maxBytes: 1 } })], 'SHARD_MISMATCH', /settings/],
    ['a file cut short', (dir) => { const p = writeShard(dir, 0, 1, { 0: A, 1: B }); const text = readFileSync(p, 'utf8'); writeFileSync(p, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)); return [p]; }, 'SHARD_INCOMPLETE', /no end line/],
    ['a file cut mid-line', (dir) => { const p = writeShard(dir, 0, 1, { 0: A, 1: B }); const text = readFileSync(p, 'utf8'); writeFileSync(p, text.slice(0, text.length - 40)); return [p]; }, 'SHARD_INCOMPLETE', /cut short/],
    ['rows missing from complete files', (dir) => [writeShard(dir, 0, 1, { 0: A, 1: B })], 'SHARD_INCOMPLETE', /input 2 of 6 is in none of the 1 shards/],
    ['the same input in two shards', (dir) => [writeShard(dir, 0, 2, { 0: A, 1: B, 2: C }), writeShard(dir, 1, 2, { 2: C, 3: missing, 4: E, 5: F })], 'SHARD_DUPLICATE', /input 2 \(c\.pdf\) is also in shard-0-of-2\.jsonl/],
    ['not a shard file', (dir) => { const p = join(dir, 'notes.jsonl'); writeFileSync(p, '{"hello":1}\n'); return [p]; }, 'SHARD_UNREADABLE', /not a resume-screen shard file/],
    ['a file that is not there', (dir) => [join(dir, 'shard-0-of-1.jsonl')], 'SHARD_UNREADABLE', /cannot be read \(ENOENT\)/],
  ])('refuses %s', (_name, make, code, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-merge-'));
    const r = refusal(make(dir));
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
    expect(r.message).not.toContain('\n');
  });
});
