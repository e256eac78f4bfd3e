// `node --import tsx test/tools/hostile/probe.ts <dir> [--timeout ms] [--heap mb]`: run the current extractFile on every
// file of a freshly generated hostile corpus, each in its own child process (heap cap, timeout, RSS sampled), and
// print which outcomes match the manifest. Findings go by hand into test/hostile/FINDINGS.md.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { generateHostileCorpus } from './index.js';
import type { HostileFile, Manifest } from './manifest.js';
import { sampleTreePeak } from './measure.js';

interface ProbeResult {
  file: HostileFile;
  outcome: string;
  ms: number;
  peakMb: number;
  detail: string;
  leaked: boolean;
}

const PROBE_ONE = join(import.meta.dirname, 'probe-one.ts');

function runOne(file: HostileFile, manifest: Manifest, timeoutMs: number, heapMb: number): Promise<ProbeResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', PROBE_ONE, join(manifest.inputDir, file.path), file.nameHex ? Buffer.concat([Buffer.from(`${manifest.inputDir}/`), Buffer.from(file.nameHex, 'hex')]).toString('hex') : ''], { stdio: ['ignore', 'pipe', 'pipe'] });
  const peak = sampleTreePeak(child.pid ?? 0, 25);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      const peakMb = Math.round(peak.stop() / 2 ** 20);
      const leaked = manifest.secrets.some((s) => s.content.length >= 8 && (stdout + stderr).includes(s.content)) || hostnameLine(stdout, manifest);
      const line = stdout.split('\n').find((l) => l.startsWith('@@PROBE@@'));
      if (line) {
        const parsed = JSON.parse(line.slice(9)) as { outcome: string; warnings?: string[]; chars?: number; pages?: number; data?: unknown; message?: string };
        const detail = parsed.outcome === 'text' ? `chars=${parsed.chars} pages=${parsed.pages} warnings=${(parsed.warnings ?? []).join(',')}` : JSON.stringify(parsed.data ?? parsed.message ?? '');
        resolve({ file, outcome: parsed.outcome, ms, peakMb, detail: detail.slice(0, 160), leaked });
        return;
      }
      const oom = /heap out of memory|Reached heap limit|Allocation failed/i.test(stderr);
      const outcome = signal === 'SIGKILL' && ms >= timeoutMs ? 'TIMEOUT' : oom ? 'OUT_OF_MEMORY' : 'CRASHED';
      resolve({ file, outcome, ms, peakMb, detail: `exit=${code} signal=${signal} ${stderr.split('\n').filter(Boolean).slice(-2).join(' | ').slice(0, 160)}`, leaked });
    });
  });
}

/** /etc/hostname is often a short word ("vm"), so it counts as leaked only as a whole line of extracted text. */
function hostnameLine(stdout: string, manifest: Manifest): boolean {
  const host = manifest.secrets.find((s) => s.path === '/etc/hostname')?.content;
  const line = stdout.split('\n').find((l) => l.startsWith('@@PROBE@@'));
  if (!host || !line) return false;
  const joined = (JSON.parse(line.slice(9)) as { joined?: string }).joined ?? '';
  return joined.split('\n').some((l) => l.trim() === host);
}

function verdict(r: ProbeResult): string {
  if (r.leaked) return 'LEAK';
  const ok = (r.file.expect as string[]).includes(r.outcome);
  const missingWarnings = r.outcome === 'text' ? (r.file.warnings ?? []).filter((w) => !r.detail.includes(w)) : [];
  return ok ? (missingWarnings.length ? `ok, no ${missingWarnings.join(',')}` : 'ok') : 'WRONG';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args[0] ?? '/tmp/hostile-probe';
  const timeoutMs = Number(args[args.indexOf('--timeout') + 1] ?? 0) || 20_000;
  const heapMb = Number(args[args.indexOf('--heap') + 1] ?? 0) || 1024;
  const manifest = await generateHostileCorpus(dir);
  const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const files = manifest.files.filter((f) => f.expect.some((e) => e !== 'SKIPPED') && (!only || only.includes(f.id)));
  console.log(`probe: ${files.length} files, timeout ${timeoutMs} ms, heap ${heapMb} MB`);
  for (const file of files) {
    const r = await runOne(file, manifest, timeoutMs, heapMb);
    console.log(`${file.id}  ${verdict(r).padEnd(16)} ${r.outcome.padEnd(16)} ${String(r.ms).padStart(6)} ms ${String(r.peakMb).padStart(5)} MB  expect ${file.expect.join('|')}  ${r.detail}`);
  }
}

await main();
