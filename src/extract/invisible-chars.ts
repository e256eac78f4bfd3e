// Characters that carry text no reader sees, in any résumé (Word draws neither): Unicode tag characters (U+E0020–E007E,
// "ASCII smuggling": each is an invisible copy of an ASCII character) and a right-to-left override (U+202E), which
// draws the Latin text after it backwards ("smetsys rednemmocer" on screen, "recommender systems" in the file).
// Taken out of the text and handed back as hidden lines; an emoji flag's tag sequence (🏴 + tags + U+E007F: the flags
// of Scotland, Wales, England) is a picture, left alone.
import type { RawHiddenLine } from './raw.js';

/** A run of tag characters, after the black flag that makes it a subdivision flag or not. */
const TAG_RUN = /(\u{1F3F4})?([\u{E0020}-\u{E007E}]+)(\u{E007F})?/gu;
/** A right-to-left override and what it reverses: up to its pop (U+202C) or the line's end. */
const RLO_SPAN = /\u202E([^\u202C\r\n]*)\u202C?/g;
/** Latin letters that make a word, in a reversed span (a stray override before a digit or a symbol reverses nothing read). */
const LATIN_WORD = /[A-Za-z]{3}/;

/** Text holding a tag character or a right-to-left override (what is worth splitting). */
export const INVISIBLE_CHARS = /[\u{E0020}-\u{E007E}\u202E]/u;

export function splitInvisibleChars(text: string): { text: string; hidden: RawHiddenLine[] } {
  if (!INVISIBLE_CHARS.test(text)) return { text, hidden: [] };
  const hidden: RawHiddenLine[] = [];
  const out = text
    .replace(TAG_RUN, (whole, flag: string | undefined, tags: string) => {
      if (flag) return whole;
      const decoded = [...tags].map((c) => String.fromCharCode((c.codePointAt(0) ?? 0xe0020) - 0xe0000)).join('');
      if (/[A-Za-z]{2}/.test(decoded)) hidden.push({ text: decoded, reason: 'INVISIBLE_CHARACTERS' });
      return '';
    })
    .replace(RLO_SPAN, (whole, inner: string) => {
      if (!LATIN_WORD.test(inner)) return whole;
      hidden.push({ text: inner, reason: 'BIDI_OVERRIDE' });
      return '';
    });
  return { text: out, hidden };
}
