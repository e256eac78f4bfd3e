// The PDF pre-check (flate bombs, content floods) as a case table: what it must refuse whatever the dictionary says,
// and what it must let through to pdf.js.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ascii85Decode, hexDecode, isZlibHeader, precheckPdf } from '../../src/extract/pdf/precheck.js';
import { ScreenError } from '../../src/types.js';
import { makePdf } from './build.js';

const LIMITS = { total: 4_000_000, perStream: 1_000_000 };

/** A skeleton PDF around one stream object (enough for the pre-check, which scans bytes). */
function pdfWith(dict: string, data: Uint8Array, after = ''): Uint8Array {
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n4 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    Buffer.from(data),
    Buffer.from(`\nendstream\nendobj\n${after}trailer\n<< >>\n%%EOF\n`, 'latin1'),
  ]);
}

const zeros = (n: number) => Buffer.alloc(n);
const flate = (data: Uint8Array) => deflateSync(data, { level: 9 });
const toHex = (data: Uint8Array) => `${Buffer.from(data).toString('hex')}>`;

/** ASCII85 of `data` (the reference encoder the decoder is checked against). */
function toAscii85(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = [...data.subarray(i, i + 4)];
    const n = chunk.length;
    while (chunk.length < 4) chunk.push(0);
    let value = ((chunk[0] ?? 0) * 2 ** 24 + ((chunk[1] ?? 0) << 16) + ((chunk[2] ?? 0) << 8) + (chunk[3] ?? 0)) >>> 0;
    if (n === 4 && value === 0) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode((value % 85) + 33));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, n + 1).join('');
  }
  return `${out}~>`;
}

function outcome(pdf: Uint8Array): string {
  try {
    precheckPdf(pdf, LIMITS);
    return 'ok';
  } catch (error) {
    if (error instanceof ScreenError) return `${error.code}:${String(error.data.what)}`;
    throw error;
  }
}

describe('precheckPdf refuses, whatever the dictionary says', () => {
  const bomb = flate(zeros(8_000_000));
  it.each<[string, Uint8Array, string]>([
    ['a plain flate bomb', pdfWith('/Filter /FlateDecode', bomb), 'TOO_LARGE:pdf-inflated'],
    ['two flate layers (the outer one small)', pdfWith('/Filter [/FlateDecode /FlateDecode]', flate(bomb)), 'TOO_LARGE:pdf-inflated'],
    ['an indirect filter (its object after the stream)', pdfWith('/Filter 9 0 R', bomb, '9 0 obj\n/FlateDecode\nendobj\n'), 'TOO_LARGE:pdf-inflated'],
    ['an escaped filter name', pdfWith('/Filter /Flat#65Decode', bomb), 'TOO_LARGE:pdf-inflated'],
    ['a filter far from the stream keyword', pdfWith(`/Filter /FlateDecode /Pad (${'x'.repeat(6000)} obj ${'y'.repeat(6000)})`, bomb), 'TOO_LARGE:pdf-inflated'],
    ['no filter named at all', pdfWith('', bomb), 'TOO_LARGE:pdf-inflated'],
    ['hex-encoded zlib', pdfWith('/Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from(toHex(bomb), 'latin1')), 'TOO_LARGE:pdf-inflated'],
    ['ASCII85-encoded zlib', pdfWith('/Filter [/A85 /Fl]', Buffer.from(toAscii85(bomb), 'latin1')), 'TOO_LARGE:pdf-inflated'],
    ['one content stream past the per-stream cap, under the total', pdfWith('/Filter /FlateDecode', flate(Buffer.alloc(2_000_000, 0x20))), 'TOO_LARGE:pdf-stream'],
    ['an "image" that inflates past the whole file’s cap', pdfWith('/Subtype /Image /Filter /FlateDecode', bomb), 'TOO_LARGE:pdf-inflated'],
    [
      'a content stream right after an image object (the image’s dictionary is not this one’s)',
      Buffer.concat([Buffer.from('%PDF-1.7\n3 0 obj\n<< /Subtype /Image /Length 0 >>\nstream\n\nendstream\nendobj\n', 'latin1'), pdfWith('/Filter /FlateDecode', flate(Buffer.alloc(2_000_000, 0x20))).subarray(9)]),
      'TOO_LARGE:pdf-stream',
    ],
  ])('%s', (_name, pdf, expected) => {
    expect(outcome(pdf)).toBe(expected);
  });
});

describe('precheckPdf lets through', () => {
  it.each<[string, Uint8Array]>([
    ['a stream of plain text', pdfWith('', Buffer.from('BT /F1 12 Tf (Hello) Tj ET'))],
    ['a small flate stream', pdfWith('/Filter /FlateDecode', flate(Buffer.from('BT /F1 12 Tf (Hello) Tj ET')))],
    ['an image over the per-stream cap, under the total', pdfWith('/Subtype /Image /Width 1000 /Filter /FlateDecode', flate(zeros(2_000_000)))],
    ['a font program over the per-stream cap (a whole CJK font), under the total', pdfWith('/Length1 2000000 /Filter /FlateDecode', flate(zeros(2_000_000)))],
    ['a damaged zlib stream (pdf.js judges it)', pdfWith('/Filter /FlateDecode', Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff, 0x00, 0x13]))],
  ])('%s', (_name, pdf) => {
    expect(outcome(pdf)).toBe('ok');
  });

  it('a real PDF (pdfkit, compressed)', async () => {
    const pdf = await makePdf((d) => d.fontSize(11).text('Engineering Manager, Northwind — 2019 to present'));
    expect(outcome(pdf)).toBe('ok');
  });
});

describe('precheckPdf counts exactly, whichever inflater does the work', () => {
  // Layers whose output may pass 16 MB, and damaged ones, are streamed; the rest are inflated by zlib in one call.
  const WIDE = { total: 100_000_000, perStream: 16_000_000 };
  const damaged = (data: Uint8Array): Uint8Array => Buffer.concat([data.subarray(0, data.length - 8), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])]);
  it.each<[string, Uint8Array, { total: number; perStream: number }, string]>([
    ['a 20 MB font program (streamed), under the total', pdfWith('/Length1 20000000 /Filter /FlateDecode', flate(zeros(20_000_000))), WIDE, 'ok'],
    ['a 120 MB font program (streamed), over the total', pdfWith('/Length1 120000000 /Filter /FlateDecode', flate(zeros(120_000_000))), WIDE, 'TOO_LARGE:pdf-inflated'],
    ['a bomb with a damaged tail (zlib counts up to the damage)', pdfWith('/Filter /FlateDecode', damaged(flate(zeros(8_000_000)))), LIMITS, 'TOO_LARGE:pdf-stream'],
    ['streams that together just fit the total', Buffer.concat([pdfWith('', flate(zeros(1_000_000))), pdfWith('', flate(zeros(1_000_000)))]), { total: 2_000_000, perStream: 1_000_000 }, 'ok'],
    ['one byte past the total', Buffer.concat([pdfWith('', flate(zeros(1_000_000))), pdfWith('', flate(zeros(1_000_001)))]), { total: 2_000_000, perStream: 2_000_000 }, 'TOO_LARGE:pdf-inflated'],
    ['one byte past a stream’s cap', pdfWith('', flate(zeros(1_000_001))), { total: 4_000_000, perStream: 1_000_000 }, 'TOO_LARGE:pdf-stream'],
  ])('%s', (_name, pdf, limits, expected) => {
    let got = 'ok';
    try {
      precheckPdf(pdf, limits);
    } catch (error) {
      if (!(error instanceof ScreenError)) throw error;
      got = `${error.code}:${String(error.data.what)}`;
    }
    expect(got).toBe(expected);
  });
});

describe('zlib headers and the ASCII decoders', () => {
  it.each<[string, number[], boolean]>([
    ['default compression', [0x78, 0x9c], true],
    ['best compression', [0x78, 0xda], true],
    ['no compression', [0x78, 0x01], true],
    ['smaller window', [0x58, 0x85], true],
    ['bad check bits', [0x78, 0x9d], false],
    ['preset dictionary (pdf.js refuses)', [0x78, 0xbb], false],
    ['not deflate', [0x79, 0x9c], false],
    ['window over 32K', [0x88, 0x98], false],
    ['text', [0x42, 0x54], false],
    ['one byte', [0x78], false],
  ])('%s', (_name, bytes, expected) => {
    expect(isZlibHeader(Uint8Array.from(bytes))).toBe(expected);
  });

  it('decodes hex and ASCII85 as pdf.js does', () => {
    expect(Buffer.from(hexDecode(Buffer.from('4D 61\n6E>ignored'))).toString('latin1')).toBe('Man');
    expect(Buffer.from(hexDecode(Buffer.from('4D6>'))).toString('hex')).toBe('4d60');
    expect(Buffer.from(ascii85Decode(Buffer.from('9jqo^~>'))).toString('latin1')).toBe('Man ');
    expect([...ascii85Decode(Buffer.from('z~>'))]).toEqual([0, 0, 0, 0]);
    for (const sample of ['', 'a', 'ab', 'abc', 'abcd', 'résumé text\u0000\u0000\u0000\u0000 with zeros']) {
      const bytes = Buffer.from(sample, 'utf8');
      expect(Buffer.from(ascii85Decode(Buffer.from(toAscii85(bytes), 'latin1')))).toEqual(bytes);
    }
  });
});
