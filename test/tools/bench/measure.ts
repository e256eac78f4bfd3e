// Measuring a run: wall time, peak RSS of the whole process tree (the CLI and its children, sampled from /proc),
// per-file times from the journal, and pdftotext over the same PDFs with the same parallelism.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { residentBytes, treeResidentBytes } from '../../../src/run/memory.js';

export interface CliRun {
  wallMs: number;
  /** Peak of the sum over the CLI process and all its descendants, sampled together. */
  peakRssBytes: number;
  /** Peak of the CLI (parent) process alone: what grows with the number of rows it holds. */
  peakParentRssBytes: number;
  exitCode: number | null;
  stderr: string;
}

const SAMPLE_MS = 20;

export function runCli(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['bin/resume-screen.js', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = 0;
    let peakParent = 0;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, treeResidentBytes(child.pid));
      peakParent = Math.max(peakParent, residentBytes(child.pid) ?? 0);
    }, SAMPLE_MS);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ wallMs: Number(process.hrtime.bigint() - started) / 1e6, peakRssBytes: peak, peakParentRssBytes: peakParent, exitCode: code, stderr });
    });
  });
}

/** Per-file child times (ms) from a journal written by the run. */
export function journalTimes(path: string): number[] {
  const times: number[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const parsed = JSON.parse(line) as { row?: { elapsedMs?: number; attempts?: number } };
    if (parsed.row?.attempts) times.push(parsed.row.elapsedMs ?? 0);
  }
  return times;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;
}

/** pdftotext over `files`, `jobs` at a time, text discarded; wall ms. */
export async function timePdftotext(files: string[], jobs: number): Promise<number> {
  const started = process.hrtime.bigint();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      if (file === undefined) return;
      await new Promise<void>((resolve) => spawn('pdftotext', [file, '-'], { stdio: 'ignore' }).on('exit', () => resolve()));
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * One-off `score <file>` as a hiring manager runs it: wall ms of each of `runs` runs (after one warm-up run, which
 * fills the validated-rubric cache and the OS file cache, as any second use of the tool finds them).
 */
export async function timeSingleFile(file: string, cwd: string, runs: number): Promise<number[]> {
  const args = ['score', file, '--as-of', '2026-11-01'];
  await runCli(args, cwd);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await runCli(args, cwd)).wallMs);
  return times;
}

const FLOOR_WORKER = join(import.meta.dirname, 'floor-worker.mjs');

function runNode(args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(0) : reject(new Error(`floor worker exited ${code}`))));
  });
}

/**
 * The libraries' floor over `files`: `jobs` plain node processes, each reading every jobs-th file through bare
 * pdf-parse getText() (PDF) or mammoth.convertToHtml() (DOCX); wall ms from the first start to the last exit.
 */
export async function timeFloor(files: string[], jobs: number, scratch: string, cwd: string): Promise<number> {
  const list = join(scratch, 'floor-files.txt');
  writeFileSync(list, files.join('\n'));
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: jobs }, (_, i) => runNode([FLOOR_WORKER, list, String(i), String(jobs)], cwd)));
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** A fresh process that loads pdf-parse and extracts one file: the one-off floor (wall ms of each run, after a warm-up). */
export async function timeFloorOne(file: string, cwd: string, runs: number): Promise<number[]> {
  await runNode([FLOOR_WORKER, '--one', file], cwd);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await runNode([FLOOR_WORKER, '--one', file], cwd);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}
