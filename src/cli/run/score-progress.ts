// Progress on stderr, only when stderr is a terminal and not --quiet: count, rate and ETA on one redrawn line.
const REDRAW_MS = 100;
const BAR = 24;

export interface Progress {
  start(total: number): void;
  tick(done: number): void;
  /** Erase the line before anything else is printed. */
  end(): void;
}

export function createProgress(enabled: boolean): Progress {
  if (!enabled) return { start: () => undefined, tick: () => undefined, end: () => undefined };
  let total = 0;
  let started = 0;
  let last = 0;
  let shown = false;
  const draw = (done: number): void => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const filled = total > 0 ? Math.round((done / total) * BAR) : 0;
    const bar = '█'.repeat(filled) + '░'.repeat(BAR - filled);
    process.stderr.write(`\r\u001b[2K${bar} ${done}/${total}  ${rate.toFixed(1)}/s  ETA ${eta}s`);
    shown = true;
  };
  return {
    start(n) {
      total = n;
      started = Date.now();
      draw(0);
    },
    tick(done) {
      const now = Date.now();
      if (now - last < REDRAW_MS && done < total) return;
      last = now;
      draw(done);
    },
    end() {
      if (shown) process.stderr.write('\r\u001b[2K');
    },
  };
}
