// PDF visibility on real pdf.js output: each hiding method is caught with its reason; the honest look-alikes
// (white text on a dark panel, a translucent highlight over text, a background painted first) stay visible.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { makePdf, type Draw } from '../extract/build.js';
import { flatPng, inGroup, inlinePanel, textContent } from './pdf-tricks.js';
import { geometry } from '../../src/extract/pdf/visibility-geometry.js';
import { splitVisible } from '../../src/extract/pdf/hidden-items.js';
import { markOverprinted, type Run } from '../../src/extract/pdf/visibility.js';


async function read(draw: Draw): Promise<{ visible: string[]; hidden: Array<[string, string | undefined]> }> {
  const doc = await extractBuffer(await makePdf(draw), 'x.pdf');
  return {
    visible: doc.lines.filter((l) => !l.hidden).map((l) => l.text),
    hidden: doc.lines.filter((l) => l.hidden).map((l) => [l.text, l.hidden?.reason]),
  };
}

const base: Draw = (d) => d.fontSize(11).fillColor('black').text('Sam Okafor, Backend Engineer', 72, 72, { lineBreak: false });

describe('PDF visibility', () => {
  it.each<[string, Draw, string]>([
    ['white text', (d) => d.fillColor('white').text('Secret words here', 72, 120), 'WHITE_TEXT'],
    ['text the colour of the panel under it', (d) => { d.rect(60, 110, 300, 30).fill('#2e7d32'); d.fillColor('#2e7d32').text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
    ['1 pt text', (d) => d.fontSize(1).fillColor('black').text('Secret words here', 72, 120), 'TINY_TEXT'],
    ['render mode 3', (d) => { d.addContent('3 Tr'); d.fillColor('black').text('Secret words here', 72, 120); d.addContent('0 Tr'); }, 'RENDER_MODE_INVISIBLE'],
    ['a white rectangle painted over', (d) => { d.fillColor('black').text('Secret words here', 72, 120); d.rect(60, 110, 300, 30).fill('white'); }, 'COVERED'],
    ['clipped away', (d) => { d.save(); d.rect(400, 400, 2, 2).clip(); d.fillColor('black').text('Secret words here', 72, 120); d.restore(); }, 'CLIPPED'],
    // Transparency: the fill alpha (ca) of the text itself, or of the group it is drawn in (CSS opacity in Chromium).
    ['black text at fill alpha 0.02 (rgba(0,0,0,0.02))', (d) => { d.save(); d.fillOpacity(0.02).fillColor('black').text('Secret words here', 72, 120); d.restore(); }, 'TRANSPARENT_TEXT'],
    ['black text at fill alpha 0.08', (d) => { d.save(); d.fillOpacity(0.08).fillColor('black').text('Secret words here', 72, 120); d.restore(); }, 'TRANSPARENT_TEXT'],
    ['text in a transparency group painted at alpha 0.01 (opacity: 0.01)', (d) => inGroup(d, 0.01, textContent(['Secret words here'], 72, 120, 12)), 'TRANSPARENT_TEXT'],
    ['grey text in a group at opacity 0.15 (faded below contrast, not below the alpha floor)', (d) => inGroup(d, 0.15, textContent(['Secret words here'], 72, 120, 12, 16, '0.4 0.4 0.4')), 'TRANSPARENT_TEXT'],
    // Stroke-only text (render mode 1 or 5) is judged by its stroke colour and stroke alpha.
    ['white outline text (mode 1) on white', (d) => d.fillColor('black').strokeColor('white').text('Secret words here', 72, 120, { stroke: true, fill: false }), 'WHITE_TEXT'],
    ['black outline text at stroke alpha 0.02', (d) => { d.save(); d.strokeOpacity(0.02).strokeColor('black').text('Secret words here', 72, 120, { stroke: true, fill: false }); d.restore(); }, 'TRANSPARENT_TEXT'],
    ['outline and fill both white (mode 2)', (d) => d.fillColor('white').strokeColor('white').text('Secret words here', 72, 120, { stroke: true, fill: true }), 'WHITE_TEXT'],
    // A background image of one flat colour under text of that colour.
    ['navy text on a navy PNG panel', (d) => { d.image(flatPng('1F3864'), 60, 110, { width: 300, height: 30 }); d.fillColor('#1f3864').text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
    ['near-white text on a near-white checkered image (noise does not hide it)', (d) => { d.image(flatPng('F0F0F0', 16, 16, 15), 60, 110, { width: 300, height: 30 }); d.fillColor('#fafafa').text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
    ['navy text on a slightly noisy navy panel (JPEG-like)', (d) => { d.image(flatPng('1F3864', 16, 16, 6), 60, 110, { width: 300, height: 30 }); d.fillColor('#1f3864').text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
    ['green text on a green inline image', (d) => { inlinePanel(d, '2E7D32', 60, 110, 300, 30); d.fillColor('#2e7d32').text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
    ['white text on a white image covering the page below the name', (d) => { d.image(flatPng('FFFFFF'), 0, 100, { width: 612, height: 692 }); d.fillColor('white').text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
    ['white text beside a dark rounded badge', (d) => { d.roundedRect(60, 300, 300, 30, 8).fill('#00695c'); d.fillColor('white').text('Secret words here', 72, 120); }, 'WHITE_TEXT'],
    ['white text in the open corner of a dark circle (inside its box, mostly outside it)', (d) => { d.circle(200, 200, 85).fill('#00695c'); d.fillColor('white').text('Secret words here', 120, 120); }, 'WHITE_TEXT'],
    // Shapes painted later hide what they lie over by their area, not their box (CSS border-radius, an SVG ellipse).
    ['black text under an opaque rounded box painted later (border-radius cover)', (d) => { d.fillColor('black').text('Secret words here', 72, 120); d.roundedRect(60, 110, 300, 30, 8).fill('#fff3e0'); }, 'COVERED'],
    ['black text under a white ellipse painted later', (d) => { d.fillColor('black').text('Secret words here', 72, 120); d.ellipse(160, 125, 140, 40).fill('white'); }, 'COVERED'],
    ['black text under a white star (an even-odd free shape) painted later', (d) => { d.fillColor('black').text('Secret words here', 72, 120); d.polygon([40, 100], [300, 100], [300, 150], [40, 150], [40, 100]).fill('white', 'even-odd'); }, 'COVERED'],
    // Squeezed sideways by the matrix rather than by Tz (Chromium prints CSS transform: scaleX(0.02) so).
    ['text squeezed to 5 % by the CTM', (d) => { d.save(); d.scale(0.05, 1, { origin: [72, 120] }); d.fillColor('black').text('Secret words here', 72, 120); d.restore(); }, 'TINY_TEXT'],
    // Text filled with a gradient (a shading pattern as its fill colour) is seen in the gradient's colour where it lies.
    ['text filled with a white to near-white gradient', (d) => { const g = d.linearGradient(72, 0, 300, 0); g.stop(0, '#ffffff').stop(1, '#fdfdfd'); d.fillColor(g as unknown as string).text('Secret words here', 72, 120); }, 'WHITE_TEXT'],
    ['text filled with a navy gradient on a navy panel', (d) => { d.rect(60, 110, 300, 30).fill('#1f3864'); const g = d.linearGradient(72, 0, 300, 0); g.stop(0, '#1f3864').stop(1, '#1d3660'); d.fillColor(g as unknown as string).text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
    ['text in a teal circle it lies inside, the same teal', (d) => { d.circle(110, 125, 60).fill('#00695c'); d.fillColor('#00695c').text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
    ['teal text on a teal rounded badge', (d) => { d.roundedRect(60, 110, 300, 30, 8).fill('#00695c'); d.fillColor('#00695c').text('Secret words here', 72, 120); }, 'COLOUR_MATCHES_SHADING'],
  ])('%s → %s', async (_name, draw, reason) => {
    const r = await read((d) => { base(d); draw(d); });
    expect(r.hidden).toEqual([['Secret words here', reason]]);
    expect(r.visible).toEqual(['Sam Okafor, Backend Engineer']);
  });

  it.each<[string, Draw]>([
    ['white text on a dark sidebar', (d) => { d.rect(60, 110, 300, 30).fill('#1f3864'); d.fillColor('white').text('Visible words here', 72, 120); }],
    ['a translucent highlight over text', (d) => { d.fillColor('black').text('Visible words here', 72, 120); d.rect(60, 110, 300, 30).fillOpacity(0.3).fill('yellow'); }],
    ['a light panel painted first, dark text on it', (d) => { d.rect(60, 110, 300, 30).fill('#eef2f7'); d.fillColor('#333333').text('Visible words here', 72, 120); }],
    ['small but readable footnote (6 pt)', (d) => d.fontSize(6).fillColor('black').text('Visible words here', 72, 120)],
    // Traps for transparency, strokes and images.
    ['a grey caption at 0.6 opacity', (d) => { d.save(); d.fillOpacity(0.6).fillColor('#666666').text('Visible words here', 72, 120); d.restore(); }],
    ['a caption in a group at opacity 0.6 (Chromium)', (d) => inGroup(d, 0.6, textContent(['Visible words here'], 72, 120, 11, 16, '0.4 0.4 0.4'))],
    ['black text at fill alpha 0.3', (d) => { d.save(); d.fillOpacity(0.3).fillColor('black').text('Visible words here', 72, 120); d.restore(); }],
    ['a watermark rectangle at alpha 0.2 over the text', (d) => { d.fillColor('black').text('Visible words here', 72, 120); d.save(); d.fillOpacity(0.2).rect(0, 0, 612, 792).fill('#cccccc'); d.restore(); }],
    ['a white watermark in a group at opacity 0.2 over the text', (d) => { d.fillColor('black').text('Visible words here', 72, 120); inGroup(d, 0.2, '1 1 1 rg 0 0 612 792 re f'); }],
    ['a watermark image at alpha 0.2 over the text', (d) => { d.fillColor('black').text('Visible words here', 72, 120); d.save(); d.fillOpacity(0.2); d.image(flatPng('FFFFFF'), 0, 0, { width: 612, height: 792 }); d.restore(); }],
    ['black outline text (mode 1) with a white fill colour set', (d) => d.fillColor('white').strokeColor('black').text('Visible words here', 72, 120, { stroke: true, fill: false })],
    ['white fill with a black outline (mode 2)', (d) => d.fillColor('white').strokeColor('black').text('Visible words here', 72, 120, { stroke: true, fill: true })],
    ['black fill with a white outline (mode 2)', (d) => d.fillColor('black').strokeColor('white').text('Visible words here', 72, 120, { stroke: true, fill: true })],
    ['white text on a navy PNG panel', (d) => { d.image(flatPng('1F3864'), 60, 110, { width: 300, height: 30 }); d.fillColor('white').text('Visible words here', 72, 120); }],
    ['white text on a photo-like (checkered) image', (d) => { d.image(flatPng('202020', 16, 16, 200), 60, 110, { width: 300, height: 30 }); d.fillColor('white').text('Visible words here', 72, 120); }],
    ['dark text on a light inline image', (d) => { inlinePanel(d, 'EEF2F7', 60, 110, 300, 30); d.fillColor('#333333').text('Visible words here', 72, 120); }],
    ['white text on a dark rounded badge (border-radius)', (d) => { d.roundedRect(60, 110, 300, 30, 8).fill('#00695c'); d.fillColor('white').text('Visible words here', 72, 120); }],
    ['black text whose end a rounded badge painted later overlaps (under a fifth of it)', (d) => { d.fillColor('black').text('Visible words here', 72, 120); d.roundedRect(150, 110, 300, 30, 8).fill('#fff3e0'); }],
    ['black text in the open corner of a white circle painted later (inside its box, outside it)', (d) => { d.fillColor('black').text('Visible words here', 120, 120); d.circle(200, 200, 85).fill('white'); }],
    ['white text inside a dark circle', (d) => { d.circle(110, 125, 60).fill('#00695c'); d.fillColor('white').text('Visible words here', 72, 120); }],
    ['a white ring (even-odd) around text painted later: its hole holds the text', (d) => { d.fillColor('black').text('Visible words here', 72, 120); d.rect(20, 100, 400, 100).rect(60, 110, 300, 30).fill('white', 'even-odd'); }],
    ['text filled with a navy to black gradient', (d) => { const g = d.linearGradient(72, 0, 300, 0); g.stop(0, '#1f3864').stop(1, '#000000'); d.fillColor(g as unknown as string).text('Visible words here', 72, 120); }],
    ['text filled with a white to sky-blue gradient on a navy panel', (d) => { d.rect(60, 110, 300, 30).fill('#1f3864'); const g = d.linearGradient(72, 0, 300, 0); g.stop(0, '#ffffff').stop(1, '#87ceeb'); d.fillColor(g as unknown as string).text('Visible words here', 72, 120); }],
    ['text filled with a gradient that goes from white to black along it', (d) => { const g = d.linearGradient(72, 0, 170, 0); g.stop(0, '#ffffff').stop(1, '#000000'); d.fillColor(g as unknown as string).text('Visible words here', 72, 120); }],
    ['text condensed to 70 % by the CTM', (d) => { d.save(); d.scale(0.7, 1, { origin: [72, 120] }); d.fillColor('black').text('Visible words here', 72, 120); d.restore(); }],
  ])('%s stays visible', async (_name, draw) => {
    const r = await read((d) => { base(d); draw(d); });
    expect(r.hidden).toEqual([]);
    expect(r.visible).toContain('Visible words here');
  });
});

describe('rounded rectangles (badges, heading pills) are backgrounds', () => {
  /** Path data as pdf.js gives it: 0 moveTo x y, 1 lineTo x y, 2 curveTo x1 y1 x2 y2 x y, 3 closePath. */
  const corner = (x0: number, y0: number, x: number, y: number) => [2, x0, y0, x, y, x, y];
  const tikz = [0, 19.6, 0, 1, 4.2, 0, ...corner(2, 0, 0, 4.2), 1, 0, 11.8, ...corner(0, 14, 4.2, 16), 1, 19.6, 16, ...corner(22, 16, 24, 11.8), 1, 24, 4.2, ...corner(24, 2, 19.6, 0), 3, 0, 0, 16];
  /** A stadium: two straight edges, each end a half circle drawn as many short curves (Chromium). */
  const arc = (cx: number, cy: number, r: number, from: number, to: number, n: number) => Array.from({ length: n }, (_, k) => {
    const a = from + ((to - from) * (k + 1)) / n;
    return [2, 0, 0, 0, 0, cx + r * Math.cos(a), cy + r * Math.sin(a)];
  }).flat();
  const pill = [0, 10, 0, 1, 90, 0, ...arc(90, 10, 10, -Math.PI / 2, Math.PI / 2, 16), 1, 10, 20, ...arc(10, 10, 10, Math.PI / 2, (3 * Math.PI) / 2, 16), 3];
  const circle = [0, 10, 0, ...arc(0, 0, 10, 0, 2 * Math.PI, 4), 3];
  it.each<[string, number[], boolean]>([
    ['TikZ rounded corners (one curve a corner, a stray moveTo after the close)', tikz, true],
    ['a Chromium pill (two edges, half circles of short curves)', pill, true],
    ['trap: a circle (no straight edge)', circle, false],
    ['trap: a slanted edge', [0, 0, 0, 1, 50, 0, 1, 60, 20, ...corner(60, 22, 58, 24), 1, 0, 24, 3], false],
    ['trap: two shapes in one path', [...tikz.slice(0, -3), 0, 40, 0, 1, 60, 0, 3], false],
    ['trap: a curve across the whole shape (a D)', [0, 0, 0, 1, 0, 40, 1, 5, 40, 2, 60, 40, 60, 0, 5, 0, 3], false],
    ['trap: a plain rectangle is not a rounded one', [0, 0, 0, 1, 10, 0, 1, 10, 10, 1, 0, 10, 3], false],
  ])('%s', (_name, data, expected) => {
    expect(geometry.isRoundedRectangle(data)).toBe(expected);
  });
});

describe('blank runs are not hidden text', () => {
  // pdf.js OPS: setGState 9, beginText 31, setFont 37, moveText 40, showText 44, endText 32.
  const glyphs = (text: string) => [...text].map((unicode) => ({ unicode, width: /\u200b/.test(unicode) ? 0 : 500 }));
  const page = (hiddenText: string) => ({
    view: [0, 0, 612, 792],
    getOperatorList: () => Promise.resolve({
      fnArray: [9, 31, 37, 40, 44, 32, 9, 31, 37, 40, 44, 32],
      argsArray: [[[['ca', 0]]], null, ['F1', 10], [270, 610], [glyphs(hiddenText)], null, [[['ca', 1]]], null, ['F2', 10], [270, 610], [glyphs('(Seattle WA)')], null],
    }),
  });
  const item = { str: '(Seattle WA)', transform: [10, 0, 0, 10, 270, 610], width: 60, height: 10 };
  it.each<[string, string, string[], string[]]>([
    // Google Docs draws a zero-width space at alpha 0 where a styled run begins, at the origin of the visible text.
    ['a transparent zero-width space', '\u200b', ['(Seattle WA)'], []],
    ['a transparent zero-width joiner and word joiner', '\u200d\u2060', ['(Seattle WA)'], []],
    ['transparent spaces', '  ', ['(Seattle WA)'], []],
    // Traps: a transparent run with a letter in it is hidden text, whatever zero-width characters surround it.
    ['a transparent word behind a zero-width space', '\u200bkubernetes', [], ['(Seattle WA)']],
  ])('%s', async (_name, hiddenText, visible, hidden) => {
    const r = await splitVisible(page(hiddenText), [item]);
    expect(r.items.map((i) => ('str' in i ? i.str : ''))).toEqual(visible);
    expect(r.hidden.map((h) => h.text)).toEqual(hidden);
  });
});

describe('lines printed over each other (OVERPRINTED)', () => {
  /** A seen run of `text` at baseline (x, y), 10 pt, 5 pt a character. */
  const run = (text: string, x: number, y: number, order: number): Run => ({ text, x, y, order, box: [x, y - 2, x + text.length * 5, y + 8], inks: [{ color: '000000', alpha: 1 }] });
  const lines = ['Engineering Manager, Orbit Ads', 'Mar 2009 – Dec 2018', 'Managed a team of 9 ML engineers', 'Built recommender systems'];
  it.each<[string, Run[], string[]]>([
    ['four lines 0.85 pt apart (fixed line spacing of 0.03 cm)', lines.map((t, i) => run(t, 72, 500 - i * 0.85, i)), lines],
    ['three lines on one baseline, the bullets indented 11 pt', [run(lines[0] ?? '', 72, 500, 0), run(lines[2] ?? '', 83, 500, 1), run(lines[3] ?? '', 83, 500, 2)], [lines[0] ?? '', lines[2] ?? '', lines[3] ?? '']],
    ['trap: two lines piled (a slip, not a smear)', lines.slice(0, 2).map((t, i) => run(t, 72, 500 - i * 0.85, i)), []],
    ['trap: a fake bold (the same text three times, offset a little)', [0, 0.3, 0.6].map((dx, i) => run(lines[0] ?? '', 72 + dx, 500, i)), []],
    ['trap: lines 12 pt apart', lines.map((t, i) => run(t, 72, 500 - i * 12, i)), []],
    ['trap: a table row (cells on one baseline, apart)', ['Python', 'Go', 'Kotlin', 'Postgres'].map((t, i) => run(t, 72 + i * 120, 500, i)), []],
    ['trap: glyph-by-glyph runs of letter-spaced text', [...'EXPERIENCE'].map((c, i) => run(c, 72 + i * 3, 500, i)), []],
    ['trap: a long line, and words of the next column on its baseline far to the right', [run('Managed migration of the billing platform to Kubernetes', 72, 500, 0), run('Python', 250, 500, 1), run('Kotlin', 300, 500, 2)], []],
  ])('%s', (_name, runs, expected) => {
    markOverprinted(runs);
    expect(runs.filter((r) => r.reason === 'OVERPRINTED').map((r) => r.text)).toEqual(expected);
  });
});
