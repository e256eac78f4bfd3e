// Term matching for rubric keywords and role categories (DESIGN.md §3): phrase- and word-boundary aware,
// case-insensitive unless asked, synonyms, optional Porter stemming, and the context that makes a mention not count
// (negation, aspiration, coursework, the rubric's named false friends). Compile once, call `find` on every line.
import type { Line, TermSpec } from '../types.js';
import { classifyContext, type HitStatus } from './context.js';
import { compilePattern, compileSpecPatterns } from './pattern.js';
import { PhraseIndex, type Span } from './phrase.js';
import { tokenize } from './tokens.js';

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
  readonly terms: readonly TermSpec[];
}

export function compileTerms(specs: TermSpec[]): TermMatcher {
  const terms: readonly TermSpec[] = specs.map((s) => ({ ...s }));
  // 1. Every term and synonym as a word/separator pattern, indexed by its first word.
  const termIndex = new PhraseIndex(terms.flatMap(compileSpecPatterns));
  // 2. The false-friend phrases of every term, matched the same way (stemmed, so "managing Kubernetes clusters"
  //    is caught by "managed Kubernetes clusters"); only consulted on lines where that term hit.
  const excludeIndex = new PhraseIndex(
    terms.flatMap((s, i) => (s.exclude ?? []).flatMap((x) => compilePattern(x, i, { stem: true, caseSensitive: false }) ?? [])),
  );
  return {
    terms,
    find(line: Line): TermHit[] {
      if (termIndex.size === 0 || line.text === '') return [];
      const tokens = tokenize(line.text);
      const spans = keepLongestPerTerm(termIndex.scan(line.text, tokens));
      if (spans.length === 0) return [];
      const excludes = excludeIndex.size > 0 ? excludeIndex.scan(line.text, tokens) : [];
      return spans.map((span) => toHit(span, line, terms, excludes));
    },
  };
}

function toHit(span: Span, line: Line, terms: readonly TermSpec[], excludes: Span[]): TermHit {
  const spec = terms[span.pattern.spec];
  const hit: TermHit = {
    term: spec?.term ?? '',
    matched: line.text.slice(span.start, span.end),
    line,
    start: span.start,
    end: span.end,
    status: 'ok',
  };
  const exclusion = excludes.find((x) => x.pattern.spec === span.pattern.spec && touches(line.text, x, span));
  if (exclusion !== undefined) return { ...hit, status: 'excluded', cue: line.text.slice(exclusion.start, exclusion.end) };
  const context = classifyContext(line.text, span.start, span.end);
  return context === undefined ? hit : { ...hit, ...context };
}

/** Whitespace or hyphens only between an exclusion and a hit still makes them one phrase. */
const TOUCH_GAP_RE = /^[\s\u2010\u2011-]{0,3}$/u;

function touches(text: string, x: Span, hit: Span): boolean {
  if (x.start < hit.end && hit.start < x.end) return true;
  if (x.end <= hit.start) return TOUCH_GAP_RE.test(text.slice(x.end, hit.start));
  return TOUCH_GAP_RE.test(text.slice(hit.end, x.start));
}

/** Per term: leftmost-longest, non-overlapping (a synonym inside a longer synonym is one mention). */
function keepLongestPerTerm(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<number, number>();
  return sorted.filter((s) => {
    if ((lastEnd.get(s.pattern.spec) ?? -1) > s.start) return false;
    lastEnd.set(s.pattern.spec, s.end);
    return true;
  });
}

