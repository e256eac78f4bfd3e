// A timeline of start dates only ("10/2021 Senior Data Scientist @Fjordline", "10/2018 Software Engineer @UB", or
// "2019 – Data Scientist, Kestrel Labs"): a recruiter reads each job as running until the next one starts, and the
// newest as the current one. The ends are inferred, so each such job carries INFERRED_END (and the newest also
// OPEN_RANGE, like "2021 –"); a years requirement met only thanks to them is a review, never a pass
// (src/kinds/years). Inferred ends never overlap the next job, so they add no month a range would not.
import type { Section, YearMonth } from '../types.js';
import { YEAR_ONLY_START_MONTH } from './date-points.js';
import { compareYm } from './dates.js';
import { addMonths } from '../months.js';
import type { ParsedJob } from './jobs.js';
import { classifyKind } from './kinds.js';

/** A start-date timeline has at least this many dated jobs (one lone date is a one-off, not a timeline). */
const MIN_TIMELINE_JOBS = 2;

export interface PlacedJob {
  job: ParsedJob;
  section: Section;
}

/** Where a lone date starts: its month, or July for a year alone (THE YEAR-ONLY RULE, date-points.ts). */
function startOf(job: ParsedJob): YearMonth | undefined {
  const range = job.range;
  if (!range) return undefined;
  return job.singleDate && range.precision === 'year' ? { year: range.start.year, month: YEAR_ONLY_START_MONTH } : range.start;
}

/**
 * A section is a start-date timeline when every dated job in it has a lone date (a month or a year, not a season),
 * there are at least two, and they run strictly one way (newest first or oldest first). One range among them, two
 * jobs starting together or a season ("Summer 2019") is not.
 */
function isStartTimeline(jobs: readonly ParsedJob[]): boolean {
  const dated = jobs.filter((j) => j.range !== undefined);
  if (dated.length < MIN_TIMELINE_JOBS || !dated.every((j) => j.singleDate === true && j.range?.precision !== 'season')) return false;
  const starts = dated.map((j) => startOf(j) as YearMonth);
  const steps = starts.slice(1).map((s, i) => compareYm(s, starts[i] as YearMonth));
  return steps.every((c) => c < 0) || steps.every((c) => c > 0);
}

/**
 * The jobs with the ends of start-date timelines inferred: in each experience section that is one, a job runs until
 * the next job of any experience section starts (a month before it), and the newest to the as-of date. An
 * internship keeps its lone date (a summer is not a year). Every other job is returned as it was.
 */
export function inferTimelineEnds(parsed: readonly PlacedJob[]): PlacedJob[] {
  const experience = parsed.filter((p) => p.section.kind === 'experience');
  const timelines = new Set([...new Set(experience.map((p) => p.section))].filter((section) => isStartTimeline(experience.filter((p) => p.section === section).map((p) => p.job))));
  if (timelines.size === 0) return [...parsed];
  const starts = experience.flatMap((p) => startOf(p.job) ?? []);
  return parsed.map((p) => {
    const start = startOf(p.job);
    const range = p.job.range;
    if (!timelines.has(p.section) || !start || !range || isInternship(p)) return p;
    const next = starts.filter((s) => compareYm(s, start) > 0).sort(compareYm)[0];
    const end: YearMonth | 'present' = next ? addMonths(next, -1) : 'present';
    const flags = [...p.job.flags, 'INFERRED_END', ...(next ? [] : ['OPEN_RANGE'])];
    return { ...p, job: { ...p.job, range: { ...range, start, end }, flags } };
  });
}

function isInternship({ job, section }: PlacedJob): boolean {
  const kind = classifyKind({
    title: job.title, sectionKind: section.kind, ...(job.org !== undefined ? { org: job.org } : {}),
    ...(section.heading !== undefined ? { sectionHeading: section.heading } : {}), ...(job.employmentType !== undefined ? { employmentType: job.employmentType } : {}),
  });
  return kind === 'internship';
}
