// A terminal chart of roles over the years: one row per dated job, one 3-character column per year, a full block
// for a year the job covers entirely, a half block for part of a year. Hiring managers would rather look than read.
import type { ChalkInstance } from 'chalk';
import type { Job, Profile, YearMonth } from '../types.js';
import { safeText } from './text.js';

/** Show at most this many years (the most recent ones). */
const MAX_YEARS = 25;
const LABEL_WIDTH = 28;
const FULL = '██';
const PART = '▌ ';
const NONE = '· ';

function monthsInYear(job: Job, year: number, asOf: YearMonth): number {
  if (!job.range) return 0;
  const end = job.range.end === 'present' ? asOf : job.range.end;
  const from = Math.max(job.range.start.year * 12 + job.range.start.month, year * 12 + 1);
  const to = Math.min(end.year * 12 + end.month, year * 12 + 12, asOf.year * 12 + asOf.month);
  return Math.max(0, to - from + 1);
}

/** Sanitised here, before any colour: a title is résumé text and may hold escape bytes. */
function label(job: Job, i: number): string {
  const text = `${i + 1}. ${safeText(job.title)}`;
  return text.length > LABEL_WIDTH ? `${text.slice(0, LABEL_WIDTH - 1)}…` : text.padEnd(LABEL_WIDTH);
}

function rowColour(c: ChalkInstance, job: Job): (s: string) => string {
  if (job.kind !== 'employment') return c.dim;
  const ids = job.categories.map((m) => m.category);
  if (ids.length > 1) return c.magenta;
  if (ids.length === 1) return ids[0] === 'people-management' ? c.cyan : c.green;
  return (s: string) => s;
}

/** `width`: columns available; fewer (more recent) years are shown when the chart would not fit. */
export function roleChart(p: Profile, c: ChalkInstance, width?: number): string[] {
  const dated = p.jobs.map((job, i) => ({ job, i })).filter(({ job }) => job.months > 0);
  if (dated.length === 0) return [];
  const earliest = dated.reduce((y, { job }) => Math.min(y, job.range?.start.year ?? y), p.asOf.year);
  // label + space + 3 columns a year + "  internship" (the longest kind) must fit.
  const fits = width === undefined ? MAX_YEARS : Math.max(3, Math.floor((width - LABEL_WIDTH - 1 - 14) / 3));
  const first = Math.max(earliest, p.asOf.year - Math.min(MAX_YEARS, fits) + 1);
  const years = Array.from({ length: p.asOf.year - first + 1 }, (_, k) => first + k);
  const header = `${' '.repeat(LABEL_WIDTH)} ${years.map((y) => String(y % 100).padStart(2, '0')).join(' ')}`;
  const rows = dated.map(({ job, i }) => {
    const cells = years.map((y) => {
      const m = monthsInYear(job, y, p.asOf);
      return m >= 12 ? FULL : m > 0 ? PART : NONE;
    });
    return `${label(job, i)} ${rowColour(c, job)(cells.join(' '))}  ${c.dim(job.kind)}`;
  });
  return [c.bold(header), ...rows];
}
