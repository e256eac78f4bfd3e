// Time on the calendar: the union of job intervals (overlaps merged, never double-counted), months counted
// inclusively (Jan–Jan is 1 month), and gaps of 3 months or more between work intervals.
import type { Interval, Job, JobKind, Timeline, YearMonth } from '../types.js';
import { compareYm, endOf, monthsInclusive } from './dates.js';
import { addMonths } from '../months.js';

/** Gaps shorter than this are job changes, not gaps worth showing. */
export const MIN_GAP_MONTHS = 3;
/** Kinds of work on the overall timeline: everything but volunteering (a PhD or military service is not a gap). */
export const TIMELINE_KINDS: readonly JobKind[] = ['employment', 'academic', 'internship', 'military', 'unknown'];

/**
 * The months a job adds: none when undated, not started by the as-of date, or written ending before it starts
 * ("2019 – 2015", REVERSED_RANGE: issue 13 says count 0, not swapped; `readReversed` gives the swapped reading to
 * the check that asks whether a must-have depends on it).
 */
export function jobInterval(job: Job, asOf: YearMonth, readReversed = false): Interval | undefined {
  if (!job.range || (!readReversed && job.flags.includes('REVERSED_RANGE'))) return undefined;
  const end = endOf(job.range, asOf);
  // A job that has not started by the as-of date, or a "Present" older than its start, adds nothing.
  if (compareYm(job.range.start, asOf) > 0 || compareYm(end, job.range.start) < 0) return undefined;
  return { start: job.range.start, end: compareYm(end, asOf) > 0 ? asOf : end };
}

/** Merge intervals that overlap or touch (Dec 2019 and Jan 2020 join into one). */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => compareYm(a.start, b.start));
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && compareYm(iv.start, addMonths(last.end, 1)) <= 0) {
      if (compareYm(iv.end, last.end) > 0) last.end = iv.end;
    } else {
      out.push({ start: iv.start, end: iv.end });
    }
  }
  return out;
}

export function totalMonths(union: readonly Interval[]): number {
  return union.reduce((n, iv) => n + monthsInclusive(iv.start, iv.end), 0);
}

export function findGaps(union: readonly Interval[]): Interval[] {
  const gaps: Interval[] = [];
  for (let i = 1; i < union.length; i++) {
    const prev = union[i - 1];
    const next = union[i];
    if (!prev || !next) continue;
    const start = addMonths(prev.end, 1);
    const end = addMonths(next.start, -1);
    if (monthsInclusive(start, end) >= MIN_GAP_MONTHS) gaps.push({ start, end });
  }
  return gaps;
}

export function buildTimeline(jobs: readonly Job[], asOf: YearMonth): Timeline {
  const intervals = jobs.flatMap((j) => (TIMELINE_KINDS.includes(j.kind) ? (jobInterval(j, asOf) ?? []) : []));
  const union = unionIntervals(intervals);
  return { intervals: union, months: totalMonths(union), gaps: findGaps(union) };
}

/** Years to two decimals, as reports and labels show them. */
export function monthsToYears(months: number): number {
  return Math.round((months / 12) * 100) / 100;
}
