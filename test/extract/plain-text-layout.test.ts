// Plain-text and Markdown résumés laid out with spaces (src/extract/text.ts): column gaps and dash leaders are cell
// gaps, an indented paragraph wrapped by the editor is one line, and a plain-text résumé pasted into a Markdown file
// between ``` fences reads like the plain text.
import { describe, expect, it } from 'vitest';
import { markdownToLines, plainTextToLines } from '../../src/extract/text.js';
import { normalizeLineText } from '../../src/extract/normalize.js';
import { extractBuffer } from '../../src/extract/index.js';
import { buildProfile } from '../../src/profile/index.js';
import { AS_OF, CATEGORIES } from '../profile/helpers.js';

describe('plain text laid out with spaces', () => {
  it.each<[string, string[], string[]]>([
    ['a column gap of three spaces or more is a cell gap', ['2018-2023    Quillfeather, Staff SE'], ['2018-2023\tQuillfeather, Staff SE']],
    ['a dash leader between two pieces is a cell gap', ['Quillfeather, Staff SE ---------------- Boston MA'], ['Quillfeather, Staff SE\tBoston MA']],
    ['an underscore or equals leader too', ['Data Engineer ____________ 2019', 'Analyst ======== 2016'], ['Data Engineer\t2019', 'Analyst\t2016']],
    ['an indented paragraph wrapped mid-clause is one line',
      ['     Led the technical vision of the catalogue pages and the design of', '     Enhanced Content, with two teams.'], ['     Led the technical vision of the catalogue pages and the design of Enhanced Content, with two teams.']],
    ['a long line followed by a lower-case one, as before', ['Built the nightly reporting jobs for the finance team and the', 'warehouse, in Python.'],
      ['Built the nightly reporting jobs for the finance team and the warehouse, in Python.']],
    // Traps.
    ['trap: two spaces after a full stop are no gap', ['Built it.  Then ran it.'], ['Built it.  Then ran it.']],
    ['trap: a rule line alone is not a leader', ['----------------------------------------', 'EXPERIENCE'], ['----------------------------------------', 'EXPERIENCE']],
    ['trap: a hyphenated word is not a leader', ['Co-lead of the re-ranking work'], ['Co-lead of the re-ranking work']],
    ['trap: an indented line after a finished sentence starts anew',
      ['     Lead systems design and software implementation for the team.', '     Awarded a developer certification.'],
      ['     Lead systems design and software implementation for the team.', '     Awarded a developer certification.']],
    ['trap: an indented bullet or date after a long line starts anew',
      ['     Lead systems design and software implementation for the team and', '     - Wrote the API', '     2019 Award'],
      ['     Lead systems design and software implementation for the team and', '     - Wrote the API', '     2019 Award']],
    ['trap: a short indented line is not joined to the next', ['     Boston', '     Remote'], ['     Boston', '     Remote']],
  ])('%s', (_name, lines, want) => {
    expect(plainTextToLines(lines.join('\n'))).toEqual(want);
  });
});

describe('a fenced block in Markdown', () => {
  it('is read as plain text: its line breaks, gaps and marks kept', () => {
    const md = ['# Résumé', '', '```text', 'EXPERIENCE', '', '2018-2023    QUILLFEATHER, Staff SE ------------- Boston MA',
      '     Led the *catalogue* pages.', '```', '', 'Some **bold** prose.'].join('\n');
    expect(markdownToLines(md)).toEqual(['Résumé', 'EXPERIENCE', '', '2018-2023\tQUILLFEATHER, Staff SE\tBoston MA', '     Led the *catalogue* pages.', 'Some bold prose.']);
  });

  it('an unclosed fence runs to the end', () => {
    expect(markdownToLines(['intro', '```', 'a    b'].join('\n'))).toEqual(['intro', 'a\tb']);
  });

  it('a plain-text résumé in a README fence gives its jobs, each with title, company and dates', async () => {
    const md = ['# Wren Abernathy-Osei', '', '```text', 'EXPERIENCE', '',
      '2024-        HALDEN FREIGHT, Senior SE ------------------------------ Somerville MA', '',
      '2018-2023    QUILLFEATHER, Staff SE, Senior SE ----------------------------- Boston MA',
      '     Led the technical vision and the systems design of the catalogue sites and', '     Enhanced Content; both reached $1.5M ARR in their first year.', '',
      '2016-2018    MARROWFIELD LABS, Principal SE ----------------------------- Cambridge MA',
      '     Frontend strategy and implementation.', '```'].join('\n');
    const doc = await extractBuffer(Buffer.from(md), 'resume.md');
    const jobs = buildProfile(doc, { asOf: AS_OF, categories: CATEGORIES }).jobs;
    expect(jobs.map((j) => [j.title, j.org ?? null, j.location ?? null, j.range?.raw ?? null])).toEqual([
      ['Senior SE', 'HALDEN FREIGHT', 'Somerville MA', '2024-'],
      ['Staff SE, Senior SE', 'QUILLFEATHER', 'Boston MA', '2018-2023'],
      ['Principal SE', 'MARROWFIELD LABS', 'Cambridge MA', '2016-2018'],
    ]);
  });
});

describe('HTML inside Markdown', () => {
  const linesOf = async (md: string) => (await extractBuffer(Buffer.from(md), 'resume.md')).lines.map((l) => l.text);
  it.each<[string, string, string[]]>([
    ['side-by-side spans in a heading are cells', '### <span>Quillfeather Group Inc</span> <span>Nov 2020 -- Present</span>', ['Quillfeather Group Inc\tNov 2020 -- Present']],
    ['spans with no space between them too', '### <span>Roundhill Co., Ltd</span><span>Sep 2018 -- Oct 2020</span>', ['Roundhill Co., Ltd\tSep 2018 -- Oct 2020']],
    ['block tags end lines, inline tags vanish', '<li> <b> Junior Developer: </b> </li>', ['Junior Developer:']],
    ['a break splits a line, and the part after it is not joined to a long line', 'Related topics: scripting, graphics design, analysis and testing of games.<br>Marrowfield Games (2018 - 2021)',
      ['Related topics: scripting, graphics design, analysis and testing of games.', 'Marrowfield Games (2018 - 2021)']],
    ['entities are decoded', 'R&amp;D Engineer &ndash; Vantor&nbsp;Freight &#8212; &#x2022;', ['R&D Engineer – Vantor Freight — •']],
    ['table cells are cells', '<table><tr><td>2019 – 2021</td><td>Data Analyst, Halden Freight</td></tr></table>', ['2019 – 2021\tData Analyst, Halden Freight']],
    // Traps: autolinks, comparisons and ampersands stay text.
    ['trap: an autolink is no tag', '- <wren.osei@example.com>', ['wren.osei@example.com']],
    ['trap: a comparison is no tag', 'Cut p95 latency to < 40 ms & kept cost flat', ['Cut p95 latency to < 40 ms & kept cost flat']],
    ['trap: an unknown entity stays', 'Fish &chips; AT&T', ['Fish &chips; AT&T']],
  ])('%s', async (_name, md, want) => {
    expect(await linesOf(md)).toEqual(want);
  });
});

describe("pandoc's attributes after a heading", () => {
  it.each<[string, string, string[]]>([
    ['an id', '### Experience {#experience}', ['Experience']],
    ['a class and an id', '## Work history {#work .unnumbered}', ['Work history']],
    ['a key=value', '# Skills {#skills lang=en}', ['Skills']],
    // Traps: braces that are text.
    ['trap: a set in a sentence', 'Tuned the {lr, batch} grid', ['Tuned the {lr, batch} grid']],
    ['trap: a template placeholder', 'Wrote {{ name }} templates', ['Wrote {{ name }} templates']],
  ])('%s', (_name, md, want) => {
    expect(markdownToLines(md)).toEqual(want);
  });
});

describe('a date run into the next word', () => {
  it.each<[string, string]>([
    ['Pharmatech, May 2019 - August 2019Assistant Machine Operator', 'Pharmatech, May 2019 - August 2019 Assistant Machine Operator'],
    ['Diamond Parking, April 2023 - CurrentParking Lot Supervisor', 'Diamond Parking, April 2023 - Current Parking Lot Supervisor'],
    ['2016 – PresentSenior Engineer', '2016 – Present Senior Engineer'],
    // Traps: a model number, an acronym, a word that only starts like an end word, a year inside a token.
    ['Windows 2019DC', 'Windows 2019DC'],
    ['Presentations for the board', 'Presentations for the board'],
    ['Currently leading', 'Currently leading'],
    ['build A2019Foo', 'build A2019Foo'],
  ])('%s', (input, want) => {
    expect(normalizeLineText(input)).toBe(want);
  });
});

describe('YAML front matter at the top of a Markdown résumé', () => {
  it.each<[string, string[], string[], string[]]>([
    ['the shown keys stay, the rest is hidden', ['---', 'layout: cv', 'title: "Wren Abernathy-Osei, CV"', 'keywords: frontend, accessibility', '---', '# Wren Abernathy-Osei'],
      ['Wren Abernathy-Osei, CV', 'Wren Abernathy-Osei'], ['cv', 'frontend, accessibility']],
    ['a list under a key is hidden item by item', ['---', 'name: Kestrel Amadi', 'tags:', '  - logistics', '  - warehouse', '---', 'Text.'],
      ['Kestrel Amadi', 'Text.'], ['logistics', 'warehouse']],
    ['pandoc\'s closing dots', ['---', 'author: Tove Kariuki', 'description: storage engineer', '...', 'Body.'], ['Tove Kariuki', 'Body.'], ['storage engineer']],
    // Traps: rules around text are no front matter; a rule not on the first line neither.
    ['trap: a name between two rules', ['---', 'Wren Abernathy-Osei', '---', 'Body.'], ['Wren Abernathy-Osei', 'Body.'], []],
    ['trap: a rule further down', ['# Name', '---', 'layout: cv', '---'], ['Name', 'layout: cv'], []],
  ])('%s', async (_name, md, shown, hidden) => {
    const doc = await extractBuffer(Buffer.from(md.join('\n')), 'resume.md');
    expect(doc.lines.filter((l) => !l.hidden).map((l) => l.text)).toEqual(shown);
    expect(doc.lines.filter((l) => l.hidden).map((l) => [l.text, l.hidden?.reason])).toEqual(hidden.map((t) => [t, 'FRONT_MATTER']));
  });
});
