// `npm run bench [-- --n 1000 --jobs 2 --pairs 3]`: generate a fictional corpus in .bench/, screen it with the built
// CLI, and print résumés/s, per-file p50/p95, peak RSS of the process tree, and the ratio to the libraries' floor —
// the same files through bare pdf-parse and mammoth in as many plain node processes — for all files and each format
// (ours and the floor alternately, `--pairs` times: each ratio, and their median); then a one-off `score one.pdf`
// against a fresh process that extracts the same file, and pdftotext as a reference line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureCorpus } from './bench/corpus.js';
import { hasPdftotext, journalTimes, percentile, runCli, timeFloor, timeFloorOne, timePdftotext, timeSingleFile, type CliRun } from './bench/measure.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BENCH = join(ROOT, '.bench');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

/** Runs of `score one.pdf`, after a warm-up run. */
const SINGLE_RUNS = 9;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The middle element by `key` (the lower middle of an even count). */
function medianBy<T>(values: T[], key: (value: T) => number): T {
  const sorted = [...values].sort((a, b) => key(a) - key(b));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle === undefined) throw new Error('no runs to take a median of');
  return middle;
}

async function screen(label: string, folder: string, count: number, jobs: number): Promise<CliRun & { rate: number; p50: number; p95: number }> {
  const journal = join(BENCH, `${label}.journal.jsonl`);
  const args = ['score', folder, '--jobs', String(jobs), '--format', 'json', '--out', join(BENCH, `${label}.json`), '--journal', journal, '--as-of', '2026-11-01'];
  const run = await runCli(args, ROOT);
  if (run.exitCode !== 0) console.error(`  ${label}: exit ${run.exitCode}\n${run.stderr}`);
  const times = journalTimes(journal);
  return { ...run, rate: count / (run.wallMs / 1000), p50: percentile(times, 50), p95: percentile(times, 95) };
}

interface SetResult {
  label: string;
  files: number;
  runs: Awaited<ReturnType<typeof screen>>[];
  floorMs: number[];
  ratios: number[];
  ratio: number;
}

/** Our batch and the libraries' floor over the same files, alternately, `pairs` times: each pair's ratio and the median. */
async function versusFloor(label: string, folder: string, files: string[], jobs: number, pairs: number): Promise<SetResult> {
  const runs: SetResult['runs'] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    runs.push(await screen(label, folder, files.length, jobs));
    floorMs.push(await timeFloor(files, jobs, BENCH, ROOT));
  }
  const ratios = runs.map((r, i) => r.wallMs / (floorMs[i] ?? r.wallMs));
  return { label, files: files.length, runs, floorMs, ratios, ratio: medianBy(ratios, (r) => r) };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const n = arg('n', 1000);
  const jobs = arg('jobs', 2);
  const pairs = arg('pairs', 3);
  mkdirSync(BENCH, { recursive: true });
  // 1. Build the CLI (the bench measures what users run).
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) console.error('build reported errors; measuring the dist/ it produced');
  if (!existsSync(join(ROOT, 'dist', 'run', 'worker.js'))) throw new Error('dist/run/worker.js missing: build failed');
  // 2. The corpus (made once per N).
  console.error(`corpus: ${n} fictional résumés in .bench/ …`);
  const corpus = await ensureCorpus(BENCH, n);
  // 3. Our batch against the libraries' floor (bare pdf-parse getText() and mammoth.convertToHtml() in `jobs` plain
  //    node processes), alternately on the same files: the machine's load drifts, so each ratio compares two runs made
  //    one after the other. All files, then each format alone.
  const sets: SetResult[] = [];
  sets.push(await versusFloor('all', corpus.dir, [...corpus.pdfs, ...corpus.docx], jobs, pairs));
  sets.push(await versusFloor('pdf', corpus.pdfDir, corpus.pdfs, jobs, pairs));
  sets.push(await versusFloor('docx', corpus.docxDir, corpus.docx, jobs, pairs));
  const all = sets[0]?.runs[0];
  if (all === undefined) throw new Error('no run');
  const summary = all.stderr.trim().split('\n').at(-2) ?? '';
  const lines = [
    `resume-screen bench · ${n} résumés (${corpus.pdfs.length} PDF, ${corpus.docx.length} DOCX) · --jobs ${jobs} · node ${process.version}`,
    `  all:  ${all.rate.toFixed(1)} résumés/s · wall ${s(all.wallMs)} · per file p50 ${all.p50} ms, p95 ${all.p95} ms · peak RSS (tree) ${mb(all.peakRssBytes)}, of which CLI parent ${mb(all.peakParentRssBytes)}`,
    `  vs the libraries' floor (bare pdf-parse getText / mammoth.convertToHtml, ${jobs} processes, same files, alternating pairs):`,
  ];
  for (const set of sets) {
    const rates = set.runs.map((r) => (set.files / (r.wallMs / 1000)).toFixed(1)).join(', ');
    const floorRates = set.floorMs.map((ms) => (set.files / (ms / 1000)).toFixed(1)).join(', ');
    lines.push(`    ${set.label.padEnd(5)} ours ${rates} /s · floor ${floorRates} /s · ours ÷ floor ${set.ratios.map((r) => `${r.toFixed(2)}×`).join(', ')} · median ${set.ratio.toFixed(2)}×`);
  }
  lines.push(`  run summary: ${summary}`);
  const results: Record<string, unknown> = {
    n,
    jobs,
    sets: sets.map((set) => ({ ...set, runs: set.runs.map((r) => ({ ...r, stderr: undefined })) })),
  };
  // 4. pdftotext over the same PDFs, one run: a reference line only (process start dominates it).
  if (hasPdftotext()) {
    const ms = await timePdftotext(corpus.pdfs, jobs);
    lines.push(`  reference: pdftotext ${(corpus.pdfs.length / (ms / 1000)).toFixed(1)} PDFs/s (one run, ${jobs} at a time)`);
    results.pdftotext = { wallMs: ms };
  } else lines.push('  reference: pdftotext not installed (apt-get install poppler-utils)');
  // 5. One-off `score one.pdf` against a fresh process that loads pdf-parse and extracts the same file.
  const one = corpus.pdfs[0];
  if (one !== undefined) {
    const ours = await timeSingleFile(one, ROOT, SINGLE_RUNS);
    const bare = await timeFloorOne(one, ROOT, SINGLE_RUNS);
    const ratio = percentile(ours, 50) / percentile(bare, 50);
    lines.push(`  one file: \`score one.pdf\` median ${s(percentile(ours, 50))} (min ${s(Math.min(...ours))}, max ${s(Math.max(...ours))}) · bare extraction ${s(percentile(bare, 50))} · ours ÷ bare ${ratio.toFixed(2)}× (${SINGLE_RUNS} runs each)`);
    results.singleFile = { file: one, wallMs: ours, bareMs: bare, ratio };
  }
  // 6. OCR: the committed scans of a fixture résumé (one page each), one child, engine start included.
  const scans = ['priya-okonjo.scan.pdf', 'priya-okonjo.scan-degraded.pdf'].map((f) => join(ROOT, 'fixtures', 'formats', f)).filter((f) => existsSync(f));
  if (scans.length > 0) {
    const ocr = await runCli(['score', ...scans, '--jobs', '1', '--format', 'json', '--no-journal', '--quiet', '--as-of', '2026-11-01'], ROOT);
    const perPage = ocr.wallMs / 1000 / scans.length;
    lines.push(`  OCR: ${scans.length} scanned pages in ${(ocr.wallMs / 1000).toFixed(1)} s with one child · ${perPage.toFixed(1)} s a page (engine start included) · peak RSS (tree) ${mb(ocr.peakRssBytes)}`);
    results.ocr = { pages: scans.length, wallMs: ocr.wallMs, secondsPerPage: perPage, peakRssBytes: ocr.peakRssBytes };
  }
  console.log(lines.join('\n'));
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2));
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
