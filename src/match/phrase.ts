// Finds every pattern occurrence in one pass over the line's tokens: each token is looked up by its first-word key
// (exact, lower-case, stem) and only the few patterns starting with that word are checked further. No regex is built
// from rubric text, so matching is linear in the line length whatever the terms are.
import {
  gapKey, hasEndBoundary, hasStartBoundary, lowerSlice, MAX_PHRASE_GAP, tokenLower, tokenStem, type PreparedLine,
} from './tokens.js';
import type { TermPattern, WordMode } from './pattern.js';

export interface Span {
  pattern: TermPattern;
  start: number;
  end: number;
  /** Indices of the first and last token of the match: word distances are token distances. */
  first: number;
  last: number;
}

/** Longer first words share one length in the prefilter key. */
const MAX_KEY_LENGTH = 0x7fff;

/** Length and first UTF-16 unit of a word as one number: a prefilter that needs no new string. */
function shapeOf(word: string, at: number, length: number): number {
  return Math.min(length, MAX_KEY_LENGTH) * 0x10000 + word.charCodeAt(at);
}

/** The first two lower-case UTF-16 units of [at, end) as one number: the stem prefilter without a new string. */
function prefixCode(lower: string, at: number, end: number): number {
  return lower.charCodeAt(at) * 65536 + (end - at > 1 ? lower.charCodeAt(at + 1) : 0);
}

function tokenPrefixCode(line: PreparedLine, s: number, e: number): number {
  return line.lower !== undefined ? prefixCode(line.lower, s, e) : prefixCode(lowerSlice(line, s, e), 0, e - s);
}

export interface ScanLimits {
  maxSpans?: number;
  until?: number;
}

export class PhraseIndex {
  private readonly byFirst: Record<WordMode, Map<string, TermPattern[]>> = {
    exact: new Map(),
    lower: new Map(),
    stem: new Map(),
  };
  /** Shapes (see shapeOf) of the exact and lower-case first words: other tokens are skipped without slicing. */
  private readonly exactShapes = new Set<number>();
  private readonly lowerShapes = new Set<number>();
  /** First two letters of every wanted stem: tokens starting otherwise are never stemmed (see stem.ts). */
  private readonly stemPrefixes = new Set<number>();

  constructor(readonly patterns: readonly TermPattern[]) {
    for (const p of patterns) {
      const first = p.words[0] ?? '';
      const bucket = this.byFirst[p.mode];
      const list = bucket.get(first);
      if (list === undefined) bucket.set(first, [p]);
      else list.push(p);
      if (p.mode === 'stem') this.stemPrefixes.add(prefixCode(first, 0, first.length));
      else (p.mode === 'exact' ? this.exactShapes : this.lowerShapes).add(shapeOf(first, 0, first.length));
    }
  }

  get size(): number {
    return this.patterns.length;
  }

  /**
   * Matches in token order. `limits` bound the work on hostile lines: stop after `maxSpans` matches, or at the
   * first token starting at or after `until`.
   */
  scan(line: PreparedLine, limits: ScanLimits = {}): Span[] {
    const spans: Span[] = [];
    const { starts, ends } = line.tokens;
    const hasStems = this.stemPrefixes.size > 0;
    const maxSpans = limits.maxSpans ?? Number.POSITIVE_INFINITY;
    const until = limits.until ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < starts.length && spans.length < maxSpans; i++) {
      const s = starts[i] ?? 0;
      if (s >= until) break;
      const e = ends[i] ?? 0;
      if (this.exactShapes.has(shapeOf(line.text, s, e - s))) {
        this.matchAll(this.byFirst.exact.get(line.text.slice(s, e)), line, i, spans);
      }
      if (line.lower === undefined || this.lowerShapes.has(shapeOf(line.lower, s, e - s))) {
        this.matchAll(this.byFirst.lower.get(tokenLower(line, i)), line, i, spans);
      }
      if (hasStems && this.stemPrefixes.has(tokenPrefixCode(line, s, e))) {
        this.matchAll(this.byFirst.stem.get(tokenStem(line, i)), line, i, spans);
      }
    }
    return spans;
  }

  private matchAll(candidates: TermPattern[] | undefined, line: PreparedLine, i: number, out: Span[]): void {
    if (candidates === undefined) return;
    for (const p of candidates) {
      const span = matchAt(p, line, i);
      if (span !== undefined) out.push(span);
    }
  }
}

/** Token `i`'s key in a pattern's word mode. */
function keyAt(line: PreparedLine, i: number, mode: WordMode): string {
  if (mode === 'exact') return line.text.slice(line.tokens.starts[i] ?? 0, line.tokens.ends[i] ?? 0);
  return mode === 'stem' ? tokenStem(line, i) : tokenLower(line, i);
}

function foldAt(line: PreparedLine, start: number, end: number, mode: WordMode): string {
  return mode === 'exact' ? line.text.slice(start, end) : lowerSlice(line, start, end);
}

/** The pattern starting at token `i` (whose first word already matched), or undefined. */
function matchAt(p: TermPattern, line: PreparedLine, i: number): Span | undefined {
  const { text, tokens: { starts, ends } } = line;
  for (let k = 1; k < p.words.length; k++) {
    const s = starts[i + k];
    const prevEnd = ends[i + k - 1];
    if (s === undefined || prevEnd === undefined || s - prevEnd > MAX_PHRASE_GAP) return undefined;
    if (gapKey(foldAt(line, prevEnd, s, p.mode)) !== p.gaps[k - 1]) return undefined;
    if (keyAt(line, i + k, p.mode) !== p.words[k]) return undefined;
  }
  const first = starts[i] ?? 0;
  const start = first - p.lead.length;
  const end = (ends[i + p.words.length - 1] ?? 0) + p.trail.length;
  if (start < 0 || end > text.length) return undefined;
  if (p.lead !== '' && foldAt(line, start, first, p.mode) !== p.lead) return undefined;
  if (p.trail !== '' && foldAt(line, end - p.trail.length, end, p.mode) !== p.trail) return undefined;
  if (!hasStartBoundary(text, start, p.oneLetter)) return undefined;
  if (!hasEndBoundary(text, end, p.oneLetter, p.trail !== '')) return undefined;
  return { pattern: p, start, end, first: i, last: i + p.words.length - 1 };
}

/** Leftmost-longest, non-overlapping within each group (a synonym inside a longer synonym is one mention). */
export function leftmostLongest(spans: Span[], byTerm: boolean): Span[] {
  // Spans come in token order, so this sort is nearly free; it puts the longer of two same-start spans first.
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd: number[] = [];
  return sorted.filter((s) => {
    const group = byTerm ? s.pattern.spec : 0;
    if ((lastEnd[group] ?? -1) > s.start) return false;
    lastEnd[group] = s.end;
    return true;
  });
}
