// `keywords`: scan the scoped lines with the rubric's terms; strong sections, then weak ones, then what was rejected.
import { compileTerms } from '../../match/index.js';
import type { HitStatus, TermHit, TermMatcher } from '../../match/index.js';
import type { Evidence, Profile } from '../../types.js';
import { toTermSpecs } from '../term-specs.js';
import { evidenceOf, linesInScope, MAX_EVIDENCE, type ScopedLine } from '../scope.js';
import type { KindResult } from '../kind.js';
import type { KeywordsCode } from './codes.js';
import type { KeywordsOptions as Options, KeywordTerm } from './options.js';

/** A hit's status once the term's `requires` context is checked: the matcher's, or `ambiguous`. */
type Status = HitStatus | 'ambiguous';
type Rejected = Exclude<Status, 'ok'>;

/** The code when every mention found was rejected for one reason. */
const ONLY_CODE = {
  negated: 'KEYWORDS_NEGATED_ONLY',
  others: 'KEYWORDS_OTHERS_ONLY',
  aspirational: 'KEYWORDS_ASPIRATIONAL_ONLY',
  coursework: 'KEYWORDS_COURSEWORK_ONLY',
  excluded: 'KEYWORDS_EXCLUDED_ONLY',
  ambiguous: 'KEYWORDS_AMBIGUOUS_ONLY',
} as const satisfies Record<Rejected, KeywordsCode>;

interface Found {
  /** Canonical terms with an `ok` hit, in order of first appearance. */
  terms: Set<string>;
  evidence: Evidence[];
  /** Hits that do not count, by status (negated, aspirational, coursework, excluded, ambiguous). */
  rejected: Map<Rejected, Evidence[]>;
}

interface Compiled {
  matcher: TermMatcher;
  /** Context matcher per canonical term that has `requires`. */
  requires: Map<string, TermMatcher>;
}

function compileList(list: readonly KeywordTerm[] | undefined): Compiled {
  const requires = new Map<string, TermMatcher>();
  for (const t of list ?? []) if (typeof t !== 'string' && t.requires) requires.set(t.term, compileTerms(t.requires.map((term) => ({ term }))));
  return { matcher: compileTerms(toTermSpecs(list)), requires };
}

function statusOf(hit: TermHit, c: Compiled): Status {
  if (hit.status !== 'ok') return hit.status;
  const context = c.requires.get(hit.term);
  if (!context) return 'ok';
  return context.find(hit.line).some((h) => h.status === 'ok') ? 'ok' : 'ambiguous';
}

function scan(c: Compiled, lines: readonly ScopedLine[], okNote?: string): Found {
  const found: Found = { terms: new Set(), evidence: [], rejected: new Map() };
  for (const scoped of lines) {
    let okHere = false;
    for (const hit of c.matcher.find(scoped.line)) {
      const status = statusOf(hit, c);
      if (status === 'ok') {
        found.terms.add(hit.term);
        okHere = true;
        continue;
      }
      const list = found.rejected.get(status) ?? [];
      if (!list.some((e) => e.line === scoped.line.index)) list.push(evidenceOf(scoped, status));
      found.rejected.set(status, list);
    }
    if (okHere) found.evidence.push(evidenceOf(scoped, okNote));
  }
  return found;
}

const matchers = new WeakMap<object, { any: Compiled; all: Compiled }>();

function compiled(o: Options): { any: Compiled; all: Compiled } {
  let m = matchers.get(o);
  if (!m) {
    m = { any: compileList(o.any), all: compileList(o.all) };
    matchers.set(o, m);
  }
  return m;
}

/** Whether the found terms satisfy the requirement, and which `all` terms are missing. */
function satisfied(o: Options, anyTerms: Set<string>, allTerms: Set<string>): { ok: boolean; missing: string[] } {
  const missing = toTermSpecs(o.all).map((t) => t.term).filter((t) => !allTerms.has(t));
  const anyOk = o.any === undefined || o.any.length === 0 || anyTerms.size >= o.min_count;
  return { ok: anyOk && missing.length === 0, missing };
}

function mergeRejected(a: Map<Rejected, Evidence[]>, b: Map<Rejected, Evidence[]>): Map<Rejected, Evidence[]> {
  const out = new Map(a);
  for (const [status, list] of b) out.set(status, [...(out.get(status) ?? []), ...list.filter((e) => !out.get(status)?.some((x) => x.line === e.line))]);
  return out;
}

const union = (a: Set<string>, b: Set<string>): Set<string> => new Set([...a, ...b]);

function rejectedOnly(rejected: Map<Rejected, Evidence[]>, data: Record<string, unknown>): KindResult<KeywordsCode> {
  const statuses = [...rejected.keys()].sort();
  const evidence = [...rejected.values()].flat().slice(0, MAX_EVIDENCE);
  const [only] = statuses;
  const code = statuses.length === 1 && only !== undefined ? ONLY_CODE[only] : 'KEYWORDS_REJECTED_ONLY';
  return { met: false, value: 0, code, data: { ...data, statuses }, evidence };
}

export function evaluateKeywords(profile: Profile, o: Options): KindResult<KeywordsCode> {
  const m = compiled(o);
  const strong = linesInScope(profile, { sections: o.sections, inCategory: o.in_category });
  const weakSections = o.weak_sections.filter((s) => !o.sections.includes(s));
  const [anyS, allS] = [scan(m.any, strong), scan(m.all, strong)];
  const terms = union(anyS.terms, allS.terms);
  const data: Record<string, unknown> = { terms: [...terms], minCount: o.min_count };
  const strongResult = satisfied(o, anyS.terms, allS.terms);
  const evidence = [...anyS.evidence, ...allS.evidence.filter((e) => !anyS.evidence.some((a) => a.line === e.line))];
  if (strongResult.ok) return { met: true, value: terms.size, code: 'KEYWORDS_FOUND', data, evidence: evidence.slice(0, MAX_EVIDENCE) };
  // The weak sections are read only when the strong ones do not meet the requirement.
  const weak = weakSections.length ? linesInScope(profile, { sections: weakSections, inCategory: o.in_category }) : [];
  const [anyW, allW] = [scan(m.any, weak, 'weak'), scan(m.all, weak, 'weak')];
  const withWeak = satisfied(o, union(anyS.terms, anyW.terms), union(allS.terms, allW.terms));
  if (withWeak.ok) {
    const weakTerms = [...union(anyW.terms, allW.terms)].filter((t) => !terms.has(t));
    const weakEvidence = [...evidence, ...anyW.evidence, ...allW.evidence].slice(0, MAX_EVIDENCE);
    return { met: false, near: true, value: terms.size, code: 'KEYWORDS_WEAK_ONLY', data: { ...data, weakTerms }, evidence: weakEvidence };
  }
  if (terms.size > 0) {
    const code = strongResult.missing.length ? 'KEYWORDS_MISSING_SOME' : 'KEYWORDS_TOO_FEW';
    return { met: false, value: terms.size, code, data: { ...data, missing: strongResult.missing }, evidence: evidence.slice(0, MAX_EVIDENCE) };
  }
  const rejected = mergeRejected(anyS.rejected, allS.rejected);
  if (rejected.size > 0) return rejectedOnly(rejected, data);
  return { met: false, value: 0, code: 'KEYWORDS_NOT_FOUND', data, evidence: [] };
}
