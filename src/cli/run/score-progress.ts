// Progress on stderr, only when stderr is a terminal and not --quiet: count, elapsed time, errors and an ETA on one
// redrawn line that fits the terminal. The rate and ETA count only files read in this run: rows resumed from the
// journal, duplicates and missing files finish at once and would make the rest look faster than it will be.
const REDRAW_MS = 100;
const BAR = 20;

export interface Progress {
  start(total: number): void;
  tick(done: number, row?: { fresh: boolean; error: boolean }): void;
  /** A child started OCR on this many pages (shown as a running count: OCR pages take seconds each). */
  ocr(pages: number): void;
  /** The escape that erases the line (to print something else on stderr), or '' when nothing is drawn. */
  clear(): string;
  /** Erase the line before anything else is printed. */
  end(): void;
}

export interface ProgressState {
  total: number;
  done: number;
  /** Rows read in this run, and how many of the remaining ones are still to read. */
  fresh: number;
  errors: number;
  elapsedMs: number;
  /** Pages sent to OCR so far (absent or 0: not shown). */
  ocrPages?: number;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The progress line (without the redraw escapes), cut to `width` - 1 so the terminal never wraps it. */
export function progressLine(state: ProgressState, width: number): string {
  const elapsed = state.elapsedMs / 1000;
  const rate = elapsed > 0 ? state.fresh / elapsed : 0;
  const left = state.total - state.done;
  const eta = left === 0 ? '0s' : rate > 0 ? clock(left / rate) : '…';
  const filled = state.total > 0 ? Math.round((state.done / state.total) * BAR) : 0;
  const bar = '█'.repeat(filled) + '░'.repeat(BAR - filled);
  const errors = `${state.errors} error${state.errors === 1 ? '' : 's'}`;
  const ocr = state.ocrPages ? ` · ${state.ocrPages} OCR page${state.ocrPages === 1 ? '' : 's'}` : '';
  const line = `${bar} ${state.done}/${state.total} · ${clock(elapsed)} · ${errors}${ocr} · ${rate.toFixed(1)}/s · ETA ${eta}`;
  return [...line].slice(0, Math.max(10, width - 1)).join('');
}

export function createProgress(enabled: boolean, width = 80): Progress {
  if (!enabled) return { start: () => undefined, tick: () => undefined, ocr: () => undefined, clear: () => '', end: () => undefined };
  const state: ProgressState = { total: 0, done: 0, fresh: 0, errors: 0, elapsedMs: 0 };
  let started = 0;
  let last = 0;
  let shown = false;
  const draw = (): void => {
    state.elapsedMs = Date.now() - started;
    process.stderr.write(`\r\u001b[2K${progressLine(state, width)}`);
    shown = true;
  };
  return {
    start(n) {
      state.total = n;
      started = Date.now();
      draw();
    },
    tick(done, row) {
      state.done = done;
      if (row?.fresh) state.fresh++;
      if (row?.error) state.errors++;
      const now = Date.now();
      if (now - last < REDRAW_MS && done < state.total) return;
      last = now;
      draw();
    },
    ocr(pages) {
      state.ocrPages = (state.ocrPages ?? 0) + pages;
      draw();
    },
    clear: () => (shown ? '\r\u001b[2K' : ''),
    end() {
      if (shown) process.stderr.write('\r\u001b[2K');
    },
  };
}
