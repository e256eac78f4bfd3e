// PDF reading order: columns, right-aligned dates, table cells, page furniture, metadata.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { makePdf, texts, type Draw } from './build.js';
import { cellText, closeSpacedLetters, type Item } from '../../src/extract/pdf/rows.js';

const SIDEBAR = ['Skills', 'Python', 'PyTorch', 'Spark', 'Kubernetes', 'Languages', 'Norwegian', 'English'];
const MAIN = [
  'Experience',
  'Senior Machine Learning Engineer',
  'Northwind Retail\tJan 2018 – Present',
  // pdfkit wraps the 340 pt wide paragraph after "all"; the wrap is undone
  'Built the ranking model for retail search, improving conversion across all markets and devices.',
  'Machine Learning Engineer',
  'Contoso Analytics\tMar 2014 – Dec 2017',
  'Trained demand forecasting models.',
];

function drawSidebar(d: PDFKit.PDFDocument, x: number): void {
  d.fontSize(13).text('Skills', x, 110, { width: 130 });
  d.fontSize(10);
  for (const s of ['Python', 'PyTorch', 'Spark', 'Kubernetes']) d.text(s, x, d.y + 2, { width: 130 });
  d.fontSize(13).text('Languages', x, d.y + 8, { width: 130 });
  d.fontSize(10).text('Norwegian', x, d.y + 2, { width: 130 }).text('English', x, d.y + 2, { width: 130 });
}

function job(d: PDFKit.PDFDocument, x: number, title: string, org: string, dates: string, body: string): void {
  d.fontSize(11).text(title, x, d.y + 6, { width: 340 });
  const y = d.y;
  d.text(org, x, y, { width: 200 });
  d.text(dates, x + 180, y, { width: 160, align: 'right' });
  d.fontSize(10).text(body, x, d.y, { width: 340 });
}

function drawMain(d: PDFKit.PDFDocument, x: number): void {
  d.fontSize(15).text('Experience', x, 108, { width: 340 });
  job(d, x, 'Senior Machine Learning Engineer', 'Northwind Retail', 'Jan 2018 – Present',
    'Built the ranking model for retail search, improving conversion across all markets and devices.');
  job(d, x, 'Machine Learning Engineer', 'Contoso Analytics', 'Mar 2014 – Dec 2017', 'Trained demand forecasting models.');
}

const header: Draw = (d) => {
  d.fontSize(20).text('Ingrid Ødegård', 40, 40);
  d.fontSize(10).text('ingrid.odegard@example.com · Bergen, Norway', 40, 66);
};

describe('column order', () => {
  it.each([
    ['sidebar left, drawn first', 40, 200, true],
    ['sidebar left, drawn last', 40, 200, false],
    ['sidebar right, drawn first', 430, 40, true],
    ['sidebar right, drawn last', 430, 40, false],
  ])('%s: the sidebar never interleaves with experience lines', async (_name, sideX, mainX, sidebarFirst) => {
    const pdf = await makePdf((d) => {
      header(d);
      if (sidebarFirst) drawSidebar(d, sideX);
      drawMain(d, mainX);
      if (!sidebarFirst) drawSidebar(d, sideX);
    });
    const lines = texts(await extractBuffer(pdf, 'two-column.pdf'));
    const top = ['Ingrid Ødegård', 'ingrid.odegard@example.com · Bergen, Norway'];
    const columns = sideX < mainX ? [...SIDEBAR, ...MAIN] : [...MAIN, ...SIDEBAR];
    expect(lines).toEqual([...top, ...columns]);
  });

  it('a single column with right-aligned dates is not split into columns', async () => {
    const pdf = await makePdf((d) => {
      header(d);
      d.y = 100;
      for (let i = 0; i < 4; i++) job(d, 40, `Engineer ${i + 1}`, `Company ${i + 1}`, `${2010 + 2 * i} – ${2012 + 2 * i}`, 'Short bullet.');
    });
    const doc = await extractBuffer(pdf, 'single.pdf');
    expect(texts(doc).slice(2, 5)).toEqual(['Engineer 1', 'Company 1\t2010 – 2012', 'Short bullet.']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('COLUMNS_DETECTED');
  });

  it('table rows keep their cells apart, joined by tabs, in row order', async () => {
    const rows = [
      ['Title', 'Company', 'Dates'],
      ['Staff Engineer', 'Acme Corp', 'Jan 2022 – Present'],
      ['Senior Engineer', 'Globex', '2019 – 2021'],
      ['Engineer', 'Initech', '2016 – 2019'],
      ['Intern', 'Umbrella', 'Summer 2015'],
      ['Tutor', 'University of Bergen', '2014 – 2015'],
    ];
    const pdf = await makePdf((d) => {
      d.fontSize(10);
      rows.forEach((r, i) => r.forEach((cell, c) => d.text(cell, 50 + c * 170, 100 + i * 18, { width: 160, lineBreak: false })));
    });
    expect(texts(await extractBuffer(pdf, 'table.pdf'))).toEqual(rows.map((r) => r.join('\t')));
  });
});

describe('page furniture', () => {
  it('removes repeated headers/footers and page numbers, keeps body text', async () => {
    // The body lines also repeat on every page (digits aside) but sit mid-page: they are not furniture.
    const pdf = await makePdf((d) => {
      for (let p = 1; p <= 3; p++) {
        if (p > 1) d.addPage();
        d.fontSize(8).text(`Ingrid Ødegård — Curriculum Vitae — ${p}/3`, 40, 30, { lineBreak: false });
        d.fontSize(11).text(`Body line one on page ${p} about ranking models.`, 40, 300);
        d.text(`Body line two on page ${p} about people management.`, 40, 320);
        d.fontSize(8).text(`Page ${p} of 3`, 40, 750, { lineBreak: false });
      }
    });
    const doc = await extractBuffer(pdf, 'multi.pdf');
    expect(texts(doc)).toEqual([1, 2, 3].flatMap((p) => [
      `Body line one on page ${p} about ranking models.`,
      `Body line two on page ${p} about people management.`,
    ]));
    expect(doc.lines.map((l) => l.page)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(doc.warnings).toContainEqual({ code: 'REPEATED_LINES_REMOVED', severity: 'info', data: { count: 6 } });
    expect(texts(doc).join('\n')).not.toMatch(/-- \d+ of \d+ --/);
  });

  it.each(['2/3', '- 2 -', '2', 'Page 2'])('drops the page number %j at the foot of a page', async (footer) => {
    const pdf = await makePdf((d) => {
      d.fontSize(11).text('First page body text.', 40, 100);
      d.addPage().text('Second page body text.', 40, 100);
      d.fontSize(8).text(footer, 300, 750, { lineBreak: false });
      d.addPage().fontSize(11).text('Third page body text.', 40, 100);
    });
    expect(texts(await extractBuffer(pdf, 'n.pdf'))).toEqual(['First page body text.', 'Second page body text.', 'Third page body text.']);
  });

  it('keeps a year or a large number at the foot of a page', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(11).text('Graduated', 40, 100);
      d.text('2019', 40, 750, { lineBreak: false });
    });
    expect(texts(await extractBuffer(pdf, 'y.pdf'))).toEqual(['Graduated', '2019']);
  });
});

describe('metadata', () => {
  it('title, author and dates (PDF date strings → ISO)', async () => {
    const pdf = await makePdf((d) => d.text('Body'), {
      info: { Title: 'CV — Ingrid', Author: 'Ingrid', CreationDate: new Date('2024-01-15T10:30:00Z'), ModDate: new Date('2024-02-01T08:00:00Z') },
    });
    const doc = await extractBuffer(pdf, 'meta.pdf');
    expect(doc.meta).toMatchObject({ title: 'CV — Ingrid', author: 'Ingrid', created: '2024-01-15T10:30:00.000Z', modified: '2024-02-01T08:00:00.000Z' });
  });
});

describe('wrapped lines and cells', () => {
  it('joins word-wrapped lines; keeps list items, bullets and a bold title apart', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica').fontSize(10);
      d.text('Set the technical direction for the user-understanding platform, a large-scale distributed system processing two billion events per day for collaborative-filtering models.', 50, 100, { width: 300 });
      d.text('• Hired five engineers and ran quarterly performance reviews for the whole team of nine.', 50, d.y, { width: 300 });
      d.text('• Short bullet.', 50, d.y, { width: 300 });
      d.font('Helvetica-Bold').text('Staff Engineer', 50, d.y, { width: 300 });
      d.font('Helvetica');
      for (const skill of ['Python', 'Kubernetes', 'Go']) d.text(skill, 50, d.y + 10, { width: 300 });
    });
    expect(texts(await extractBuffer(pdf, 'wrap.pdf'))).toEqual([
      'Set the technical direction for the user-understanding platform, a large-scale distributed system processing two billion events per day for collaborative-filtering models.',
      'Hired five engineers and ran quarterly performance reviews for the whole team of nine.',
      'Short bullet.',
      'Staff Engineer',
      'Python',
      'Kubernetes',
      'Go',
    ]);
  });

  it('a language list of 4-word items is not joined; a lower-case continuation is', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(9);
      d.text('Svenska (Native or Bilingual)', 400, 100, { width: 150 });
      d.text('English (Full Professional)', 400, d.y, { width: 150 });
      d.text('Deutsch (Elementary Proficiency)', 400, d.y, { width: 150 });
      d.text('A short note on the languages that wraps in this sidebar column.', 400, d.y + 10, { width: 150 });
    });
    expect(texts(await extractBuffer(pdf, 'languages.pdf'))).toEqual([
      'Svenska (Native or Bilingual)',
      'English (Full Professional)',
      'Deutsch (Elementary Proficiency)',
      'A short note on the languages that wraps in this sidebar column.',
    ]);
  });

  it('a line ending in a connective continues before a capital ("… of Science and" / "Technology")', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(10).text('Norwegian University of Science and Technology', 50, 100, { width: 180 });
      d.text('Master of Science (MSc), Computer Science', 50, d.y + 8, { width: 400 });
    });
    expect(texts(await extractBuffer(pdf, 'edu.pdf'))).toEqual([
      'Norwegian University of Science and Technology',
      'Master of Science (MSc), Computer Science',
    ]);
  });

  it('a skills list, one per line, is not joined even though its longest item reaches the edge', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(10);
      for (const skill of ['Python', 'PyTorch', 'Kubernetes', 'Spark', 'SQL']) d.text(skill, 50, d.y, { width: 300 });
    });
    expect(texts(await extractBuffer(pdf, 'skills.pdf'))).toEqual(['Python', 'PyTorch', 'Kubernetes', 'Spark', 'SQL']);
  });

  it('moderncv date column: a range wrapped in its cell is put back together, one tab from the title', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(10);
      d.text('03/2015 –', 60, 100, { width: 80, align: 'right' });
      d.text('03/2019', 60, 112, { width: 80, align: 'right' });
      d.text('Senior Data Scientist', 150, 100);
      d.text('Contoso Media, Hamburg', 150, 112);
      d.text('04/2019 – heute', 60, 140, { width: 80, align: 'right' });
      d.text('Engineering Manager, Ranking', 150, 140);
      d.text('Northwind Retail', 150, 152);
      d.text('Oct 2016 – Mar', 60, 180, { width: 80 });
      d.text('2020', 60, 192, { width: 80 });
      d.text('Senior Engineer', 150, 180);
      d.text('Lucerne Publishing', 150, 192);
    });
    expect(texts(await extractBuffer(pdf, 'moderncv.pdf'))).toEqual([
      '03/2015 – 03/2019\tSenior Data Scientist',
      'Contoso Media, Hamburg',
      '04/2019 – heute\tEngineering Manager, Ranking',
      'Northwind Retail',
      'Oct 2016 – Mar 2020\tSenior Engineer',
      'Lucerne Publishing',
    ]);
  });
});

it('a title wrapped inside its cell is joined; the italic org line under it is not', async () => {
  const pdf = await makePdf((d) => {
    d.font('Helvetica-Bold').fontSize(10).text('Engineering Manager, Ads Ranking', 50, 100, { width: 130 });
    d.font('Helvetica').text('April 2020 – Present', 380, 100, { width: 160, align: 'right' });
    d.font('Helvetica-Oblique').text('Contoso Media, Bellevue, WA', 50, 124);
  });
  expect(texts(await extractBuffer(pdf, 'wrapped-title.pdf'))).toEqual([
    'Engineering Manager, Ads Ranking\tApril 2020 – Present',
    'Contoso Media, Bellevue, WA',
  ]);
});

describe('an e-mail address or URL broken at the column edge', () => {
  // Lines drawn one by one (no pdfkit wrapping): [text, x, y]; a 10 pt Helvetica column from x 50.
  const draw = (lines: Array<[string, number, number]>): Draw => (d) => {
    d.font('Helvetica').fontSize(10);
    for (const [t, x, y] of lines) d.text(t, x, y, { lineBreak: false });
  };
  it.each<[string, Array<[string, number, number]>, string[]]>([
    ['an address the sentence before leads into', [
      ['For references and samples, write to me at', 50, 100],
      ['marguerite.okonkwo@example.com', 50, 112],
    ], ['For references and samples, write to me at marguerite.okonkwo@example.com']],
    ['trap: a web address under a phone number is a line of its own', [
      ['+49 30 555 0199', 50, 100],
      ['linkedin.com/in/marguerite-example', 50, 112],
    ], ['+49 30 555 0199', 'linkedin.com/in/marguerite-example']],
    // Trap: a short block of contact lines, one per line: the longest one ends where the block does.
    ['trap: an e-mail line followed by a web address in a contact block', [
      ['+1 617 555 0148', 50, 100],
      ['t.eriksen.adebayo@example.org', 50, 112],
      ['github.com/teriksen-example', 50, 124],
      ['Boston, MA', 50, 136],
    ], ['+1 617 555 0148', 't.eriksen.adebayo@example.org', 'github.com/teriksen-example', 'Boston, MA']],
  ])('%s', async (_name, lines, expected) => {
    expect(texts(await extractBuffer(await makePdf(draw(lines)), 'token.pdf'))).toEqual(expected);
  });

  it('an address broken mid-token in a column whose other lines reach the same edge is joined', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica').fontSize(10);
      const width = d.widthOfString('marguerite.okonkwo@example.co');
      // A justified paragraph as wide as the column, then addresses the column's edge broke.
      d.text('Freelance data engineer based in Berlin, open to remote contracts in Europe and writing to every enquiry.', 50, 100, { width, align: 'justify' });
      const y = d.y + 2;
      ['marguerite.okonkwo@example.co', 'm', 'Berlin, Germany', 'marguerite.okonkwo@example-co', 'op.dev'].forEach((t, i) => d.text(t, 50, y + i * 12, { lineBreak: false }));
    });
    const lines = texts(await extractBuffer(pdf, 'token.pdf'));
    expect(lines.slice(-3)).toEqual(['marguerite.okonkwo@example.com', 'Berlin, Germany', 'marguerite.okonkwo@example-coop.dev']);
  });
});

describe('letter-spaced items (Canva)', () => {
  it.each<[string, string]>([
    ['p r o j e c t s', 'projects'],
    ['c o m p e t i t i o n s .', 'competitions.'],
    ['0 8 9 8 2 1 2 7 6 6', '0898212766'],
    ['C a o T h a n g H i g h S c h o o l', 'Cao Thang High School'],
    // Two capitals inside are one name, not two words.
    ['L i n k e d I n', 'LinkedIn'],
    // Traps: real words between spaces, a kerned pair in a spaced heading (closed later, by the heading rule), two letters.
    ['I am an expert', 'I am an expert'],
    ['E D U C AT I O N', 'E D U C AT I O N'],
    ['a b', 'a b'],
    ['Team of 5 engineers', 'Team of 5 engineers'],
  ])('%j → %j', (input, expected) => {
    expect(closeSpacedLetters(input)).toBe(expected);
  });
});

describe('joining letter-spaced words', () => {
  const it_ = (str: string, x: number, w: number, size = 10, spaced = true): Item => ({ str, x, y: 100, w, size, font: 'f', ...(spaced ? { spaced: true as const } : {}) });
  it.each<[string, Item[], string]>([
    ['closed-up words apart by a narrow gap', [it_('projects', 50, 40), it_('in', 41 + 50, 8), it_('the', 100, 14)], 'projects in the'],
    // Trap: the larger initial of a small-caps heading is part of its word.
    ['trap: "E" + "XPERIENCE" in small caps', [it_('E', 46, 8, 12, false), it_('XPERIENCE', 55, 68, 9.6)], 'EXPERIENCE'],
    ['trap: ordinary items keep the usual word gap', [it_('Data', 50, 20, 10, false), it_('base', 70.5, 20, 10, false)], 'Database'],
  ])('%s', (_name, items, expected) => {
    expect(cellText(items)).toBe(expected);
  });
});
