// Which role categories of the rubric each job counts for, and why. A job counts by its title (a title term
// matches and no title_exclude term does), or else by evidence: at least min_evidence distinct evidence terms
// found, with status ok, in its body lines (hits overlapping an evidence_exclude phrase do not count).
// Matching is the shared matcher's (src/match); matchers are compiled once per RoleCategory object.
import type { CategoryMatch, Evidence, Line, RoleCategory, SectionKind } from '../types.js';
import { compileTerms, type TermHit, type TermMatcher } from '../match/index.js';

interface CompiledCategory {
  id: string;
  titles: TermMatcher;
  titleExclude: TermMatcher;
  evidence: TermMatcher;
  evidenceExclude: TermMatcher;
  minEvidence: number;
}

const COMPILED = new WeakMap<RoleCategory, CompiledCategory>();

export function compileCategory(c: RoleCategory): CompiledCategory {
  let compiled = COMPILED.get(c);
  if (!compiled) {
    compiled = {
      id: c.id,
      titles: compileTerms(c.titles),
      titleExclude: compileTerms(c.titleExclude),
      evidence: compileTerms(c.evidence),
      evidenceExclude: compileTerms(c.evidenceExclude),
      minEvidence: c.minEvidence,
    };
    COMPILED.set(c, compiled);
  }
  return compiled;
}

export interface CategoryJob {
  title: string;
  titleLine: Line;
  body: readonly Line[];
  section: SectionKind;
}

const okHits = (m: TermMatcher, line: Line): TermHit[] => m.find(line).filter((h) => h.status === 'ok');

function overlaps(a: TermHit, b: TermHit): boolean {
  return a.start < b.end && b.start < a.end;
}

function evidenceOf(hit: TermHit, section: SectionKind, note: string): Evidence {
  return { text: hit.line.text, line: hit.line.index, page: hit.line.page, section, note };
}

function byEvidence(c: CompiledCategory, job: CategoryJob): CategoryMatch | undefined {
  if (c.minEvidence <= 0) return undefined;
  const counted: TermHit[] = [];
  for (const line of job.body) {
    // Keyword lists and lines addressing the screener are not evidence of the work a job was.
    if (line.suspect !== undefined || line.hidden) continue;
    const hits = okHits(c.evidence, line);
    if (hits.length === 0) continue;
    const excluded = okHits(c.evidenceExclude, line);
    counted.push(...hits.filter((h) => !excluded.some((x) => overlaps(h, x))));
  }
  const terms = new Set(counted.map((h) => h.term));
  if (terms.size < c.minEvidence) return undefined;
  const seen = new Set<number>();
  const evidence = counted.filter((h) => !seen.has(h.line.index) && seen.add(h.line.index) !== undefined)
    .map((h) => evidenceOf(h, job.section, counted.filter((x) => x.line === h.line).map((x) => x.term).join(', ')));
  return { category: c.id, via: 'evidence', evidence };
}

export function matchCategory(category: RoleCategory, job: CategoryJob): CategoryMatch | undefined {
  const c = compileCategory(category);
  if (okHits(c.titleExclude, job.titleLine).length > 0) return undefined;
  const titleHits = okHits(c.titles, job.titleLine);
  if (titleHits.length > 0) {
    const note = [...new Set(titleHits.map((h) => h.term))].join(', ');
    return { category: c.id, via: 'title', evidence: [{ text: job.title, line: job.titleLine.index, page: job.titleLine.page, section: job.section, note }] };
  }
  return byEvidence(c, job);
}

export function matchCategories(categories: readonly RoleCategory[], job: CategoryJob): CategoryMatch[] {
  return categories.flatMap((c) => matchCategory(c, job) ?? []);
}
