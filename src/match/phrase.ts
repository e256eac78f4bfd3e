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

/**
 * Length, first, second and last UTF-16 unit of a word mixed into one whole number below 2^30: a prefilter that needs
 * no new string. Length and first unit alone let most short words through (every three-letter word starting "t").
 */
function shapeOf(word: string, at: number, length: number): number {
  const first = word.charCodeAt(at);
  const second = length > 1 ? word.charCodeAt(at + 1) : 0;
  const last = word.charCodeAt(at + length - 1);
  return Math.imul(Math.imul(length ^ (first << 12), 0x9e3779b1) ^ (second << 7) ^ last, 0x85ebca6b) >>> 2;
}

/** The first two lower-case UTF-16 units of [at, end) as one number: the stem prefilter without a new string. */
function prefixCode(lower: string, at: number, end: number): number {
  return lower.charCodeAt(at) * 65536 + (end - at > 1 ? lower.charCodeAt(at + 1) : 0);
}

function tokenPrefixCode(line: PreparedLine, s: number, e: number): number {
  return line.lower !== undefined ? prefixCode(line.lower, s, e) : prefixCode(lowerSlice(line, s, e), 0, e - s);
}

/**
 * Each token's three prefilter keys (exact shape, lower-case shape, stem prefix), made once per line for all of a
 * rubric's matchers: a dozen indexes scan every line, and most tokens start no pattern of any of them.
 */
interface TokenKeys {
  exact: Float64Array;
  lower: Float64Array;
  prefix: Float64Array;
}

const tokenKeysOf = new WeakMap<PreparedLine, TokenKeys>();
/** Longer lines (a hostile megabyte of words) get their keys token by token, never held: 24 bytes a token. */
const MAX_KEYED_TOKENS = 4096;

function tokenKeys(line: PreparedLine): TokenKeys {
  let keys = tokenKeysOf.get(line);
  if (keys !== undefined) return keys;
  const { starts, ends } = line.tokens;
  const n = starts.length;
  keys = { exact: new Float64Array(n), lower: new Float64Array(n), prefix: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const s = starts[i] ?? 0;
    const e = ends[i] ?? 0;
    keys.exact[i] = shapeOf(line.text, s, e - s);
    // Without an offset-keeping lower-case form every token is looked up by its lower-case text (see scan).
    keys.lower[i] = line.lower === undefined ? Number.NaN : shapeOf(line.lower, s, e - s);
    keys.prefix[i] = tokenPrefixCode(line, s, e);
  }
  tokenKeysOf.set(line, keys);
  return keys;
}

/**
 * A 4,096-bit filter over a set of keys: a clear bit means the key is surely not in the set, so most tokens cost one
 * typed-array read instead of a Set lookup. A set bit is then checked against the Set itself.
 */
const FILTER_BITS = 4096;

function bitOf(key: number): number {
  // Keys are whole numbers below 2^32 (so `>>> 0`, a truncation, is `% 2^32`, a float modulo): mix both halves of their low bits.
  const low = key >>> 0;
  return (Math.imul(low ^ (low >>> 13), 0x9e3779b1) >>> 20) & (FILTER_BITS - 1);
}

class KeyFilter {
  private readonly bits = new Uint32Array(FILTER_BITS / 32);
  add(key: number): void {
    const b = bitOf(key);
    this.bits[b >>> 5] = (this.bits[b >>> 5] ?? 0) | (1 << (b & 31));
  }
  mayHave(key: number): boolean {
    if (Number.isNaN(key)) return true;
    const b = bitOf(key);
    return ((this.bits[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
  }
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
  /** The three sets' bit filters. */
  private readonly exactFilter = new KeyFilter();
  private readonly lowerFilter = new KeyFilter();
  private readonly stemFilter = new KeyFilter();

  constructor(readonly patterns: readonly TermPattern[]) {
    for (const p of patterns) {
      const first = p.words[0] ?? '';
      const bucket = this.byFirst[p.mode];
      const list = bucket.get(first);
      if (list === undefined) bucket.set(first, [p]);
      else list.push(p);
      if (p.mode === 'stem') {
        this.stemPrefixes.add(prefixCode(first, 0, first.length));
        this.stemFilter.add(prefixCode(first, 0, first.length));
      } else {
        const shape = shapeOf(first, 0, first.length);
        (p.mode === 'exact' ? this.exactShapes : this.lowerShapes).add(shape);
        (p.mode === 'exact' ? this.exactFilter : this.lowerFilter).add(shape);
      }
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
    const hasExact = this.exactShapes.size > 0;
    const hasLower = this.lowerShapes.size > 0;
    const keys = starts.length <= MAX_KEYED_TOKENS ? tokenKeys(line) : undefined;
    for (let i = 0; i < starts.length && spans.length < maxSpans; i++) {
      const s = starts[i] ?? 0;
      if (s >= until) break;
      const e = ends[i] ?? 0;
      const exact = keys ? (keys.exact[i] ?? 0) : shapeOf(line.text, s, e - s);
      if (hasExact && this.exactFilter.mayHave(exact) && this.exactShapes.has(exact)) {
        this.matchAll(this.byFirst.exact.get(line.text.slice(s, e)), line, i, spans);
      }
      // NaN: no offset-keeping lower-case form, so no shape to prefilter on.
      const lower = keys ? (keys.lower[i] ?? Number.NaN) : line.lower === undefined ? Number.NaN : shapeOf(line.lower, s, e - s);
      if (hasLower && (Number.isNaN(lower) || (this.lowerFilter.mayHave(lower) && this.lowerShapes.has(lower)))) {
        this.matchAll(this.byFirst.lower.get(tokenLower(line, i)), line, i, spans);
      }
      if (hasStems && this.stemMayStart(keys ? (keys.prefix[i] ?? 0) : tokenPrefixCode(line, s, e))) {
        this.matchAll(this.byFirst.stem.get(tokenStem(line, i)), line, i, spans);
      }
    }
    return spans;
  }

  private stemMayStart(prefix: number): boolean {
    return this.stemFilter.mayHave(prefix) && this.stemPrefixes.has(prefix);
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
