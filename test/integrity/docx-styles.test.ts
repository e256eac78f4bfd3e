// Case tables for what Word shows of table styles (w:tblStyle and its conditional formats), tracked changes in
// headers, hidden shapes and the page colour behind headers, with the honest look-alikes they must leave alone.
import { describe, expect, it } from 'vitest';
import { bodyCovers } from '../../src/extract/docx/cover.js';
import { cellFormat, readParagraphs, tableLook } from '../../src/extract/docx/hidden.js';
import { paragraphTexts, unshownHeaderFooterParts } from '../../src/extract/docx/parts.js';
import { screenDocx } from '../../src/extract/docx/screen.js';
import { parseStyles, tableStyle } from '../../src/extract/docx/run-props.js';

const NS = 'xmlns:w="w" xmlns:wp="wp" xmlns:v="v" xmlns:a="a" xmlns:wps="wps"';
const styles = (inner: string) => parseStyles(`<w:styles ${NS}>${inner}</w:styles>`);
const tableStyleXml = (id: string, inner: string, basedOn = '') => `<w:style w:type="table" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ''}${inner}</w:style>`;
const para = (t: string, rPr = '') => `<w:p><w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>${t}</w:t></w:r></w:p>`;
/** A table in `style`: `rows` rows of `cols` cells, each cell's text "r<row>c<col>". */
const table = (style: string, rows: number, cols: number, look = '<w:tblLook w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>', cellXml = (r: number, c: number) => para(`r${r}c${c}`)) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="${style}"/>${look}</w:tblPr>${Array.from({ length: rows }, (_, r) => `<w:tr>${Array.from({ length: cols }, (_, c) => `<w:tc>${cellXml(r, c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
/** The hidden reason of each paragraph's first run, by its text. */
const reasons = (xml: string, s = styles(''), page?: string) =>
  Object.fromEntries(readParagraphs(`<w:document ${NS}><w:body>${xml}</w:body></w:document>`, s, 'body', undefined, page).map((p) => [p.runs.map((r) => r.text).join(''), p.runs[0]?.hidden ?? null]));

describe('DOCX table looks (w:tblLook)', () => {
  it.each<[string, string | undefined, Partial<ReturnType<typeof tableLook>>]>([
    ['none: Word’s default 04A0', undefined, { firstRow: true, firstColumn: true, lastRow: false, noVBand: true, noHBand: false }],
    ['attributes', '<w:tblLook w:firstRow="0" w:lastRow="1" w:noHBand="1"/>', { firstRow: false, lastRow: true, noHBand: true }],
    ['the older bit mask (0x0060: first and last row)', '<w:tblLook w:val="0060"/>', { firstRow: true, lastRow: true, firstColumn: false, noVBand: false }],
    ['attributes over the mask', '<w:tblLook w:val="0020" w:firstRow="false"/>', { firstRow: false }],
  ])('%s', (_name, tag, look) => expect(tableLook(tag)).toMatchObject(look));
});

describe('DOCX table-style formats of a cell', () => {
  const s = styles(tableStyleXml('Grid', '<w:rPr><w:color w:val="111111"/></w:rPr><w:tcPr><w:shd w:val="clear" w:fill="EEEEEE"/></w:tcPr>'
    + '<w:tblStylePr w:type="firstRow"><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:fill="1F3864"/></w:tcPr></w:tblStylePr>'
    + '<w:tblStylePr w:type="band2Horz"><w:tcPr><w:shd w:val="clear" w:fill="DDDDDD"/></w:tcPr></w:tblStylePr>'
    + '<w:tblStylePr w:type="lastRow"><w:rPr><w:color w:val="C00000"/></w:rPr></w:tblStylePr>'
    + '<w:tblStylePr w:type="nwCell"><w:tcPr><w:shd w:val="clear" w:fill="000000"/></w:tcPr></w:tblStylePr>'));
  const formats = tableStyle(s, 'Grid');
  const look = tableLook('<w:tblLook w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:noHBand="0" w:noVBand="1"/>');
  it.each<[string, number, number, string | undefined, string | undefined]>([
    ['the header row: white on navy', 0, 1, 'FFFFFF', '1F3864'],
    ['the top-left corner: its own shading over the header row’s', 0, 0, 'FFFFFF', '000000'],
    ['the first body row (band 1): the whole table’s', 1, 1, '111111', 'EEEEEE'],
    ['the second body row (band 2): its band shading', 2, 1, '111111', 'DDDDDD'],
    ['the last row: its colour over the band’s shading', 4, 1, 'C00000', 'EEEEEE'],
  ])('%s', (_name, row, col, colour, fill) => {
    const f = cellFormat(formats ?? new Map(), look, row, col, 5, 3);
    expect([f.props.color, f.fill]).toEqual([colour, fill]);
  });
  it('a derived style (basedOn) keeps its base’s formats and overrides per type', () => {
    const derived = tableStyle(styles(tableStyleXml('Base', '<w:tblStylePr w:type="firstRow"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:tblStylePr>') + tableStyleXml('Mine', '<w:rPr><w:sz w:val="18"/></w:rPr>', 'Base')), 'Mine');
    expect(derived?.get('firstRow')?.props.color).toBe('FFFFFF');
    expect(derived?.get('wholeTable')?.props.size).toBe(18);
  });
  it('a table style’s run properties are not a paragraph style’s', () => {
    expect(styles(tableStyleXml('Ghost', '<w:rPr><w:vanish/></w:rPr>')).byId.get('Ghost')?.props).toEqual({});
  });
});

describe('DOCX text in styled tables: hidden or not', () => {
  const ghost = tableStyleXml('Ghost', '<w:rPr><w:color w:val="FFFFFF"/></w:rPr>');
  const banner = tableStyleXml('Banner', '<w:tblStylePr w:type="firstRow"><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:fill="1F3864"/></w:tcPr></w:tblStylePr>');
  const slate = tableStyleXml('Slate', '<w:tcPr><w:shd w:val="clear" w:fill="404040"/></w:tcPr>');
  it.each<[string, string, string, Record<string, string | null>]>([
    ['white from the table style, on the page', ghost, table('Ghost', 1, 1), { r0c0: 'WHITE_TEXT' }],
    ['white only in the header row (no shading)', tableStyleXml('Plain', '<w:tblStylePr w:type="firstRow"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:tblStylePr>'), table('Plain', 2, 1), { r0c0: 'WHITE_TEXT', r1c0: null }],
    ['trap: white on the dark header row the style shades', banner, table('Banner', 2, 1), { r0c0: null, r1c0: null }],
    ['trap: direct white on the dark shading of the style', slate, table('Slate', 1, 1, undefined, (r, c) => para(`r${r}c${c}`, '<w:color w:val="FFFFFF"/>')), { r0c0: null }],
    ['slate text on the slate shading of the style', slate, table('Slate', 1, 1, undefined, (r, c) => para(`r${r}c${c}`, '<w:color w:val="404040"/>')), { r0c0: 'COLOUR_MATCHES_SHADING' }],
    ['trap: the header format off in the table’s look', banner.replace('1F3864', 'FFFFFF'), table('Banner', 1, 1, '<w:tblLook w:firstRow="0"/>'), { r0c0: null }],
    ['the table’s own shading (w:tblPr w:shd) behind text of its colour', '', '<w:tbl><w:tblPr><w:shd w:val="clear" w:fill="2E7D32"/></w:tblPr><w:tr><w:tc>' + para('x', '<w:color w:val="2E7D32"/>') + '</w:tc></w:tr></w:tbl>', { x: 'COLOUR_MATCHES_SHADING' }],
    ['trap: a nested table’s cell on the outer cell’s dark shading', '', '<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="1F3864"/></w:tcPr><w:tbl><w:tr><w:tc>' + para('x', '<w:color w:val="FFFFFF"/>') + '</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>', { x: null }],
  ])('%s', (_name, styleXml, body, expected) => expect(reasons(body, styles(styleXml))).toEqual(expected));
});

describe('DOCX: Fit Text (w:fitText)', () => {
  it.each<[string, string, string | null]>([
    ['twelve characters fitted into 1 pt', '<w:fitText w:val="20" w:id="1"/>', 'TINY_TEXT'],
    ['fitted into a twentieth of their width', '<w:fitText w:val="60" w:id="1"/>', 'TINY_TEXT'],
    ['trap: fitted into 80 % (a label column)', '<w:fitText w:val="1040" w:id="1"/>', null],
    ['trap: stretched to twice the width', '<w:fitText w:val="1200" w:id="1"/>', null],
  ])('%s', (_name, rPr, reason) => expect(reasons(para('Head of Ads X', rPr))).toEqual({ 'Head of Ads X': reason }));
});

describe('DOCX: the page colour, tracked changes, hidden shapes', () => {
  it.each<[string, string, string | undefined, Record<string, string | null>]>([
    ['navy text on the navy page', para('x', '<w:color w:val="1F3864"/>'), '1F3864', { x: 'COLOUR_MATCHES_SHADING' }],
    ['trap: white text on the navy page', para('x', '<w:color w:val="FFFFFF"/>'), '1F3864', { x: null }],
    ['a text box in a VML shape hidden by its style', '<w:p><w:r><w:pict><v:shape style="width:10pt;visibility:hidden"><v:textbox><w:txbxContent>' + para('x') + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>', undefined, { x: 'SHAPE_HIDDEN', '': null }],
    ['trap: a VML shape whose style only names visibility in another property', '<w:p><w:r><w:pict><v:shape style="width:10pt;mso-visibility-note:hidden"><v:textbox><w:txbxContent>' + para('x') + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>', undefined, { x: null, '': null }],
    ['a DrawingML text box whose docPr is hidden', '<w:p><w:r><w:drawing><wp:anchor><wp:docPr id="1" name="b" hidden="1"/><w:txbxContent>' + para('x') + '</w:txbxContent></wp:anchor></w:drawing></w:r></w:p>', undefined, { x: 'SHAPE_HIDDEN', '': null }],
    ['trap: a shown DrawingML text box after a hidden one', '<w:p><w:r><w:drawing><wp:anchor><wp:docPr id="1" hidden="1"/></wp:anchor></w:drawing></w:r></w:p><w:p><w:r><w:drawing><wp:anchor><wp:docPr id="2"/><w:txbxContent>' + para('x') + '</w:txbxContent></wp:anchor></w:drawing></w:r></w:p>', undefined, { x: null, '': null }],
    ['a tracked deletion is not read', '<w:p><w:del w:id="1"><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>gone</w:t></w:r></w:del><w:r><w:t>x</w:t></w:r></w:p>', undefined, { x: null }],
  ])('%s', (_name, body, page, expected) => expect(reasons(body, styles(''), page)).toEqual(expected));

  it.each<[string, string, string[]]>([
    ['moved-from text', '<w:p><w:moveFrom w:id="1"><w:r><w:t>Moved away</w:t></w:r></w:moveFrom><w:r><w:t>Kept</w:t></w:r></w:p>', ['Kept']],
    ['a deletion written with w:t', '<w:p><w:del w:id="1" w:author="A"><w:r><w:t>Deleted</w:t></w:r></w:del></w:p><w:p><w:r><w:t>Kept</w:t></w:r></w:p>', ['Kept']],
    ['trap: a deleted paragraph mark (self-closing w:del) keeps the text after it', '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t>Kept</w:t></w:r></w:p><w:p><w:r><w:t>Next</w:t></w:r></w:p>', ['Kept', 'Next']],
  ])('header text: %s', (_name, xml, lines) => expect(paragraphTexts(xml)).toEqual(lines));
});

describe('DOCX: body text under a picture placed in front of it', () => {
  const anchor = (opts: { cx?: number; cy?: number; x?: number; y?: number; wrap?: string; behind?: string; h?: string; v?: string; fill?: string } = {}) =>
    `<wp:anchor behindDoc="${opts.behind ?? '0'}" relativeHeight="3" simplePos="0"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="${opts.h ?? 'column'}"><wp:posOffset>${opts.x ?? 0}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="${opts.v ?? 'paragraph'}"><wp:posOffset>${opts.y ?? 0}</wp:posOffset></wp:positionV><wp:extent cx="${opts.cx ?? 5_715_000}" cy="${opts.cy ?? 787_400}"/>${opts.wrap ?? '<wp:wrapNone/>'}${opts.fill ? `<wps:wsp><wps:spPr><a:solidFill><a:srgbClr val="${opts.fill}"/></a:solidFill></wps:spPr></wps:wsp>` : '<a:blip/>'}</wp:anchor>`;
  it.each<[string, string, number]>([
    ['a full-width picture in front, no wrap', anchor(), 1],
    ['a white rectangle in front', anchor({ fill: 'FFFFFF' }), 1],
    ['placed from the page, spanning the column', anchor({ h: 'page', cx: 7_772_400 }), 1],
    ['trap: a photo over a fifth of the column', anchor({ cx: 1_143_000, x: 4_572_000 }), 0],
    ['trap: behind the text', anchor({ behind: '1' }), 0],
    ['trap: text wraps around it (top and bottom)', anchor({ wrap: '<wp:wrapTopAndBottom/>' }), 0],
    ['trap: placed from the page vertically (where the paragraph falls is not known)', anchor({ v: 'page' }), 0],
    ['trap: a text box (text of its own)', anchor().replace('<a:blip/>', '<a:blip/><w:txbxContent></w:txbxContent>'), 0],
  ])('%s', (_name, xml, n) => expect(bodyCovers(`<w:p>${xml}</w:p>`, [72, 540])).toHaveLength(n));

  const doc = (cover: string, paras: string[]) => `<w:p><w:r><w:t>Before</w:t></w:r></w:p><w:p>${cover}<w:r><w:t>${paras[0] ?? ''}</w:t></w:r></w:p>${paras.slice(1).map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('')}`;
  it.each<[string, string, Record<string, string | null>]>([
    // 10 pt text on a Letter page: a line is ~11.7 pt; a 62 pt picture holds five one-line paragraphs.
    ['five lines under a 62 pt picture, the sixth below it', doc(anchor(), ['one', 'two', 'three', 'four', 'five', 'six', 'seven']), { Before: null, one: 'COVERED', two: 'COVERED', three: 'COVERED', four: 'COVERED', five: 'COVERED', six: null, seven: null }],
    ['a picture moved down a line from its paragraph', doc(anchor({ y: 148_590, cy: 297_180 }), ['one', 'two', 'three', 'four']), { Before: null, one: null, two: 'COVERED', three: 'COVERED', four: null }],
    ['trap: a 2 pt divider line in front', doc(anchor({ cy: 25_400 }), ['one', 'two']), { Before: null, one: null, two: null }],
  ])('%s', (_name, body, expected) => expect(reasons(body)).toEqual(expected));
});

describe('DOCX: reading what Word shows stays linear on hostile parts', () => {
  // Each took 2–505 s before: a backwards search from every text box, a forward search for every unclosed block,
  // every Fallback run searched through the whole Choice.
  const lastRowStyle = styles(tableStyleXml('X', '<w:tblStylePr w:type="lastRow"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:tblStylePr>'));
  it.each<[string, string, ReturnType<typeof styles>]>([
    ['20,000 VML text boxes', `<w:body>${'<w:p><w:r><w:pict><v:shape style="width:10pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>x</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'.repeat(20_000)}</w:body>`, styles('')],
    ['50,000 run properties never closed', `<w:body><w:p><w:r>${'<w:rPr><w:t>x</w:t>'.repeat(50_000)}</w:r></w:p></w:body>`, styles('')],
    ['a Fallback of 20,000 runs the Choice does not hold', `<w:body><w:p><w:r><mc:AlternateContent><mc:Choice>${'<w:t>abcdefghij</w:t>'.repeat(20_000)}</mc:Choice><mc:Fallback>${'<w:p><w:r><w:t>zzz</w:t></w:r></w:p>'.repeat(20_000)}</mc:Fallback></mc:AlternateContent></w:r></w:p></w:body>`, styles('')],
    ['a Fallback of 20,000 runs repeating the Choice', `<w:body><w:p><w:r><mc:AlternateContent><mc:Choice>${Array.from({ length: 20_000 }, (_, i) => `<w:t>w${i}x</w:t>`).join('')}</mc:Choice><mc:Fallback>${Array.from({ length: 20_000 }, (_, i) => `<w:p><w:r><w:t>w${i}x</w:t></w:r></w:p>`).join('')}</mc:Fallback></mc:AlternateContent></w:r></w:p></w:body>`, styles('')],
    ['2,000 nested tables in a last-row style', `<w:body>${'<w:tbl><w:tblPr><w:tblStyle w:val="X"/></w:tblPr><w:tr><w:tc>'.repeat(2_000)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(2_000)}</w:body>`, lastRowStyle],
  ])('%s', (_name, xml, s) => {
    const t = performance.now();
    readParagraphs(xml, s, 'body');
    expect(performance.now() - t).toBeLessThan(3000);
  });
  it('a Fallback run repeating the Choice is seen, one the Choice lacks is not', () => {
    const xml = `<w:body><w:p><w:r><mc:AlternateContent><mc:Choice><w:t>alpha beta</w:t><w:t>gamma</w:t></mc:Choice><mc:Fallback><w:p><w:r><w:t>gamma</w:t></w:r></w:p><w:p><w:r><w:t>alpha beta</w:t></w:r></w:p><w:p><w:r><w:t>delta</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:r></w:p></w:body>`;
    expect(Object.fromEntries(readParagraphs(xml, styles(''), 'body').filter((p) => p.runs.length).map((p) => [p.runs[0]?.text, p.runs[0]?.hidden ?? null]))).toEqual({ gamma: null, 'alpha beta': null, delta: 'ALTERNATE_CONTENT_FALLBACK' });
  });
});

describe('DOCX: hidden runs cut out of mammoth’s lines', () => {
  const white = (t: string) => `<w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>${t}</w:t></w:r></w:p>`;
  const doc = (paras: string[]) => new Map([['word/document.xml', `<w:document><w:body>${paras.join('')}</w:body></w:document>`]]);
  it('a hidden paragraph mammoth placed before the last cut (wrapping back) is still cut', () => {
    const r = screenDocx(doc([white('second secret'), white('first secret')]), [], ['first secret', 'Visible', 'second secret']);
    expect(r.lines).toEqual(['Visible']);
    expect(r.hidden.map((h) => h.text)).toEqual(['second secret', 'first secret']);
  });
  it('10,000 hidden paragraphs found in none of 10,000 lines (16 s before)', () => {
    const N = 10_000;
    const t = performance.now();
    const r = screenDocx(doc(Array.from({ length: N }, (_, i) => white(`hidden ${i} words`))), [], Array.from({ length: N }, (_, i) => `visible line ${i} of the body`));
    expect(performance.now() - t).toBeLessThan(4000);
    expect(r.lines).toHaveLength(N);
  });
});

describe('DOCX: pattern shading, symbol fonts, exact heights', () => {
  const shaded = (shd: string, rPr: string) => `<w:p><w:pPr><w:shd ${shd}/></w:pPr><w:r><w:rPr>${rPr}</w:rPr><w:t>Head of Ads X</w:t></w:r></w:p>`;
  const row = (trPr: string, rPr = '') => `<w:tbl><w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}<w:tc>${para('Head of Ads X', rPr)}</w:tc></w:tr><w:tr><w:tc>${para('next row')}</w:tc></w:tr></w:tbl>`;
  const spaced = (spacing: string) => `<w:p><w:pPr><w:spacing ${spacing}/></w:pPr><w:r><w:t>Head of Ads X</w:t></w:r></w:p>`;
  it.each<[string, string, Record<string, string | null>]>([
    // Borders and Shading ▸ Patterns: a solid pattern paints its pattern colour (w:color), not the fill.
    ['navy text on a solid navy pattern over a white fill', shaded('w:val="solid" w:color="1F3864" w:fill="FFFFFF"', '<w:color w:val="1F3864"/>'), { 'Head of Ads X': 'COLOUR_MATCHES_SHADING' }],
    ['black text on a solid automatic (black) pattern', shaded('w:val="solid" w:color="auto" w:fill="auto"', '<w:color w:val="000000"/>'), { 'Head of Ads X': 'COLOUR_MATCHES_SHADING' }],
    ['black text on a 95 % black pattern', shaded('w:val="pct95" w:color="000000" w:fill="FFFFFF"', '<w:color w:val="000000"/>'), { 'Head of Ads X': 'COLOUR_MATCHES_SHADING' }],
    ['white text on a 5 % pattern (nearly white)', shaded('w:val="pct5" w:color="000000" w:fill="FFFFFF"', '<w:color w:val="FFFFFF"/>'), { 'Head of Ads X': 'WHITE_TEXT' }],
    ['trap: white text on a solid navy pattern', shaded('w:val="solid" w:color="1F3864" w:fill="FFFFFF"', '<w:color w:val="FFFFFF"/>'), { 'Head of Ads X': null }],
    ['trap: automatic text on a 90 % black pattern (Word turns it white)', shaded('w:val="pct90" w:color="000000" w:fill="FFFFFF"', '<w:color w:val="auto"/>'), { 'Head of Ads X': null }],
    ['trap: navy text on a clear shading whose pattern colour is navy (clear paints the fill)', shaded('w:val="clear" w:color="1F3864" w:fill="FFFFFF"', '<w:color w:val="1F3864"/>'), { 'Head of Ads X': null }],
    ['trap: black text on a 10 % grey pattern', shaded('w:val="pct10" w:color="000000" w:fill="FFFFFF"', '<w:color w:val="000000"/>'), { 'Head of Ads X': null }],
    // Latin words in a symbol font show as symbols (Wingdings) or Greek (Symbol).
    ['words in Wingdings', para('Head of Ads X', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'), { 'Head of Ads X': 'SYMBOL_FONT' }],
    ['words in Symbol (hAnsi only)', para('Head of Ads X', '<w:rFonts w:hAnsi="Symbol"/>'), { 'Head of Ads X': 'SYMBOL_FONT' }],
    ['words in Webdings', para('Head of Ads X', '<w:rFonts w:ascii="webdings"/>'), { 'Head of Ads X': 'SYMBOL_FONT' }],
    ['trap: a Wingdings bullet character', para('l', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'), { l: null }],
    ['trap: a Wingdings arrow and a digit', para('Ø 1', '<w:rFonts w:ascii="Wingdings"/>'), { 'Ø 1': null }],
    ['trap: words in Segoe UI Symbol (a text font with symbols added)', para('Head of Ads X', '<w:rFonts w:ascii="Segoe UI Symbol"/>'), { 'Head of Ads X': null }],
    // A row held at an exact height, or lines at exact spacing, too low for a line: Word cuts the text off.
    ['a table row exactly 1 pt high', row('<w:trHeight w:val="20" w:hRule="exact"/>'), { 'Head of Ads X': 'CLIPPED', 'next row': null }],
    ['trap: a row exactly 14 pt high', row('<w:trHeight w:val="280" w:hRule="exact"/>'), { 'Head of Ads X': null, 'next row': null }],
    ['trap: a row at least 1 pt high (it grows)', row('<w:trHeight w:val="20" w:hRule="atLeast"/>'), { 'Head of Ads X': null, 'next row': null }],
    ['trap: a row of exact height 0 (no height set)', row('<w:trHeight w:val="0" w:hRule="exact"/>'), { 'Head of Ads X': null, 'next row': null }],
    ['lines at exactly 1 pt spacing', spaced('w:line="20" w:lineRule="exact"'), { 'Head of Ads X': 'CLIPPED' }],
    ['trap: lines at exactly 12 pt', spaced('w:line="240" w:lineRule="exact"'), { 'Head of Ads X': null }],
    ['trap: lines at auto spacing 20/240 (a twelfth of single: tight, still drawn whole)', spaced('w:line="20" w:lineRule="auto"'), { 'Head of Ads X': null }],
  ])('%s', (_name, body, expected) => expect(reasons(body)).toEqual(expected));
});

describe('DOCX: which headers and footers Word never shows', () => {
  const rels = '<Relationships><Relationship Id="rId1" Type="x/header" Target="header1.xml"/><Relationship Id="rId2" Type="x/header" Target="header2.xml"/><Relationship Id="rId3" Type="x/footer" Target="/word/footer1.xml"/></Relationships>';
  const doc = (sect: string) => `<w:document><w:body><w:p/><w:sectPr>${sect}</w:sectPr></w:body></w:document>`;
  const unshown = (sect: string, settings = '', withRels = true) => {
    const parts = new Map([['word/document.xml', doc(sect)], ['word/settings.xml', `<w:settings>${settings}</w:settings>`]]);
    if (withRels) parts.set('word/_rels/document.xml.rels', rels);
    return [...unshownHeaderFooterParts(parts)].sort();
  };
  it.each<[string, string, string, string[]]>([
    ['a first-page header left after "Different First Page" was unticked', '<w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="first" r:id="rId2"/>', '', ['word/header2.xml']],
    ['a first page turned off by w:val="0"', '<w:headerReference w:type="first" r:id="rId2"/><w:titlePg w:val="0"/>', '', ['word/header2.xml']],
    ['an even-page footer without different odd and even pages', '<w:footerReference w:type="even" r:id="rId3"/>', '', ['word/footer1.xml']],
    ['trap: the default header and footer', '<w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId3"/>', '', []],
    ['trap: a first-page header with a different first page', '<w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="first" r:id="rId2"/><w:titlePg/>', '', []],
    ['trap: an even-page header with different odd and even pages', '<w:headerReference w:type="even" r:id="rId2"/>', '<w:evenAndOddHeaders/>', []],
    ['trap: one part both the default and the first-page header', '<w:headerReference w:type="default" r:id="rId2"/><w:headerReference w:type="first" r:id="rId2"/>', '', []],
    ['trap: a part no section references (taken as shown)', '<w:headerReference w:type="default" r:id="rId1"/>', '', []],
    ['trap: no relationships part', '<w:headerReference w:type="first" r:id="rId2"/>', '', []],
  ])('%s', (name, sect, settings, expected) => expect(unshown(sect, settings, !name.includes('no relationships'))).toEqual(expected));

  it('the text of a header Word never shows is hidden, the shown one is read', () => {
    const hdr = (t: string) => `<w:hdr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:hdr>`;
    const parts = new Map([
      ['word/document.xml', doc('<w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="first" r:id="rId2"/>')],
      ['word/_rels/document.xml.rels', rels],
      ['word/header1.xml', hdr('Sam Okafor, Backend Engineer')],
      ['word/header2.xml', hdr('Head of Ads Ranking')],
    ]);
    const r = screenDocx(parts, ['Sam Okafor, Backend Engineer', 'Head of Ads Ranking'], ['Body line']);
    expect(r.lines).toEqual(['Sam Okafor, Backend Engineer', 'Body line']);
    expect(r.hidden).toEqual([{ text: 'Head of Ads Ranking', reason: 'HEADER_FOOTER_NOT_SHOWN', channel: 'header' }]);
  });
});

describe('DOCX: Word 2010 text effects (w14:textFill, w14:textOutline)', () => {
  const fill = (inner: string, outline = '') => `<w14:textFill>${inner}</w14:textFill>${outline}`;
  const solid = (hex: string, alpha?: number) => `<w14:solidFill><w14:srgbClr w14:val="${hex}">${alpha === undefined ? '' : `<w14:alpha w14:val="${alpha}"/>`}</w14:srgbClr></w14:solidFill>`;
  it.each<[string, string, string | null]>([
    ['text fill: No fill', fill('<w14:noFill/>'), 'TRANSPARENT_TEXT'],
    ['a black text fill at 100 % transparency', fill(solid('000000', 100000)), 'TRANSPARENT_TEXT'],
    ['a black text fill at 95 % transparency', fill(solid('000000', 95000)), 'TRANSPARENT_TEXT'],
    ['a grey text fill faded to nothing (80 % transparency)', fill(solid('C0C0C0', 80000)), 'TRANSPARENT_TEXT'],
    ['a white solid text fill over a black w:color', `<w:color w:val="000000"/>${fill(solid('FFFFFF'))}`, 'WHITE_TEXT'],
    ['trap: a navy solid text fill', fill(solid('1F3864')), null],
    ['trap: black at 40 % transparency', fill(solid('000000', 40000)), null],
    ['trap: No fill with a visible outline (outlined letters)', fill('<w14:noFill/>', `<w14:textOutline w14:w="9525"><w14:solidFill><w14:srgbClr w14:val="1F3864"/></w14:solidFill></w14:textOutline>`), null],
    ['No fill, the outline itself 100 % transparent', fill('<w14:noFill/>', `<w14:textOutline w14:w="9525"><w14:solidFill><w14:srgbClr w14:val="1F3864"><w14:alpha w14:val="100000"/></w14:srgbClr></w14:solidFill></w14:textOutline>`), 'TRANSPARENT_TEXT'],
  ])('%s', (_name, rPr, reason) => expect(reasons(para('Head of Ads X', rPr))).toEqual({ 'Head of Ads X': reason }));
});
