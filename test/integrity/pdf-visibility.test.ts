// PDF visibility on real pdf.js output: each hiding method is caught with its reason; the honest look-alikes
// (white text on a dark panel, a translucent highlight over text, a background painted first) stay visible.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { makePdf, type Draw } from '../extract/build.js';

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
  ])('%s stays visible', async (_name, draw) => {
    const r = await read((d) => { base(d); draw(d); });
    expect(r.hidden).toEqual([]);
    expect(r.visible).toContain('Visible words here');
  });
});
