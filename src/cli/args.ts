// Argument parsers for commander options: one error style (InvalidArgumentError, so commander prints
// "error: option '--x <v>' argument 'y' is invalid. <reason>" and main() exits 2).
import { InvalidArgumentError } from 'commander';

/** `YYYY-MM-DD` (or `YYYY-MM`, read as the 1st) that is a real calendar date: 2026-02-31 and 2026-13-01 are refused. */
export function parseAsOf(value: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = m?.[3] === undefined ? 1 : Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = m !== null && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) throw new InvalidArgumentError('--as-of must be a date YYYY-MM-DD that exists on the calendar.');
  return m[3] === undefined ? `${value}-01` : value;
}

/** A parser for whole numbers ≥ min, named for its message. */
export function wholeNumber(name: string, min: number): (value: string) => string {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}.`);
    return value;
  };
}

/** Today, as the default --as-of (UTC date). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
