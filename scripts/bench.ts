// `npm run bench [-- --n 1000 --jobs 2 --pairs 3]`: generate a fictional corpus in .bench/, screen it with the built
// CLI, and print résumés/s, per-file p50/p95, peak RSS of the process tree, and the ratio to pdftotext where it is
// installed (the PDFs and pdftotext alternately, `--pairs` times: each ratio, and their median).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureCorpus } from './bench/corpus.js';
import { hasPdftotext, journalTimes, percentile, runCli, timePdftotext, timeSingleFile, type CliRun } from './bench/measure.js';

const ROOT = resolve(import.meta.dirname, '..');
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
  // 3. Screen everything, then the PDFs alone, alternating with pdftotext over the same PDFs where it is installed:
  //    the machine's load drifts, so each ratio compares two runs made one after the other.
  const all = await screen('all', corpus.dir, n, jobs);
  const withPdftotext = hasPdftotext();
  const pdfRuns: Awaited<ReturnType<typeof screen>>[] = [];
  const textRates: number[] = [];
  for (let i = 0; i < pairs; i++) {
    pdfRuns.push(await screen('pdf', corpus.pdfDir, corpus.pdfs.length, jobs));
    if (withPdftotext) textRates.push(corpus.pdfs.length / ((await timePdftotext(corpus.pdfs, jobs)) / 1000));
  }
  const pdfOnly = medianBy(pdfRuns, (r) => r.rate);
  const summary = all.stderr.trim().split('\n').at(-2) ?? '';
  const lines = [
    `resume-screen bench · ${n} résumés (${corpus.pdfs.length} PDF, ${corpus.docx.length} DOCX) · --jobs ${jobs} · node ${process.version}`,
    `  all:  ${all.rate.toFixed(1)} résumés/s · wall ${(all.wallMs / 1000).toFixed(2)} s · per file p50 ${all.p50} ms, p95 ${all.p95} ms · peak RSS (tree) ${mb(all.peakRssBytes)}, of which CLI parent ${mb(all.peakParentRssBytes)}`,
    `  PDF:  ${pdfOnly.rate.toFixed(1)} résumés/s (median of ${pdfRuns.length}: ${pdfRuns.map((r) => r.rate.toFixed(1)).join(', ')}) · wall ${(pdfOnly.wallMs / 1000).toFixed(2)} s · peak RSS (tree) ${mb(pdfOnly.peakRssBytes)}`,
    `  run summary: ${summary}`,
  ];
  const results: Record<string, unknown> = { n, jobs, all, pdfOnly: { ...pdfOnly, stderr: undefined } };
  results.all = { ...all, stderr: undefined };
  // 4. pdftotext alone over the same PDFs, same parallelism (only where installed): each pair's ratio, and their median.
  if (withPdftotext) {
    const ratios = textRates.map((rate, i) => rate / (pdfRuns[i]?.rate ?? rate));
    const ratio = medianBy(ratios, (r) => r);
    lines.push(`  pdftotext: ${textRates.map((r) => r.toFixed(1)).join(', ')} PDFs/s · resume-screen takes ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')} its time (run by run) · median ${ratio.toFixed(2)}×`);
    results.pdftotext = { rates: textRates, ratios, ratio };
  } else lines.push('  pdftotext: not installed (apt-get install poppler-utils) — ratio skipped');
  // 5. One-off `score one.pdf` (the target is under 0.6 s of wall time).
  const one = corpus.pdfs[0];
  if (one !== undefined) {
    const times = await timeSingleFile(one, ROOT, SINGLE_RUNS);
    const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    lines.push(`  one file: \`score one.pdf\` median ${s(percentile(times, 50))} (min ${s(Math.min(...times))}, max ${s(Math.max(...times))}) over ${times.length} runs`);
    results.singleFile = { file: one, wallMs: times };
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
