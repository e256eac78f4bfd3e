// Run the built CLI as a user would and measure it: wall time and peak RSS of the whole process tree (the parent
// plus its pool of reader processes), sampled from /proc.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sampleTreePeak } from './measure.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../bin/resume-screen.js', import.meta.url));

export interface MeasuredRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  peakRssBytes: number;
}

/** `node bin/resume-screen.js …args` in `cwd`; killed after `killAfterMs` so a hung CLI fails a test, not CI. */
export function runBuiltCli(args: string[], cwd: string, killAfterMs: number): Promise<MeasuredRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const peak = sampleTreePeak(child.pid ?? 0, 50);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        wallMs: Date.now() - started,
        peakRssBytes: peak.stop(),
      });
    });
  });
}
