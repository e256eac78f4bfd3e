// Page furniture case tables (issue 12 §3 "Page furniture"): what repeats as a header or footer, and what only
// looks like it.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { furnitureKey } from '../../src/extract/pdf/furniture.js';
import { makePdf, texts } from './build.js';

describe('furnitureKey', () => {
  it.each([
    // the same furniture on every page
    ['Jane Doe — Curriculum Vitae — Page 1 of 3', 'Jane Doe — Curriculum Vitae — Page 2 of 3'],
    ['Jane Doe · 1/2', 'Jane Doe · 2/2'],
    ['Seite 1 von 2 · Jane Doe', 'Seite 2 von 2 · Jane Doe'],
    ['Ref. 1043', 'Ref. 2281'],
    ['Updated March 2024', 'Updated March 2024'],
  ])('%j and %j are one key', (a, b) => {
    expect(furnitureKey(a)).toBe(furnitureKey(b));
  });

  it.each([
    // dates and durations differ by their digits: two jobs, not one footer
    ['2019 – 2021', '2015 – 2017'],
    ['Jan 2018 – Dec 2019', 'Mar 2015 – Jan 2018'],
    ['(2 years 3 months)', '(1 year 8 months)'],
    ['03/2019 – 04/2020', '05/2017 – 02/2019'],
    ['Data Scientist · 8 mos', 'Data Scientist · 3 mos'],
  ])('%j and %j are two keys', (a, b) => {
    expect(furnitureKey(a)).not.toBe(furnitureKey(b));
  });
});

describe('removeFurniture on real pages', () => {
  it('keeps dates that sit at the foot of two pages; removes "Page N of M" and the running name+title header', async () => {
    const pdf = await makePdf((d) => {
      const ranges = ['2019 – 2021', '2015 – 2017'];
      for (let p = 1; p <= 2; p++) {
        if (p > 1) d.addPage();
        if (p > 1) d.fontSize(8).text('Jane Doe — Staff Engineer', 40, 30, { lineBreak: false });
        d.fontSize(11).text(`Body text of page ${p}.`, 40, 300);
        d.text(`Engineer at Company ${p}`, 40, 720, { lineBreak: false });
        d.text(ranges[p - 1] ?? '', 400, 720, { lineBreak: false });
        d.fontSize(8).text(`Page ${p} of 2`, 40, 760, { lineBreak: false });
      }
      d.addPage().fontSize(8).text('Jane Doe — Staff Engineer', 40, 30, { lineBreak: false });
      d.fontSize(11).text('Body text of page 3.', 40, 300);
    });
    expect(texts(await extractBuffer(pdf, 'dates-at-foot.pdf'))).toEqual([
      'Body text of page 1.',
      'Engineer at Company 1\t2019 – 2021',
      'Body text of page 2.',
      'Engineer at Company 2\t2015 – 2017',
      'Body text of page 3.',
    ]);
  });

  it('a dated footer with the page number in its own cell is one footer on every page; dated rows that differ stay', async () => {
    const pdf = await makePdf((d) => {
      for (let p = 1; p <= 3; p++) {
        if (p > 1) d.addPage();
        d.fontSize(11).text(`Body text of page ${p}.`, 40, 300);
        // A job's dates at the foot of pages 1 and 2: other digits, so two rows, not furniture.
        if (p < 3) d.text(p === 1 ? 'Engineer, Alder Ltd · Mar. 2019 – Jun. 2021' : 'Engineer, Birch Ltd · Jan. 2016 – Feb. 2019', 40, 700, { lineBreak: false });
        d.fontSize(8).text('February 10, 2026 · Jane Doe · Résumé', 200, 760, { lineBreak: false });
        d.text(String(p), 540, 760, { lineBreak: false });
      }
    });
    expect(texts(await extractBuffer(pdf, 'dated-footer.pdf'))).toEqual([
      'Body text of page 1.',
      'Engineer, Alder Ltd · Mar. 2019 – Jun. 2021',
      'Body text of page 2.',
      'Engineer, Birch Ltd · Jan. 2016 – Feb. 2019',
      'Body text of page 3.',
    ]);
  });

  it('the name as page 1\'s title stays when it appears once more, small, in page 2\'s header', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(20).text('Jane Doe', 40, 40, { lineBreak: false });
      d.fontSize(11).text('First page body.', 40, 300);
      d.addPage().fontSize(8).text('Jane Doe', 40, 30, { lineBreak: false });
      d.fontSize(11).text('Second page body.', 40, 300);
    });
    // The header line appears only once more, in another role: nothing is removed.
    expect(texts(await extractBuffer(pdf, 'name-twice.pdf'))).toEqual(['Jane Doe', 'First page body.', 'Jane Doe', 'Second page body.']);
  });
});
