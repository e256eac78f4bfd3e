// Reading children started before the CLI has even parsed its options. A one-off `score one.pdf` waits for a
// child's start-up (Node itself, then the pipeline's modules), and a batch waits for every child's; bin/ starts them
// with the default settings while the CLI loads, and the pool adopts them if the options leave those settings as
// they are. Otherwise they are let go: each exits when its channel closes, and none keeps this process alive.
import type { ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Socket } from 'node:net';
import { DEFAULT_MAX_MEMORY_MB, defaultJobs, defaultWorker, forkChild, heapFlag } from './child-args.js';

interface Prestarted {
  child: ChildProcess;
  workerPath: string;
  execArgv: string[];
  /** Messages that came before the pool took the child over (its 'ready'). */
  early: unknown[];
  keep: (message: unknown) => void;
}

const waiting: Prestarted[] = [];

function setRef(child: ChildProcess, on: boolean): void {
  const handles: Array<{ ref(): unknown; unref(): unknown } | null | undefined> = [child, child.channel, child.stderr as Socket | null];
  for (const h of handles) if (h) void (on ? h.ref() : h.unref());
}

/** Glob characters: an argument with one names a set of files. */
const GLOB = /[*?[{]/;

/**
 * How many children the `score` command line `args` (after `score`) will use, as far as can be told before the CLI
 * parses it: one for named files (usually one), `--jobs` (default: one per core) when a folder or a glob is named.
 */
export function prestartCount(args: readonly string[]): number {
  const at = args.findIndex((a) => a === '--jobs' || a.startsWith('--jobs='));
  const value = at < 0 ? undefined : args[at]?.startsWith('--jobs=') ? args[at]?.slice('--jobs='.length) : args[at + 1];
  const jobs = value !== undefined && /^[1-9]\d{0,2}$/.test(value) ? Number(value) : defaultJobs();
  const isFolder = (a: string): boolean => statSync(a, { throwIfNoEntry: false })?.isDirectory() === true;
  return args.some((a) => !a.startsWith('-') && (GLOB.test(a) || isFolder(a))) ? jobs : 1;
}

/** Start `count` children with the default settings (see adoptPrestarted). */
export function prestartWorkers(count = 1): ChildProcess[] {
  const { workerPath, execArgv } = defaultWorker();
  const argv = [...execArgv, heapFlag(DEFAULT_MAX_MEMORY_MB)];
  return Array.from({ length: count }, () => {
    const child = forkChild(workerPath, argv, [], process.env);
    const early: unknown[] = [];
    const keep = (message: unknown): void => void early.push(message);
    child.on('message', keep);
    child.on('error', () => undefined);
    setRef(child, false);
    waiting.push({ child, workerPath, execArgv: argv, early, keep });
    return child;
  });
}

/** A child started ahead, if it was started exactly as asked and is still alive; each is taken at most once. */
export function adoptPrestarted(workerPath: string, execArgv: string[], args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; early: unknown[] } | undefined {
  const same = (p: Prestarted): boolean => p.workerPath === workerPath && p.execArgv.join('\0') === execArgv.join('\0') && args.length === 0 && env === process.env;
  const alive = (p: Prestarted): boolean => p.child.exitCode === null && p.child.signalCode === null && p.child.connected;
  // All were started alike: if the first does not fit, none does.
  if (waiting[0] && !same(waiting[0])) releasePrestarted();
  for (let p = waiting.shift(); p; p = waiting.shift()) {
    if (!alive(p)) continue;
    p.child.off('message', p.keep);
    setRef(p.child, true);
    return { child: p.child, early: p.early };
  }
  return undefined;
}

/** Lets go of the children nobody adopted (they exit when their channel closes). */
export function releasePrestarted(): void {
  for (const p of waiting.splice(0)) if (p.child.connected) p.child.disconnect(); // the worker exits on disconnect
}
