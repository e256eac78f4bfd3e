// Term matching for rubric keywords and role categories (DESIGN.md §3): phrase- and word-boundary aware,
// case-insensitive unless asked, synonyms, optional Porter stemming, and the context that makes a mention not count
// (negation, aspiration, coursework, the rubric's named false friends). Compile once, call `find` on every line.
import type { Line, TermSpec } from '../types.js';
import { analyseLine, type LineCues } from './clause.js';
import { classifyContext, firstIndex, MAX_CLAUSE_REACH, type HitStatus } from './context.js';
import { Exclusions } from './exclusions.js';
import { compilePattern, compileSpecPatterns, type TermPattern } from './pattern.js';
import { leftmostLongest, PhraseIndex, type Span } from './phrase.js';
import { prepareLine, type PreparedLine } from './tokens.js';

export type { HitStatus } from './context.js';

export interface TermHit {
  /** The canonical TermSpec.term, whichever synonym matched. */
  term: string;
  /** The text as found on the line. */
  matched: string;
  line: Line;
  start: number;
  end: number;
  /** Only `ok` hits count as evidence; the others are returned so reports can say why a mention did not count. */
  status: HitStatus;
  /** The negation/aspiration/coursework/exclusion phrase that decided the status. */
  cue?: string;
}

export interface TermMatcher {
  find(line: Line): TermHit[];
  /** The terms mentioned on the line, as found (where they start), without deciding their status (cheaper: no context analysis). */
  mentions(line: Line): Array<{ term: string; matched: string; start: number }>;
  readonly terms: readonly TermSpec[];
}

/**
 * Mentions returned per line at most. No résumé line mentions rubric terms this often; a hostile line that does
 * (megabytes of "ads ads ads") is cut here instead of costing seconds. The hits returned are the line's first.
 */
export const MAX_HITS_PER_LINE = 1000;

export function compileTerms(specs: TermSpec[]): TermMatcher {
  const terms: readonly TermSpec[] = specs.map((s) => ({ ...s }));
  // 1. Every term and synonym as a word/separator pattern, indexed by its first word.
  const termIndex = new PhraseIndex(terms.flatMap(compileSpecPatterns));
  // 2. The false-friend phrases of every term, matched the same way (stemmed, so "managing Kubernetes clusters"
  //    is caught by "managed Kubernetes clusters"); only scanned on lines where some term hit.
  const excludeIndex = new PhraseIndex(terms.flatMap(compileExcludePatterns));
  // 3. Hits, one per mention of each term (none on an empty line or for an empty term list).
  const spansOf = (line: Line): Span[] =>
    termIndex.size === 0 || line.text === '' ? [] : leftmostLongest(termIndex.scan(preparedFor(line), { maxSpans: MAX_HITS_PER_LINE }), true);
  return {
    terms,
    mentions(line: Line): Array<{ term: string; matched: string; start: number }> {
      return spansOf(line).map((span) => ({ term: terms[span.pattern.spec]?.term ?? '', matched: line.text.slice(span.start, span.end), start: span.start }));
    },
    find(line: Line): TermHit[] {
      const spans = spansOf(line);
      const lastHit = spans[spans.length - 1];
      if (lastHit === undefined) return [];
      // 4. What decides their status: exclusions, then the cues of each hit's clause — up to a clause past the
      //    last hit, so a hostile line costs no more than its first MAX_HITS_PER_LINE mentions.
      const prepared = preparedFor(line);
      const until = lastHit.end + MAX_CLAUSE_REACH;
      const exclusions = new Exclusions(line.text, excludeIndex.size > 0 ? excludeIndex.scan(prepared, { until }) : []);
      const cues = analyseLine(prepared, until);
      return spans.map((span) => toHit(span, line, terms, exclusions, cues));
    },
  };
}

/**
 * The status a term hit at [start, end) of this line would get from its context (negation, aspiration, coursework):
 * for matches found by other means, such as a rubric's RE2 evidence patterns. One analysis per call: call it once
 * per kept match, not per candidate.
 */
export function contextAt(line: Line, start: number, end: number): { status: HitStatus; cue?: string } {
  const prepared = preparedFor(line);
  const { starts, ends } = prepared.tokens;
  const first = firstIndex(ends.length, (i) => (ends[i] ?? 0) > start);
  const last = Math.max(first, firstIndex(starts.length, (i) => (starts[i] ?? 0) >= end) - 1);
  const cues = analyseLine(prepared, end + MAX_CLAUSE_REACH);
  return classifyContext(line.text, { start, end, first, last }, cues) ?? { status: 'ok' };
}

/**
 * Every matcher of a rubric (a dozen) reads the same Line objects: lower-case and tokenise each line once, not once
 * per matcher. Weak keys, so profiles are collected as usual; the text is compared in case a caller reuses a Line.
 */
const prepared = new WeakMap<Line, PreparedLine>();

/**
 * The last prepared texts, for Line objects that copy a line already prepared (a job's title line, a header's tail,
 * lines regrouped into sections): a quarter of all scans. A prepared line depends on its text alone.
 */
const recentTexts = new Map<string, PreparedLine>();
const RECENT_TEXTS = 256;
/** Longer lines (a hostile megabyte) are never held past their Line. */
const MAX_SHARED_CHARS = 1000;

function preparedFor(line: Line): PreparedLine {
  const cached = prepared.get(line);
  if (cached !== undefined && cached.text === line.text) return cached;
  let fresh = recentTexts.get(line.text);
  if (fresh === undefined) {
    fresh = prepareLine(line.text);
    if (line.text.length <= MAX_SHARED_CHARS) {
      if (recentTexts.size >= RECENT_TEXTS) recentTexts.clear();
      recentTexts.set(line.text, fresh);
    }
  }
  prepared.set(line, fresh);
  return fresh;
}

function compileExcludePatterns(spec: TermSpec, index: number): TermPattern[] {
  return (spec.exclude ?? []).flatMap((x) => compilePattern(x, index, { stem: true, caseSensitive: false }) ?? []);
}

function toHit(span: Span, line: Line, terms: readonly TermSpec[], exclusions: Exclusions, cues: LineCues): TermHit {
  const hit: TermHit = {
    term: terms[span.pattern.spec]?.term ?? '',
    matched: line.text.slice(span.start, span.end),
    line,
    start: span.start,
    end: span.end,
    status: 'ok',
  };
  const exclusion = exclusions.covering(span);
  if (exclusion !== undefined) return { ...hit, status: 'excluded', cue: exclusion };
  const context = classifyContext(line.text, span, cues);
  return context === undefined ? hit : { ...hit, ...context };
}
