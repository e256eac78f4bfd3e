// Pure pieces of the CLI's manners: colour precedence, output width, --as-of, whole numbers, the progress line.
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseAsOf, wholeNumber } from '../../src/cli/args.js';
import { progressLine } from '../../src/cli/run/score-progress.js';
import { colorEnabled, outputWidth } from '../../src/cli/terminal.js';

describe('colorEnabled', () => {
  it.each([
    // flag, env, isTTY, expected
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [undefined, { TERM: 'dumb' }, true, false],
    [undefined, { NO_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '3' }, false, true],
    [undefined, { FORCE_COLOR: 'true' }, false, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, { FORCE_COLOR: 'false' }, true, false],
    [undefined, { FORCE_COLOR: '' }, false, false],
    [undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [true, { NO_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '1' }, true, false],
  ] as const)('flag %j env %j tty %j → %j', (flag, env, isTTY, expected) => {
    expect(colorEnabled({ flag, env, isTTY })).toBe(expected);
  });
});

describe('outputWidth', () => {
  it.each([
    [{ isTTY: true, columns: 120 }, { COLUMNS: '60' }, 120],
    [{ isTTY: false }, { COLUMNS: '60' }, 60],
    [{ isTTY: false }, {}, 80],
    [{ isTTY: false }, { COLUMNS: 'wide' }, 80],
    [{ isTTY: true, columns: 20 }, {}, 40],
  ])('%j %j → %i', (stream, env, expected) => {
    expect(outputWidth(stream, env)).toBe(expected);
  });
});

describe('--as-of', () => {
  it.each([
    ['2026-02-28', '2026-02-28'],
    ['2024-02-29', '2024-02-29'],
    ['2026-11', '2026-11-01'],
  ])('accepts %s', (value, expected) => {
    expect(parseAsOf(value)).toBe(expected);
  });

  it.each(['2026-02-31', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026/01/01', 'today', ''])('refuses %j', (value) => {
    expect(() => parseAsOf(value)).toThrow(InvalidArgumentError);
  });
});

describe('wholeNumber', () => {
  it('accepts whole numbers at or above the minimum and refuses the rest', () => {
    const jobs = wholeNumber('--jobs', 1);
    expect(jobs('4')).toBe('4');
    for (const bad of ['0', '-1', '1.5', 'two', '']) expect(() => jobs(bad)).toThrow(/--jobs must be a whole number ≥ 1/);
  });
});

describe('progressLine', () => {
  it('rates only the files read in this run (resumed rows do not shorten the ETA) and fits the width', () => {
    const line = progressLine({ total: 100, done: 60, fresh: 10, errors: 2, elapsedMs: 10_000 }, 80);
    expect(line).toContain('60/100 · 10s · 2 errors · 1.0/s · ETA 40s');
    expect([...progressLine({ total: 100, done: 60, fresh: 10, errors: 1, elapsedMs: 10_000 }, 30)].length).toBeLessThanOrEqual(29);
    expect(progressLine({ total: 5, done: 0, fresh: 0, errors: 0, elapsedMs: 0 }, 80)).toContain('ETA …');
  });
});
