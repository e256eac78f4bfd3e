// Which résumé lines a keyword or pattern requirement looks at: sections, and optionally jobs of one role category.
import type { Evidence, Line, Profile, SectionKind } from '../types.js';

export const SECTION_KINDS = [
  'contact',
  'summary',
  'experience',
  'education',
  'skills',
  'projects',
  'publications',
  'certifications',
  'awards',
  'volunteering',
  'languages',
  'other',
] as const satisfies readonly SectionKind[];

/** Hands-on work is shown in jobs and projects; summaries and skill lists only claim it. */
export const DEFAULT_SECTIONS: SectionKind[] = ['experience', 'projects'];

/** Suspect lines that are not the candidate's account at all: a note to the screener, the posting copied. */
const NEVER_SCORED: ReadonlySet<string> = new Set(['INSTRUCTION_TEXT', 'POSTING_COPY']);

export interface ScopedLine {
  line: Line;
  section: SectionKind;
}

export interface Scope {
  sections: readonly SectionKind[];
  inCategory?: string | undefined;
}

/** A keyword list inside a job is a skills list: weak evidence at most, never proof of the work. */
function demoteSuspect(lines: readonly Line[], kinds: SectionKind[]): SectionKind[] {
  for (const line of lines) if (line.suspect === 'KEYWORD_LIST' && kinds[line.index] === 'experience') kinds[line.index] = 'skills';
  return kinds;
}

/** Section kind of every line; lines inside a job but outside any known section count as experience. */
function sectionByLine(profile: Profile): SectionKind[] {
  const kinds: SectionKind[] = profile.lines.map(() => 'other');
  for (const job of profile.jobs) for (let i = job.start; i < job.end && i < kinds.length; i++) kinds[i] = 'experience';
  for (const s of profile.sections) for (let i = s.start; i < s.end && i < kinds.length; i++) kinds[i] = s.kind;
  return demoteSuspect(profile.lines, kinds);
}

/** Line indices covered by jobs that count for a role category. */
function categoryLines(profile: Profile, category: string): Set<number> {
  const out = new Set<number>();
  for (const job of profile.jobs) {
    if (!job.categories.some((c) => c.category === category)) continue;
    for (let i = job.start; i < job.end; i++) out.add(i);
  }
  return out;
}

export function linesInScope(profile: Profile, scope: Scope): ScopedLine[] {
  const kinds = sectionByLine(profile);
  const only = scope.inCategory === undefined ? undefined : categoryLines(profile, scope.inCategory);
  const out: ScopedLine[] = [];
  for (const line of profile.lines) {
    if ((line.suspect !== undefined && NEVER_SCORED.has(line.suspect)) || line.hidden) continue;
    const section = kinds[line.index] ?? 'other';
    if (!scope.sections.includes(section)) continue;
    if (only && !only.has(line.index)) continue;
    out.push({ line, section });
  }
  return out;
}

/** At most this many evidence lines per requirement: enough for a reviewer, short enough to read. */
export const MAX_EVIDENCE = 8;

export function evidenceOf(scoped: ScopedLine, note?: string): Evidence {
  const e: Evidence = { text: scoped.line.text, line: scoped.line.index, page: scoped.line.page, section: scoped.section };
  if (note !== undefined) e.note = note;
  if (scoped.line.suspect !== undefined) e.suspect = scoped.line.suspect;
  return e;
}
