// Small hand-built Profiles for the requirement-kind case tables: sections of lines, jobs with categories.
import type { CategoryTotal, Interval, Job, JobKind, Line, Profile, Section, SectionKind } from '../../src/types.js';

export interface JobSpec {
  title: string;
  bullets?: string[];
  /** Role categories this job counts for. */
  categories?: string[];
  kind?: JobKind;
}

export interface SectionSpec {
  kind: SectionKind;
  lines?: string[];
  jobs?: JobSpec[];
}

export interface TotalSpec {
  months: number;
  jobs?: number[];
  intervals?: Interval[];
}

export const AS_OF = { year: 2026, month: 11 };

export function makeProfile(sections: SectionSpec[], totals: Record<string, TotalSpec> = {}): Profile {
  const lines: Line[] = [];
  const push = (text: string): number => {
    lines.push({ text, page: 1, index: lines.length });
    return lines.length - 1;
  };
  const outSections: Section[] = [];
  const jobs: Job[] = [];
  for (const s of sections) {
    const start = push(s.kind.toUpperCase());
    for (const text of s.lines ?? []) push(text);
    for (const j of s.jobs ?? []) {
      const jobStart = push(j.title);
      const body = (j.bullets ?? []).map((b) => lines[push(b)] as Line);
      const categories = (j.categories ?? []).map((category) => ({ category, via: 'title' as const, evidence: [] }));
      jobs.push({ title: j.title, months: 12, kind: j.kind ?? 'employment', start: jobStart, end: lines.length, body, categories, flags: [] });
    }
    outSections.push({ kind: s.kind, heading: s.kind, start, end: lines.length });
  }
  const categories: Record<string, CategoryTotal> = {};
  for (const [id, t] of Object.entries(totals)) {
    categories[id] = { category: id, months: t.months, years: t.months / 12, jobs: t.jobs ?? [], intervals: t.intervals ?? [] };
  }
  return {
    source: 'test.txt',
    kind: 'text',
    pages: 1,
    meta: {},
    lines,
    sections: outSections,
    jobs,
    timeline: { intervals: [], months: 0, gaps: [] },
    categories,
    skills: [],
    asOf: AS_OF,
    diagnostics: [],
  };
}

/** One experience job holding the given bullet lines. */
export function jobWith(bullets: string[], categories: string[] = []): Profile {
  return makeProfile([{ kind: 'experience', jobs: [{ title: 'Senior Engineer — Example Corp — 2019 – Present', bullets, categories }] }]);
}
