// Reading order case tables for designer-tool layouts (Scribus/InDesign frames, Canva-like positioned lines,
// magazine columns, Google-Docs header tables): letter-spaced headings, timeline gutters with full ranges, short
// wrapped titles in narrow columns, a contact block beside the name. Geometry-only rules are fed items directly.
import { describe, expect, it } from 'vitest';
import { closeLetterSpacing, normalizeLineText, visibleSoftHyphens, type HyphenPolicy } from '../../src/extract/normalize.js';
import { blockEnd, findGutter, isDateGutter, isParallelProse, isTextFlow, orderColumns } from '../../src/extract/pdf/columns.js';
import { restoreSoftHyphens, withDrawnSoftHyphens } from '../../src/extract/pdf/soft-hyphens.js';
import { paragraphLines } from '../../src/extract/pdf/paragraphs.js';
import { cellText, type Item, type Row } from '../../src/extract/pdf/rows.js';

const item = (str: string, x: number, y: number, size = 10, w = str.length * size * 0.5): Item => ({ str, x, y, w, size, font: 'f' });
const policy: HyphenPolicy = { fallback: 'keep', vocabulary: new Set() };

describe('letter-spaced headings keep their word boundaries', () => {
  it.each<[string, string, string]>([
    ['one word', 'E X P E R I E N C E', 'EXPERIENCE'],
    ['two long words', 'E X P E R I E N C E   H I S T O R Y', 'EXPERIENCE HISTORY'],
    ['short words beside long ones', 'H E A D  O F  A D S  M A C H I N E  L E A R N I N G', 'HEAD OF ADS MACHINE LEARNING'],
    ['an ampersand between words', 'R E S E A R C H  &  T E A C H I N G', 'RESEARCH & TEACHING'],
    ['trap: short words alone stay', 'Q A', 'Q A'],
    ['trap: three letters alone stay', 'A B C', 'A B C'],
    ['trap: beside an ordinary word', 'S K I L L S  Python', 'S K I L L S  Python'],
    ['trap: lower case', 'e x p e r i e n c e', 'e x p e r i e n c e'],
  ])('%s', (_name, input, expected) => {
    expect(closeLetterSpacing(input)).toBe(expected);
  });

  /** Runs laid out left to right, each a word of a tracked heading, a word gap after each. */
  const runs = (words: string[], gap = 9, size = 10.5): Item[] => {
    let x = 45;
    return words.map((w) => {
      const it = item(w, x, 700, size, w.length * size * 0.55);
      x += it.w + gap;
      return it;
    });
  };

  it.each<[string, string[], string]>([
    ['each word its own run (Chromium letter-spacing: 0.3em)', ['H E A D', 'O F', 'A D S', 'M A C H I N E', 'L E A R N I N G'], 'HEAD OF ADS MACHINE LEARNING'],
    ['a one-letter word between runs', ['C A S E', 'A', 'S T U D Y'], 'CASE A STUDY'],
    ['trap: ordinary words after a capital', ['Senior Engineer A', 'B C'], 'Senior Engineer A B C'],
    ['trap: ordinary words', ['Head', 'of', 'Ads'], 'Head of Ads'],
  ])('%s', (_name, words, expected) => {
    expect(normalizeLineText(cellText(runs(words)))).toBe(expected);
  });
});

describe('a bullet operator between words is the middle dot of "Company · City"', () => {
  it.each<[string, string, string]>([
    ['between words', 'Lumenfold Audio \u2219 Bristol', 'Lumenfold Audio \u00B7 Bristol'],
    ['a list of skills', 'Spark \u2219 Kafka \u2219 Flink', 'Spark \u00B7 Kafka \u00B7 Flink'],
    ['trap: at the start it is a bullet', '\u2219 Built the ranking model', 'Built the ranking model'],
    ['trap: between letters without spaces', 'a\u2219b', 'a\u2219b'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeLineText(input)).toBe(expected);
  });
});

describe('a timeline gutter holds full ranges ("Apr 2019 — Dec 2021")', () => {
  const entry = (y: number, dates: string, title: string): Row[] => [
    { y, items: [item(dates, 45, y, 7.5, 91), item(title, 165, y - 1.5, 10.5)] },
    { y: y - 14, items: [item('Halvard Media · London', 165, y - 14, 8.6)] },
    { y: y - 30, items: [item('Lead three teams owning ads ranking and CTR prediction for display ads.', 165, y - 30, 8.2)] },
  ];
  const rows = (dates: string[]): Row[] => [
    { y: 640, items: [item('EXPERIENCE', 45, 640, 9.7)] },
    ...dates.flatMap((d, i) => entry(610 - i * 80, d, ['Head of Ads Machine Learning', 'Engineering Manager', 'Data Scientist', 'Data Science Intern'][i] ?? 'Engineer')),
  ];

  it.each<[string, string[], boolean]>([
    ['full ranges with a free-standing dash', ['JAN 2022 — PRESENT', 'APR 2019 — DEC 2021', 'JUL 2016 — MAR 2019', 'SUMMER 2015'], true],
    ['open ranges', ['2021 –', 'Jan 2020 → Mar', '2016 – 2019'], true],
    ['trap: a sidebar of phrases with a year in them', ['Speaker at PyData 2019 in Berlin', 'Judge, Kaggle Days 2021 Paris', 'Mentor at Code Club since 2018'], false],
  ])('%s', (_name, dates, expected) => {
    expect(isDateGutter(rows(dates), 130)).toBe(expected);
  });
});

describe('a short line that cannot end there wraps in a narrow column', () => {
  const column = (a: string, aw: number, b: string, bw: number): Row[] => [
    { y: 700, items: [item(a, 50, 700, 9.6, aw)] },
    { y: 688, items: [item(b, 50, 688, 9.6, bw)] },
    { y: 676, items: [item('Fennel & Bright Groceries, Rotterdam', 50, 676, 9.6, 120)] },
  ];

  it.each<[string, Row[], string[]]>([
    ['"Engineering Manager," over "Recommendations" (the word did not fit)', column('Engineering Manager,', 100, 'Recommendations', 80),
      ['Engineering Manager, Recommendations', 'Fennel & Bright Groceries, Rotterdam']],
    ['trap: the next word would have fitted (the author broke the line)', column('Manager,', 40, 'Acme', 22),
      ['Manager,', 'Acme', 'Fennel & Bright Groceries, Rotterdam']],
    ['trap: a short line without a comma or connective is complete', column('Engineering Manager', 96, 'Recommendations', 80),
      ['Engineering Manager', 'Recommendations', 'Fennel & Bright Groceries, Rotterdam']],
    ['trap: a short line over a lower-case word that would have fitted', column('Python,', 35, 'scikit-learn', 30),
      ['Python,', 'scikit-learn', 'Fennel & Bright Groceries, Rotterdam']],
  ])('%s', (_name, rows, expected) => {
    expect(paragraphLines(rows, policy)).toEqual(expected);
  });
});

describe('a block on the right that ends early (a contact block beside the name)', () => {
  const left = (s: string, y: number, size = 11): Item => item(s, 61, y, size);
  const right = (s: string, y: number): Item => item(s, 480, y, 9, 70);
  const header: Row[] = [
    { y: 729, items: [right('14 Quayside Row', 729)] },
    { y: 716, items: [right('Dublin D02 X285', 716)] },
    { y: 711.8, items: [left('Yevgenia Marlowe-Achebe', 711.8, 27)] },
    { y: 702.8, items: [right('+353 1 555 0199', 702.8)] },
    { y: 690, items: [left('Engineering Manager, payments', 690), right('ye@example.ie', 690)] },
    { y: 660, items: [left('EXPERIENCE', 660, 9)] },
    { y: 642, items: [left('Tillwater Payments, Dublin — Engineering Manager', 642)] },
    { y: 629, items: [left('MAY 2021 - PRESENT', 629, 8)] },
  ];
  const fullWidth: Row[] = [612, 600, 588].map((y) => ({ y, items: [item('Lead a team of seven backend engineers; hired four of them and run the reviews of the whole team.', 75, y, 10, 450)] }));
  const order = (rows: Row[]) => orderColumns(rows).map((b) => b.rows.map((r) => r.items.map((i) => i.str).join(' ')));

  it('full-width text follows: the left rows under the block are read after it', () => {
    expect(order([...header, ...fullWidth]).flat()).toEqual([
      'Yevgenia Marlowe-Achebe', 'Engineering Manager, payments',
      '14 Quayside Row', 'Dublin D02 X285', '+353 1 555 0199', 'ye@example.ie',
      'EXPERIENCE', 'Tillwater Payments, Dublin — Engineering Manager', 'MAY 2021 - PRESENT',
      ...fullWidth.map(() => 'Lead a team of seven backend engineers; hired four of them and run the reviews of the whole team.'),
    ]);
  });

  it('trap: nothing full-width after the run (a right sidebar to the page end) keeps the columns whole', () => {
    const gutter = findGutter(header);
    expect(gutter).toBeDefined();
    if (gutter) expect(blockEnd(header, gutter)).toBe(gutter.end);
    expect(order(header).flat().slice(0, 5)).toEqual(['Yevgenia Marlowe-Achebe', 'Engineering Manager, payments', 'EXPERIENCE', 'Tillwater Payments, Dublin — Engineering Manager', 'MAY 2021 - PRESENT']);
  });

  it('trap: a left block that ends early keeps the right column whole', () => {
    const mirrored: Row[] = [
      { y: 729, items: [item('Contact', 45, 729, 9, 40)] },
      { y: 716, items: [item('ye@example.ie', 45, 716, 9, 60)] },
      { y: 711.8, items: [item('Senior Data Analyst, Aldgate Foods Group', 200, 711.8, 11, 220)] },
      { y: 702.8, items: [item('+353 1 555 0199', 45, 702.8, 9, 60)] },
      { y: 690, items: [item('Built the weekly sales dashboards', 200, 690, 11)] },
      { y: 660, items: [item('Wrote the forecasting notebooks', 200, 660, 11)] },
      { y: 642, items: [item('Ran the pricing experiments in Dublin', 200, 642, 11)] },
      ...fullWidth.map((r) => ({ ...r, items: r.items.map((i) => ({ ...i, w: 350 })) })),
    ];
    const gutter = findGutter(mirrored);
    expect(gutter).toBeDefined();
    if (gutter) expect(blockEnd(mirrored, gutter)).toBe(gutter.end);
  });
});

describe('a soft hyphen the page draws is put back where pdf.js left it out', () => {
  it.each<[string, string, string, string]>([
    ['a word gap where the glyph was (every glyph placed on its own)', 'the two tower model', 'thetwo\u00ADtowermodel', 'the two\u00ADtower model'],
    ['nothing where the glyph was (one text run)', 'twotower', 'two\u00ADtower', 'two\u00ADtower'],
    ['between two years (the space stays: it may be the author\'s, and the range reads the same)', '2019 2021', '2019\u00AD2021', '2019 \u00AD2021'],
    ['a ligature in the drawn text', 'fine tuned', '\uFB01ne\u00ADtuned', 'fine\u00ADtuned'],
    ['a Greek question mark drawn for a semicolon', 'LightGBM; led', 'LightGBM\u037Eled', 'LightGBM; led'],
    // traps: the item's text is not what was drawn, so it is left as pdf.js gave it
    ['trap: other characters', 'home feed', 'home\u00ADfeet', 'home feed'],
    ['trap: more text than was drawn', 'home feed and more', 'home\u00ADfeed', 'home feed and more'],
  ])('%s', (_name, text, drawn, expected) => {
    expect(withDrawnSoftHyphens(text, [{ text: drawn, x: 0, y: 0 }])).toBe(expected);
  });

  it('only items on the run\'s baseline and within its width take it back', () => {
    const pdfItem = (str: string, x: number, y: number, width: number) => ({ str, transform: [9, 0, 0, 9, x, y], width, height: 9, dir: 'ltr', fontName: 'f', hasEOL: false });
    const runs = [...'two'].map((t, i) => ({ text: t, x: 100 + i * 5, y: 500 }))
      .concat([{ text: '\u00AD', x: 115, y: 500 }], [...'tower'].map((t, i) => ({ text: t, x: 118 + i * 5, y: 500 })));
    const items = [pdfItem('two tower', 100, 500, 43), pdfItem('two tower', 100, 480, 43), pdfItem('two tower', 300, 500, 43)];
    const out = restoreSoftHyphens(items, runs).map((i) => ('str' in i ? i.str : ''));
    expect(out).toEqual(['two\u00ADtower', 'two tower', 'two tower']);
    // The PDF reader reads a drawn U+00AD between letters as the hyphen it shows (rows.ts toItems).
    expect(visibleSoftHyphens(out[0] ?? '')).toBe('two-tower');
  });
});

describe('two columns of one story with the same leading are columns, not a table', () => {
  const words = 'built the demand forecasting models for the retail stores and trained gradient boosted models with real time features';
  /** `n` rows on each side on the same baselines; the left side's rows fill 86 pt, the right side's 84 pt. */
  const flow = (leftRows: string[], rightRows: string[], rightWidth = 240): Row[] =>
    Array.from({ length: Math.max(leftRows.length, rightRows.length) }, (_, i) => {
      const y = 700 - i * 12;
      const items = [
        ...(leftRows[i] ? [item(leftRows[i] ?? '', 42, y, 9.5, 240)] : []),
        ...(rightRows[i] ? [item(rightRows[i] ?? '', 310, y, 9.5, rightWidth)] : []),
      ];
      return { y, items };
    });
  const prose = (n: number, first?: string, last?: string) =>
    Array.from({ length: n }, (_, i) => (i === 0 && first !== undefined ? first : i === n - 1 && last !== undefined ? last : `${words} ${i}`));

  it.each<[string, Row[], boolean]>([
    ['a story breaking mid-sentence into the second column', flow(prose(8, 'Senior Data Scientist', 'built the demand forecasting models for the retail stores'), prose(8, 'and the network team; trained gradient-boosted models')), true],
    ['trap: the first column ends a sentence', flow(prose(8, 'Senior Data Scientist', 'Mentored three graduates.'), prose(8, 'and the network team')), false],
    ['trap: the second column opens with a capital (a card title)', flow(prose(8, 'Data Scientist', 'models for the retail stores'), prose(8, 'Research Intern')), false],
    ['trap: a narrow date column beside titles', flow(prose(8, 'Data Scientist', 'models for the retail stores and'), prose(8, 'since 2019'), 60), false],
    ['trap: too few rows', flow(prose(4, 'Data Scientist', 'models for the retail stores and'), prose(4, 'and the network team')), false],
  ])('%s', (_name, rows, expected) => {
    expect(isTextFlow(rows, 290)).toBe(expected);
  });
});

describe('two independent prose columns on the same baselines (LaTeX minipages side by side) are columns', () => {
  /** Rows on shared baselines, 12 pt apart: [left text, left width, right text, right width]; a width of 0 leaves that side empty. */
  const sideBySide = (cells: Array<[string, number, string, number]>): Row[] =>
    cells.map(([l, lw, r, rw], i) => {
      const y = 700 - i * 12;
      return { y, items: [...(lw > 0 ? [item(l, 43, y, 9.5, lw)] : []), ...(rw > 0 ? [item(r, 305, y, 9.5, rw)] : [])] };
    });
  const wrapped: Array<[string, number, string, number]> = [
    ['2013 - 2016 - Harrowgate College', 150, '2021 / 03 - present - Quillon Books', 160],
    ['B.Sc. Mathematics', 100, 'Senior Web Engineer', 110],
    ['Final project on sorting networks for the rail-', 240, 'Rebuilt the basket and checkout pages and cut', 245],
    ['way timetable office, tested with the staff.', 200, 'abandonment on phones from 31% to 22%, then', 244],
    ['Tutored first-year students in the program-', 240, 'wrote the accessibility checklist for every', 246],
    ['ming laboratory sessions.', 120, 'new screen.', 60],
    ['2012 - 2013 - Ashby Technical School', 160, '2018 / 06 - 2021 / 02 - Marlow Travel', 170],
  ];
  it.each<[string, Array<[string, number, string, number]>, boolean]>([
    ['both sides wrap their own prose (hyphen, lower-case run-on)', wrapped, true],
    ['trap: a narrow date column beside wrapped prose', wrapped.map(([l, lw, r]) => [l, lw, r.slice(0, 10), 55] as [string, number, string, number]), false],
    ['trap: prose on the left only, short lines on the right', wrapped.map(([l, lw], i) => [l, lw, `Skill ${i}`, 60 + (i % 3) * 5] as [string, number, string, number]), false],
    ['trap: each side wraps once only', wrapped.map(([l, lw, r, rw], i) => (i === 4 ? [l.replace('-', ''), 150, r, 150] : [l, lw, r, rw]) as [string, number, string, number]), false],
    ['trap: full lines that are whole items (capital openings, no hyphen): a table of sentences', wrapped.map(([l, lw, r, rw]) => [l.replace(/-$/, '.').replace(/^\p{Ll}/u, (c) => c.toUpperCase()), lw, r.replace(/-$/, '.').replace(/^\p{Ll}/u, (c) => c.toUpperCase()), rw] as [string, number, string, number]), false],
    ['trap: too few rows', wrapped.slice(0, 5), false],
  ])('%s', (_name, cells, expected) => {
    expect(isParallelProse(sideBySide(cells), 295)).toBe(expected);
  });

  it('reads the left column whole, then the right one', () => {
    const rows = sideBySide(wrapped);
    expect(findGutter(rows)).toBeDefined();
    const blocks = orderColumns(rows);
    expect(blocks.map((b) => b.rows[0]?.items[0]?.str)).toEqual(['2013 - 2016 - Harrowgate College', '2021 / 03 - present - Quillon Books']);
  });
});
