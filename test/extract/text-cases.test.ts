// Text case tables (issue 12 §3 "Text"): visible soft hyphens, line-end word breaks, ligatures, icon glyphs.
import { describe, expect, it } from 'vitest';
import { joinHyphenBreak, normalizeLineText, visibleSoftHyphens, type HyphenPolicy } from '../../src/extract/normalize.js';
import { joinParts } from '../../src/extract/pdf/visual-line.js';

const keep: HyphenPolicy = { fallback: 'keep' };
const drop: HyphenPolicy = { fallback: 'drop' };
/** The PDF path: soft hyphens drawn by the PDF first, then the shared character clean-up. */
const pdfText = (s: string) => normalizeLineText(visibleSoftHyphens(s));

describe('soft hyphens a PDF draws', () => {
  it.each([
    ['LLM\u00ADpowered search', 'LLM-powered search'],
    ['state\u00ADof\u00ADthe\u00ADart', 'state-of-the-art'],
    ['Ødegård\u00ADBerg', 'Ødegård-Berg'],
    // between two dates it is the range dash
    ['2015\u00AD2019', '2015–2019'],
    ['Sep 2019\u00ADPresent', 'Sep 2019–Present'],
    ['Jan\u00ADMar 2020', 'Jan–Mar 2020'],
    // spaced between dates, it is spaced; after a date at the end of a cell it opens the range
    ['Sep. 2023 \u00ADMar. 2024', 'Sep. 2023 – Mar. 2024'],
    ['2023 \u00AD\tMentor, Women in ML', '2023 –\tMentor, Women in ML'],
    ['2023\u00AD', '2023 –'],
    // digits and letters: the hyphen of a compound
    ['32\u00ADGPU cluster', '32-GPU cluster'],
    ['B2B\u00AD2C', 'B2B-2C'],
    // traps: at the end of a word it is a line-end break, resolved by the line joiner, never a dash
    ['across en\u00AD', 'across en'],
  ])('%j → %j', (input, expected) => {
    expect(pdfText(input)).toBe(expected);
  });

  it.each([
    // traps: DOCX and text keep U+00AD as an invisible hint
    ['recom\u00ADmen\u00ADdation', 'recommendation'],
  ])('outside PDFs %j → %j', (input, expected) => {
    expect(normalizeLineText(input)).toBe(expected);
  });
});

describe('a word broken at a line end', () => {
  it.each([
    // typesetting breaks join without the hyphen, whatever the producer
    ['the man-', 'agement team', keep, 'the management team'],
    ['per-', 'formance reviews', keep, 'performance reviews'],
    ['recom-', 'mendation models', keep, 'recommendation models'],
    ['the recommen-', 'dation engine', drop, 'the recommendation engine'],
    ['LLM\u00AD', 'powered', keep, 'LLMpowered'],
    // real compounds keep the hyphen
    ['end-to-', 'end ownership', drop, 'end-to-end ownership'],
    ['state-of-the-', 'art models', drop, 'state-of-the-art models'],
    ['e-', 'mail', drop, 'e-mail'],
    ['collaborative-', 'filtering', keep, 'collaborative-filtering'],
    ['deep-', 'learning', keep, 'deep-learning'],
    ['ad-', 'serving', keep, 'ad-serving'],
    ['rule-', 'based', keep, 'rule-based'],
  ])('%j + %j (%o) → %j', (left, right, policy, expected) => {
    expect(joinHyphenBreak(left, right, policy)).toBe(expected);
  });

  it.each([
    // acronyms, names and numbers after the break keep the hyphen and no space
    ['CI-', 'CD pipelines', 'CI-CD pipelines'],
    ['GPT-', '4 and Claude', 'GPT-4 and Claude'],
    ['Feature-', 'Exporte', 'Feature-Exporte'],
    ['MLOps\u00AD', 'Team', 'MLOps-Team'],
    ['end-to-', 'end', 'end-to-end'],
    ['man-', 'agement', 'management'],
    // traps: no hyphen → a space; a range wrapped at its dash stays a range
    ['Led the team', 'Built the model', 'Led the team Built the model'],
    ['Jan 2018 –', 'Present', 'Jan 2018 – Present'],
  ])('joinParts %j + %j → %j', (left, right, expected) => {
    expect(joinParts(left, right, keep)).toBe(expected);
  });
});

describe('ligatures and icon glyphs', () => {
  it.each([
    ['ﬁnance ﬂow ﬀ oﬃce', 'finance flow ff office'],
    ['💼 WORK HISTORY', 'WORK HISTORY'],
    ['🎓 Education', 'Education'],
    ['📅 2021 – Present', '2021 – Present'],
    ['\uF0B1 Experience', 'Experience'],
    ['\uF073 Jan 2020 – Mar 2022', 'Jan 2020 – Mar 2022'],
    ['☎ +47 555 0100 ✉ ingrid@example.com', '+47 555 0100 ingrid@example.com'],
    ['🇳🇴 Norwegian', 'Norwegian'],
    ['👍🏽 Team player', 'Team player'],
    // an icon alone is no line at all, so never a heading
    ['🚀', ''],
    ['\uF0E0', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLineText(input)).toBe(expected);
  });

  it.each([
    // traps: symbols that are part of the text stay
    'Acme® Ltd.',
    '© 2024',
    '02/21 ↔ Now',
    '2019 → 2021',
    '✓ is gone only as a bullet',
  ])('%j keeps its symbols', (input) => {
    const out = normalizeLineText(input);
    if (input.startsWith('✓')) expect(out).toBe('is gone only as a bullet');
    else expect(out).toBe(input);
  });
});

describe('letter-spaced headings', () => {
  it.each([
    ['E D U C AT I O N', 'EDUCATION'],
    ['E X P E R I E N C E   H I S T O R Y', 'EXPERIENCE HISTORY'],
    ['S K I L L S', 'SKILLS'],
    // traps: short runs, words, acronyms with other characters
    ['A B C', 'A B C'],
    ['R & D', 'R & D'],
    ['AWS GCP K8S', 'AWS GCP K8S'],
    ['I am a B S student', 'I am a B S student'],
    ['Q A', 'Q A'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLineText(input)).toBe(expected);
  });
});
