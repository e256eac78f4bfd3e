// Is a date the grammar found in a line really a date of the résumé's structure, or a number in a sentence
// ("Led the 2018 migration of 1,500 servers", "Top 10 in 2019") or part of a phone number ("+1 555 201-2019")?
import type { Precision } from '../types.js';
import type { Tok } from './date-tokens.js';
import { PROSE_BEFORE_YEAR } from './date-words.js';

/** Punctuation that sets a date apart from the text around it in a header line. */
const DELIMITERS: ReadonlySet<string> = new Set(['|', ',', ';', ':', '·', '•', '/', '(', ')', '[', ']', '–', '—', '-', '‒', '―', '−', '\u00ad', '~', '*', '▪', '◦']);
/** Punctuation that glues digits into phone numbers and ids ("201-2019", "555.2019"). */
const DIGIT_GLUE: ReadonlySet<string> = new Set(['-', '.', '/', ')', '+', '–']);
/** Words allowed right after a range in a header ("2015 – 2019 at Acme"). */
const HEADER_LINKS: ReadonlySet<string> = new Set(['at', '@', 'in', 'bei', 'chez', 'en', 'på', 'presso', 'em', 'в']);

const WIDE_GAP = /\t| {2,}/;

/** Punctuation, a dash or arrow, a bracket or an icon ("📅 2021 / 06 – Present") sets a date apart. */
function isDelimiter(t: Tok): boolean {
  return DELIMITERS.has(t.key) || t.kind === 'dash' || t.kind === 'icon' || t.kind === 'open' || t.kind === 'close';
}

function startsLowercase(text: string, tok: Tok): boolean {
  const ch = text.charAt(tok.from);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function gapIsWide(text: string, from: number, to: number): boolean {
  return to > from && WIDE_GAP.test(text.slice(from, to));
}

/**
 * Digits right beside the date make it part of a number ("+1 555 201-2019", "4417 June 2023" in a sentence); a number
 * in the cell before a date that opens with a month name does not ("Store 4417 ⇥ June 2023 – Present"). A bare year
 * in the next cell after digits stays glued ("03–09 ⇥ 2015").
 */
function gluedToDigits(toks: readonly Tok[], first: number, next: number): boolean {
  const prev = toks[first - 1];
  const firstTok = toks[first];
  if (prev?.kind === 'num' && !(firstTok?.wideBefore && firstTok.kind === 'word')) return true;
  if (prev && DIGIT_GLUE.has(prev.key) && toks[first - 2]?.kind === 'num') return true;
  const after = toks[next];
  if (after?.kind === 'num') return true;
  const after2 = toks[next + 1];
  return after !== undefined && DIGIT_GLUE.has(after.key) && !after.spaceBefore && after2?.kind === 'num' && !after2.spaceBefore;
}

export function acceptInLine(text: string, toks: readonly Tok[], first: number, next: number, precision: Precision, single: boolean): boolean {
  if (gluedToDigits(toks, first, next)) return false;
  const prev = toks[first - 1];
  const after = toks[next];
  const firstTok = toks[first];
  const lastTok = toks[next - 1];
  const delimitedBefore = !prev || isDelimiter(prev) || (firstTok !== undefined && gapIsWide(text, prev.to, firstTok.from));
  const delimitedAfter = !after || isDelimiter(after) || (lastTok !== undefined && gapIsWide(text, lastTok.to, after.from));
  const proseWordBefore = !delimitedBefore && prev?.kind === 'word' && (PROSE_BEFORE_YEAR.has(prev.key) || startsLowercase(text, prev));
  const proseWordAfter = !delimitedAfter && after?.kind === 'word' && startsLowercase(text, after) && !HEADER_LINKS.has(after.key);
  if (single) {
    // A lone year is a date only when set apart ("Acme | 2019"); a lone month may sit next to capitalised words.
    if (precision === 'year') return delimitedBefore && delimitedAfter;
    return !proseWordBefore && !proseWordAfter;
  }
  if (proseWordBefore && (precision === 'year' || (prev !== undefined && PROSE_BEFORE_YEAR.has(prev.key)))) return false;
  return !(proseWordAfter && precision === 'year');
}
