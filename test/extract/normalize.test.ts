// Normalisation case tables: what must change, and what must NOT.
import { describe, expect, it } from 'vitest';
import { joinHyphenation, normalizeLines, normalizeLineText, normalizeMarkedLines, resolveSoftHyphens } from '../../src/extract/normalize.js';

describe('normalizeLineText', () => {
  it.each([
    // ligatures and compatibility forms (NFKC)
    ['ﬁnance and ﬂow', 'finance and flow'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'Fullwidth'],
    // zero-width characters vanish
    ['Py\u200Bthon', 'Python'],
    ['\uFEFFRésumé', 'Résumé'],
    ['Kotlin\u2060/Java\u200D', 'Kotlin/Java'],
    // odd spaces become one space; runs collapse
    ['Jan\u00A02018', 'Jan 2018'],
    ['Oslo\u2009\u2009Norway', 'Oslo Norway'],
    ['a    b', 'a b'],
    // bullets at line start
    ['• Built the model', 'Built the model'],
    ['◦ nested point', 'nested point'],
    ['▪ Led five people', 'Led five people'],
    ['‣ item', 'item'],
    ['● item', 'item'],
    ['■ item', 'item'],
    ['\uF0B7 Symbol-font bullet', 'Symbol-font bullet'],
    ['– dash used as bullet', 'dash used as bullet'],
    ['- hyphen used as bullet', 'hyphen used as bullet'],
    ['* asterisk bullet', 'asterisk bullet'],
    // icon-font glyphs (private use area) vanish
    ['\uF0E0 ingrid@example.com \uF095 +47 555 0100', 'ingrid@example.com +47 555 0100'],
    // cells: trimmed, empty ones dropped, tab kept as the separator
    ['  Title \t  Jan 2018 – Present ', 'Title\tJan 2018 – Present'],
    ['a\t\t\tb', 'a\tb'],
    ['• Python\t• Go', 'Python\tGo'],
    // soft hyphens: dash between dates, gone inside words
    ['2015\u00AD2019', '2015–2019'],
    ['Jan 2018 \u00AD Mar 2020', 'Jan 2018 – Mar 2020'],
    ['Sep. 2019\u00ADPresent', 'Sep. 2019–Present'],
    ['03/2017\u00AD06/2019', '03/2017–06/2019'],
    ['03/04/2013\u00AD30/09/2013', '03/04/2013–30/09/2013'],
    ['01.03.2019 \u00AD 31.12.2020', '01.03.2019 – 31.12.2020'],
    ['04.2019\u00AD12.2020', '04.2019–12.2020'],
    ['Python 3.10\u00ADbased tools', 'Python 3.10based tools'],
    ['recom\u00ADmen\u00ADdation', 'recommendation'],
    ['Engi\u00ADneer 2019', 'Engineer 2019'],
    // dot leaders (\\dotfill, Word tab leaders) become a cell break
    ['Mahsan Co.. . . . . . . . . . . . . 2022/10-2024/07', 'Mahsan Co\t2022/10-2024/07'],
    ['Northwind Retail ........................ Oslo', 'Northwind Retail\tOslo'],
    ['Graph-Inc. . . . . . . . .', 'Graph-Inc'],
    // traps: an ellipsis, version numbers and initials are not leaders
    ['and so on...', 'and so on...'],
    ['Python 3.10.4.1 and Node 20.19', 'Python 3.10.4.1 and Node 20.19'],
    ['J. R. R. Tolkien Society', 'J. R. R. Tolkien Society'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLineText(input)).toBe(expected);
  });

  it.each([
    '2015-2019',
    '2015 – 2019',
    'Jan 2018 - Present',
    'e-mail',
    'C++',
    'C#',
    'Node.js',
    'state-of-the-art',
    '-5% churn',
    '+47 555 0100',
    'Ødegård, Łódź, Žižek, Ярослав',
    'R&D',
    '3.5 years',
    'end-to-end',
    '**bold** text',
    '– May 2016',
    '- Present',
    '*args and **kwargs',
  ])('leaves %j alone', (input) => {
    expect(normalizeLineText(input)).toBe(input);
  });
});

describe('resolveSoftHyphens', () => {
  it.each([
    ['2015\u00AD2019', '2015–2019'],
    ['May 2016\u00ADJune 2017', 'May 2016–June 2017'],
    ['2019\u00ADcurrent', '2019–current'],
    ['Version\u00AD2', 'Version2'],
    ['co\u00ADfounder', 'cofounder'],
    ['no soft hyphen', 'no soft hyphen'],
  ])('%j → %j', (input, expected) => {
    expect(resolveSoftHyphens(input)).toBe(expected);
  });
});

describe('joinHyphenation', () => {
  it.each<[string[], string[]]>([
    // typesetting hyphenation: joined, hyphen dropped
    [['We built the recommen-', 'dation engine'], ['We built the recommendation engine']],
    [['Managed infra-', 'structure'], ['Managed infrastructure']],
    // real compounds: joined, hyphen kept
    [['Delivered state-of-the-', 'art ranking'], ['Delivered state-of-the-art ranking']],
    [['Contact by e-', 'mail'], ['Contact by e-mail']],
    [['Built an end-', 'to-end pipeline'], ['Built an end-to-end pipeline']],
    [['Co-', 'founded a startup'], ['Co-founded a startup']],
    // NOT joined: the next line starts with a capital, a digit, or is a table row; no word before the hyphen
    [['Jan 2018 -', 'Present'], ['Jan 2018 -', 'Present']],
    [['Machine-', 'Learning Lead'], ['Machine-', 'Learning Lead']],
    [['Versions 2-', '3 supported'], ['Versions 2-', '3 supported']],
    [['Python, Go, C++ -', 'and more'], ['Python, Go, C++ -', 'and more']],
    [['Title-', 'x\ty'], ['Title-', 'x\ty']],
    [['A line', 'another line'], ['A line', 'another line']],
  ])('%j → %j', (input, expected) => {
    expect(joinHyphenation(input)).toEqual(expected);
  });
});

describe('bullet glyphs read as a letter', () => {
  it.each<[string, string[], string[]]>([
    ['a symbol-font bullet read as "f" on three lines', ['f Contributed to the DLP service.', 'f Wrote the kernel driver.', 'f Reviewed code.'], ['Contributed to the DLP service.', 'Wrote the kernel driver.', 'Reviewed code.']],
    ['Word\'s "o" sub-bullet', ['Led the team', 'o Hired Four engineers', 'o Ran Reviews', 'o Set Goals'], ['Led the team', 'Hired Four engineers', 'Ran Reviews', 'Set Goals']],
    ['an icon-font bullet read as an accented letter', ['ó Developed a Web App', 'ó Worked as a developer', 'ó Earned a scholarship'], ['Developed a Web App', 'Worked as a developer', 'Earned a scholarship']],
    ['trap: twice is not enough', ['f Contributed to the DLP service.', 'f Wrote the kernel driver.'], ['f Contributed to the DLP service.', 'f Wrote the kernel driver.']],
    ['trap: letters that are words ("e", "y", "è") stay', ['e Milano', 'e Roma', 'e Torino', 'y Madrid', 'y Sevilla', 'y Bilbao', 'è Roma', 'è Milano', 'è Napoli'], ['e Milano', 'e Roma', 'e Torino', 'y Madrid', 'y Sevilla', 'y Bilbao', 'è Roma', 'è Milano', 'è Napoli']],
    ['trap: a lower-case word after the letter', ['x the value', 'x the value', 'x the value'], ['x the value', 'x the value', 'x the value']],
  ])('%s', (_name, input, expected) => {
    expect(normalizeLines(input, { joinHyphens: false })).toEqual(expected);
  });
});

describe('normalizeLines', () => {
  it('drops empty lines and joins hyphenation after cleaning', () => {
    expect(normalizeLines(['', '• Improved recom-', '  \u200B ', 'mendation quality', '\t'])).toEqual([
      'Improved recommendation quality',
    ]);
  });
});

describe('list items are marked when their bullet is taken off', () => {
  it.each<[string, string, boolean]>([
    ['a bullet glyph', '• Led the ranking team', true],
    ['a dash bullet', '– Led the ranking team', true],
    ["Word's Symbol-font bullet (private use)", '\uF0B7 Led the ranking team', true],
    ["Word's Symbol-font bullet in its own cell", '\uF0B7\tLed the ranking team', true],
    ["a Wingdings arrowhead bullet", '\uF0D8 Led the ranking team', true],
    ['a bullet after a tab (a hanging indent)', '\t• Led the ranking team', true],
    ['trap: plain text', 'Led the ranking team', false],
    ['trap: the end of a wrapped range is no item', '– May 2016', false],
    ['trap: a private-use icon that is not a bullet', '\uF095 +44 20 7946 0000', false],
    ['trap: a Symbol-font bullet inside the line separates, it does not open an item', 'Python \uF0B7 Go', false],
    ['trap: a hyphenated word', 'Co-founded Lattice Labs', false],
  ])('%s', (_name, raw, bullet) => {
    const [line] = normalizeMarkedLines([raw], { joinHyphens: false });
    expect(line?.bullet === true).toBe(bullet);
  });
  it('marks letter bullets (a symbol font without a Unicode map) and keeps the mark on a joined line', () => {
    const lines = normalizeMarkedLines(['f Built the feed', 'f Cut serving costs by a fifth with recom-', 'mendation caching', 'f Hired four engineers']);
    expect(lines.map((l) => [l.text, l.bullet === true])).toEqual([
      ['Built the feed', true],
      ['Cut serving costs by a fifth with recommendation caching', true],
      ['Hired four engineers', true],
    ]);
  });
});
