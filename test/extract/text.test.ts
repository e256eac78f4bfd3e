// Plain text and Markdown résumés.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { stripMarkdownLine } from '../../src/extract/text.js';
import { texts } from './build.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('text files', () => {
  it('UTF-8 with a BOM, CRLF line ends', async () => {
    const doc = await extractBuffer(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Ingrid Ødegård\r\n\r\nЯрослав Ковальчук\r\n')]), 'cv.txt');
    expect(doc.kind).toBe('text');
    expect(texts(doc)).toEqual(['Ingrid Ødegård', 'Ярослав Ковальчук']);
    expect(doc.warnings).toEqual([]);
  });

  it('non-UTF-8 bytes are read as Windows-1252 and flagged', async () => {
    const doc = await extractBuffer(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), 'latin1.txt');
    expect(texts(doc)).toEqual(['Café']);
    expect(doc.warnings).toContainEqual({ code: 'TEXT_ENCODING', severity: 'warning', data: { assumed: 'windows-1252' } });
  });

  it('.txt keeps markdown-looking characters; .md strips markup', async () => {
    const src = '# Ingrid\n\n**Engineering Manager** at [Northwind](https://example.com)\n\n- Python\n- `C++`\n\n---\n| Title | Dates |\n|---|---|\n| ML Eng | 2019 – 2021 |\n';
    expect(texts(await extractBuffer(utf8(src), 'cv.md'))).toEqual([
      'Ingrid', 'Engineering Manager at Northwind', 'Python', 'C++', 'Title\tDates', 'ML Eng\t2019 – 2021',
    ]);
    expect(texts(await extractBuffer(utf8('# Ingrid\n**bold**'), 'cv.txt'))).toEqual(['# Ingrid', '**bold**']);
  });

  it('.txt: a long line continued in lower case is one line; short lines and capitals keep their breaks', async () => {
    const long = 'Director of machine learning with fifteen years in applied ML and recommender systems,';
    const src = `Connor Walsh\nDirector of ML\n${long}\nnearly nine of them leading teams.\n${long}\nPython, Spark\n`;
    expect(texts(await extractBuffer(utf8(src), 'cv.txt'))).toEqual([
      'Connor Walsh', 'Director of ML', `${long} nearly nine of them leading teams.`, long, 'Python, Spark',
    ]);
  });

  it('.md: a paragraph or list item wrapped in the source is one line; hard breaks and blocks are not joined', async () => {
    const long = 'Engineering manager for ads personalization, with eight years of applied science and';
    const src = `## Summary\n${long}\nlarge-scale distributed systems.\n\n- ${long}\n  ranking.\n- Hired five\n\nHead of Data Science\nada@example.com\n${long}  \nLine two\n| a | b |\n| c | d |\n`;
    expect(texts(await extractBuffer(utf8(src), 'cv.md'))).toEqual([
      'Summary', `${long} large-scale distributed systems.`, `${long} ranking.`, 'Hired five',
      'Head of Data Science', 'ada@example.com', long, 'Line two', 'a\tb', 'c\td',
    ]);
  });
});

describe('stripMarkdownLine', () => {
  it.each([
    ['## Experience', 'Experience'],
    ['* Built *ranking* models', 'Built ranking models'],
    ['1. First', 'First'],
    ['> quoted', 'quoted'],
    ['![photo](me.png) Ingrid', ' Ingrid'],
    ['<ingrid@example.com>', 'ingrid@example.com'],
    // must NOT change
    ['C++ and C#', 'C++ and C#'],
    ['snake_case_name and 2*3*4', 'snake_case_name and 2*3*4'],
    ['2015-2019', '2015-2019'],
  ])('%j → %j', (input, expected) => {
    expect(stripMarkdownLine(input)).toBe(expected);
  });
});
