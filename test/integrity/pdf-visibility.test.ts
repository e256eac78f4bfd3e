// PDF visibility on real pdf.js output: each hiding method is caught with its reason; the honest look-alikes
// (white text on a dark panel, a translucent highlight over text, a background painted first) stay visible.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { makePdf, type Draw } from '../extract/build.js';
import { geometry } from '../../src/extract/pdf/visibility-geometry.js';

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
    ['white text beside a dark rounded badge', (d) => { d.roundedRect(60, 300, 300, 30, 8).fill('#00695c'); d.fillColor('white').text('Secret words here', 72, 120); }, 'WHITE_TEXT'],
    ['white text on a dark circle whose corners are open', (d) => { d.circle(160, 125, 90).fill('#00695c'); d.fillColor('white').text('Secret words here', 72, 120); }, 'WHITE_TEXT'],
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
    ['white text on a dark rounded badge (border-radius)', (d) => { d.roundedRect(60, 110, 300, 30, 8).fill('#00695c'); d.fillColor('white').text('Visible words here', 72, 120); }],
    ['black text under a rounded badge painted later (a badge never hides)', (d) => { d.fillColor('black').text('Visible words here', 72, 120); d.roundedRect(60, 110, 300, 30, 8).fill('#fff3e0'); }],
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
