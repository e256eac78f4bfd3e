// Tokens of the date-range grammar. One precompiled regex splits a line into words, numbers, 'YY years,
// quarters, dashes and punctuation; whitespace is not a token but is remembered (spaceBefore), because
// "2016-03" (a month) and "2016 - 03" are not the same thing.

export type TokKind = 'word' | 'num' | 'apos' | 'quarter' | 'dash' | 'icon' | 'open' | 'close' | 'punct';

export interface Tok {
  kind: TokKind;
  /** Lower-case text, a trailing period removed ("Sept." → "sept"). */
  key: string;
  from: number;
  to: number;
  spaceBefore: boolean;
  /** A tab or a wide gap before the token: it is in another cell of the row. */
  wideBefore: boolean;
  /** Starts with a capital letter ("Set 2019" may be Italian for September; "set 2019 targets" is English). */
  capital: boolean;
}

// Groups: 1 space, 2 quarter/half (Q3, H1), 3 'YY, 4 number, 5 word, 6 dash, 7 open, 8 close. A dash is any
// dash (incl. U+00AD soft hyphen, which extraction keeps between two dates), "~", or an arrow ("→", "⟶", "⇒", "->"):
// résumés put all of them between the two dates of a range. An icon is an emoji, a symbol, a private-use glyph, or
// U+0000: what a glyph without a Unicode mapping (Chromium's colour-emoji Type 3 fonts) reads as.
const TOKEN_RE =
  /(\s+)|([QqHh][1-4])(?![\p{L}\d])|(['’‘`]\d{2})(?!\d)|(\d+)|([\p{L}\p{M}]+(?:['’.][\p{L}\p{M}]+)*\.?)|(-+>|=+>|[-‐‑–—‒―−\u00AD~﹘﹣－→⟶⇒⟹➔➜➝➞⇨⇾⟼])|([\p{Extended_Pictographic}\p{So}\p{Co}\u0000][\uFE0E\uFE0F\u200D\p{Extended_Pictographic}\p{So}\p{Co}\u0000]*)|([([{])|([)\]}])|(\S)/gu;

const KIND_BY_GROUP: readonly TokKind[] = ['punct', 'punct', 'quarter', 'apos', 'num', 'word', 'dash', 'icon', 'open', 'close', 'punct'];

/**
 * Lines tokenised lately: each line is asked for a range, a range end and a duration, by the line classifier and the
 * job reader in turn. Bounded in count, and long lines (a hostile megabyte) are never kept.
 */
const recent = new Map<string, readonly Tok[]>();
const MAX_RECENT = 512;
const MAX_KEPT_CHARS = 1000;

/** The tokens of `text` (shared with earlier callers of the same text: never change them). */
export function tokenize(text: string): readonly Tok[] {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const toks = scan(text);
  if (text.length <= MAX_KEPT_CHARS) {
    if (recent.size >= MAX_RECENT) recent.clear();
    recent.set(text, toks);
  }
  return toks;
}

function scan(text: string): Tok[] {
  const toks: Tok[] = [];
  let spaceBefore = false;
  let wideBefore = false;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    if (m[1] !== undefined) {
      spaceBefore = true;
      wideBefore = m[1].includes('\t') || m[1].length >= 3;
      continue;
    }
    let group = 2;
    while (group < KIND_BY_GROUP.length - 1 && m[group] === undefined) group++;
    const raw = m[0];
    const lower = raw.toLowerCase();
    const key = lower.length > 1 && lower.endsWith('.') ? lower.slice(0, -1) : lower;
    const c0 = raw.charAt(0);
    const capital = c0 !== lower.charAt(0);
    toks.push({ kind: KIND_BY_GROUP[group] ?? 'punct', key, from: m.index, to: m.index + raw.length, spaceBefore, wideBefore, capital });
    spaceBefore = false;
    wideBefore = false;
  }
  return toks;
}
