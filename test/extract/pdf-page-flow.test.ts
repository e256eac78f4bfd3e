// Reading order across pages: a main column spilling from the foot of a page beside a sidebar onto the next page.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import type { Block } from '../../src/extract/pdf/columns.js';
import { flowAcrossPages } from '../../src/extract/pdf/page-flow.js';
import { makePdf, texts } from './build.js';

/** A block named `name` of text lines from x0 to x1, from y `top` down to `bottom` (PDF space, y up), one row a 14 pt. */
function block(name: string, x0: number, x1: number, top: number, bottom: number): Block {
  const rows = [];
  for (let y = top; y >= bottom; y -= 14) rows.push({ y, items: [{ str: name, x: x0, y, w: x1 - x0, size: 10, font: 'f' }] });
  return { rows };
}
const nameOf = (b: Block) => b.rows[0]?.items[0]?.str ?? '';
const order = (pages: Block[][], eligible?: (n: number) => boolean) =>
  flowAcrossPages(pages, eligible).flatMap((s) => s.blocks.map((b) => `${s.page}:${nameOf(b)}`));

// A4-ish page: text from y 800 down to 60; main column 40–400, sidebar 420–560 (or mirrored).
const header = block('name', 40, 560, 800, 760);
const main1 = block('main', 40, 400, 740, 60);
const side1 = block('side', 420, 560, 740, 300);
const sideToFoot = block('side', 420, 560, 740, 70);
const main2 = block('main', 40, 390, 800, 500);
const side2 = block('side', 420, 560, 800, 700);
const leftSide1 = block('side', 40, 180, 800, 70);
const rightMain1 = block('main', 200, 560, 800, 60);
const leftSide2 = block('side', 40, 180, 800, 700);
const rightMain2 = block('main', 200, 550, 800, 400);

describe('flowAcrossPages', () => {
  it.each([
    ['right sidebar ending on page 1, main alone on page 2', [[header, main1, side1], [main2]], ['1:name', '1:main', '2:main', '1:side']],
    ['right sidebar on both pages', [[header, main1, sideToFoot], [main2, side2]], ['1:name', '1:main', '2:main', '1:side', '2:side']],
    ['left sidebar on both pages: the page-2 sidebar is read after the spilled main column', [[leftSide1, rightMain1], [leftSide2, rightMain2]], ['1:side', '1:main', '2:main', '2:side']],
    ['left sidebar, main alone on page 2 (already in order)', [[leftSide1, rightMain1], [rightMain2]], ['1:side', '1:main', '2:main']],
    ['three pages: the column runs on twice', [[header, main1, side1], [block('main', 40, 400, 800, 60), side2], [block('main', 40, 380, 800, 600)]], ['1:name', '1:main', '2:main', '3:main', '1:side', '2:side']],
    // traps: nothing moves
    ['trap: single-column page 1 (no column beside it)', [[block('body', 40, 400, 800, 60)], [main2]], ['1:body', '2:main']],
    ['trap: the columns end mid-page, full-width text under them', [[header, block('main', 40, 400, 740, 400), block('side', 420, 560, 740, 420), block('full', 40, 560, 380, 60)], [main2]], ['1:name', '1:main', '1:side', '1:full', '2:main']],
    ['trap: page 2 is full width', [[header, main1, side1], [block('full', 40, 560, 800, 300)]], ['1:name', '1:main', '1:side', '2:full']],
    ['trap: page 2 opens with a full-width block above the column', [[header, main1, side1], [block('banner', 40, 560, 800, 770), block('main', 40, 390, 750, 500)]], ['1:name', '1:main', '1:side', '2:banner', '2:main']],
    ['trap: page 2 column starts halfway down the page', [[header, main1, side1], [block('main', 40, 390, 400, 100)]], ['1:name', '1:main', '1:side', '2:main']],
    ['trap: page 2 text at the sidebar\'s place only', [[header, main1, side1], [block('side', 420, 560, 800, 600)]], ['1:name', '1:main', '1:side', '2:side']],
  ])('%s', (_name, pages, expected) => {
    expect(order(pages)).toEqual(expected);
  });

  it('never moves a page read by OCR', () => {
    expect(order([[header, main1, side1], [main2]], (n) => n !== 2)).toEqual(['1:name', '1:main', '1:side', '2:main']);
  });
});

describe('a main column spilling onto page 2 beside a right sidebar (pdfkit)', () => {
  it('reads the spilled job in the experience section, right after page 1\'s jobs, and the name first', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(20).text('Wilhelmina Achebe-Strand', 40, 40);
      d.fontSize(13).text('Experience', 40, 90);
      for (let i = 0; i < 9; i++) {
        d.fontSize(11).text(`Engineer ${i + 1}, Company ${i + 1}\t${2020 - 2 * i} – ${2022 - 2 * i}`, 40, d.y + 8, { width: 340 });
        d.fontSize(10).text('Built services and reviewed designs. '.repeat(6), 40, d.y, { width: 340 });
      }
      d.fontSize(13).text('Skills', 420, 90, { width: 140 });
      d.fontSize(10);
      for (const s of ['Python', 'Go', 'Kafka']) d.text(s, 420, d.y + 2, { width: 140 });
      d.fontSize(13).text('Languages', 420, d.y + 8, { width: 140 });
      d.fontSize(10).text('English', 420, d.y + 2, { width: 140 });
      d.addPage();
      d.fontSize(11).text('Engineer 10, Company 10\t2000 – 2002', 40, 60, { width: 340 });
      d.fontSize(10).text('Kept the lights on. '.repeat(8), 40, d.y, { width: 340 });
    });
    const lines = texts(await extractBuffer(pdf, 'spill.pdf'));
    expect(lines[0]).toBe('Wilhelmina Achebe-Strand');
    const spilled = lines.findIndex((l) => l.startsWith('Engineer 10'));
    const skills = lines.indexOf('Skills');
    expect(spilled).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Engineer 9')));
    expect(spilled).toBeLessThan(skills);
  });
});
