// Reading order case tables (issue 12 §3 "Reading order"): wrapped table cells, label columns, justified lines,
// bullets drawn apart from their text. PDFs are drawn with pdfkit; geometry-only rules are fed items directly.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { isOpenRange } from '../../src/extract/pdf/cell-merges.js';
import { isDateGutter, isLabelColumn, isMarginLabelColumn } from '../../src/extract/pdf/columns.js';
import { cellText, unjustify, type Item, type Row } from '../../src/extract/pdf/rows.js';
import { makePdf, texts } from './build.js';

describe('wrapped table cells are joined back into one cell', () => {
  it('a company wrapped in a narrow column, a body wrapped in its own, a range split in the dates column', async () => {
    const pdf = await makePdf((d) => {
      const row = (y: number, company: string, title: string, body: string, dates: string) => {
        d.font('Helvetica').fontSize(9).text(company, 40, y, { width: 95 });
        d.font('Helvetica-Bold').text(title, 150, y, { width: 300 });
        d.font('Helvetica').text(body, 150, d.y, { width: 300 });
        d.text(dates, 470, y, { width: 60 });
      };
      row(100, 'Meridian Advertising Technologies Europe GmbH', 'Lead Data Scientist', 'Own the prediction models behind sponsored listings; deep learning rankers trained on billions of impressions.', 'Apr 2021 – Present');
      row(150, 'Vantage Household Insurance Group plc', 'Data Scientist', 'Claims-fraud and churn models.', 'Sep 2015 – Jan 2018');
    });
    expect(texts(await extractBuffer(pdf, 'wrapped-table.pdf'))).toEqual([
      'Meridian Advertising Technologies Europe GmbH\tLead Data Scientist\tApr 2021 – Present',
      'Own the prediction models behind sponsored listings; deep learning rankers trained on billions of impressions.',
      'Vantage Household Insurance Group plc\tData Scientist\tSep 2015 – Jan 2018',
      'Claims-fraud and churn models.',
    ]);
  });

  it('a title wrapped in the second cell continues in lower case; the org line under it stays apart', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica').fontSize(10).text('Jan 2021 –', 40, 100).text('Present', 40, 112);
      d.font('Helvetica-Bold').text('Engineering Manager, Personalization Platform (Home Feed', 130, 100, { width: 330, lineBreak: false });
      d.text('and Search)', 130, 112, { lineBreak: false });
      d.font('Helvetica').text('Lakeshore Streaming Co., Leeds', 130, 124);
    });
    expect(texts(await extractBuffer(pdf, 'wrapped-second-cell.pdf'))).toEqual([
      'Jan 2021 – Present\tEngineering Manager, Personalization Platform (Home Feed and Search)',
      'Lakeshore Streaming Co., Leeds',
    ]);
  });

  it('trap: a title row over a company row (same font, wide column) is two rows, not one wrapped cell', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica').fontSize(10);
      d.text('Senior Machine Learning Engineer, Recommendations', 40, 100, { lineBreak: false });
      d.text('2019 – 2021', 470, 100, { lineBreak: false });
      d.text('Northwind Retail', 40, 112, { lineBreak: false });
      d.text('Berlin', 470, 112, { lineBreak: false });
      d.text('Data Scientist', 40, 124, { lineBreak: false });
      d.text('2016 – 2019', 470, 124, { lineBreak: false });
      d.text('Contoso Analytics', 40, 136, { lineBreak: false });
      d.text('Oslo', 470, 136, { lineBreak: false });
    });
    expect(texts(await extractBuffer(pdf, 'title-company-rows.pdf'))).toEqual([
      'Senior Machine Learning Engineer, Recommendations\t2019 – 2021',
      'Northwind Retail\tBerlin',
      'Data Scientist\t2016 – 2019',
      'Contoso Analytics\tOslo',
    ]);
  });
});

describe('a narrow left column holding one date per row', () => {
  // Awesome-CV's honors, certificates and community tables: each row's date dates that row, never the one above.
  const draw = (rows: Array<[string, string]>) =>
    makePdf((d) => {
      d.font('Helvetica').fontSize(9);
      rows.forEach(([date, text], i) => {
        d.text(date, 50, 100 + i * 13.5, { lineBreak: false });
        d.text(text, 120, 100 + i * 13.5, { lineBreak: false });
      });
    });

  it.each<[string, Array<[string, string]>, string[]]>([
    ['single years, one per row', [['2023', 'Cloud Networking Specialty, Example Cloud'], ['2022', 'Security Specialty, Example Cloud'], ['2021', 'Kubernetes Developer, Example Foundation']],
      ['2023\tCloud Networking Specialty, Example Cloud', '2022\tSecurity Specialty, Example Cloud', '2021\tKubernetes Developer, Example Foundation']],
    ['open ranges, one per row', [['2022 –', 'Community Builder, Example Cloud'], ['2022 –', 'Ambassador, Example Corp'], ['2018 –', 'Organizer, Example User Group']],
      ['2022 –\tCommunity Builder, Example Cloud', '2022 –\tAmbassador, Example Corp', '2018 –\tOrganizer, Example User Group']],
    ['a range, then a single year', [['2018 – 2020', 'Organizer, Example Meet-up'], ['2025', 'Invited speaker, Example Industry Day']],
      ['2018 – 2020\tOrganizer, Example Meet-up', '2025\tInvited speaker, Example Industry Day']],
    ['a range to "present", then closed ranges (an academic appointments table)', [['2022–present', 'Assistant Professor, Example University.'], ['2020–2022', 'Research Scientist, Example Labs, London.'], ['2018–2020', 'Postdoctoral Researcher, Example Institute.']],
      ['2022–present\tAssistant Professor, Example University.', '2020–2022\tResearch Scientist, Example Labs, London.', '2018–2020\tPostdoctoral Researcher, Example Institute.']],
    ['"Now" and "current" ends', [['2021 – Now', 'Lead Engineer, Example Corp'], ['2019 – current', 'Mentor, Example Club'], ['2015 – 2019', 'Engineer, Example Ltd']],
      ['2021 – Now\tLead Engineer, Example Corp', '2019 – current\tMentor, Example Club', '2015 – 2019\tEngineer, Example Ltd']],
  ])('%s: each date stays on its row', async (_name, rows, expected) => {
    expect(texts(await extractBuffer(await draw(rows), 'date-column.pdf'))).toEqual(expected);
  });

  it('trap: a range split over two lines of its cell is still one range', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica').fontSize(9);
      d.text('Apr 2021 –', 50, 100, { lineBreak: false }).text('Present', 50, 111, { lineBreak: false });
      d.text('Lead Data Scientist, Meridian Ads', 120, 100, { lineBreak: false });
      d.text('Sep 2015 –', 50, 130, { lineBreak: false }).text('Jan 2018', 50, 141, { lineBreak: false });
      d.text('Data Scientist, Vantage Insurance', 120, 130, { lineBreak: false });
    });
    expect(texts(await extractBuffer(pdf, 'split-range.pdf'))).toEqual([
      'Apr 2021 – Present\tLead Data Scientist, Meridian Ads',
      'Sep 2015 – Jan 2018\tData Scientist, Vantage Insurance',
    ]);
  });
});

describe('a narrow left column of section labels', () => {
  const section = (d: PDFKit.PDFDocument, y: number, label: string, lines: string[]) => {
    d.font('Helvetica-Bold').fontSize(10.5).text(label, 50, y + 0.8, { lineBreak: false });
    d.font('Helvetica').fontSize(9.5);
    lines.forEach((l, i) => d.text(l, 150, y + i * 11, { lineBreak: false }));
  };

  it('each label is its own line, right before its section', async () => {
    const pdf = await makePdf((d) => {
      section(d, 100, 'Profile', ['Frontend developer who cares about accessible interfaces.']);
      section(d, 130, 'Experience', ['Senior Frontend Developer, Pebblestone Commerce', '2020 – Present', 'Rebuilt the checkout in React.']);
      section(d, 180, 'Education', ['BSc Computer Science, Universidade do Atlântico', '2013 – 2017']);
      section(d, 220, 'Skills', ['React, Vue, TypeScript']);
    });
    expect(texts(await extractBuffer(pdf, 'labels.pdf'))).toEqual([
      'Profile', 'Frontend developer who cares about accessible interfaces.',
      'Experience', 'Senior Frontend Developer, Pebblestone Commerce', '2020 – Present', 'Rebuilt the checkout in React.',
      'Education', 'BSc Computer Science, Universidade do Atlântico', '2013 – 2017',
      'Skills', 'React, Vue, TypeScript',
    ]);
  });

  const item = (str: string, x: number, y: number, size = 10): Item => ({ str, x, y, w: str.length * size * 0.5, size, font: 'f' });
  const rows = (...specs: Array<[string, number, number]>): Row[] => specs.map(([s, x, y]) => ({ y, items: [item(s, x, y)] }));
  const big = (...specs: Array<[string, number, number]>): Row[] => specs.map(([s, x, y]) => ({ y, items: [item(s, x, y, 16)] }));
  const content = rows(...Array.from({ length: 12 }, (_, i): [string, number, number] => [`Body line ${i}`, 150, 700 - i * 12]));

  it.each<[string, Row[], boolean]>([
    ['labels level with their sections', rows(['Profile', 50, 700], ['Experience', 50, 664], ['Skills', 50, 580]), true],
    ['trap: a sidebar list (consecutive lines)', rows(['Python', 50, 700], ['Go', 50, 688], ['SQL', 50, 676]), false],
    ['trap: a dates column', rows(['2019 – 2021', 50, 700], ['2016 – 2019', 50, 664]), false],
    ['trap: labels not level with any line', rows(['Profile', 50, 694], ['Skills', 50, 646]), false],
    ['trap: a wide left column', rows(['Profile', 50, 700], ['Experience', 50, 664]).map((r) => ({ ...r, items: [{ ...r.items[0]!, w: 120 }] })), false],
    ['trap: long sentences are no labels', rows(['Led the ranking team for years', 50, 700], ['Built search', 50, 664]), false],
    ['trap: one label alone', rows(['Profile', 50, 700]), false],
    // A name in large type opens the column (Google Docs label-column templates): it need not be level or sparse.
    ['a large name over the labels', [...big(['CHRIS', 50, 730], ['OH', 66, 712]), ...rows(['Education', 50, 700], ['Skills', 50, 664], ['Experience', 50, 580])], true],
    ['trap: the large name alone is no label column', [...big(['CHRIS', 50, 730], ['OH', 66, 712])], false],
    ['trap: a large name over a sidebar list', [...big(['CHRIS', 50, 730]), ...rows(['Python', 50, 700], ['Go', 50, 688], ['SQL', 50, 676])], false],
    ['trap: large rows under the labels are no name', [...rows(['Education', 50, 700], ['Skills', 50, 664]), ...big(['CHRIS', 50, 600], ['OH', 66, 582])], false],
  ])('%s', (_name, left, expected) => {
    expect(isLabelColumn(left, content)).toBe(expected);
  });
});

describe('section headings in a right margin, halfway down their sections (latexcv rows)', () => {
  const body = (d: PDFKit.PDFDocument, y: number, lines: string[]) => {
    d.font('Helvetica').fontSize(9.5);
    lines.forEach((l, i) => d.text(l, 50, y + i * 12, { lineBreak: false }));
  };
  const heading = (d: PDFKit.PDFDocument, y: number, label: string) => d.font('Helvetica-Bold').fontSize(14).text(label, 440, y, { lineBreak: false });

  it('each heading is read right before its section, whether between two lines or level with one', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica-Bold').fontSize(20).text('Marisol Eze-Lindahl', 50, 60, { lineBreak: false });
      body(d, 100, ['Operations analyst who turns messy spreadsheets into dashboards.', 'Six years in logistics and retail.']);
      heading(d, 101, 'Profile'); // level with the first of two lines
      const jobs = ['Senior Analyst, Kestrel Freight', 'Mar 2020 – Present', 'Built the depot dashboards.', 'Analyst, Larkspur Retail', 'Jan 2017 – Feb 2020', 'Weekly sales reporting.'];
      body(d, 150, jobs);
      heading(d, 175, 'Experience'); // between the third and fourth lines
      body(d, 240, ['BSc Mathematics, Lakemont University', '2013 – 2016']);
      heading(d, 246, 'Education');
      body(d, 290, ['SQL, Python, Tableau']);
      heading(d, 287, 'Skills');
    });
    expect(texts(await extractBuffer(pdf, 'margin-headings.pdf'))).toEqual([
      'Marisol Eze-Lindahl',
      'Profile', 'Operations analyst who turns messy spreadsheets into dashboards.', 'Six years in logistics and retail.',
      'Experience', 'Senior Analyst, Kestrel Freight', 'Mar 2020 – Present', 'Built the depot dashboards.', 'Analyst, Larkspur Retail', 'Jan 2017 – Feb 2020', 'Weekly sales reporting.',
      'Education', 'BSc Mathematics, Lakemont University', '2013 – 2016',
      'Skills', 'SQL, Python, Tableau',
    ]);
  });

  const item = (str: string, x: number, y: number, size: number): Item => ({ str, x, y, w: str.length * size * 0.5, size, font: 'f' });
  const rows = (size: number, ...specs: Array<[string, number, number]>): Row[] => specs.map(([s, x, y]) => ({ y, items: [item(s, x, y, size)] }));
  const content = rows(10, ...Array.from({ length: 12 }, (_, i): [string, number, number] => [`Body line number ${i} of the section text`, 50, 700 - i * 12]));

  it.each<[string, Row[], boolean]>([
    ['larger headings, sparse, narrow column', rows(14, ['Profile', 440, 694], ['Experience', 440, 640], ['Skills', 440, 580]), true],
    ['trap: places right-aligned beside job lines (body size)', rows(10, ['Berlin', 440, 700], ['Remote', 440, 652], ['London', 440, 604]), false],
    ['trap: a sidebar list (consecutive lines)', rows(14, ['Python', 440, 700], ['Go', 440, 684], ['SQL', 440, 668]), false],
    ['trap: dates in the margin', rows(14, ['2019 – 2021', 440, 700], ['2016 – 2019', 440, 640]), false],
    ['trap: one heading alone', rows(14, ['Profile', 440, 694]), false],
    ['trap: a wide right column', rows(14, ['Profile', 200, 694], ['Experience', 200, 640]).map((r) => ({ ...r, items: [{ ...r.items[0]!, w: 300 }] })), false],
  ])('%s', (_name, right, expected) => {
    expect(isMarginLabelColumn(right, content)).toBe(expected);
  });
});

describe('justified lines', () => {
  /** Words laid out left to right with the given gap after each. */
  const line = (words: string[], gaps: number[]): Item[][] => {
    let x = 50;
    return words.map((w, i) => {
      const it: Item = { str: w, x, y: 100, w: w.length * 5, size: 10, font: 'f' };
      x += it.w + (gaps[i] ?? 0);
      return [it];
    });
  };
  const read = (cells: Item[][]) => unjustify(cells).map((c) => cellText(c));

  it.each<[string, string[], number[], string[]]>([
    ['stretched words are one cell', ['Lead', '22', 'engineers', 'and', 'scientists', 'in', 'three', 'teams'], [9, 9, 9.2, 9, 8.9, 9, 9], ['Lead 22 engineers and scientists in three teams']],
    ['a date range at its end stays a cell', ['Engineer,', 'Acme', 'Corp', 'Jan', '2020', '–', 'Present'], [14, 14, 14, 14, 14, 14], ['Engineer, Acme Corp', 'Jan 2020 – Present']],
    ['a justified stretch inside a table row', ['Insurance', 'Claims-fraud', 'classification', 'and', 'churn', 'models;', 'Jan 2018'], [15, 8, 8, 8.1, 8, 53], ['Insurance', 'Claims-fraud classification and churn models;', 'Jan 2018']],
    ['TeX: wider gaps after a comma and a bold word (8.3 and 9.5 pt)', ['Research', 'Assistant,', 'Systems', 'Lab,', 'Brazos', 'Valley', 'University', '—'],
      [9.49, 9.49, 8.27, 9.49, 8.27, 8.25, 8.26], ['Research Assistant, Systems Lab, Brazos Valley University —']],
    ['trap: a table row has unequal gaps', ['Staff', 'Acme', 'Berlin', '2020'], [40, 80, 25], ['Staff', 'Acme', 'Berlin', '2020']],
    ['trap: cell gaps a fifth apart are columns', ['Staff', 'Acme', 'Berlin', '2020', 'Remote'], [20, 24.5, 20, 24.5], ['Staff', 'Acme', 'Berlin', '2020', 'Remote']],
    ['trap: three cells are too few to tell', ['Title', 'Company', '2020'], [20, 20], ['Title', 'Company', '2020']],
  ])('%s', (_name, words, gaps, expected) => {
    expect(read(line(words, gaps))).toEqual(expected);
  });
});

describe('bullets', () => {
  it('a bullet glyph drawn apart from its text: the wrapped lines of the item join it, the next item does not', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica').fontSize(10);
      const bullet = (y: number, first: string, rest: string[]) => {
        d.text('•', 52, y, { lineBreak: false });
        d.text(first, 66, y, { lineBreak: false });
        rest.forEach((r, i) => d.text(r, 66, y + (i + 1) * 12, { lineBreak: false }));
      };
      bullet(100, 'Run the calibration committee and performance management for the org; hired 14 ML', ['engineers.']);
      bullet(124, 'Rolled out GitHub Copilot to all teams with guidelines for code review and unit', ['test generation.']);
      bullet(148, 'Short item.', []);
    });
    expect(texts(await extractBuffer(pdf, 'bullets.pdf'))).toEqual([
      'Run the calibration committee and performance management for the org; hired 14 ML engineers.',
      'Rolled out GitHub Copilot to all teams with guidelines for code review and unit test generation.',
      'Short item.',
    ]);
  });

  it('a bullet that pdf.js gives in one item with its text: the hanging lines join it, the next item does not', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica').fontSize(10);
      // "•" and the text in one text call, continuation lines indented under the text (a LaTeX label box)
      d.text('•  Moved the recommender from nightly batch scores to real-time retrieval on Kafka, serving', 47, 100, { lineBreak: false });
      d.text('30 million weekly users.', 58, 112, { lineBreak: false });
      d.text('•  Rolled out Copilot to the team with a review checklist and a guide for test', 47, 124, { lineBreak: false });
      d.text('generation.', 58, 136, { lineBreak: false });
      d.text('Halcyon Retail Group', 47, 160, { lineBreak: false });
    });
    expect(texts(await extractBuffer(pdf, 'bullet-one-item.pdf'))).toEqual([
      'Moved the recommender from nightly batch scores to real-time retrieval on Kafka, serving 30 million weekly users.',
      'Rolled out Copilot to the team with a review checklist and a guide for test generation.',
      'Halcyon Retail Group',
    ]);
  });
});

describe('a timeline gutter of dates is part of each row, not a column', () => {
  const it2 = (str: string, x: number, y: number, size = 9): Item => ({ str, x, y, w: str.length * size * 0.5, size, font: 'f' });
  const entry = (y: number, dates: [string, string], title: string, org: string, left = 60): Row[] => [
    { y, items: [it2(dates[0], left, y), it2(title, 150, y - 1.5, 10.4)] },
    { y: y - 12, items: [it2(dates[1], left, y - 12), it2(org, 150, y - 13.5, 9.7)] },
    { y: y - 26, items: [it2('Built the ranking model for the whole catalogue.', 160, y - 26, 9.7)] },
  ];
  const gutter = [
    { y: 720, items: [it2('C A R E E R', 45, 720, 11)] },
    ...entry(700, ['2021 –', 'Present'], 'Engineering Manager', 'Pennine Grocers plc'),
    ...entry(640, ['Jan 2020 → Mar', '2021'], 'ML Manager', 'Pennine Grocers plc'),
    ...entry(580, ["'11 – '15", ''], 'PhD Researcher', 'University of Leeds'),
  ].map((r) => ({ ...r, items: r.items.filter((i) => i.str !== '') }));

  it('dates level with their titles, headings between them', () => {
    expect(isDateGutter(gutter, 130)).toBe(true);
  });

  it.each<[string, Row[]]>([
    ['trap: a sidebar with words in it', gutter.map((r, i) => (i === 2 ? { ...r, items: [it2('Aristotle University of Thessaloniki', 45, r.y), ...r.items.slice(1)] } : r))],
    ['trap: dates that are not level with anything', gutter.map((r) => ({ ...r, items: r.items.map((i) => (i.x < 130 ? { ...i, y: i.y + 5 } : i)) }))],
  ])('%s', (_name, rows) => {
    expect(isDateGutter(rows, 130)).toBe(false);
  });

  // A JSON-Resume theme floats each item's dates right of its title in a smaller type, top-aligned: the baselines
  // miss by 1.8 pt, so the dates looked like a column of their own and were read after the page.
  const floated = (dy: number): Row[] => [
    ['Staff Backend Engineer', 'Jan 2022 - Current', 'Norrvik Payments', 'Moved card settlement to event streams.'],
    ['Backend Engineer', 'Apr 2018 - Dec 2021', 'Norrvik Payments', 'Built the refunds service.'],
    ['Software Developer (contract)', 'Sep 2016 - Mar 2018', 'Fjällström Logistics AB', 'Shipment tracking APIs.'],
    ['Junior Developer', 'Jun 2014 - Aug 2016', 'Kalmarsund Media', 'PHP for the news sites.'],
  ].flatMap(([title = '', dates = '', org = '', body = ''], k) => {
    const y = 700 - k * 60;
    return [
      { y, items: [it2(title, 40, y, 10.5), it2(dates, 470, y + dy, 9)] },
      { y: y - 13, items: [it2(org, 40, y - 13)] },
      { y: y - 26, items: [it2(body, 40, y - 26)] },
    ];
  });
  it('dates floated right of their titles, a point or two off their baselines', () => {
    expect(isDateGutter(floated(1.8), 450, 'right')).toBe(true);
  });
  it.each<[string, Row[]]>([
    ['trap: a right sidebar of words beside the same rows', floated(1.8).map((r) => ({ ...r, items: r.items.map((i) => (i.x > 400 ? { ...i, str: 'Kafka and Kubernetes' } : i)) }))],
    ['trap: right-hand dates level with nothing', floated(6)],
  ])('%s', (_name, rows) => {
    expect(isDateGutter(rows, 450, 'right')).toBe(false);
  });

  it.each<[string, boolean]>([
    ['Jan 2020 → Mar', true],
    ['2021 –', true],
    ['Oct 2016 ⇒', true],
    ['Jan 2020 → Mar 2021', false],
    ['2019 – Present', false],
    ['Acme – Berlin', false],
  ])('open range %j → %s', (text, open) => {
    expect(isOpenRange(text)).toBe(open);
  });

  it('read as rows: "2021 – Present ⇥ title", a range wrapped after its month is joined', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(9).text('2021 –', 60, 100, { lineBreak: false }).text('Present', 60, 112, { lineBreak: false });
      d.text('Jan 2020 – Mar', 40, 160, { lineBreak: false }).text('2021', 40, 172, { lineBreak: false });
      d.text('Sep 2014 – May', 40, 220, { lineBreak: false }).text('2016', 40, 232, { lineBreak: false });
      d.fontSize(10.4).text('Engineering Manager', 150, 99, { lineBreak: false }).text('Machine Learning Manager', 150, 159, { lineBreak: false });
      d.text('Data Scientist', 150, 219, { lineBreak: false });
      d.fontSize(9.7).text('Pennine Grocers plc', 150, 112, { lineBreak: false }).text('Pennine Grocers plc', 150, 172, { lineBreak: false });
      d.text('Aire Valley Media', 150, 232, { lineBreak: false });
      d.text('Built the ranking model for the whole catalogue of the shop.', 160, 132, { lineBreak: false });
      d.text('Built the offers model for loyalty-card holders in the shop.', 160, 192, { lineBreak: false });
    });
    expect(texts(await extractBuffer(pdf, 'gutter.pdf'))).toEqual([
      '2021 – Present\tEngineering Manager', 'Pennine Grocers plc', 'Built the ranking model for the whole catalogue of the shop.',
      'Jan 2020 – Mar 2021\tMachine Learning Manager', 'Pennine Grocers plc', 'Built the offers model for loyalty-card holders in the shop.',
      'Sep 2014 – May 2016\tData Scientist', 'Aire Valley Media',
    ]);
  });
});

describe('several cells of a row wrapped at once, each in its own column (McDowell CV)', () => {
  // Three equal columns: title left, company centred, dates right; the title and the company wrap together.
  const centred = (d: PDFKit.PDFDocument, text: string, centre: number, y: number) =>
    d.text(text, centre - d.widthOfString(text) / 2, y, { lineBreak: false });
  it('joins each continuation to the cell above it (left-aligned and centred)', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica-Bold').fontSize(9);
      d.text('Senior Software Engineer, Build and', 40, 100, { lineBreak: false });
      centred(d, 'Consolidated Grain Cooperative of the', 345, 100);
      d.text('Fall 2021 – Present', 480, 100, { lineBreak: false });
      d.text('Release Tooling', 40, 111, { lineBreak: false });
      centred(d, 'Upper Midwest', 345, 111);
      d.font('Helvetica').text('Cut median build time from 41 to 12 minutes.', 52, 126, { lineBreak: false });
    });
    expect(texts(await extractBuffer(pdf, 'mcdowell.pdf')).slice(0, 2)).toEqual([
      'Senior Software Engineer, Build and Release Tooling\tConsolidated Grain Cooperative of the Upper Midwest\tFall 2021 – Present',
      'Cut median build time from 41 to 12 minutes.',
    ]);
  });
  it('trap: a second row with nothing left unfinished above it is a line of its own', async () => {
    const pdf = await makePdf((d) => {
      d.font('Helvetica-Bold').fontSize(10);
      d.text('Senior Engineer', 40, 100, { lineBreak: false });
      d.text('Jan 2020 – Present', 480, 100, { lineBreak: false });
      d.text('Acme Corp', 40, 112, { lineBreak: false });
      d.text('Berlin', 520, 112, { lineBreak: false });
    });
    expect(texts(await extractBuffer(pdf, 'two-rows.pdf'))).toEqual(['Senior Engineer\tJan 2020 – Present', 'Acme Corp\tBerlin']);
  });
});
