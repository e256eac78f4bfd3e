// Tokens are maximal runs of word characters, so a term can only ever match whole tokens:
// "ads" cannot match inside "downloads", "ML" cannot match inside "HTML".
import { stemKey } from './stem.js';

/** Letters, digits, combining marks and underscore ("my_ads_model" is one identifier, not the word "ads"). */
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}_]$/u;
/** Whitespace, soft hyphen and hyphens: what may separate the words of a phrase ("recommender-system"). */
const FLEXIBLE_GAP_RE = /[\s\u00AD\u2010\u2011-]+/gu;
/** A longer gap between two words is not a phrase any more (and keeps each check O(1)). */
export const MAX_PHRASE_GAP = 16;

/** Per UTF-16 unit: 0 not yet known, 1 word character, 2 not. Filled lazily; ASCII up front. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;

function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const known = CLASS[c];
  if (known !== 0) return known === 1;
  // Surrogate halves: classify the whole code point (mathematical letters, CJK extensions); not cached.
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(c <= 0xdbff ? i : i - 1) ?? 0;
    return WORD_CHAR_RE.test(String.fromCodePoint(cp));
  }
  const word = WORD_CHAR_RE.test(String.fromCharCode(c));
  CLASS[c] = word ? 1 : 2;
  return word;
}

/** Token offsets as two parallel arrays: a 20 MB line must not allocate millions of objects. */
export interface Tokens {
  starts: number[];
  ends: number[];
}

/**
 * A line ready for matching: its tokens, and its lower-case form when lower-casing keeps every offset. A rubric's
 * dozen matchers scan the same prepared line: each token's lower-case form and stem key are kept here once made.
 */
export interface PreparedLine {
  text: string;
  lower: string | undefined;
  tokens: Tokens;
  tokenLowers?: Array<string | undefined>;
  tokenStems?: Array<string | undefined>;
}

/** Token `i`'s lower-case text, made once per line. */
export function tokenLower(line: PreparedLine, i: number): string {
  const lowers = (line.tokenLowers ??= []);
  let lower = lowers[i];
  if (lower === undefined) {
    lower = lowerSlice(line, line.tokens.starts[i] ?? 0, line.tokens.ends[i] ?? 0);
    lowers[i] = lower;
  }
  return lower;
}

/** Token `i`'s stem key (stem.ts), made once per line. */
export function tokenStem(line: PreparedLine, i: number): string {
  const stems = (line.tokenStems ??= []);
  let stem = stems[i];
  if (stem === undefined) {
    stem = stemKey(tokenLower(line, i));
    stems[i] = stem;
  }
  return stem;
}

export function prepareLine(text: string): PreparedLine {
  const lower = text.toLowerCase();
  return { text, lower: lower.length === text.length ? lower : undefined, tokens: tokenize(text) };
}

/** The lower-case text of [start, end) without lower-casing it again. */
export function lowerSlice(line: PreparedLine, start: number, end: number): string {
  return line.lower !== undefined ? line.lower.slice(start, end) : line.text.slice(start, end).toLowerCase();
}

const WORD_RUN_RE = /[\p{L}\p{N}\p{M}_]+/uy;
const GAP_RUN_RE = /[^\p{L}\p{N}\p{M}_]+/uy;

/**
 * Alternating sticky `test`s for word runs and gaps: whole code points, linear, and no match object per token
 * (a 20 MB line has millions of tokens).
 */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const from = i;
    WORD_RUN_RE.lastIndex = i;
    if (WORD_RUN_RE.test(text)) {
      starts.push(i);
      i = WORD_RUN_RE.lastIndex;
      ends.push(i);
    }
    GAP_RUN_RE.lastIndex = i;
    if (GAP_RUN_RE.test(text)) i = GAP_RUN_RE.lastIndex;
    // The two classes are complements, so this never happens; it keeps a bug from becoming an endless loop.
    if (i === from) i++;
  }
  return { starts, ends };
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isWordUnit(ch, 0);
}

/** The comparable form of the text between two words: whitespace and hyphens vanish, symbols stay, ’ is '. */
export function gapKey(gap: string): string {
  // Nearly every gap between two words is one space.
  if (gap.length === 1 && FLEXIBLE_UNITS.has(gap.charCodeAt(0))) return '';
  return gap.replace(FLEXIBLE_GAP_RE, '').replace(/\u2019/g, "'");
}

/** The single UTF-16 units FLEXIBLE_GAP_RE removes that gaps are commonly made of: space, tab, NBSP, soft hyphen, hyphens. */
const FLEXIBLE_UNITS = new Set([0x20, 0x09, 0xa0, 0xad, 0x2d, 0x2010, 0x2011]);

/** Symbols that glue a word to the next one into a different name: "R&D", "Node.js", "foo@ads.com". */
const GLUE_CHARS = new Set(['&', '.', '@']);
/** Symbols that extend a name: "C" is not "C++" or "C#". */
const EXTENDER_CHARS = new Set(['+', '#']);
/** For one-letter terms only: "C-level", "R-squared", "A's" are not the languages C and R. */
const ONE_LETTER_GLUE_CHARS = new Set(['-', "'", '\u2019', '\u2010', '\u2011']);

function isSingleLetterAt(text: string, start: number, end: number): boolean {
  return end - start === 1 && !isWordChar(text[start - 1]) && !isWordChar(text[end]);
}

/** May a match start at `start`? (`text[start]` is its first character.) */
export function hasStartBoundary(text: string, start: number, oneLetter: boolean): boolean {
  const before = text[start - 1];
  if (before === undefined) return true;
  if (isWordChar(before)) return false;
  const glued = isWordChar(text[start - 2]);
  if (glued && GLUE_CHARS.has(before)) return false;
  if (!oneLetter || !glued) return true;
  if (ONE_LETTER_GLUE_CHARS.has(before)) return false;
  // "A/B", "I/O", "N/A": a pair of single letters is one symbol, but "Python/R" is R.
  return !(before === '/' && isSingleLetterAt(text, start - 2, start - 1));
}

const DIGIT_RE = /\p{N}/u;

/**
 * May a match end at `end`? (`text[end]` is the first character after it.) After a symbol affix a version number
 * may follow directly ("C++17").
 */
export function hasEndBoundary(text: string, end: number, oneLetter: boolean, afterSymbol = false): boolean {
  const after = text[end];
  if (after === undefined) return true;
  if (EXTENDER_CHARS.has(after)) return false;
  if (isWordChar(after)) return afterSymbol && DIGIT_RE.test(after);
  const glued = isWordChar(text[end + 1]);
  if (glued && GLUE_CHARS.has(after)) return false;
  if (!oneLetter || !glued) return true;
  if (ONE_LETTER_GLUE_CHARS.has(after)) return false;
  return !(after === '/' && isSingleLetterAt(text, end + 1, end + 2) && !EXTENDER_CHARS.has(text[end + 2] ?? ''));
}
