// `npm run bench:shards [-- --n 1000 --shards 8 --parallel 2 --rows 100000]`: sharded screening on this machine.
// Screens the bench corpus (.bench/corpus-N, made by `npm run bench` or here) once on one machine (`score --jobs 2`)
// and once as N shard workers (`score --manifest --shard K/N --jobs 1`, each a CLI process and one child), `--parallel`
// at a time (default: the number of cores, as GNU parallel does; more only starves them on a small machine), then
// merges the shards; prints the rate of each, the peak RSS of each worker (CLI + its child) and of the merge, and
// checks that the merged JSON equals the single run's. Then the merge alone over `--rows` synthetic shard rows (real
// rows of this run under new names and hashes, 2% of them copies, split by path into N shard files): scoring that
// many files takes hours on 2 cores, merging them does not.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCorpus } from './bench/corpus.js';
import { runCli, type CliRun } from './bench/measure.js';
import { inputsIdentity, type ShardHeader, type ShardRowLine } from '../../src/run/shard/format.js';
import { shardOf } from '../../src/run/shard/partition.js';
import { readLines } from '../../src/run/shard/lines.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BENCH = join(ROOT, '.bench');
const AS_OF = '2026-11-01';
/**
 * A per-file time limit well above the default 10 s: on a machine shared with other work, a starved child can miss
 * the default limit while loading pdf.js, and a TIMEOUT row would make the two runs differ for reasons of load.
 */
const LIMITS = ['--timeout', '60000'];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function check(run: CliRun, what: string): CliRun {
  if (run.exitCode !== 0) throw new Error(`${what}: exit ${run.exitCode}\n${run.stderr}`);
  return run;
}

async function main(): Promise<void> {
  const n = arg('n', 1000);
  const shards = arg('shards', 8);
  const rows = arg('rows', 100_000);
  const parallel = arg('parallel', availableParallelism());
  const corpus = await ensureCorpus(BENCH, n);
  const work = join(BENCH, 'shards');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.log(`corpus: ${n} résumés (${corpus.pdfs.length} PDF, ${corpus.docx.length} DOCX) · ${shards} shards · ${rows.toLocaleString('en')} synthetic rows for the merge`);

  // 1. One machine.
  const single = check(await runCli(['score', corpus.dir, '--jobs', '2', ...LIMITS, '--as-of', AS_OF, '-f', 'json', '-o', join(work, 'single.json'), '--no-journal', '--quiet'], ROOT), 'single run');
  console.log(`one run, --jobs 2: ${secs(single.wallMs)}, ${(n / (single.wallMs / 1000)).toFixed(1)} résumés/s, peak RSS ${mb(single.peakRssBytes)} (CLI ${mb(single.peakParentRssBytes)})`);

  // 2. Manifest, then N workers at once, then the merge.
  const manifest = check(await runCli(['manifest', corpus.dir, '-o', join(work, 'manifest.jsonl'), '--quiet'], ROOT), 'manifest');
  console.log(`manifest: ${secs(manifest.wallMs)} (${(n / (manifest.wallMs / 1000)).toFixed(0)} files/s), peak RSS ${mb(manifest.peakRssBytes)}`);
  const started = Date.now();
  const workers: CliRun[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < shards) {
      const k = next++;
      workers[k] = check(await runCli(['score', '--manifest', join(work, 'manifest.jsonl'), '--shard', `${k}/${shards}`, '-o', join(work, 'out'), '--jobs', '1', ...LIMITS, '--as-of', AS_OF, '--no-journal', '--quiet'], ROOT), `shard ${k}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  const wall = Date.now() - started;
  const files = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.jsonl')).map((f) => join(work, 'out', f));
  const counts = files.map((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.startsWith('{"type":"row"')).length);
  console.log(`${shards} workers, ${parallel} at a time (--jobs 1 each): ${secs(wall)}, ${(n / (wall / 1000)).toFixed(1)} résumés/s`);
  workers.forEach((w, k) => console.log(`  shard ${k}: ${counts[k] ?? '?'} files, ${secs(w.wallMs)}, peak RSS ${mb(w.peakRssBytes)} (CLI ${mb(w.peakParentRssBytes)})`));
  const merge = check(await runCli(['merge', ...files, '-f', 'json', '-o', join(work, 'merged.json'), '--quiet'], ROOT), 'merge');
  const same = readFileSync(join(work, 'merged.json')).equals(readFileSync(join(work, 'single.json')));
  console.log(`merge of ${n} rows: ${secs(merge.wallMs)}, peak RSS ${mb(merge.peakRssBytes)} · merged JSON ${same ? '=' : '≠'} single run's${same ? ' ✓' : ' ✗'}`);
  if (!same) process.exitCode = 1;

  // 3. The merge over synthetic rows.
  for (const total of [rows / 10, rows]) {
    const dir = join(work, `synthetic-${total}`);
    synthesize(files, dir, total, shards);
    const synthetic = readdirSync(dir).map((f) => join(dir, f));
    for (const format of ['json', 'csv'] as const) {
      const run = check(await runCli(['merge', ...synthetic, '-f', format, '-o', join(work, `synthetic-${total}.${format}`), '--quiet'], ROOT), `merge of ${total}`);
      console.log(`merge of ${total.toLocaleString('en')} synthetic rows, -f ${format}: ${secs(run.wallMs)} (${secs((run.wallMs * 100_000) / total)} per 100,000 rows), peak RSS ${mb(run.peakRssBytes)}`);
    }
    // Every row is there, and the copies (every 50th row) are marked as such.
    // (Read line by line: 100,000 rows with their evidence are more JSON than one string can hold.)
    let results = 0;
    let copies = 0;
    for (const { text } of readLines(join(work, `synthetic-${total}.json`))) {
      if (text.startsWith('      "rank": ')) results++;
      else if (text.startsWith('      "duplicateOf": ')) copies++;
    }
    const expected = Math.floor((total - 2) / 50) + 1;
    if (results !== total || copies !== expected) throw new Error(`synthetic merge: ${results} rows, ${copies} duplicates (expected ${total}, ${expected})`);
    console.log(`  checked: ${results.toLocaleString('en')} results, ${copies.toLocaleString('en')} marked duplicateOf`);
  }
}

/** `total` rows made from the real rows of `shardFiles` under new names and hashes (every 50th a copy of the one before), split by path into `shards` files. */
function synthesize(shardFiles: string[], dir: string, total: number, shards: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const templates: ShardRowLine['row'][] = [];
  let header: ShardHeader | undefined;
  for (const f of shardFiles) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (line.startsWith('{"type":"header"')) header ??= JSON.parse(line) as ShardHeader;
      if (line.startsWith('{"type":"row"')) templates.push((JSON.parse(line) as ShardRowLine).row);
    }
  }
  if (!header || templates.length === 0) throw new Error('no shard rows to copy');
  const names = Array.from({ length: total }, (_, i) => `synthetic/${String(i).padStart(7, '0')}.pdf`);
  const identity = inputsIdentity(names, []);
  const out = Array.from({ length: shards }, () => [] as string[]);
  let sha = '';
  names.forEach((file, index) => {
    if (index % 50 !== 1) sha = createHash('sha256').update(file).digest('hex');
    const template = templates[index % templates.length] as ShardRowLine['row'];
    const row = { ...template, file, sha256: sha, ...(template.score === undefined ? {} : { score: (template.score + index) % 101 }) };
    delete row.duplicateOf;
    delete row.duplicates;
    out[shardOf({ path: file }, shards)]?.push(JSON.stringify({ type: 'row', index, row } satisfies ShardRowLine));
  });
  out.forEach((lines, k) => {
    const h: ShardHeader = { ...header, shard: { k, n: shards, by: 'path' }, inputs: identity };
    writeFileSync(join(dir, `shard-${k}-of-${shards}.jsonl`), `${[JSON.stringify(h), ...lines, JSON.stringify({ type: 'end', lines: lines.length })].join('\n')}\n`);
  });
}

if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) throw new Error('build first: npm run build');
await main();
