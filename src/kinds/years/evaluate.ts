// `years`: months of the role category's jobs (its timeline), or of a recent window, against the rubric's min/max.
import type { CategoryTotal, Evidence, Interval, Job, Profile, YearMonth } from '../../types.js';
import { jobInterval, unionIntervals } from '../../profile/timeline.js';
import { monthIndex } from '../../months.js';
import type { KindContext, KindResult } from '../kind.js';
import type { YearsCode } from './codes.js';
import type { YearsOptions } from './options.js';


/** Months of the (merged, inclusive) intervals that fall in the last `years` years up to and including asOf. */
export function monthsWithin(intervals: readonly Interval[], asOf: YearMonth, years: number): number {
  const windowEnd = monthIndex(asOf);
  const windowStart = windowEnd - Math.round(years * 12) + 1;
  let months = 0;
  for (const iv of intervals) {
    const from = Math.max(monthIndex(iv.start), windowStart);
    const to = Math.min(monthIndex(iv.end), windowEnd);
    if (to >= from) months += to - from + 1;
  }
  return months;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The jobs that counted, each as its first line with its date range, plus why it counted. */
function jobEvidence(profile: Profile, category: string, jobIndices: readonly number[]): Evidence[] {
  const out: Evidence[] = [];
  for (const j of jobIndices) {
    const job = profile.jobs[j];
    if (!job) continue;
    const head = profile.lines[job.start];
    const e: Evidence = { text: head?.text ?? job.title, line: job.start, section: 'experience' };
    if (head) e.page = head.page;
    if (job.range) e.note = job.range.raw;
    out.push(e);
    const why = job.categories.find((c) => c.category === category);
    if (why?.flag !== undefined) e.note = [e.note, why.flag].filter(Boolean).join(' · ');
    if (why?.via === 'evidence') out.push(...why.evidence.slice(0, 2));
    if (why?.via === 'title+evidence') out.push(...why.evidence.slice(1, 3));
  }
  return out;
}

const isTitleOnly = (job: Job, category: string): boolean =>
  job.categories.some((c) => c.category === category && c.flag === 'TITLE_ONLY');

/** The intervals of the counted jobs whose title is backed by their text, or undefined when none is TITLE_ONLY. */
function confirmedIntervals(profile: Profile, total: CategoryTotal): Interval[] | undefined {
  const jobs = total.jobs.flatMap((j) => profile.jobs[j] ?? []);
  if (!jobs.some((job) => isTitleOnly(job, total.category))) return undefined;
  const confirmed = jobs.filter((job) => !isTitleOnly(job, total.category));
  return unionIntervals(confirmed.flatMap((job) => jobInterval(job, profile.asOf) ?? []));
}

/**
 * The counted jobs' intervals with every inferred end (INFERRED_END) taken back to what the résumé states, its lone
 * start month; undefined when no counted job has one.
 */
function statedIntervals(profile: Profile, total: CategoryTotal): Interval[] | undefined {
  const jobs = total.jobs.flatMap((j) => profile.jobs[j] ?? []);
  if (!jobs.some((job) => job.flags.includes('INFERRED_END'))) return undefined;
  return unionIntervals(jobs.flatMap((job) => {
    const iv = jobInterval(job, profile.asOf);
    if (!iv || !job.flags.includes('INFERRED_END')) return iv ?? [];
    return [{ start: iv.start, end: iv.start }];
  }));
}

function yearsOf(intervals: readonly Interval[], asOf: YearMonth, withinYears: number | undefined): number {
  const farFuture = 1000;
  return round2(monthsWithin(intervals, asOf, withinYears ?? farFuture) / 12);
}

export function evaluateYears(profile: Profile, o: YearsOptions, ctx: KindContext): KindResult<YearsCode> {
  const total = profile.categories[o.category];
  const value =
    total === undefined
      ? 0
      : o.within_years === undefined
        ? round2(total.years)
        : round2(monthsWithin(total.intervals, ctx.asOf, o.within_years) / 12);
  const margin = o.margin ?? ctx.rubric.bands.margin;
  const data: Record<string, unknown> = { category: o.category, years: value, min: o.min, margin };
  if (o.max !== undefined) data.max = o.max;
  if (o.within_years !== undefined) data.withinYears = o.within_years;
  const evidence = jobEvidence(profile, o.category, total?.jobs ?? []);
  if (o.max !== undefined && value > o.max) return { met: false, value, code: 'YEARS_ABOVE_MAX', data, evidence };
  if (value >= o.min) {
    // Met only thanks to jobs that count by their title alone: a person should read them (review, not pass).
    const intervals = total === undefined ? undefined : confirmedIntervals(profile, total);
    const confirmed = intervals === undefined ? value : yearsOf(intervals, ctx.asOf, o.within_years);
    if (confirmed < o.min) return { met: false, near: true, value, code: 'YEARS_TITLE_ONLY', data: { ...data, confirmedYears: confirmed }, evidence };
    // Met only thanks to ends read from a timeline of start dates: a person should check the dates.
    const stated = total === undefined ? undefined : statedIntervals(profile, total);
    const statedYears = stated === undefined ? value : yearsOf(stated, ctx.asOf, o.within_years);
    if (statedYears >= o.min) return { met: true, value, code: 'YEARS_MET', data, evidence };
    return { met: false, near: true, value, code: 'YEARS_INFERRED_END', data: { ...data, statedYears }, evidence };
  }
  if (value >= o.min - margin && value > 0) return { met: false, near: true, value, code: 'YEARS_NEAR_MIN', data, evidence };
  return { met: false, value, code: value === 0 ? 'YEARS_NONE' : 'YEARS_BELOW_MIN', data, evidence };
}
