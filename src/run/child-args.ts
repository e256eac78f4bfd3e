// How a reading child is started: the worker script, Node's flags for it, and its heap cap. Shared by the pool and
// by prestart.ts, which must start a child exactly as the pool would to hand it over.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BUNDLE } from './bundle-manifest.js';

/** `--max-memory` when not given (MB per child). */
export const DEFAULT_MAX_MEMORY_MB = 512;

/** `--jobs` when not given: one child per core. */
export function defaultJobs(): number {
  return Math.max(1, cpus().length);
}

/** The compiled worker, or its TypeScript source when running from sources (tests, tsx). */
export function defaultWorker(): { workerPath: string; execArgv: string[] } {
  const fromSources = import.meta.url.endsWith('.ts');
  // Built: the bundled child when `npm run build` made it (child-launch.ts checks it is current, else runs worker.js).
  const built = existsSync(BUNDLE) ? './child-launch.js' : './worker.js';
  const url = new URL(fromSources ? './worker.ts' : built, import.meta.url);
  // - Regexes compiled to native code on first use: the résumé lexicons are large alternations that every file
  //   runs, and interpreting them first cost a one-off `score one.pdf` about 25 ms.
  // - Garbage collected on the child's own thread: with one child per core, V8's parallel GC helpers only fight the
  //   other children for the cores (700 PDFs, --jobs 2 on 2 cores: 5.3 s -> 4.75 s; one file: no change).
  // - Smaller inlining budget for the optimising compiler: a child's work is dominated by warming up (pdf.js and our
  //   code, compiled afresh in every child), and inlining less compiles less for the same steady speed (700 PDFs,
  //   --jobs 2, same run: 4.77 s and 9.2 s of CPU -> 4.30 s and 8.3 s).
  const tuning = ['--no-regexp-tier-up', '--single-threaded-gc', '--max-inlined-bytecode-size=50'];
  return { workerPath: fileURLToPath(url), execArgv: fromSources ? ['--import', 'tsx', ...tuning] : tuning };
}

/** V8's heap cap for a child under a memory cap: the rest is left for buffers, code and the RSS watchdog's margin. */
export function heapFlag(maxMemoryMb: number): string {
  return `--max-old-space-size=${Math.max(64, Math.floor(maxMemoryMb * 0.75))}`;
}

export function forkChild(workerPath: string, execArgv: string[], args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return fork(workerPath, args, {
    execArgv,
    // stdout ignored: library noise must never reach our stdout (JSON output stays valid).
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env,
    serialization: 'advanced',
  });
}
