// A table row whose cells all wrapped onto the next row (pandoc's pipe table in LaTeX: "Nordhavn ⇥ Science Teacher
// (Chemistry, ⇥ Aug 2016 – Jun" over "International School ⇥ Biology) ⇥ 2019"): one row again when its date cell
// finishes the range left open above. Geometry fed as items (fictional text).
import { describe, expect, it } from 'vitest';
import type { HyphenPolicy } from '../../src/extract/normalize.js';
import { paragraphLines } from '../../src/extract/pdf/paragraphs.js';
import type { Item, Row } from '../../src/extract/pdf/rows.js';

const SIZE = 10;
const item = (str: string, x: number, y: number): Item => ({ str, x, y, w: str.length * SIZE * 0.45, size: SIZE, font: 'f' });
const policy: HyphenPolicy = { fallback: 'keep', vocabulary: new Set() };
const COLS = [72, 230, 400];
const row = (y: number, cells: string[]): Row => ({ y, items: cells.flatMap((c, i) => (c === '' ? [] : [item(c, COLS[i] ?? 0, y)])) });

describe('a table row wrapped in every cell', () => {
  it.each<[string, Row[], string[]]>([
    ['the date cell finishes the open range: one row', [
      row(700, ['Fjellvik Upper School', 'Chemistry Teacher', 'Aug 2019 – present']),
      row(688, ['Nordhavn', 'Science Teacher (Chemistry,', 'Aug 2016 – Jun']),
      row(676, ['International School', 'Biology)', '2019']),
      row(664, ['Sandvika Folk School', 'Substitute Teacher', 'Jan 2015 – Jun 2016']),
    ], ['Fjellvik Upper School\tChemistry Teacher\tAug 2019 – present', 'Nordhavn International School\tScience Teacher (Chemistry, Biology)\tAug 2016 – Jun 2019',
      'Sandvika Folk School\tSubstitute Teacher\tJan 2015 – Jun 2016']],
    ['"Present" alone finishes the range too', [
      row(700, ['Nordhavn', 'Head of Science', 'Aug 2016 –']),
      row(688, ['International School', 'Department', 'Present']),
    ], ['Nordhavn International School\tHead of Science Department\tAug 2016 – Present']],
    ['trap: the next row has its own range', [
      row(700, ['Nordhavn School', 'Science Teacher', 'Aug 2016 – Jun 2019']),
      row(688, ['Sandvika School', 'Substitute Teacher', 'Jan 2015 – Jun 2016']),
    ], ['Nordhavn School\tScience Teacher\tAug 2016 – Jun 2019', 'Sandvika School\tSubstitute Teacher\tJan 2015 – Jun 2016']],
    ['trap: a range left open above but a new range below', [
      row(700, ['Nordhavn School', 'Science Teacher', 'Aug 2016 –']),
      row(688, ['Sandvika School', 'Substitute Teacher', 'Jan 2015 – Jun 2016']),
    ], ['Nordhavn School\tScience Teacher\tAug 2016 –', 'Sandvika School\tSubstitute Teacher\tJan 2015 – Jun 2016']],
    ['trap: a closed range above, a year below (a new row dated by one year)', [
      row(700, ['Nordhavn School', 'Science Teacher', '2016 – 2019']),
      row(688, ['Sandvika School', 'Substitute Teacher', '2015']),
    ], ['Nordhavn School\tScience Teacher\t2016 – 2019', 'Sandvika School\tSubstitute Teacher\t2015']],
  ])('%s', (_name, rows, expected) => {
    expect(paragraphLines(rows, policy)).toEqual(expected);
  });
});
