// Labels of the fixture résumés (fixtures/resumes/*.yaml `expected:` blocks and fixtures/cases/text-resumes.expected.yaml)
// and the comparison of a Profile against them. Shared by labelled.test.ts and scripts that report accuracy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Profile, YearMonth } from '../../src/types.js';

export const RESUMES = 'fixtures/resumes';
export const TEXT_LABELS = 'fixtures/cases/text-resumes.expected.yaml';
export const AS_OF: YearMonth = { year: 2026, month: 11 };
/** ±0.25 years: month precision, and year-only résumés counted by the year-only rule. */
export const YEARS_TOLERANCE = 0.25;

export interface ExpectedJob {
  title: string;
  org?: string;
  start: string | null;
  end: string | null;
  kind: string;
}

export interface Expected {
  jobs: ExpectedJob[];
  years: Record<string, number>;
  precision: 'month' | 'year';
}

export interface LabelledFile {
  file: string;
  expected: Expected;
}

export function labelledFiles(): LabelledFile[] {
  const out: LabelledFile[] = [];
  for (const name of readdirSync(RESUMES).filter((n) => n.endsWith('.yaml')).sort()) {
    const src = parse(readFileSync(join(RESUMES, name), 'utf8')) as { expected?: Expected };
    if (!src.expected) continue;
    for (const ext of ['pdf', 'docx']) {
      const file = join(RESUMES, name.replace(/\.yaml$/, `.${ext}`));
      if (existsSync(file)) out.push({ file, expected: src.expected });
    }
  }
  if (existsSync(TEXT_LABELS)) {
    const text = parse(readFileSync(TEXT_LABELS, 'utf8')) as { files?: Record<string, Expected> };
    for (const [name, expected] of Object.entries(text.files ?? {})) {
      const file = join(RESUMES, name);
      if (existsSync(file)) out.push({ file, expected });
    }
  }
  return out;
}

function ym(v: YearMonth | 'present' | undefined): string | null {
  if (v === undefined) return null;
  return v === 'present' ? 'present' : `${v.year}-${String(v.month).padStart(2, '0')}`;
}

const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export interface Comparison {
  jobCountOk: boolean;
  jobsRight: number;
  jobsTotal: number;
  yearsRight: number;
  yearsTotal: number;
  problems: string[];
}

/** What differs between a profile and its labels (empty `problems` = all right). */
export function compareToLabels(p: Profile, e: Expected): Comparison {
  const problems: string[] = [];
  const jobCountOk = p.jobs.length === e.jobs.length;
  if (!jobCountOk) problems.push(`jobs: ${p.jobs.length} found, ${e.jobs.length} expected`);
  let jobsRight = 0;
  e.jobs.forEach((want, i) => {
    const got = p.jobs[i];
    const gotFields = { title: norm(got?.title), org: norm(got?.org), start: ym(got?.range?.start), end: ym(got?.range?.end), kind: got?.kind };
    const wantFields = { title: norm(want.title), org: norm(want.org), start: want.start, end: want.end === null ? null : String(want.end), kind: want.kind };
    const diffs = (Object.keys(wantFields) as (keyof typeof wantFields)[]).filter((k) => gotFields[k] !== wantFields[k]);
    if (diffs.length === 0) jobsRight++;
    else problems.push(`job ${i + 1}: ${diffs.map((k) => `${k} ${JSON.stringify(gotFields[k])} ≠ ${JSON.stringify(wantFields[k])}`).join(', ')}`);
  });
  let yearsRight = 0;
  const cats = Object.entries(e.years);
  for (const [cat, want] of cats) {
    const got = p.categories[cat]?.years;
    if (got !== undefined && Math.abs(got - want) <= YEARS_TOLERANCE) yearsRight++;
    else problems.push(`years ${cat}: ${got ?? 'missing'} ≠ ${want}`);
  }
  return { jobCountOk, jobsRight, jobsTotal: e.jobs.length, yearsRight, yearsTotal: cats.length, problems };
}
