// A bilingual résumé lists every job twice, once per language ("Work Experience" … "Berufserfahrung"): the same
// organisation over the same dates, the title translated. The first is kept; the repeat is reported, never counted
// twice (its months would be overlaps, its words evidence a second time). A repeat counts in another section, or in the
// same section when its dates are written in other words ("Mar 2021 – Present" / "März 2021 – heute": each job given
// in both languages in turn); two roles at one organisation over the same dates written the same way in one section
// are concurrent roles ("Treasurer", "Board Member"), and stay.
import type { DateRange, Diagnostic, Section } from '../types.js';
import type { ParsedJob } from './jobs.js';

/** An organisation's name as words, without case or punctuation ("Norbeck GmbH" = "NORBECK GmbH."). */
const orgWords = (org: string): string[] => org.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

function rangeKey(r: DateRange): string {
  const end = r.end === 'present' ? 'present' : `${r.end.year}-${r.end.month}`;
  return `${r.start.year}-${r.start.month}…${end}`;
}

/**
 * One organisation: the same words, or one name ending the other ("Dateningenieurin, Norbeck Logistik GmbH", where a
 * compound title the lexicon does not split stayed in front of the name).
 */
function sameOrg(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.every((w, i) => long[long.length - short.length + i] === w);
}

/** Letters and digits of a range as written ("Mar 2021 – Present" → "mar2021present"). */
const spelling = (r: DateRange): string => r.raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The same range written in other words (another language's months or "present" word). */
const reworded = (a: DateRange | undefined, b: DateRange | undefined): boolean => a !== undefined && b !== undefined && spelling(a) !== spelling(b);

/** Most jobs of one date range kept to compare later ones with. */
const MAX_PER_RANGE = 8;

/** How well a listing was read: a title the lexicon knows, then any title (the other language may be read worse). */
const readScore = (j: ParsedJob): number => (j.titleMatched ? 2 : 0) + (j.title !== '' ? 1 : 0);

/**
 * Jobs without their repeats (same organisation, same start and end, in another section or dated in other words).
 * The listing read better is kept, in the first one's place ("Dateningenieurin, Norbeck GmbH" first, read as one
 * name, gives way to "Data Engineer, Norbeck GmbH").
 */
export function dropRepeatedJobs<T extends { job: ParsedJob; section: Section }>(parsed: readonly T[], diagnostics: Diagnostic[]): T[] {
  const byRange = new Map<string, T[]>();
  const at = new Map<T, number>();
  const out: T[] = [];
  const repeats: Diagnostic[] = [];
  // Each listing repeats one other at most: three roles at one university over the same years (a club, a library job,
  // a work-study post) are three roles, not one listed three times.
  const paired = new Set<T>();
  let rewordedRepeats = 0;
  for (const p of parsed) {
    const { org, range } = p.job;
    const words = org !== undefined ? orgWords(org) : [];
    const key = range !== undefined ? rangeKey(range) : undefined;
    const same = key !== undefined && words.length > 0 ? (byRange.get(key) ?? []) : [];
    const first = same.find((q) => !paired.has(q) && (q.section !== p.section || reworded(q.job.range, range)) && sameOrg(orgWords(q.job.org ?? ''), words));
    const place = first !== undefined ? at.get(first) : undefined;
    if (first && range && place !== undefined) {
      const [kept, dropped] = readScore(p.job) > readScore(first.job) ? [p, first] : [first, p];
      paired.add(kept);
      if (reworded(first.job.range, range)) rewordedRepeats++;
      const line = dropped.job.range?.line ?? dropped.job.start;
      repeats.push({ code: 'REPEATED_JOB', severity: 'info', line, data: { line: line + 1, of: (kept.job.range?.line ?? kept.job.start) + 1 } });
      if (kept === p && key !== undefined) {
        out[place] = p;
        at.set(p, place);
        byRange.set(key, same.map((q) => (q === first ? p : q)));
      }
      continue;
    }
    // A few jobs per range are enough to compare with: a hostile file of one range repeated stays linear.
    if (key !== undefined && words.length > 0 && same.length < MAX_PER_RANGE) byRange.set(key, [...same, p]);
    at.set(p, out.length);
    out.push(p);
  }
  // A résumé written twice repeats its career in other words: its dates in another language, or several entries. A
  // single coincidence written the same way (a student's club and campus job over the same years, in two sections)
  // drops nothing.
  if (rewordedRepeats === 0 && repeats.length < MIN_REPEATS) return [...parsed];
  diagnostics.push(...repeats);
  return out;
}

/** Fewest repeated listings, their dates written alike, that make a résumé one written twice. */
const MIN_REPEATS = 2;
