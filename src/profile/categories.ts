// Which role categories of the rubric each job counts for, and why: from its title and its own text together
// (RoleCategory.credit). Title + evidence counts; evidence alone at min_evidence counts; a title alone counts
// flagged TITLE_ONLY (or as the rubric's policy says). A title_exclude term never counts; a
// title_exclude_unless_evidence term counts only on min_evidence. Evidence = distinct evidence terms and evidence
// patterns found, with status ok, in the job's body lines (hits touching an evidence_exclude phrase do not count).
// Matching is the shared matcher's (src/match); matchers are compiled once per RoleCategory object.
import type { CategoryMatch, CreditPolicy, Evidence, Line, RoleCategory, SectionKind } from '../types.js';
import { compileTerms, contextAt, type TermHit, type TermMatcher } from '../match/index.js';
import { evidencePatternHits, type CompiledEvidencePatterns, compileEvidencePatterns } from './evidence-patterns.js';

/** Used when a role category (built in code, not from a rubric file) says nothing: the rubric schema's default. */
export const DEFAULT_CREDIT: CreditPolicy = { titleOnly: 'flag', titleEvidence: 1 };

interface CompiledCategory {
  id: string;
  titles: TermMatcher;
  titleExclude: TermMatcher;
  titleExcludeUnlessEvidence: TermMatcher;
  evidence: TermMatcher;
  titleSupport: TermMatcher;
  evidencePatterns: CompiledEvidencePatterns;
  evidenceExclude: TermMatcher;
  minEvidence: number;
  credit: CreditPolicy;
}

const COMPILED = new WeakMap<RoleCategory, CompiledCategory>();

export function compileCategory(c: RoleCategory): CompiledCategory {
  let compiled = COMPILED.get(c);
  if (!compiled) {
    compiled = {
      id: c.id,
      titles: compileTerms(c.titles),
      titleExclude: compileTerms(c.titleExclude),
      titleExcludeUnlessEvidence: compileTerms(c.titleExcludeUnlessEvidence ?? []),
      evidence: compileTerms(c.evidence),
      titleSupport: compileTerms(c.titleSupport ?? []),
      evidencePatterns: compileEvidencePatterns(c.evidencePatterns ?? []),
      evidenceExclude: compileTerms(c.evidenceExclude),
      minEvidence: c.minEvidence,
      credit: c.credit ?? DEFAULT_CREDIT,
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

/** One piece of evidence: a term or a pattern (by its name) found on a line. */
interface Found {
  term: string;
  line: Line;
}

const okHits = (m: TermMatcher, line: Line): TermHit[] => m.find(line).filter((h) => h.status === 'ok');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Evidence terms and patterns in the job's body (or, with `support`, the weaker title_support terms), without false
 * friends and negated or wished-for mentions.
 */
function evidenceIn(c: CompiledCategory, job: CategoryJob, support = false): Found[] {
  const found: Found[] = [];
  // Enough distinct terms for every decision below: the rest of a long job's text cannot change it.
  const enough = Math.max(c.minEvidence, c.credit.titleEvidence);
  const terms = new Set<string>();
  for (const line of job.body) {
    // Keyword lists and lines addressing the screener are not evidence of the work a job was.
    if (line.suspect !== undefined || line.hidden) continue;
    if (terms.size >= enough) break;
    const hits = okHits(support ? c.titleSupport : c.evidence, line);
    const patternHits = support ? [] : evidencePatternHits(c.evidencePatterns, line);
    if (hits.length === 0 && patternHits.length === 0) continue;
    const excluded = okHits(c.evidenceExclude, line);
    const kept = (h: { start: number; end: number }): boolean => !excluded.some((x) => overlaps(h, x));
    const add = (term: string): void => {
      found.push({ term, line });
      terms.add(term);
    };
    for (const h of hits) if (kept(h)) add(h.term);
    for (const h of patternHits) if (kept(h) && contextAt(line, h.start, h.end).status === 'ok') add(h.name);
  }
  return found;
}

const distinctTerms = (found: readonly Found[]): number => new Set(found.map((f) => f.term)).size;

/** One evidence line per body line that had evidence, noting the terms found there. */
function evidenceLines(found: readonly Found[], section: SectionKind): Evidence[] {
  const byLine = new Map<Line, string[]>();
  for (const f of found) byLine.set(f.line, [...new Set([...(byLine.get(f.line) ?? []), f.term])]);
  return [...byLine].map(([line, terms]) => ({ text: line.text, line: line.index, page: line.page, section, note: terms.join(', ') }));
}

function titleEvidence(job: CategoryJob, hits: readonly TermHit[]): Evidence {
  const note = [...new Set(hits.map((h) => h.term))].join(', ');
  return { text: job.title, line: job.titleLine.index, page: job.titleLine.page, section: job.section, note };
}

export function matchCategory(category: RoleCategory, job: CategoryJob): CategoryMatch | undefined {
  const c = compileCategory(category);
  // 1. A hard exclusion ("Recruiter", "no direct reports") decides alone.
  if (okHits(c.titleExclude, job.titleLine).length > 0) return undefined;
  // 2. What the job's own text shows.
  const found = evidenceIn(c, job);
  const terms = distinctTerms(found);
  const byEvidence = c.minEvidence > 0 && terms >= c.minEvidence;
  const evidence = evidenceLines(found, job.section);
  // 3. A conditional exclusion ("Project Director", "Tech Lead") counts only on the evidence threshold.
  if (okHits(c.titleExcludeUnlessEvidence, job.titleLine).length > 0) {
    return byEvidence ? { category: c.id, via: 'evidence', evidence } : undefined;
  }
  // 4. A matching title, confirmed by the text or not.
  const titleHits = okHits(c.titles, job.titleLine);
  if (titleHits.length > 0) {
    const head = titleEvidence(job, titleHits);
    const backing = [...found, ...evidenceIn(c, job, true)];
    if (distinctTerms(backing) >= c.credit.titleEvidence) {
      return { category: c.id, via: 'title+evidence', evidence: [head, ...evidenceLines(backing, job.section)] };
    }
    if (c.credit.titleOnly === 'count') return { category: c.id, via: 'title', evidence: [head] };
    if (c.credit.titleOnly === 'flag') return { category: c.id, via: 'title', evidence: [head], flag: 'TITLE_ONLY' };
  }
  // 5. The text alone.
  return byEvidence ? { category: c.id, via: 'evidence', evidence } : undefined;
}

export function matchCategories(categories: readonly RoleCategory[], job: CategoryJob): CategoryMatch[] {
  return categories.flatMap((c) => matchCategory(c, job) ?? []);
}
