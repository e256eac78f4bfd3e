// Job-level matching of what the tool read against what a person labelled: each labelled job is paired with at most
// one job the tool reported (one-to-one, best pairs first), then each pair is checked field by field.
import type { Job, YearMonth } from '../../../src/types.js';
import type { LabelJob } from './labels.js';

export interface JobCheck {
  /** Index of the labelled job. */
  label: number;
  /** Index of the tool's job paired with it, if any. */
  found?: number;
  datesRight: boolean;
  titleRight: boolean;
  companyRight: boolean;
  kindRight: boolean;
}

export interface FileCheck {
  jobs: JobCheck[];
  /** Jobs the tool reported that match no labelled job. */
  extra: number[];
  reported: number;
}

/** Case, spacing, dash and quote styles, "&" and edge punctuation are not reading errors. */
export function normalName(s: string | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:|·•*()-]+|[\s.,;:|·•*()-]+$/gu, '');
}

function words(s: string | undefined): Set<string> {
  return new Set(normalName(s).split(/[^\p{L}\p{N}+#]+/u).filter((w) => w.length > 0));
}

/** Shared words over all words (0–1). */
export function similarity(a: string | undefined, b: string | undefined): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

const monthIndex = (ym: YearMonth): number => ym.year * 12 + ym.month - 1;

/** A start or end is right within ±1 month, or by the year when the label gives only the year. */
export function datePointRight(label: string | null, got: YearMonth | 'present' | undefined): boolean {
  if (label === null) return got === undefined;
  if (label === 'present') return got === 'present';
  if (got === undefined || got === 'present') return false;
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(label);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return got.year === year;
  return Math.abs(monthIndex(got) - monthIndex({ year, month: Number(m[2]) })) <= 1;
}

function datesRight(label: LabelJob, job: Job): boolean {
  return datePointRight(label.start, job.range?.start) && datePointRight(label.end, job.range?.end);
}

function pairWeight(label: LabelJob, job: Job): number {
  const start = datePointRight(label.start, job.range?.start) ? 1 : 0;
  const end = datePointRight(label.end, job.range?.end) ? 1 : 0;
  const title = Math.max(similarity(label.title, job.title), similarity(label.title, job.org));
  const company = label.company === undefined ? 0 : Math.max(similarity(label.company, job.org), similarity(label.company, job.title));
  // A pair needs its dates, or words of the title or company, in common: a stray line is not "the same job".
  if (start + end < 2 && title < 0.5 && company < 0.5 && !(start + end === 1 && title + company > 0)) return 0;
  return start + end + 1.5 * title + 1.5 * company;
}

/** The organisation as labelled, or as labelled with its place ("Acme Ltd., Leeds") that the tool split off. */
function companyRight(label: string | undefined, job: Job): boolean {
  const want = normalName(label);
  return want === normalName(job.org) || (job.location !== undefined && want === normalName(`${job.org ?? ''}, ${job.location}`));
}

/** Pairs labelled jobs with the tool's jobs one-to-one, heaviest pairs first. */
export function matchJobs(labels: readonly LabelJob[], jobs: readonly Job[]): FileCheck {
  const pairs: { l: number; j: number; w: number }[] = [];
  labels.forEach((label, l) => jobs.forEach((job, j) => {
    const w = pairWeight(label, job);
    if (w > 0) pairs.push({ l, j, w });
  }));
  pairs.sort((a, b) => b.w - a.w || a.l - b.l || a.j - b.j);
  const byLabel = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (byLabel.has(p.l) || used.has(p.j)) continue;
    byLabel.set(p.l, p.j);
    used.add(p.j);
  }
  const checks = labels.map((label, l): JobCheck => {
    const j = byLabel.get(l);
    const job = j === undefined ? undefined : jobs[j];
    if (j === undefined || !job) return { label: l, datesRight: false, titleRight: false, companyRight: false, kindRight: false };
    return {
      label: l,
      found: j,
      datesRight: datesRight(label, job),
      titleRight: normalName(label.title) === normalName(job.title),
      companyRight: companyRight(label.company, job),
      kindRight: label.kind === job.kind,
    };
  });
  return { jobs: checks, extra: jobs.map((_, j) => j).filter((j) => !used.has(j)), reported: jobs.length };
}
