// Word raises and shrinks an ordinal's suffix ("82" + superscript "nd"): it belongs on the number's row, not a row of
// its own above it (which split "Cashier – 52nd Street Grocers" into "nd" and "Cashier – 52 · Street Grocers").
import { describe, expect, it } from 'vitest';
import { groupRows, rowText, toItems } from '../../src/extract/pdf/rows.js';

/** A pdf.js text item: `str` at (x, y) in `size` pt, 5 pt of advance per character at 10 pt. */
const at = (str: string, x: number, y: number, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width: (str.length * size) / 2, height: size, fontName: 'g_text' });

/** Row texts, top of the page first. */
const rows = (raw: ReturnType<typeof at>[]): string[] => groupRows(toItems(raw)).map((r) => rowText(r.items));

describe('ordinal suffixes drawn as superscripts', () => {
  it.each<[string, ReturnType<typeof at>[], string[]]>([
    ['"52" + raised "nd" + the rest of the line', [at('Cashier – 52', 72, 500), at('nd', 132, 503.6, 6.5), at('Street Grocers', 140, 500)], ['Cashier – 52nd Street Grocers']],
    ['"18" + "th" inside a sentence', [at('across the 18', 72, 400), at('th', 137, 403.6, 6.5), at('Corps community', 145, 400)], ['across the 18th Corps community']],
    ['French "1" + "er"', [at('depuis le 1', 72, 300), at('er', 127, 303.5, 6.5), at('mars 2020', 135, 300)], ['depuis le 1er mars 2020']],
    // traps: a small line above that is no suffix, a suffix apart from the number, a suffix after a word
    ['trap: a small word line above a number stays its own row', [at('Notes', 72, 504, 6.5), at('Budget 82', 72, 500)], ['Notes', 'Budget 82']],
    ['trap: "nd" far from the number', [at('Budget 82', 72, 500), at('nd', 200, 503.6, 6.5)], ['nd', 'Budget 82']],
    ['trap: a raised "th" after a word is no ordinal', [at('Smith', 72, 500), at('th', 97, 503.6, 6.5)], ['th', 'Smith']],
    ['trap: a suffix as large as the number is text of its own', [at('Budget 82', 72, 500), at('nd', 117, 504.9, 10)], ['nd', 'Budget 82']],
  ])('%s', (_name, raw, expected) => {
    expect(rows(raw)).toEqual(expected);
  });
});
