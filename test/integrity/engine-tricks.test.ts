// Case tables for the heuristics the real-engine red-team round added (fixtures/redteam): gradients behind text,
// glyphs squeezed onto each other, TikZ rectangles, DOCX theme colours and text boxes under pictures, keyword dumps
// and pasted lines, "Present" jobs stated longer than they ran. Each with the honest look-alikes it must leave alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { backdropAt, coverAnchors, coveredAt } from '../../src/extract/docx/cover.js';
import { hiddenReason, readParagraphs } from '../../src/extract/docx/hidden.js';
import { parseRunProps, parseStyles, parseTheme, shadingFill, themeColour } from '../../src/extract/docx/run-props.js';
import { geometry } from '../../src/extract/pdf/visibility-geometry.js';
import { blendedColour, collectRuns, inkReason, judgeRuns, patternColourAt, type OperatorList, type Paint, type Run } from '../../src/extract/pdf/visibility.js';
import { buildProfile } from '../../src/profile/index.js';
import { loadRubric, type Rubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import type { Diagnostic } from '../../src/types.js';
import { AS_OF, docOf } from '../profile/helpers.js';

const PAGE = [0, 0, 612, 792] as const;

describe('PDF: the colour of a gradient under text', () => {
  // An axial gradient from x = 0 (navy) to x = 100 (white), in page space.
  const axial = (stops: Array<[number, string]>, matrix: readonly [number, number, number, number, number, number] = [1, 0, 0, 1, 0, 0]) => ({
    id: 'p', matrix, ir: ['RadialAxial', 'axial', null, stops, [0, 0], [100, 0], null, null],
  });
  it.each<[string, ReturnType<typeof axial>, readonly [number, number, number, number], string]>([
    ['the start of the axis', axial([[0, '#1f3864'], [1, '#ffffff']]), [-1, 0, 1, 10], '1F3864'],
    ['the end of the axis', axial([[0, '#1f3864'], [1, '#ffffff']]), [99, 0, 101, 10], 'FFFFFF'],
    ['past the end (extended)', axial([[0, '#1f3864'], [1, '#ffffff']]), [300, 0, 310, 10], 'FFFFFF'],
    ['halfway', axial([[0, '#000000'], [1, '#ffffff']]), [45, 0, 55, 10], '808080'],
    ['between the middle stops', axial([[0, '#000000'], [0.5, '#000000'], [1, '#ffffff']]), [70, 0, 80, 10], '808080'],
    ['through the pattern matrix (scaled by 2)', axial([[0, '#000000'], [1, '#ffffff']], [2, 0, 0, 2, 0, 0]), [95, 0, 105, 10], '808080'],
  ])('axial: %s', (_name, pattern, box, colour) => expect(patternColourAt(pattern, box)).toBe(colour));
  it('radial: the mean of its stops', () => {
    expect(patternColourAt({ id: 'p', matrix: [1, 0, 0, 1, 0, 0], ir: ['RadialAxial', 'radial', null, [[0, '#000000'], [1, '#ffffff']], [0, 0], [0, 0], 0, 50] }, [0, 0, 1, 1])).toBe('808080');
  });
  it.each<[string, unknown]>([
    ['a see-through stop (no Extend)', ['RadialAxial', 'axial', null, [[0, 'transparent'], [0.01, '#000000'], [1, '#ffffff']], [0, 0], [100, 0], null, null]],
    ['a mesh shading', ['Mesh', 4, [], [], [], []]],
    ['not read', undefined],
    ['no stops', ['RadialAxial', 'axial', null, [], [0, 0], [100, 0], null, null]],
  ])('%s gives no colour', (_name, ir) => expect(patternColourAt({ id: 'p', matrix: [1, 0, 0, 1, 0, 0], ir }, [0, 0, 10, 10])).toBeUndefined());

  const run = (color: string): Run => ({ text: 'payload', box: [10, 10, 90, 20], x: 10, y: 12, order: 5, inks: [{ color, alpha: 1 }] });
  const gradient = (stops: Array<[number, string]>): Paint => ({ box: [0, 0, 200, 100], order: 1, color: undefined, pattern: { id: 'p', matrix: [1, 0, 0, 1, 0, 0], ir: ['RadialAxial', 'axial', null, stops, [0, 0], [200, 0], null, null] } });
  it.each<[string, string, Paint[], string | undefined]>([
    ['navy text on a navy gradient', '213B6A', [gradient([[0, '#1f3864'], [1, '#243f70']])], 'COLOUR_MATCHES_SHADING'],
    ['trap: white text on a navy-to-blue gradient banner', 'FFFFFF', [gradient([[0, '#1f3864'], [1, '#2e75b6']])], undefined],
    ['trap: black text on a pale gradient', '000000', [gradient([[0, '#f0f4fa'], [1, '#ffffff']])], undefined],
    ['trap: white text on a paint of unknown colour (a pattern not read) is not read as white on the page', 'FFFFFF', [{ box: [0, 0, 200, 100], order: 1, color: undefined }], undefined],
    ['white text on the page (no paint)', 'FFFFFF', [], 'WHITE_TEXT'],
  ])('%s', (_name, colour, paints, reason) => {
    const r = run(colour);
    judgeRuns([r], paints);
    expect(r.reason).toBe(reason);
  });
});

describe('PDF: text blended into the page (CSS mix-blend-mode, a BM in the graphics state or on its group)', () => {
  it.each<[string, string, string, string, string | undefined]>([
    ['screen, black on white', 'screen', '000000', 'FFFFFF', 'FFFFFF'],
    ['multiply, black on white', 'multiply', '000000', 'FFFFFF', '000000'],
    ['darken, white on navy', 'darken', 'FFFFFF', '1F3864', '1F3864'],
    ['difference, white on white', 'difference', 'FFFFFF', 'FFFFFF', '000000'],
    ['soft light, black on white', 'soft-light', '000000', 'FFFFFF', 'FFFFFF'],
    ['soft light, black on mid grey', 'soft-light', '000000', '808080', '404040'],
    ['luminosity, black on white (the source’s lightness: black)', 'luminosity', '000000', 'FFFFFF', '000000'],
    ['colour, black on white (the backdrop’s lightness: white)', 'color', '000000', 'FFFFFF', 'FFFFFF'],
    ['hue, navy on white', 'hue', '1F3864', 'FFFFFF', 'FFFFFF'],
    ['saturation, red on grey', 'saturation', 'FF0000', '808080', '808080'],
    ['colour, white on navy (takes the navy’s lightness)', 'color', 'FFFFFF', '1F3864', '353535'],
    ['an unknown mode (not judged)', 'plus-lighter', '000000', 'FFFFFF', undefined],
  ])('%s', (_name, mode, colour, backdrop, shown) => expect(blendedColour(mode, colour, backdrop)).toBe(shown));
  it.each<[string, string, string, string | undefined, string | undefined]>([
    ['black screened onto white', 'screen', '000000', undefined, 'BLEND_MODE'],
    ['white multiplied onto white', 'multiply', 'FFFFFF', undefined, 'WHITE_TEXT'],
    ['navy lightened onto white', 'lighten', '1F3864', undefined, 'BLEND_MODE'],
    ['trap: dark text multiplied onto a pale panel (a designer look)', 'multiply', '222222', 'EEF2F8', undefined],
    ['trap: white text screened onto navy', 'screen', 'FFFFFF', '1F3864', undefined],
    ['black soft-lit onto white', 'soft-light', '000000', undefined, 'BLEND_MODE'],
    ['black coloured onto white (mix-blend-mode: color)', 'color', '000000', undefined, 'BLEND_MODE'],
    ['navy hue onto white', 'hue', '1F3864', undefined, 'BLEND_MODE'],
    ['trap: black with luminosity onto white', 'luminosity', '000000', undefined, undefined],
    ['trap: white with luminosity onto navy', 'luminosity', 'FFFFFF', '1F3864', undefined],
    ['trap: a mode not judged', 'plus-lighter', 'FFFFFF', undefined, undefined],
  ])('%s', (_name, blend, color, under, reason) => expect(inkReason([{ color, alpha: 1, blend }], under)).toBe(reason));
});

describe('PDF: glyphs squeezed onto each other (negative letter-spacing)', () => {
  // pdf.js OPS: beginText 31, setCharSpacing 33, setFont 37, moveText 40, setTextMatrix 42, showText 44.
  const glyphs = (text: string) => [...text].map((unicode) => ({ unicode, width: 600, isSpace: unicode === ' ' }));
  const ops = (steps: Array<[number, unknown[]]>): OperatorList => ({ fnArray: steps.map((s) => s[0]), argsArray: steps.map((s) => s[1]) });
  /** One glyph per showText, each moved on by `step` points (Chromium's letter-spaced lines), at 10 pt. */
  const perGlyph = (text: string, step: number) =>
    ops([[31, []], [37, ['F', 10]], [42, [[1, 0, 0, 1, 72, 700]]], ...[...text].flatMap((c, i): Array<[number, unknown[]]> => [...(i ? [[40, [step, 0]] as [number, unknown[]]] : []), [44, [glyphs(c)]]])]);
  const reasons = (list: OperatorList) => collectRuns(list, PAGE).runs.map((r) => r.reason);
  it('a line drawn glyph by glyph, each 0.3 pt after the last (6 pt wide glyphs) → TINY_TEXT', () => {
    expect(reasons(perGlyph('Recommender', 0.3)).every((r) => r === 'TINY_TEXT')).toBe(true);
  });
  it('glyph by glyph, each 2.5 pt on (6 pt wide: overlapping by more than half) → TINY_TEXT', () => {
    expect(reasons(perGlyph('Managed', 2.5)).every((r) => r === 'TINY_TEXT')).toBe(true);
  });
  it('glyph by glyph, narrow glyphs stepping back (−2 pt) among the rest → TINY_TEXT', () => {
    expect(reasons(perGlyph('illicit', -2)).every((r) => r === 'TINY_TEXT')).toBe(true);
  });
  it('one run with Tc −5.5 pt at 10 pt (advance 0.5 of 6 pt) → TINY_TEXT', () => {
    expect(reasons(ops([[31, []], [37, ['F', 10]], [33, [-5.5]], [42, [[1, 0, 0, 1, 72, 700]]], [44, [glyphs('Recommender')]]]))).toEqual(['TINY_TEXT']);
  });
  it.each<[string, OperatorList]>([
    ['glyph by glyph at their own width (a letter-spaced heading)', perGlyph('Experience', 7)],
    ['glyph by glyph, tightly kerned (−0.4 pt)', perGlyph('Experience', 5.6)],
    ['glyph by glyph at letter-spacing −0.1em (−1 pt of 6)', perGlyph('Experience', 5)],
    ['a right-floated date drawn before its title on the same baseline (a jump back of many ems)', ops([[31, []], [37, ['F', 10]], [42, [[1, 0, 0, 1, 480, 700]]], [44, [glyphs('2019')]], [42, [[1, 0, 0, 1, 72, 700]]], [44, [glyphs('Engineer')]], [40, [50, 0]], [44, [glyphs('Acme')]], [40, [26, 0]], [44, [glyphs('Ltd')]]])],
    ['a fake-bold double print (the same run twice, 0.3 pt apart)', ops([[31, []], [37, ['F', 10]], [42, [[1, 0, 0, 1, 72, 700]]], [44, [glyphs('Skills')]], [42, [[1, 0, 0, 1, 72.3, 700]]], [44, [glyphs('Skills')]]])],
    ['a letter and its combining accent, then the next word', perGlyph('e\u0301', 0)],
    ['two-glyph runs with Tc −5.5 (too short to judge)', ops([[31, []], [37, ['F', 10]], [33, [-5.5]], [42, [[1, 0, 0, 1, 72, 700]]], [44, [glyphs('ab')]]])],
  ])('trap: %s is read', (_name, list) => expect(reasons(list).every((r) => r === undefined)).toBe(true));
});

describe('PDF: rectangles written with empty subpaths around them', () => {
  it.each<[string, number[], boolean]>([
    ['TikZ: moveTo, then the re rectangle, then a moveTo', [0, -3, 68, 0, -3, 68, 1, -3, 0, 1, 478, 0, 1, 478, 68, 3, 0, 478, 0], true],
    ['a leading moveTo only', [0, 5, 5, 0, 0, 0, 1, 10, 0, 1, 10, 10, 1, 0, 10, 3], true],
    ['trap: two drawn subpaths stay two', [0, 0, 0, 1, 10, 0, 1, 10, 10, 0, 50, 50, 1, 60, 50, 3], false],
    ['trap: a triangle after an empty moveTo', [0, 5, 5, 0, 0, 0, 1, 10, 0, 1, 10, 10, 3], false],
  ])('%s', (_name, data, expected) => expect(geometry.isRectangle(new Float32Array(data))).toBe(expected));
  it('a path with nothing empty is handed back as it is (no copy)', () => {
    const data = new Float32Array([0, 0, 0, 1, 10, 0, 1, 10, 10, 1, 0, 10, 3]);
    expect(geometry.withoutEmptySubpaths(data)).toBe(data);
  });
});

describe('DOCX theme colours', () => {
  const THEME = '<a:theme><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F3864"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1></a:clrScheme></a:themeElements></a:theme>';
  const theme = parseTheme(THEME);
  it.each<[string, string | undefined, string | undefined, string | undefined, string | undefined]>([
    ['background 1 is light 1', 'background1', undefined, undefined, 'FFFFFF'],
    ['text 2 is dark 2', 'text2', undefined, undefined, '1F3864'],
    ['accent 1', 'accent1', undefined, undefined, '4472C4'],
    ['white, darker 5% (shade F2)', 'background1', undefined, 'F2', 'F2F2F2'],
    ['black, lighter 50% (tint 80)', 'text1', '80', undefined, '7F7F7F'],
    ['an unknown slot', 'accent7', undefined, undefined, undefined],
  ])('%s', (_name, name, tint, shade, colour) => expect(themeColour(name, theme, tint, shade)).toBe(colour));
  it('a document without a theme part still knows dark 1 and light 1', () => {
    expect(themeColour('background1', parseTheme(undefined))).toBe('FFFFFF');
    expect(themeColour('text1', parseTheme(undefined))).toBe('000000');
  });
  it.each<[string, string, string, string | undefined]>([
    ['a theme colour with no RGB value (python-docx): white on the page', '<w:color w:themeColor="background1"/>', 'FFFFFF', 'WHITE_TEXT'],
    ['the theme colour wins over a stale RGB value', '<w:color w:val="000000" w:themeColor="background1"/>', 'FFFFFF', 'WHITE_TEXT'],
    ['text 2 on a text-2 fill', '<w:color w:themeColor="text2"/>', '1F3864', 'COLOUR_MATCHES_SHADING'],
    ['trap: Word\'s own pair (RGB and theme agree), white on navy', '<w:color w:val="FFFFFF" w:themeColor="background1"/>', '1F3864', undefined],
    ['trap: "Text 1, lighter 50%" grey on white', '<w:color w:val="7F7F7F" w:themeColor="text1" w:themeTint="80"/>', 'FFFFFF', undefined],
    ['trap: light-grey dates, "White, Background 1, Darker 25%"', '<w:color w:val="BFBFBF" w:themeColor="background1" w:themeShade="BF"/>', 'FFFFFF', undefined],
    ['trap: a coloured heading, "Blue, Accent 1"', '<w:color w:val="4472C4" w:themeColor="accent1"/>', 'FFFFFF', undefined],
    ['trap: an unknown slot keeps the RGB value', '<w:color w:val="000000" w:themeColor="accent9"/>', 'FFFFFF', undefined],
  ])('%s', (_name, rPr, background, reason) => expect(hiddenReason(parseRunProps(rPr, theme), background)).toBe(reason));
  it('a theme fill is the shading colour (over its RGB fill)', () => {
    expect(shadingFill('<w:shd w:val="clear" w:color="auto" w:fill="auto" w:themeFill="text2"/>', theme)).toBe('1F3864');
    expect(shadingFill('<w:shd w:val="clear" w:color="auto" w:fill="4472C4" w:themeFill="accent1"/>', theme)).toBe('4472C4');
    expect(shadingFill('<w:shd w:val="clear" w:color="auto" w:fill="auto"/>', theme)).toBeUndefined();
  });
});

describe('DOCX: a text box under a picture or filled shape anchored over it', () => {
  const anchor = (inner: string, o: { x?: number; y?: number; cx?: number; cy?: number; behind?: boolean; z?: number; from?: string } = {}) =>
    `<w:r><w:drawing><wp:anchor behindDoc="${o.behind ? 1 : 0}" simplePos="0" relativeHeight="${o.z ?? 2}" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="${o.from ?? 'column'}"><wp:posOffset>${o.x ?? 0}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>${o.y ?? 0}</wp:posOffset></wp:positionV><wp:extent cx="${o.cx ?? 6000000}" cy="${o.cy ?? 1200000}"/><a:graphic><a:graphicData>${inner}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
  const TEXTBOX = '<wps:wsp><wps:spPr><a:noFill/></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>payload</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>';
  const PICTURE = '<pic:pic><pic:blipFill><a:blip r:embed="rId2"/></pic:blipFill></pic:pic>';
  const WHITE_BOX = '<wps:wsp><wps:spPr><a:prstGeom prst="rect"/><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></wps:spPr></wps:wsp>';
  const SEE_THROUGH_BOX = '<wps:wsp><wps:spPr><a:solidFill><a:srgbClr val="FFFFFF"><a:alpha val="20000"/></a:srgbClr></a:solidFill></wps:spPr></wps:wsp>';
  const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
  const covered = (xml: string) => coveredAt(coverAnchors(xml), xml.indexOf('<w:txbxContent'));
  it.each<[string, string, boolean]>([
    ['a picture over the box, higher in the z-order', para(anchor(TEXTBOX, { z: 2 }), anchor(PICTURE, { z: 3 })), true],
    ['the box behind the text layer, a picture in front (LibreOffice export)', para(anchor(TEXTBOX, { behind: true, z: 5 }), anchor(PICTURE, { z: 1 })), true],
    ['a white filled rectangle over the box', para(anchor(TEXTBOX, { z: 2 }), anchor(WHITE_BOX, { z: 3, cx: 6100000, cy: 1300000 })), true],
    ['trap: the picture under the box (a banner behind text)', para(anchor(TEXTBOX, { z: 3 }), anchor(PICTURE, { z: 2 })), false],
    ['trap: the picture behind the text layer', para(anchor(TEXTBOX, { z: 2 }), anchor(PICTURE, { behind: true, z: 9 })), false],
    ['trap: a logo beside the box', para(anchor(TEXTBOX, { z: 2, cx: 4000000 }), anchor(PICTURE, { z: 3, x: 4200000, cx: 900000, cy: 900000 })), false],
    ['trap: a picture covering half the box', para(anchor(TEXTBOX, { z: 2 }), anchor(PICTURE, { z: 3, cx: 3000000 })), false],
    ['trap: a see-through filled shape over the box', para(anchor(TEXTBOX, { z: 2 }), anchor(SEE_THROUGH_BOX, { z: 3 })), false],
    ['trap: a picture at the same offsets in another paragraph', para(anchor(TEXTBOX, { z: 2 })) + para(anchor(PICTURE, { z: 3 })), false],
    ['trap: the same offsets from another base', para(anchor(TEXTBOX, { z: 2 }), anchor(PICTURE, { z: 3, from: 'page' })), false],
  ])('%s', (_name, xml, expected) => expect(covered(`<w:body>${xml}</w:body>`)).toBe(expected));

  // LibreOffice's export of a Writer sidebar: a dark panel shape behind, a see-through text box of white text in front.
  const DARK_PANEL = '<wps:wsp><wps:spPr><a:prstGeom prst="rect"/><a:solidFill><a:srgbClr val="44546A"/></a:solidFill></wps:spPr></wps:wsp>';
  const WHITE_TEXT_BOX = '<wps:wsp><wps:spPr><a:solidFill><a:srgbClr val="FFFFFF"><a:alpha val="0"/></a:srgbClr></a:solidFill></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Warehouse Team Leader</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>';
  const backdrop = (xml: string) => backdropAt(coverAnchors(xml), xml.indexOf('<w:txbxContent'));
  const hiddenIn = (xml: string) => readParagraphs(`<w:body>${xml}</w:body>`, parseStyles(undefined), 'body').flatMap((p) => p.runs).filter((r) => r.hidden !== undefined).length;
  it.each<[string, string, string | undefined]>([
    ['a dark panel behind the text box', para(anchor(DARK_PANEL, { behind: true, z: 1, cx: 6200000, cy: 1300000 }), anchor(WHITE_TEXT_BOX, { z: 3 })), '44546A'],
    ['the topmost of two panels', para(anchor(DARK_PANEL, { behind: true, z: 1 }), anchor(DARK_PANEL.replace('44546A', '1F3864'), { behind: true, z: 2 }), anchor(WHITE_TEXT_BOX, { z: 3 })), '1F3864'],
    ['trap: the panel beside the box', para(anchor(DARK_PANEL, { behind: true, z: 1, x: 6500000 }), anchor(WHITE_TEXT_BOX, { z: 3 })), undefined],
    ['trap: the panel in front of the box (a cover, not a backdrop)', para(anchor(WHITE_TEXT_BOX, { z: 2 }), anchor(DARK_PANEL, { z: 3 })), undefined],
    ['trap: the panel in another paragraph', para(anchor(DARK_PANEL, { behind: true, z: 1 })) + para(anchor(WHITE_TEXT_BOX, { z: 3 })), undefined],
  ])('backdrop: %s', (_name, xml, expected) => expect(backdrop(`<w:body>${xml}</w:body>`)).toBe(expected));
  it('white text in a see-through box on a dark panel is seen; on the white page it is hidden', () => {
    expect(hiddenIn(para(anchor(DARK_PANEL, { behind: true, z: 1, cx: 6200000, cy: 1300000 }), anchor(WHITE_TEXT_BOX, { z: 3 })))).toBe(0);
    expect(hiddenIn(para(anchor(WHITE_TEXT_BOX, { z: 3 })))).toBe(1);
  });
});

describe('keyword dumps, pasted lines and stuffed terms', () => {
  let rubric: Rubric;
  beforeAll(async () => {
    rubric = await loadRubric('rubrics/em-user-understanding.yaml');
  });
  const JOB = ['EXPERIENCE', 'Backend Engineer, Quayside Payments', 'Jun 2015 – Dec 2018', '- Wrote settlement batch jobs in Java and Kotlin.'];
  const stuffing = (lines: string[]): Diagnostic | undefined => {
    const profile = buildProfile(docOf(['Sam Okafor', ...lines]), { asOf: AS_OF, categories: rubric.roles });
    return scoreProfile(profile, rubric).warnings.find((w) => w.code === 'KEYWORD_STUFFING');
  };
  const items = (n: number) => Array.from({ length: n }, (_, i) => `tool${i} suite`);
  // The block counts its heading and the short lines next to it too ("SKILLS", a job header): a few items more.
  it.each<[string, string[], Record<string, unknown>]>([
    ['a skills section of 120 keywords on one line', ['SKILLS', items(120).join(', '), ...JOB], { listItems: expect.toSatisfy((n: number) => n >= 120 && n <= 126) }],
    ['a skills section of 90 keywords over six lines', ['SKILLS', ...[0, 1, 2, 3, 4, 5].map((k) => items(90).slice(k * 15, k * 15 + 15).join(' | ')), ...JOB], { listItems: expect.toSatisfy((n: number) => n >= 90 && n <= 96) }],
    ['90 keywords one a line (bullets)', [...JOB, 'SKILLS', ...items(90).map((t) => `• ${t}`)], { listItems: expect.toSatisfy((n: number) => n >= 90 && n <= 92) }],
    ['a keyword line pasted three times', [...JOB, '- Recommender systems, ads ranking and personalization at scale.', 'SKILLS', 'Recommender systems, ads ranking and personalization at scale.', 'SUMMARY', 'Recommender systems, ads ranking and personalization at scale'], { repeatedLines: 3 }],
  ])('%s → KEYWORD_STUFFING', (_name, lines, data) => expect(stuffing(lines)?.data).toMatchObject(data));
  it.each<[string, string[]]>([
    ['trap: a normal skills section (40 keywords)', ['SKILLS', items(20).join(', '), items(40).slice(20).join(', '), ...JOB]],
    ['trap: twelve jobs, each with a tech-stack line of eight tools (96 in all, sentences between)', ['EXPERIENCE', ...Array.from({ length: 12 }, (_, j) => [`Engineer, Firm ${j}`, `${2000 + j} – ${2001 + j}`, '- Built and ran the payment services for the retail team.', `Stack: ${items(96).slice(j * 8, j * 8 + 8).join(', ')}`, '- Mentored two engineers and ran the on-call rota.']).flat()]],
    ['trap: a narrow column of short prose lines (90 lines of four words)', ['EXPERIENCE', 'Engineer, Acme', '2019 – 2024', ...Array.from({ length: 90 }, (_, i) => `built service ${i} with`)]],
    ['trap: a town line repeated on three jobs', ['EXPERIENCE', 'Engineer, Acme', 'Atlanta, Georgia, United States', '2019 – 2020', 'Engineer, Bcme', 'Atlanta, Georgia, United States', '2020 – 2021', 'Engineer, Ccme', 'Atlanta, Georgia, United States', '2021 – 2022']],
    ['trap: a keyword line written twice', [...JOB, '- Recommender systems, ads ranking and personalization at scale.', 'SUMMARY', 'Recommender systems, ads ranking and personalization at scale.']],
    ['trap: "machine learning" twice in a summary (a term several rubric lists name counts once per mention)', ['PROFILE', 'Director of machine learning for growth: twelve years in applied machine learning, seven managing ML teams.', ...JOB]],
  ])('%s is not stuffing', (_name, lines) => expect(stuffing(lines)).toBeUndefined());
  it('trap: a running header naming the role, repeated on three pages', () => {
    const header = 'Sam Okafor — Engineering Manager, Machine Learning';
    const doc = docOf(['Sam Okafor', header, ...JOB, header, '- Ran the settlement team.', header]);
    for (const line of doc.lines) if (line.text === header) line.channel = 'header';
    const warnings = scoreProfile(buildProfile(doc, { asOf: AS_OF, categories: rubric.roles }), rubric).warnings;
    expect(warnings.map((w) => w.code)).not.toContain('KEYWORD_STUFFING');
  });
});

describe('a "Present" job stated to have run longer than its dates allow', () => {
  let rubric: Rubric;
  beforeAll(async () => {
    rubric = await loadRubric('rubrics/em-user-understanding.yaml');
  });
  const mismatch = (dates: string) => {
    const profile = buildProfile(docOf(['Sam Okafor', 'EXPERIENCE', 'Engineering Manager, Orbit Ads', dates, '- Led the ads team.']), { asOf: AS_OF, categories: rubric.roles });
    return scoreProfile(profile, rubric).warnings.filter((w) => w.code === 'DURATION_MISMATCH').map((w) => w.data);
  };
  it('"Jan 2023 – Present (9 years)" as of Nov 2026 (47 months) → DURATION_MISMATCH', () => {
    expect(mismatch('Jan 2023 – Present (9 years)')).toEqual([{ job: 1, statedMonths: 108, months: 47 }]);
  });
  it.each([
    ['trap: an older export, stated shorter ("Jan 2023 – Present (2 years 3 months)")', 'Jan 2023 – Present (2 years 3 months)'],
    ['trap: stated right ("Jan 2023 – Present · 3 yrs 11 mos")', 'Jan 2023 – Present · 3 yrs 11 mos'],
    ['trap: no duration stated', 'Jan 2023 – Present'],
  ])('%s', (_name, dates) => expect(mismatch(dates)).toEqual([]));
});

describe('jobs overlapping so that summed they would meet a years must-have', () => {
  let rubric: Rubric;
  beforeAll(async () => {
    rubric = await loadRubric('rubrics/em-user-understanding.yaml');
  });
  const job = (title: string, org: string, dates: string) => [`${title}, ${org}`, dates, `- Trained ranking models and recommender systems with PyTorch at ${org}; machine learning in production.`];
  const concurrent = (jobs: string[][]) => {
    const profile = buildProfile(docOf(['Sam Okafor', 'EXPERIENCE', ...jobs.flat()]), { asOf: AS_OF, categories: rubric.roles });
    return scoreProfile(profile, rubric).warnings.filter((w) => w.code === 'CONCURRENT_ROLES').map((w) => w.data);
  };
  it('the same three years at three employers (9 summed, 3 counted once, 6 needed) → CONCURRENT_ROLES', () => {
    const jobs = ['Orbit Ads', 'Kestrel Media', 'Lumen Retail'].map((org) => job('Machine Learning Engineer', org, 'Jan 2021 – Dec 2023'));
    expect(concurrent(jobs)).toEqual([expect.objectContaining({ requirement: 'applied-ml-years', jobs: [1, 2, 3], depends: false, summedYears: 9 })]);
  });
  it.each<[string, string[][]]>([
    ['trap: a nine-month part-time handover (summed 6.4 years, counted once 5.75)', [job('Machine Learning Engineer', 'Northwind Retail', 'Jun 2022 – Present'), job('Senior Data Scientist', 'Tailspin Toys', 'Mar 2021 – Feb 2023')]],
    ['trap: overlapping jobs that meet the must-have counted once', [job('Machine Learning Engineer', 'Orbit Ads', 'Jan 2015 – Present'), job('Data Scientist', 'Kestrel Media', 'Jan 2018 – Dec 2020')]],
    ['trap: overlapping jobs that stay short summed too', [job('Machine Learning Engineer', 'Orbit Ads', 'Jan 2023 – Dec 2024'), job('Data Scientist', 'Kestrel Media', 'Jan 2023 – Dec 2024')]],
    ['trap: two titles at one employer (a promotion written with overlapping dates)', [job('Machine Learning Engineer', 'Orbit Ads', 'Jan 2021 – Dec 2023'), job('Senior Machine Learning Engineer', 'Orbit Ads', 'Jan 2021 – Dec 2023'), job('Staff Machine Learning Engineer', 'Orbit Ads', 'Jan 2021 – Dec 2023')]],
  ])('%s', (_name, jobs) => expect(concurrent(jobs)).toEqual([]));
});

describe('a must-have met only with months claimed during another employer’s job of another kind', () => {
  let rubric: Rubric;
  beforeAll(async () => {
    rubric = await loadRubric('rubrics/em-user-understanding.yaml');
  });
  const ml = (title: string, org: string, dates: string) => [`${title}, ${org}`, dates, `- Trained ranking models and recommender systems with PyTorch at ${org}; machine learning in production.`];
  const other = (title: string, org: string, dates: string) => [`${title}, ${org}`, dates, '- Wrote SQL reports and Tableau dashboards on claims.'];
  const screen = (jobs: string[][]) => {
    const profile = buildProfile(docOf(['Sam Okafor', 'EXPERIENCE', ...jobs.flat()]), { asOf: AS_OF, categories: rubric.roles });
    const e = scoreProfile(profile, rubric);
    return { concurrent: e.warnings.filter((w) => w.code === 'CONCURRENT_ROLES').map((w) => w.data), met: e.outcomes.find((o) => o.requirementId === 'applied-ml-years')?.met };
  };
  it('an ML role written over the years of a full-time analyst job at another employer, needed for the 6 years → CONCURRENT_ROLES, depends', () => {
    // 2018–2021 at Fallowmere during the Pebblewick analyst job; alone, Mar 2021 – Nov 2026 is 5.75 years.
    const r = screen([ml('Machine Learning Engineer', 'Larkspur Media', 'Mar 2021 – Present'), ml('Machine Learning Engineer', 'Fallowmere Labs', 'Sep 2018 – Feb 2021'), other('Data Analyst', 'Pebblewick Insurance', 'Sep 2018 – Feb 2021')]);
    expect(r.concurrent).toEqual([expect.objectContaining({ requirement: 'applied-ml-years', jobs: [2, 3], depends: true, soloYears: 5.75 })]);
  });
  it.each<[string, string[][]]>([
    ['trap: the same overlap when the must-have is met without it', [ml('Machine Learning Engineer', 'Larkspur Media', 'Jan 2017 – Present'), ml('Machine Learning Engineer', 'Fallowmere Labs', 'Sep 2018 – Feb 2021'), other('Data Analyst', 'Pebblewick Insurance', 'Sep 2018 – Feb 2021')]],
    ['trap: a handover under a year (10 months)', [ml('Machine Learning Engineer', 'Larkspur Media', 'Mar 2021 – Present'), ml('Machine Learning Engineer', 'Fallowmere Labs', 'Jan 2019 – Feb 2021'), other('Data Analyst', 'Pebblewick Insurance', 'Jan 2015 – Apr 2019')]],
    ['trap: two ML jobs overlapping (counted once already, not a pad)', [ml('Machine Learning Engineer', 'Larkspur Media', 'Mar 2018 – Present'), ml('Machine Learning Engineer', 'Fallowmere Labs', 'Sep 2018 – Feb 2021')]],
    ['trap: one employer, two titles over the same years', [ml('Machine Learning Engineer', 'Larkspur Media', 'Mar 2021 – Present'), ml('Machine Learning Engineer', 'Larkspur Media', 'Sep 2018 – Feb 2021'), other('Data Analyst', 'Larkspur Media', 'Sep 2018 – Feb 2021')]],
    ['trap: a later job at another employer taken up while the ML job ran (a side role)', [ml('Machine Learning Engineer', 'Larkspur Media', 'Mar 2021 – Present'), ml('Machine Learning Engineer', 'Fallowmere Labs', 'Sep 2018 – Feb 2021'), other('Data Analyst', 'Pebblewick Insurance', 'Oct 2018 – Feb 2021')]],
    ['trap: a board seat held since before the ML job began', [ml('Machine Learning Engineer', 'Larkspur Media', 'Mar 2021 – Present'), ml('Machine Learning Engineer', 'Fallowmere Labs', 'Sep 2018 – Feb 2021'), other('Board Member', 'Women in Data Leeds', 'Jan 2017 – Present')]],
    ['trap: a must-have not met either way', [ml('Machine Learning Engineer', 'Larkspur Media', 'Mar 2023 – Present'), ml('Machine Learning Engineer', 'Fallowmere Labs', 'Sep 2021 – Feb 2023'), other('Data Analyst', 'Pebblewick Insurance', 'Sep 2021 – Feb 2023')]],
  ])('%s', (_name, jobs) => expect(screen(jobs).concurrent).toEqual([]));
});

describe('a count of years the résumé claims beyond its first degree', () => {
  let rubric: Rubric;
  beforeAll(async () => {
    rubric = await loadRubric('rubrics/em-user-understanding.yaml');
  });
  const JOBS = ['EXPERIENCE', 'Machine Learning Engineer, Larkspur Media', 'Mar 2021 – Present', '- Trained ranking models in PyTorch.'];
  const claimed = (summary: string, education: string[]) => {
    const profile = buildProfile(docOf(['Noor Vallance', 'SUMMARY', summary, ...JOBS, 'EDUCATION', ...education]), { asOf: AS_OF, categories: rubric.roles });
    return scoreProfile(profile, rubric).warnings.filter((w) => w.code === 'CLAIMED_YEARS').map((w) => w.data);
  };
  it.each<[string, string, string[], unknown[]]>([
    ['"15 years of experience" with a BSc begun in 2014 → CLAIMED_YEARS', 'ML leader with 15 years of experience in applied ML.', ['BSc Mathematics, University of Exeter, 2014 – 2017'], [{ claimedYears: 15, since: 2014 }]],
    ['"20+ years’ hands-on engineering experience" with an MSc of 2017', 'Engineer with 20+ years’ hands-on engineering experience.', ['MSc Data Science, University of Bristol, 2017 – 2018'], [{ claimedYears: 20, since: 2017 }]],
    ['trap: 12 years claimed, a BSc begun 2014 (work beside or before it: within two years)', 'ML leader with 12 years of experience.', ['BSc Mathematics, University of Exeter, 2014 – 2017'], []],
    ['trap: a claim the first degree bears out', 'ML leader with 15 years of experience.', ['BSc Mathematics, University of Exeter, 2008 – 2011'], []],
    ['trap: no degree dated (old dates left out: not judged)', 'ML leader with 25 years of experience.', ['BSc Mathematics, University of Exeter'], []],
    ['trap: years of a tool, not of experience', 'Used Python for 15 years.', ['BSc Mathematics, University of Exeter, 2014 – 2017'], []],
  ])('%s', (_name, summary, education, expected) => expect(claimed(summary, education)).toEqual(expected));
});
