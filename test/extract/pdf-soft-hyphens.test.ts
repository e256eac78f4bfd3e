// Hyphens drawn with a glyph whose character is U+00AD (XeLaTeX + fontspec does this for every hyphen of many
// fonts): pdf.js leaves them out of its text items, and soft-hyphens.ts puts them back from the glyph runs of the
// operator list, for normalize.ts to read as a hyphen, a range dash or a line-end break.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { withDrawnSoftHyphens, type DrawnRun } from '../../src/extract/pdf/soft-hyphens.js';
import { texts } from './build.js';

const run = (text: string, x = 0): DrawnRun => ({ text, x, y: 100, box: [x, 98, x + text.length * 5, 108] });

describe('withDrawnSoftHyphens', () => {
  it.each<[string, string, string[], string]>([
    ['between letters', 'highimpact teams', ['high\u00ADimpact teams'], 'high\u00ADimpact teams'],
    ['between dates, spaced', 'Sep. 2023 Mar. 2024', ['Sep. 2023 \u00AD Mar. 2024'], 'Sep. 2023 \u00ADMar. 2024'],
    ['at the end of the item (a line-end break)', 'across en', ['across en\u00AD'], 'across en\u00AD'],
    ['the item is one of several runs on the baseline', 'multiVPC', ['Dunamu ', 'multi\u00ADVPC', ' Seoul'], 'multi\u00ADVPC'],
    ['ligatures drawn as one glyph', 'officeready', ['o\uFB03ce\u00ADready'], 'office\u00ADready'],
    // what must stay as it is
    ['no soft hyphen drawn', 'plain text', ['plain text'], 'plain text'],
    ['the item text is not in the runs', 'other words', ['high\u00ADimpact'], 'other words'],
    ['the item text is found twice (which one is unknown)', '2022', ['2022\u00AD 2022'], '2022'],
    ['a hyphen drawn before the item belongs to the item before it', 'impact', ['high\u00ADimpact'], 'impact'],
    ['the item already has it', 'high\u00ADimpact', ['high\u00ADimpact'], 'high\u00ADimpact'],
  ])('%s', (_name, str, runs, expected) => {
    expect(withDrawnSoftHyphens(str, runs.map((t, i) => run(t, i * 100)))).toBe(expected);
  });
});

describe('a PDF whose hyphen glyph is U+00AD', () => {
  // fixtures/zoo/latex/soren-adebayo-kinnear.pdf: XeLaTeX, every hyphen drawn with the glyph of U+00AD, TeX's own
  // line-end hyphenation too (pdfkit cannot make such a file: it never draws a soft hyphen).
  it('reads the hyphens, the range dashes and the line-end breaks a person sees', async () => {
    const pdf = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/zoo/latex/soren-adebayo-kinnear.pdf')));
    const text = texts(await extractBuffer(pdf, 'soren-adebayo-kinnear.pdf')).join('\n');
    for (const seen of ['ad-ranking teams', 'well-run experiments', 'AI-assisted coding', 'real-time two-tower retrieval', 'LLM-based assistant', 'experiment read-outs', '32-GPU cluster', 'add-to-cart', 'gradient-boosted trees, later field-aware', 'Soren Adebayo-Kinnear', 'Jun. 2021 – Present', 'Mar. 2019 – May 2021', '2023 –']) {
      expect(text, seen).toContain(seen);
    }
    // none of the words run together as pdf.js alone gives them
    for (const unseen of ['adranking', 'wellrun', 'realtime', 'twotower', 'LLMbased', '32GPU', 'Sep. 2016 Feb. 2019']) expect(text).not.toContain(unseen);
  });
});
