// What the terminal allows: colour (flags and environment as chalk / supports-color document them) and width.
// Pure functions of their inputs so they can be tested without a terminal; the CLI passes process state in.

export interface ColorInputs {
  /** commander's value for --color / --no-color: true, false, or undefined when neither was given. */
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/**
 * Colour on or off. Precedence, as chalk (supports-color) and Node document it:
 * 1. `--color` / `--no-color` on the command line (the user's explicit word for this run);
 * 2. `FORCE_COLOR`: `0` or `false` turns colour off, `1`–`3` or `true` turns it on even in a pipe;
 * 3. `NO_COLOR` set and not empty (no-color.org) turns it off;
 * 4. otherwise colour only on a terminal that is not `TERM=dumb`.
 * An empty FORCE_COLOR counts as unset (shells and CI templates often export empty variables).
 */
export function colorEnabled({ flag, env, isTTY }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === 'false' || force === '0') return false;
    if (force === 'true' || /^[1-3]$/.test(force)) return true;
  }
  if ((env.NO_COLOR ?? '') !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/** Narrowest and widest widths honoured: a report narrower than 40 columns is unreadable anyway. */
const MIN_WIDTH = 40;
const DEFAULT_WIDTH = 80;

/**
 * Width to fit the output to: the terminal's columns on a TTY; else COLUMNS when it is a number (a pipe into a pager,
 * CI logs); else 80.
 */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromTty = stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : undefined;
  const fromEnv = /^\d+$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined;
  const width = fromTty ?? fromEnv ?? DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}
