// A first cell that wrapped inside its own column ("Engineering Manager, Ads ⇥ April 2020 – Present" over "Ranking")
// is joined; a header whose dates sit at a right tab far away, over a title line whose first word would have fitted
// beside it ("UNITED NAVAL WORKS – Portmere, ME ⇥ Sep 2022 – Present" over "Port Operations Director"), is not.
import { describe, expect, it } from 'vitest';
import { mergeWrappedFirstCells } from '../../src/extract/pdf/cell-merges.js';
import { groupRows, toItems } from '../../src/extract/pdf/rows.js';
import { toVisualLine } from '../../src/extract/pdf/visual-line.js';

/** A pdf.js text item: `str` at (x, y), 10 pt, 5 pt of advance per character. */
const at = (str: string, x: number, y: number, font = 'g_bold') => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10, fontName: font });

const read = (raw: ReturnType<typeof at>[]): string[] =>
  mergeWrappedFirstCells(groupRows(toItems(raw)).map(toVisualLine), { fallback: 'drop' }).map((l) => l.cells.map((c) => c.text).join('\t')).filter((t) => t !== '');

describe('a first cell wrapped inside its column, and a title under a header with far dates', () => {
  it.each<[string, ReturnType<typeof at>[], string[]]>([
    // "Engineering Manager, Ads" ends at x = 192; "Ranking" (35 pt) did not fit before the column's edge.
    ['a title wrapped in its table cell', [at('Engineering Manager, Ads', 72, 700), at('April 2020 – Present', 240, 700), at('Ranking', 72, 688)],
      ['Engineering Manager, Ads Ranking\tApril 2020 – Present']],
    ['a company wrapped in a narrow first column', [at('Fjellvik Upper', 72, 700), at('Teacher', 190, 700), at('2019 – now', 300, 700), at('Secondary School', 72, 688)],
      ['Fjellvik Upper Secondary School\tTeacher\t2019 – now']],
    ['one title in a narrow text box, its dates far away', [at('Engineering Manager, Ads', 50, 700), at('April 2020 – Present', 445, 700), at('Ranking', 50, 688)],
      ['Engineering Manager, Ads Ranking\tApril 2020 – Present']],
    // traps: entry after entry, the first word below would have fitted far before the dates (a right tab stop)
    ['trap: "Company – Place ⇥ dates" over its title, twice', [
      at('UNITED NAVAL WORKS – Portmere, ME', 36, 538), at('Sep 2022 – Present', 468, 538), at('Port Operations Director', 36, 526), at('Ran the port.', 36, 514, 'g_text'),
      at('UNITED NAVAL WORKS – Various Locations', 36, 490), at('Mar 2018 – Aug 2022', 468, 490), at('Aircraft Division Director', 36, 478)],
    ['UNITED NAVAL WORKS – Portmere, ME\tSep 2022 – Present', 'Port Operations Director', 'Ran the port.', 'UNITED NAVAL WORKS – Various Locations\tMar 2018 – Aug 2022', 'Aircraft Division Director']],
    ['trap: companies and their far dates over one-word titles', [
      at('Harrow & Vane Ltd', 36, 538), at('2019 – 2021', 480, 538), at('Barista', 36, 526),
      at('Quayside Books', 36, 490), at('2017 – 2019', 480, 490), at('Cashier', 36, 478)],
    ['Harrow & Vane Ltd\t2019 – 2021', 'Barista', 'Quayside Books\t2017 – 2019', 'Cashier']],
  ])('%s', (_name, raw, expected) => {
    expect(read(raw)).toEqual(expected);
  });
});
