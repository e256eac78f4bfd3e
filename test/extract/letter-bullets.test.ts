// Word's Symbol or Wingdings bullets that reach the text layer as a letter ("l" for ●, "§" for ▪): a lone glyph in its
// own font, at one x on three lines or more, with text beside it, is a bullet.
import { describe, expect, it } from 'vitest';
import { toItems } from '../../src/extract/pdf/rows.js';

/** A pdf.js text item: `str` at (x, y), 10 pt, in `font`. */
const at = (str: string, x: number, y: number, font = 'g_text') => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10, fontName: font });
/** A list of `n` items: `glyph` in `glyphFont` at x = 72, its text in the text font at x = 90. */
const list = (glyph: string, n: number, glyphFont = 'g_symbol', textFont = 'g_text') =>
  Array.from({ length: n }, (_, i) => [at(glyph, 72, 700 - i * 14, glyphFont), at(`Item number ${i + 1} of the list`, 90, 700 - i * 14, textFont)]).flat();

describe('letter bullets in the text layer', () => {
  it.each<[string, ReturnType<typeof list>, string[]]>([
    ['Wingdings "l" bullets beside their text', list('l', 3), ['•', '•', '•']],
    ['Wingdings "§" bullets', list('§', 4), ['•', '•', '•', '•']],
    ['trap: two are not yet a list', list('l', 2), ['l', 'l']],
    ['trap: a letter in the text’s own font is a letter (an enumeration "b", "c", "d")', list('b', 3, 'g_text'), ['b', 'b', 'b']],
    ['trap: a vowel that is a word ("a", "e", "y") is never a bullet', list('y', 3), ['y', 'y', 'y']],
    ['trap: letters at different x are no column of bullets', [at('l', 72, 700, 'g_symbol'), at('Item', 90, 700), at('l', 150, 686, 'g_symbol'), at('Item', 168, 686), at('l', 230, 672, 'g_symbol'), at('Item', 248, 672)], ['l', 'l', 'l']],
  ])('%s', (_name, raw, glyphs) => {
    const items = toItems(raw);
    expect(items.filter((i) => i.x === 72 || i.str.length <= 1).map((i) => i.str)).toEqual(glyphs);
  });
  it('stays linear on a page of lone letters (letter-spaced text is no list)', () => {
    const raw = Array.from({ length: 20_000 }, (_, i) => at('l', 72 + (i % 50), 700 - Math.floor(i / 50), i % 2 ? 'g_symbol' : 'g_text'));
    const started = performance.now();
    const items = toItems(raw);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(items.every((i) => i.str === 'l')).toBe(true);
  });
});
