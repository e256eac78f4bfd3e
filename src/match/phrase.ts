// Finds every pattern occurrence in one pass over the line's tokens: each token is looked up by its first-word key
// (exact, lower-case, stem) and only the few patterns starting with that word are checked further. No regex is built
// from rubric text, so matching is linear in the line length whatever the terms are.
import { stemKey, stemPrefix } from './stem.js';
import { gapKey, hasEndBoundary, hasStartBoundary, MAX_PHRASE_GAP, type Tokens } from './tokens.js';
import { wordKey, type TermPattern, type WordMode } from './pattern.js';

export interface Span {
  pattern: TermPattern;
  start: number;
  end: number;
  /** Indices of the first and last token of the match: word distances are token distances. */
  first: number;
  last: number;
}

export class PhraseIndex {
  private readonly byFirst: Record<WordMode, Map<string, TermPattern[]>> = {
    exact: new Map(),
    lower: new Map(),
    stem: new Map(),
  };
  /** First two letters of every wanted stem: tokens starting otherwise are never stemmed. */
  private readonly stemPrefixes = new Set<string>();

  constructor(readonly patterns: readonly TermPattern[]) {
    for (const p of patterns) {
      const first = p.words[0] ?? '';
      const bucket = this.byFirst[p.mode];
      const list = bucket.get(first);
      if (list === undefined) bucket.set(first, [p]);
      else list.push(p);
      if (p.mode === 'stem') this.stemPrefixes.add(stemPrefix(first));
    }
  }

  get size(): number {
    return this.patterns.length;
  }

  scan(text: string, tokens: Tokens): Span[] {
    const spans: Span[] = [];
    const hasStems = this.byFirst.stem.size > 0;
    for (let i = 0; i < tokens.starts.length; i++) {
      const word = text.slice(tokens.starts[i], tokens.ends[i]);
      const lower = word.toLowerCase();
      this.matchAll(this.byFirst.exact.get(word), text, tokens, i, spans);
      this.matchAll(this.byFirst.lower.get(lower), text, tokens, i, spans);
      if (hasStems && this.stemPrefixes.has(stemPrefix(lower))) {
        this.matchAll(this.byFirst.stem.get(stemKey(lower)), text, tokens, i, spans);
      }
    }
    return spans;
  }

  private matchAll(candidates: TermPattern[] | undefined, text: string, tokens: Tokens, i: number, out: Span[]): void {
    if (candidates === undefined) return;
    for (const p of candidates) {
      const span = matchAt(p, text, tokens, i);
      if (span !== undefined) out.push(span);
    }
  }
}

/** The pattern starting at token `i` (whose first word already matched), or undefined. */
function matchAt(p: TermPattern, text: string, tokens: Tokens, i: number): Span | undefined {
  const { starts, ends } = tokens;
  for (let k = 1; k < p.words.length; k++) {
    const s = starts[i + k];
    const prevEnd = ends[i + k - 1];
    if (s === undefined || prevEnd === undefined || s - prevEnd > MAX_PHRASE_GAP) return undefined;
    if (fold(gapKey(text.slice(prevEnd, s)), p.mode) !== p.gaps[k - 1]) return undefined;
    if (wordKey(text.slice(s, ends[i + k]), p.mode) !== p.words[k]) return undefined;
  }
  const start = (starts[i] ?? 0) - p.lead.length;
  const end = (ends[i + p.words.length - 1] ?? 0) + p.trail.length;
  if (start < 0 || end > text.length) return undefined;
  if (fold(text.slice(start, starts[i]), p.mode) !== p.lead) return undefined;
  if (p.trail !== '' && fold(text.slice(end - p.trail.length, end), p.mode) !== p.trail) return undefined;
  if (!hasStartBoundary(text, start, p.oneLetter)) return undefined;
  if (!hasEndBoundary(text, end, p.oneLetter, p.trail !== '')) return undefined;
  return { pattern: p, start, end, first: i, last: i + p.words.length - 1 };
}

function fold(s: string, mode: WordMode): string {
  return mode === 'exact' ? s : s.toLowerCase();
}

/** Leftmost-longest, non-overlapping within each group (a synonym inside a longer synonym is one mention). */
export function leftmostLongest(spans: Span[], group: (s: Span) => number): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<number, number>();
  return sorted.filter((s) => {
    const g = group(s);
    if ((lastEnd.get(g) ?? -1) > s.start) return false;
    lastEnd.set(g, s.end);
    return true;
  });
}
