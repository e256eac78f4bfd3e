// A term as written in a rubric ("A/B testing", "C++", ".NET", "recommender systems") compiled into the
// sequence of words and separators the phrase index compares token by token.
import type { TermSpec } from '../types.js';
import { stemKey } from './stem.js';
import { gapKey } from './tokens.js';

/** How each word of a pattern is compared with a token of the line. */
export type WordMode = 'exact' | 'lower' | 'stem';

export interface TermPattern {
  /** Index of the TermSpec this pattern came from (its term or one of its synonyms). */
  spec: number;
  /** Word keys in `mode` form. */
  words: string[];
  /** Gap keys between consecutive words: '' = whitespace/hyphens only, else the symbols that must be there. */
  gaps: string[];
  /** Symbols glued before the first / after the last word (".NET", "C++", "C#"). */
  lead: string;
  trail: string;
  mode: WordMode;
  /** One-letter terms ("R", "C") get the strictest boundaries. */
  oneLetter: boolean;
}

const WORD_RE = /[\p{L}\p{N}\p{M}_]+/gu;
/** Terms this short are too easy to hit by accident in any case ("r", "go", "ml"), so they are case-sensitive. */
const CASE_SENSITIVE_MAX_LENGTH = 2;

interface Parsed {
  words: string[];
  gaps: string[];
  lead: string;
  trail: string;
}

function parseTermText(text: string): Parsed | undefined {
  const words: string[] = [];
  const gaps: string[] = [];
  let lead = '';
  let last = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const between = text.slice(last, m.index);
    if (words.length === 0) lead = between.trim();
    else gaps.push(gapKey(between));
    words.push(m[0]);
    last = m.index + m[0].length;
  }
  if (words.length === 0) return undefined;
  return { words, gaps, lead, trail: text.slice(last).trim() };
}

/** Terms with symbols are protected: never stemmed, never case-folded by the short-term rule. */
function isProtected(p: Parsed): boolean {
  return p.lead !== '' || p.trail !== '' || p.gaps.some((g) => g !== '');
}

function chooseMode(p: Parsed, caseSensitive: boolean | undefined, stem: boolean | undefined): WordMode {
  if (caseSensitive === true) return 'exact';
  const protectedTerm = isProtected(p);
  const letters = p.words.join('').length;
  if (caseSensitive === undefined && !protectedTerm && letters <= CASE_SENSITIVE_MAX_LENGTH) return 'exact';
  return stem === true && !protectedTerm ? 'stem' : 'lower';
}

export function wordKey(word: string, mode: WordMode): string {
  if (mode === 'exact') return word;
  const lower = word.toLowerCase();
  return mode === 'stem' ? stemKey(lower) : lower;
}

/** One pattern for a term text, or undefined when it has no word characters at all (rubric lint reports it). */
export function compilePattern(
  text: string,
  spec: number,
  options: Pick<TermSpec, 'caseSensitive' | 'stem'>,
): TermPattern | undefined {
  const parsed = parseTermText(text.trim());
  if (parsed === undefined) return undefined;
  const mode = chooseMode(parsed, options.caseSensitive, options.stem);
  const fold = (s: string): string => (mode === 'exact' ? s : s.toLowerCase());
  return {
    spec,
    words: parsed.words.map((w) => wordKey(w, mode)),
    gaps: parsed.gaps.map(fold),
    lead: fold(parsed.lead),
    trail: fold(parsed.trail),
    mode,
    // "C++" and "C#" are delimited by their symbols; only a bare letter needs the strictest boundaries.
    oneLetter: parsed.words.length === 1 && parsed.words[0]?.length === 1 && parsed.lead === '' && parsed.trail === '',
  };
}

/**
 * The term and its synonyms, each as a pattern. A short term written in lower case ("ad") also matches its
 * capitalised form at a sentence start ("Ad Hoc"), but never the upper-case acronym ("AD").
 */
export function compileSpecPatterns(spec: TermSpec, index: number): TermPattern[] {
  const texts = [spec.term, ...(spec.synonyms ?? [])];
  return texts.flatMap((t) => {
    const pattern = compilePattern(t, index, spec);
    if (pattern === undefined) return [];
    const lower = t.trim();
    if (pattern.mode !== 'exact' || spec.caseSensitive === true || lower !== lower.toLowerCase()) return [pattern];
    const capitalised = compilePattern(lower.charAt(0).toUpperCase() + lower.slice(1), index, spec);
    return capitalised === undefined ? [pattern] : [pattern, capitalised];
  });
}
