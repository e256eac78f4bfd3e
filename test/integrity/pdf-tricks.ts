// Drawing tricks pdfkit has no call for, written as the raw PDF a browser or a hand-made file would hold: text in a
// transparency group drawn at a low opacity (Chromium's `opacity: 0.01`), inline images, flat-coloured PNG panels.
import { deflateSync } from 'node:zlib';

type Doc = PDFKit.PDFDocument;
interface Internals {
  _font?: { ref(): unknown };
}

let serial = 0;

/**
 * Runs `draw` inside a form XObject that is a transparency group, painted with fill alpha `alpha` (how Chromium prints
 * an element with CSS `opacity`). `draw` writes raw content; the current font is the form's /FG.
 */
export function inGroup(d: Doc, alpha: number, content: string, bbox: [number, number, number, number] = [0, 0, 612, 792]): void {
  const n = ++serial;
  const gs = d.ref({ Type: 'ExtGState', ca: alpha, CA: alpha });
  (gs as unknown as { end(): void }).end();
  (d.page.ext_gstates as Record<string, unknown>)[`GsGroup${n}`] = gs;
  const font = (d as unknown as Internals)._font?.ref();
  const form = d.ref({ Type: 'XObject', Subtype: 'Form', BBox: bbox, Group: { S: 'Transparency', I: true }, Resources: { Font: { FG: font } } });
  form.end(content);
  (d.page.xobjects as Record<string, unknown>)[`FmGroup${n}`] = form;
  d.addContent(`q /GsGroup${n} gs /FmGroup${n} Do Q`);
}

/**
 * Raw content showing `lines` in the form's font /FG at `size`, from (x, top): pdfkit's content runs under its own
 * top-left flip (1 0 0 -1 0 h cm), so the text matrix flips back to draw upright.
 */
export function textContent(lines: string[], x: number, top: number, size = 10.5, step = 16, rgb = '0 0 0'): string {
  const esc = (t: string) => t.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '-');
  return lines.map((t, i) => `BT ${rgb} rg /FG ${size} Tf 1 0 0 -1 ${x} ${top + i * step + size} Tm (${esc(t)}) Tj ET`).join('\n');
}

/** An inline image (BI … ID … EI) of one flat colour `hex` (RRGGBB) covering the box (pdfkit top-left coordinates). */
export function inlinePanel(d: Doc, hex: string, x: number, top: number, w: number, h: number): void {
  d.addContent(`q ${w} 0 0 ${-h} ${x} ${top + h} cm BI /W 4 /H 4 /CS /RGB /BPC 8 /F /AHx ID ${hex.repeat(16)}> EI Q`);
}

/** A w×h RGB PNG of one flat colour, or, with `noise`, the same colour with every other pixel `noise` brighter. */
export function flatPng(hex: string, w = 8, h = 8, noise = 0): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    rows.push(0);
    for (let x = 0; x < w; x++) {
      const up = (x + y) % 2 === 1 ? noise : 0;
      rows.push(Math.min(255, (r ?? 0) + up), Math.min(255, (g ?? 0) + up), Math.min(255, (b ?? 0) + up));
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}
