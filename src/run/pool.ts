// A pool of child processes that read résumés, so one hostile file cannot stop, slow or take over a batch.
// Each child: heap cap (--max-old-space-size), RSS watchdog (parent reads /proc), per-file timeout. A child is
// replaced when its resident memory has grown past `recycleAtMb` (read after each file), after `recycleAfter` files
// if a count is set, and after any failure; a failed file is retried once in a fresh child. Replacing by memory, not
// by count, keeps a long batch's children warm: a new child reads its first few hundred files at about 1.6x the
// cost while the JIT warms up, and a fixed count paid that again every 500 files (and started a third child for the
// last few files of a 1,000-file batch).
// A busy child is also handed its next file ahead of time, so it starts on it the moment it answers instead of
// waiting a round trip for the parent (about a tenth of a child's time in a batch, before). The child reads its
// files one at a time, in order; a file's clock starts when the one before it is answered.
import type { ChildProcess } from 'node:child_process';
import { forkChild, heapFlag } from './child-args.js';
import { HEAP_LIMIT_PATTERN, residentBytes } from './memory.js';
import { adoptPrestarted, releasePrestarted } from './prestart.js';

export type Failure = 'TIMEOUT' | 'OUT_OF_MEMORY' | 'CRASHED';

export interface PoolOptions {
  workerPath: string;
  /** Extra node flags for children (e.g. ['--import', 'tsx'] when running from sources). */
  execArgv: string[];
  jobs: number;
  timeoutMs: number;
  maxMemoryMb: number;
  /** Replace a child after this many files (0: never by count). */
  recycleAfter: number;
  /** Replace a child once its RSS after a file is above this many MB (0: never by memory). */
  recycleAtMb?: number;
  /** Forward children's stderr (library noise, V8 messages) to ours: --verbose only. */
  forwardStderr: boolean;
  env?: NodeJS.ProcessEnv;
  /** Arguments for every child (the worker takes the rubric path and sha256, to load it while it starts). */
  args?: string[];
}

export type PoolResult<R> = { ok: true; message: R; attempts: number; elapsedMs: number } | { ok: false; failure: Failure; attempts: number; elapsedMs: number };

interface Task<R> {
  request: { id: number };
  attempts: number;
  started: number;
  resolve: (result: PoolResult<R>) => void;
}

interface Slot<R> {
  child: ChildProcess;
  ready: boolean;
  done: number;
  /** The file the child is reading. */
  task?: Task<R>;
  /** The file sent ahead, which the child reads after `task`. */
  next?: Task<R>;
  timer?: NodeJS.Timeout;
  overMemory: boolean;
  /** Replaced once the files it holds are answered: it takes no file ahead. */
  retiring: boolean;
  stderrTail: string;
}

/** Where /proc cannot be read (not Linux), a child is replaced after this many files instead of by memory. */
export const RECYCLE_FALLBACK_FILES = 2000;

const WATCH_INTERVAL_MS = 100;
const MAX_STARTUP_FAILURES = 3;
const STARTUP_TIMEOUT_MS = 30_000;
const STDERR_TAIL = 4096;

export class Pool<R extends { id: number }> {
  private readonly slots = new Set<Slot<R>>();
  private readonly queue: Task<R>[] = [];
  private readonly watch: NodeJS.Timeout;
  private closed = false;
  /** The caps a failure is reported against. */
  readonly limits: { timeoutMs: number; maxMemoryMb: number };
  /** Sent to every child as soon as it is ready, before any work (e.g. the validated rubric). */
  private init: object | undefined;
  /** Children that died before saying ready, in a row: a broken worker must not respawn forever. */
  private startupFailures = 0;
  /** Children started so far (a replaced child counts again). */
  started = 0;
  /** Told when a child starts OCR on some pages (the progress line counts them). */
  onOcrPages: ((pages: number) => void) | undefined;

  constructor(private readonly options: PoolOptions) {
    this.limits = { timeoutMs: options.timeoutMs, maxMemoryMb: options.maxMemoryMb };
    this.watch = setInterval(() => this.checkMemory(), WATCH_INTERVAL_MS);
    this.watch.unref();
  }

  /** Start children ahead of work so their module loading overlaps the parent's own start-up. */
  warm(count: number): void {
    while (this.slots.size < Math.min(count, this.options.jobs)) this.spawn();
    // Children bin/ started beyond what this run uses are let go now rather than idle through it.
    releasePrestarted();
  }

  /** A message every child gets once, before its first file: now for the ready ones, on start-up for the others. */
  broadcast(message: object): void {
    this.init = message;
    for (const slot of this.slots) if (slot.ready && slot.child.connected) slot.child.send(message);
  }

  /** Process ids of the live children (diagnostics, tests). */
  get childPids(): number[] {
    return [...this.slots].flatMap((s) => (s.child.pid === undefined ? [] : [s.child.pid]));
  }

  run(request: { id: number }): Promise<PoolResult<R>> {
    return new Promise((resolve) => {
      this.queue.push({ request, attempts: 0, started: Date.now(), resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watch);
    const exits = [...this.slots].map((slot) => this.retire(slot));
    await Promise.all(exits);
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const idle = [...this.slots].find((s) => s.ready && !s.task);
      if (!idle) break;
      const task = this.queue.shift();
      if (task) this.assign(idle, task);
    }
    // Start children only for work no starting child will take: one file must not pay for a second start-up.
    let starting = [...this.slots].filter((s) => !s.ready).length;
    while (this.queue.length > starting && this.slots.size < this.options.jobs) {
      this.spawn();
      starting++;
    }
    // Whatever is left waits in the busy children (never in one that retires after its current file).
    for (const slot of this.slots) {
      if (this.queue.length <= starting) break;
      if (slot.task && !slot.next && !slot.retiring && !this.countReached(slot.done + 2)) {
        const task = this.queue.shift();
        if (task) this.sendAhead(slot, task);
      }
    }
  }

  private assign(slot: Slot<R>, task: Task<R>): void {
    slot.child.send(task.request);
    this.begin(slot, task);
  }

  private sendAhead(slot: Slot<R>, task: Task<R>): void {
    slot.child.send(task.request);
    slot.next = task;
  }

  /** The child starts on `task` now: count the attempt and start its clock. */
  private begin(slot: Slot<R>, task: Task<R>): void {
    // Per-file time counts from the first attempt's start, not from the time spent waiting in the queue.
    if (task.attempts === 0) task.started = Date.now();
    task.attempts += 1;
    slot.task = task;
    slot.timer = setTimeout(() => this.fail(slot, 'TIMEOUT'), this.options.timeoutMs);
  }

  private spawn(): void {
    const { workerPath, maxMemoryMb } = this.options;
    const execArgv = [...this.options.execArgv, heapFlag(maxMemoryMb)];
    const args = this.options.args ?? [];
    const env = this.options.env ?? process.env;
    // The child bin/ started ahead with these very settings, if there is one; else a new one.
    const adopted = adoptPrestarted(workerPath, execArgv, args, env);
    const child = adopted?.child ?? forkChild(workerPath, execArgv, args, env);
    const slot: Slot<R> = { child, ready: false, done: 0, overMemory: false, retiring: false, stderrTail: '' };
    this.started += 1;
    this.slots.add(slot);
    child.stderr?.on('data', (chunk: Buffer) => {
      slot.stderrTail = (slot.stderrTail + chunk.toString('latin1')).slice(-STDERR_TAIL);
      if (this.options.forwardStderr) process.stderr.write(chunk);
    });
    child.on('message', (message: unknown) => this.receive(slot, message));
    child.on('exit', () => this.exited(slot));
    child.on('error', () => undefined); // 'exit' follows; a send to a dead child must not throw.
    const startup = setTimeout(() => {
      if (!slot.ready) child.kill('SIGKILL');
    }, STARTUP_TIMEOUT_MS);
    startup.unref();
    // What the adopted child said before it was ours (its 'ready'), after this call returns (no re-entry).
    if (adopted) queueMicrotask(() => adopted.early.forEach((message) => this.receive(slot, message)));
  }

  private receive(slot: Slot<R>, message: unknown): void {
    if (!isObject(message)) return;
    if (message.type === 'ready') {
      slot.ready = true;
      this.startupFailures = 0;
      if (this.init) slot.child.send(this.init);
      this.dispatch();
      return;
    }
    const task = slot.task;
    if (message.type === 'ocr' && task && message.id === task.request.id) {
      // OCR has its own budget per page: the file's clock is set to the ordinary timeout plus that budget, from now.
      clearTimeout(slot.timer);
      slot.timer = setTimeout(() => this.fail(slot, 'TIMEOUT'), this.options.timeoutMs + Number(message.extendMs));
      this.onOcrPages?.(Number(message.pages));
      return;
    }
    if (message.type !== 'result' || !task || message.id !== task.request.id) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.done += 1;
    task.resolve({ ok: true, message: message as unknown as R, attempts: task.attempts, elapsedMs: Date.now() - task.started });
    if (!slot.retiring) slot.retiring = this.outgrown(slot);
    const next = slot.next;
    slot.next = undefined;
    if (next) this.begin(slot, next);
    else if (slot.retiring) void this.retire(slot);
    this.dispatch();
  }

  /** `done` files reach the fixed count, if one is set. */
  private countReached(done: number): boolean {
    return this.options.recycleAfter > 0 && done > this.options.recycleAfter;
  }

  /** Time to replace this child: its memory has grown past the mark, or the count is reached. */
  private outgrown(slot: Slot<R>): boolean {
    if (this.countReached(slot.done + 1)) return true;
    const mark = (this.options.recycleAtMb ?? 0) * 1024 * 1024;
    if (mark <= 0) return false;
    const rss = slot.child.pid === undefined ? undefined : residentBytes(slot.child.pid);
    return rss === undefined ? slot.done >= RECYCLE_FALLBACK_FILES : rss > mark;
  }

  /** A child failed on its current file: kill it, retry the file once in a fresh child, then give up. */
  private fail(slot: Slot<R>, failure: Failure): void {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    this.slots.delete(slot);
    slot.child.kill('SIGKILL');
    // The file sent ahead was never started: it goes back to the front of the queue, its attempts untouched.
    if (slot.next) this.queue.unshift(slot.next);
    slot.next = undefined;
    if (task) {
      if (task.attempts < 2 && !this.closed) this.queue.unshift(task);
      else task.resolve({ ok: false, failure, attempts: task.attempts, elapsedMs: Date.now() - task.started });
    }
    this.dispatch();
  }

  private exited(slot: Slot<R>): void {
    if (!this.slots.has(slot)) return;
    if (slot.task) {
      const oom = slot.overMemory || HEAP_LIMIT_PATTERN.test(slot.stderrTail);
      this.fail(slot, oom ? 'OUT_OF_MEMORY' : 'CRASHED');
      return;
    }
    this.slots.delete(slot);
    if (!slot.ready && ++this.startupFailures >= MAX_STARTUP_FAILURES) this.failQueued();
    this.dispatch();
  }

  /** The worker cannot start at all: every waiting file becomes CRASHED rather than waiting forever. */
  private failQueued(): void {
    for (const task of this.queue.splice(0)) {
      task.resolve({ ok: false, failure: 'CRASHED', attempts: task.attempts, elapsedMs: Date.now() - task.started });
    }
  }

  private checkMemory(): void {
    const limit = this.options.maxMemoryMb * 1024 * 1024;
    for (const slot of this.slots) {
      if (!slot.task || slot.child.pid === undefined) continue;
      const rss = residentBytes(slot.child.pid);
      if (rss !== undefined && rss > limit) {
        slot.overMemory = true;
        this.fail(slot, 'OUT_OF_MEMORY');
      }
    }
  }

  private retire(slot: Slot<R>): Promise<void> {
    this.slots.delete(slot);
    clearTimeout(slot.timer);
    const child = slot.child;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      if (child.connected) child.disconnect(); // the worker exits on disconnect
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
