// A word broken by TeX at the right edge and continued on the next line of a hanging indent (a description list:
// "Castor & Vale … Manch-" / "ester"): one word again. Geometry fed as items (fictional text).
import { describe, expect, it } from 'vitest';
import type { HyphenPolicy } from '../../src/extract/normalize.js';
import { paragraphLines } from '../../src/extract/pdf/paragraphs.js';
import type { Item, Row } from '../../src/extract/pdf/rows.js';

const SIZE = 10;
const item = (str: string, x: number, y: number, w = str.length * SIZE * 0.5): Item => ({ str, x, y, w, size: SIZE, font: 'f' });
const policy: HyphenPolicy = { fallback: 'drop', vocabulary: new Set() };
const START = 134;
const RIGHT = 480;

/** A header line reaching `x1`, the next line at `indent` em, then a body line at the same indent. */
function hang(head: string, x1: number, next: string, indentEm: number): Row[] {
  const x = START + indentEm * SIZE;
  return [
    { y: 364, items: [item(head, START, 364, x1 - START)] },
    { y: 352, items: [item(next, x, 352)] },
    { y: 340, items: [item('Claims-fraud models and pricing elasticity studies for the motor book.', x, 340, RIGHT - x)] },
  ];
}

describe('a word broken at the right edge over a hanging indent', () => {
  it.each<[string, Row[], string[]]>([
    ['"Manch-" / "ester" at 2.5 em', hang('Castor & Vale Insurance Data Scientist – Sep 2014 – Mar 2017, Manch-', RIGHT - 1, 'ester', 2.5),
      ['Castor & Vale Insurance Data Scientist – Sep 2014 – Mar 2017, Manchester', 'Claims-fraud models and pricing elasticity studies for the motor book.']],
    ['trap: the line ends well before the right edge', hang('Castor & Vale Insurance Data Scientist, Manch-', RIGHT - 120, 'ester', 2.5),
      ['Castor & Vale Insurance Data Scientist, Manch-', 'ester', 'Claims-fraud models and pricing elasticity studies for the motor book.']],
    ['trap: a capital after the break', hang('Castor & Vale Insurance Data Scientist – Sep 2014 – Mar 2017, Manch-', RIGHT - 1, 'Ester', 2.5),
      ['Castor & Vale Insurance Data Scientist – Sep 2014 – Mar 2017, Manch-', 'Ester', 'Claims-fraud models and pricing elasticity studies for the motor book.']],
    ['trap: a block much further in (5 em) is not a hanging indent', hang('Castor & Vale Insurance Data Scientist – Sep 2014 – Mar 2017, Manch-', RIGHT - 1, 'ester', 5),
      ['Castor & Vale Insurance Data Scientist – Sep 2014 – Mar 2017, Manch-', 'ester', 'Claims-fraud models and pricing elasticity studies for the motor book.']],
    ['trap: a compound with hyphens of its own ("state-of-the-") over an indent', hang('Castor & Vale Insurance Data Scientist – built a state-of-the-', RIGHT - 1, 'art pricing engine', 2.5),
      ['Castor & Vale Insurance Data Scientist – built a state-of-the-', 'art pricing engine', 'Claims-fraud models and pricing elasticity studies for the motor book.']],
  ])('%s', (_name, rows, expected) => {
    expect(paragraphLines(rows, policy)).toEqual(expected);
  });
});
