// One reading child started before the CLI has even parsed its options. A one-off `score one.pdf` waits for a
// child's start-up (Node itself, then the pipeline's modules); bin/ starts one with the default settings while the
// CLI loads, and the pool adopts it if the options leave those settings as they are. Otherwise it is let go: it
// exits when its channel closes, and it never keeps this process alive.
import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { DEFAULT_MAX_MEMORY_MB, defaultWorker, forkChild, heapFlag } from './child-args.js';

interface Prestarted {
  child: ChildProcess;
  workerPath: string;
  execArgv: string[];
  /** Messages that came before the pool took the child over (its 'ready'). */
  early: unknown[];
  keep: (message: unknown) => void;
}

let waiting: Prestarted | undefined;

function setRef(child: ChildProcess, on: boolean): void {
  const handles: Array<{ ref(): unknown; unref(): unknown } | null | undefined> = [child, child.channel, child.stderr as Socket | null];
  for (const h of handles) if (h) void (on ? h.ref() : h.unref());
}

export function prestartWorker(): ChildProcess {
  const { workerPath, execArgv } = defaultWorker();
  const argv = [...execArgv, heapFlag(DEFAULT_MAX_MEMORY_MB)];
  const child = forkChild(workerPath, argv, [], process.env);
  const early: unknown[] = [];
  const keep = (message: unknown): void => void early.push(message);
  child.on('message', keep);
  child.on('error', () => undefined);
  setRef(child, false);
  waiting = { child, workerPath, execArgv: argv, early, keep };
  return child;
}

/** The child started ahead, if it was started exactly as asked and is still alive; taken at most once. */
export function adoptPrestarted(workerPath: string, execArgv: string[], args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; early: unknown[] } | undefined {
  const p = waiting;
  waiting = undefined;
  if (!p) return undefined;
  const same = p.workerPath === workerPath && p.execArgv.join('\0') === execArgv.join('\0') && args.length === 0 && env === process.env;
  const alive = p.child.exitCode === null && p.child.signalCode === null && p.child.connected;
  if (!same || !alive) {
    if (p.child.connected) p.child.disconnect(); // the worker exits on disconnect
    return undefined;
  }
  p.child.off('message', p.keep);
  setRef(p.child, true);
  return { child: p.child, early: p.early };
}
