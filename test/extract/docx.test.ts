// DOCX: paragraphs, soft line breaks and table cells stay apart; headers/footers once; images never read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../src/extract/docx/html-lines.js';
import { extractBuffer } from '../../src/extract/index.js';
import { heading, linkedImage, makeDocx, para, table, texts } from './build.js';

describe('DOCX body', () => {
  it('soft line breaks and paragraphs are separate lines (no "Acme CorpJan 2022")', async () => {
    const docx = makeDocx([heading('Experience'), para('Staff Engineer'), para('Acme Corp', 'Jan 2022 – Present'), para('• Led the search team')]);
    expect(texts(await extractBuffer(docx, 'cv.docx'))).toEqual(['Experience', 'Staff Engineer', 'Acme Corp', 'Jan 2022 – Present', 'Led the search team']);
  });

  it('table rows become visual rows: the i-th paragraphs of the cells side by side, joined by tabs', async () => {
    const docx = makeDocx([
      table([
        ['Staff Engineer', 'Acme Corp', 'Jan 2022 – Present'],
        ['Senior Engineer', 'Globex', '2019 – 2021'],
      ]),
      table([[['Python', 'Go'], 'Kubernetes']]),
    ]);
    expect(texts(await extractBuffer(docx, 'table.docx'))).toEqual([
      'Staff Engineer\tAcme Corp\tJan 2022 – Present',
      'Senior Engineer\tGlobex\t2019 – 2021',
      'Python\tKubernetes',
      'Go',
    ]);
  });

  it('header and footer text appears once, at the top; page-number footers are dropped', async () => {
    const docx = makeDocx([para('Body text')], { header: ['Ingrid Ødegård — CV', 'Ingrid Ødegård — CV'], footer: ['Confidential', '2', 'Page  of ', 'Page 1 of 2'] });
    expect(texts(await extractBuffer(docx, 'hf.docx'))).toEqual(['Ingrid Ødegård — CV', 'Confidential', 'Body text']);
  });

  it('core properties become metadata', async () => {
    const docx = makeDocx([para('Body')], { title: 'CV – Ingrid', created: '2024-01-15T10:30:00Z' });
    expect((await extractBuffer(docx, 'meta.docx')).meta).toEqual({ title: 'CV – Ingrid', created: '2024-01-15T10:30:00.000Z' });
  });

  it('an image linked to a local file (r:link) is never read', async () => {
    const secret = readFileSync('/etc/hostname', 'utf8').trim();
    const rels = '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/hostname" TargetMode="External"/>';
    const doc = await extractBuffer(makeDocx([para('Before'), linkedImage('rIdImg'), para('After')], { rels }), 'img.docx');
    expect(texts(doc)).toEqual(['Before', 'After']);
    expect(JSON.stringify(doc)).not.toContain(Buffer.from(secret).toString('base64').slice(0, 8));
  });
});

describe('htmlToLines', () => {
  it.each<[string, string[]]>([
    ['<p>a</p><p>b</p>', ['a', 'b']],
    ['<p>a<br />b</p>', ['a', 'b']],
    // list items start with the bullet Word draws (normalisation takes it off and marks the line a list item)
    ['<h1>Skills</h1><ul><li>Python</li><li>Go<ul><li>gRPC</li></ul></li></ul>', ['Skills', '• Python', '• Go', '• gRPC']],
    ['<ol><li>Led the team</li><li>Shipped <strong>v2</strong></li></ol>', ['• Led the team', '• Shipped v2']],
    // only an item's first line has the mark; a mark typed by hand is not doubled
    ['<ul><li>Built the feed<br />and its ranking</li><li>– Cut costs</li><li>2. Grew revenue</li></ul>', ['• Built the feed', 'and its ranking', '– Cut costs', '2. Grew revenue']],
    ['<p>Not an item</p><ul><li></li></ul><p>Still not</p>', ['Not an item', 'Still not']],
    ['<p><strong>Acme</strong> Corp &amp; Sons</p>', ['Acme Corp & Sons']],
    ['<p>x<img src="" /></p><p></p>', ['x']],
    ['<table><tr><td><p>a</p></td><td><p>b</p></td></tr></table>', ['a\tb']],
    ['<table><tr><td><p>a</p><p>a2</p></td><td><p>b</p></td></tr></table>', ['a\tb', 'a2']],
    ['<table><tr><td><p>2019</p></td><td><p>Title</p><p>Org</p><p>Bullet</p></td></tr></table>', ['2019\tTitle', 'Org', 'Bullet']],
    // a sidebar template: two tall cells are columns, never interleaved
    ['<table><tr><td><p>Skills</p><p>Python</p><p>Go</p><p>SQL</p></td><td><p>Experience</p><p>Title</p><p>Org</p><p>Bullet</p></td></tr></table>',
      ['Skills', 'Python', 'Go', 'SQL', 'Experience', 'Title', 'Org', 'Bullet']],
    ['<table><tr><td><table><tr><td><p>x</p></td><td><p>y</p></td></tr></table></td><td><p>z</p></td></tr></table>', ['x\ty', 'z']],
    ['<p>C++ &lt;3 &#x263A; &#8364;</p>', ['C++ <3 ☺ €']],
  ])('%s', (html, lines) => {
    expect(htmlToLines(html)).toEqual(lines);
  });
});

describe('DOCX tables read as a reader reads them', () => {
  it.each<[string, string, string[]]>([
    ['a range split in its cell is joined with a space',
      '<table><tr><td><p>Jan 2021 –</p><p>Present</p></td><td><p>Engineering Manager</p><p>Acme Corp</p></td></tr></table>',
      ['Jan 2021 – Present\tEngineering Manager', 'Acme Corp']],
    ['… also when the end is a date',
      '<table><tr><td><p>Mar 2018 -</p><p>Dec 2020</p></td><td><p>Engineer</p></td></tr></table>', ['Mar 2018 - Dec 2020\tEngineer']],
    ['trap: a closed range stays apart from the next line',
      '<table><tr><td><p>2018 – 2020</p><p>Berlin</p></td><td><p>Engineer</p></td></tr></table>', ['2018 – 2020\tEngineer', 'Berlin']],
    ['trap: a dash that ends a phrase is not a range',
      '<table><tr><td><p>Acme –</p><p>Berlin</p></td><td><p>x</p></td></tr></table>', ['Acme –\tx', 'Berlin']],
    ['a first column of section labels: each label is a line before its content',
      '<table><tr><td><p>Profile</p></td><td><p>Engineer who ships.</p></td></tr><tr><td><p>Experience</p></td><td><p>Staff Engineer, Acme</p><p>2020 – Present</p></td></tr><tr><td></td><td><p>Engineer, Globex</p></td></tr><tr><td><p>Skills</p></td><td><p>Go, SQL</p></td></tr></table>',
      ['Profile', 'Engineer who ships.', 'Experience', 'Staff Engineer, Acme', '2020 – Present', 'Engineer, Globex', 'Skills', 'Go, SQL']],
    ['trap: a dates column is no label column',
      '<table><tr><td><p>2019 – 2021</p></td><td><p>Engineer</p></td></tr><tr><td><p>2016 – 2019</p></td><td><p>Analyst</p></td></tr></table>',
      ['2019 – 2021\tEngineer', '2016 – 2019\tAnalyst']],
    ['trap: a three-column table is laid out row by row',
      '<table><tr><td><p>Acme</p></td><td><p>Engineer</p></td><td><p>2020</p></td></tr><tr><td><p>Globex</p></td><td><p>Analyst</p></td><td><p>2018</p></td></tr></table>',
      ['Acme\tEngineer\t2020', 'Globex\tAnalyst\t2018']],
    ['trap: one labelled row is not a label table',
      '<table><tr><td><p>Skills</p></td><td><p>Go, SQL</p></td></tr></table>', ['Skills\tGo, SQL']],
  ])('%s', (_name, html, lines) => {
    expect(htmlToLines(html)).toEqual(lines);
  });
});
