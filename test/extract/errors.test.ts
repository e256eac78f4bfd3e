// One test per error code (and per warning the readers raise), on inputs built here.
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { ScreenError, type ErrorCode } from '../../src/types.js';
import { makeDocx, makePdf, makeZip, para, texts } from './build.js';

async function codeOf(promise: Promise<unknown>): Promise<{ code: ErrorCode; data: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ScreenError) return { code: error.code, data: error.data };
    throw error;
  }
  throw new Error('expected a ScreenError');
}

const onePagePdf = () =>
  makePdf((d) => d.fontSize(11).text('Senior Machine Learning Engineer at Northwind Retail, Jan 2018 – Present. Built ranking models.'));
const DOC_XML = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

describe('error codes', () => {
  it('TOO_LARGE: file over maxBytes, before any parsing', async () => {
    const err = await codeOf(extractBuffer(new Uint8Array(2048), 'big.pdf', { maxBytes: 1024 }));
    expect(err).toEqual({ code: 'TOO_LARGE', data: { what: 'file', bytes: 2048, limit: 1024 } });
  });

  it('TOO_LARGE: PDF whose FlateDecode streams really inflate past the cap (flate bomb), before pdf.js', async () => {
    const pdf = await makePdf((d) => {
      for (let i = 0; i < 40; i++) d.text('Built the ranking model for retail search across all markets.');
    });
    const err = await codeOf(extractBuffer(pdf, 'bomb.pdf', { maxPdfInflatedBytes: 2_000 }));
    expect(err).toEqual({ code: 'TOO_LARGE', data: { what: 'pdf-inflated', limit: 2_000 } });
    // Forty full-width lines in a row read as one wrapped paragraph; all the text is there.
    expect(texts(await extractBuffer(pdf, 'fine.pdf')).join(' ').match(/Built the ranking model/g)).toHaveLength(40);
  });

  it('TOO_LARGE: DOCX whose entries really inflate past the cap (declared sizes are not trusted)', async () => {
    const docx = makeDocx([para('x'.repeat(400_000))]);
    const err = await codeOf(extractBuffer(docx, 'bomb.docx', { maxDocxInflatedBytes: 100_000 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.data.what).toBe('docx-inflated');
  });

  it('TOO_LARGE: DOCX with too many zip entries', async () => {
    const entries: Record<string, string> = { 'word/document.xml': DOC_XML('') };
    for (let i = 0; i < 30; i++) entries[`junk/${i}.txt`] = 'x';
    const err = await codeOf(extractBuffer(makeZip(entries), 'many.docx', { maxDocxEntries: 20 }));
    expect(err).toMatchObject({ code: 'TOO_LARGE', data: { what: 'docx-entries', entries: 31 } });
  });

  it('EMPTY: zero bytes, whitespace-only text, a DOCX without text', async () => {
    expect((await codeOf(extractBuffer(new Uint8Array(0), 'empty.txt'))).code).toBe('EMPTY');
    expect((await codeOf(extractBuffer(new TextEncoder().encode(' \n\t\r\n \u00a0\u200b\n'), 'blank.txt'))).code).toBe('EMPTY');
    expect((await codeOf(extractBuffer(makeDocx([para('  ')]), 'blank.docx'))).code).toBe('EMPTY');
  });

  it.each([
    ['an OLE2 container holding an Excel workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('Workbook', 'utf16le')], 'ole'],
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'jpeg'],
    ['binary with NULs', [0x01, 0x02, 0x00, 0x41, 0x42], 'binary'],
  ])('UNSUPPORTED_TYPE: %s', async (_name, bytes, detected) => {
    const err = await codeOf(extractBuffer(new Uint8Array([...bytes, ...new Array<number>(64).fill(7)]), 'resume.doc'));
    expect(err).toEqual({ code: 'UNSUPPORTED_TYPE', data: { detected } });
  });

  it('UNSUPPORTED_TYPE: a zip that is not a DOCX', async () => {
    const err = await codeOf(extractBuffer(makeZip({ 'content.xml': '<a/>', mimetype: 'application/vnd.oasis' }), 'cv.odt'));
    expect(err).toEqual({ code: 'UNSUPPORTED_TYPE', data: { detected: 'zip' } });
  });

  it('CORRUPT: truncated PDF, %PDF-prefixed garbage', async () => {
    const pdf = await onePagePdf();
    expect(await codeOf(extractBuffer(pdf.subarray(0, 400), 'cut.pdf'))).toMatchObject({ code: 'CORRUPT', data: { kind: 'pdf' } });
    const garbage = new TextEncoder().encode('%PDF-1.7\n' + 'q9#@!'.repeat(200));
    expect(await codeOf(extractBuffer(garbage, 'garbage.pdf'))).toMatchObject({ code: 'CORRUPT', data: { kind: 'pdf' } });
  });

  it('CORRUPT: truncated DOCX, broken deflate stream', async () => {
    const docx = makeDocx([para('Hello')]);
    expect(await codeOf(extractBuffer(docx.subarray(0, docx.length - 40), 'cut.docx'))).toMatchObject({ code: 'CORRUPT' });
    const broken = makeZip({ 'word/document.xml': DOC_XML('<w:p><w:r><w:t>Hi</w:t></w:r></w:p>'.repeat(50)) });
    // Flip bytes inside the first entry's compressed data (after its 30-byte header and 17-byte name).
    broken.fill(0xff, 60, 90);
    expect(await codeOf(extractBuffer(broken, 'flipped.docx'))).toMatchObject({ code: 'CORRUPT', data: { kind: 'docx' } });
  });

  it.each([
    ['billion laughs', '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'],
    ['external entity', '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'],
  ])('CORRUPT: DOCX with a DTD (%s) is refused before mammoth', async (_name, dtd) => {
    const xml = DOC_XML('<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>').replace('?>', `?>${dtd}`);
    const err = await codeOf(extractBuffer(makeZip({ 'word/document.xml': xml }), 'dtd.docx'));
    expect(err).toEqual({ code: 'CORRUPT', data: { kind: 'docx', reason: 'xml-dtd' } });
  });

  it('ENCRYPTED: user-password PDFs (RC4 and AES-256)', async () => {
    for (const pdfVersion of ['1.3', '1.7ext3'] as const) {
      const pdf = await makePdf((d) => d.text('Secret résumé'), { userPassword: 'u', ownerPassword: 'o', pdfVersion });
      expect(await codeOf(extractBuffer(pdf, 'locked.pdf'))).toEqual({ code: 'ENCRYPTED', data: { kind: 'pdf' } });
    }
  });

  it('ENCRYPTED: a password-protected DOCX (an OLE2 container with an EncryptedPackage stream)', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    expect(await codeOf(extractBuffer(ole, 'locked.docx'))).toEqual({ code: 'ENCRYPTED', data: { kind: 'docx' } });
  });

  it('an owner-password-only PDF (permissions only) is read', async () => {
    const pdf = await makePdf((d) => d.text('Owner-locked résumé text that anyone can open'), {
      ownerPassword: 'o',
      permissions: { printing: 'lowResolution', copying: false },
    });
    expect(texts(await extractBuffer(pdf, 'owner.pdf'))).toEqual(['Owner-locked résumé text that anyone can open']);
  });

  it('NO_TEXT_LAYER: pages with drawings only (a scan has no text items), with --ocr never', async () => {
    const pdf = await makePdf((d) => {
      d.rect(50, 50, 400, 600).fill('#333');
      d.addPage().circle(200, 200, 80).stroke();
    });
    expect(await codeOf(extractBuffer(pdf, 'scan.pdf', { ocr: 'never' }))).toEqual({ code: 'NO_TEXT_LAYER', data: { pages: 2 } });
  });
});

describe('warnings', () => {
  it('LOW_TEXT: a few characters over several pages', async () => {
    const pdf = await makePdf((d) => {
      d.text('Ana Lovelace');
      d.addPage().rect(10, 10, 100, 100).fill();
      d.addPage().rect(10, 10, 100, 100).fill();
    });
    const doc = await extractBuffer(pdf, 'thin.pdf');
    expect(texts(doc)).toEqual(['Ana Lovelace']);
    expect(doc.warnings).toContainEqual({ code: 'LOW_TEXT', severity: 'warning', data: { chars: 'Ana Lovelace'.length, pages: 3, failedPages: [] } });
  });

  it('no LOW_TEXT on a normal one-page résumé', async () => {
    const pdf = await makePdf((d) => {
      for (let i = 0; i < 6; i++) d.text('Built the ranking model for retail search and led a team of five engineers.');
    });
    expect((await extractBuffer(pdf, 'ok.pdf')).warnings.map((w) => w.code)).not.toContain('LOW_TEXT');
  });

  it('EXTENSION_MISMATCH: a DOCX named .pdf is read as DOCX', async () => {
    const doc = await extractBuffer(makeDocx([para('Hello from Word')]), 'really-a-docx.pdf');
    expect(doc.kind).toBe('docx');
    expect(texts(doc)).toEqual(['Hello from Word']);
    expect(doc.warnings).toContainEqual({ code: 'EXTENSION_MISMATCH', severity: 'warning', data: { extension: 'pdf', detected: 'docx' } });
  });

  it('no EXTENSION_MISMATCH when the name agrees, or has no known extension', async () => {
    const pdf = await onePagePdf();
    expect((await extractBuffer(pdf, 'a.pdf')).warnings.map((w) => w.code)).not.toContain('EXTENSION_MISMATCH');
    expect((await extractBuffer(pdf, 'upload-123')).warnings.map((w) => w.code)).not.toContain('EXTENSION_MISMATCH');
  });

  it('PAGE_CAP: text of the first N pages only', async () => {
    const pdf = await makePdf((d) => {
      d.text('Page one text about machine learning and recommender systems.');
      for (let p = 2; p <= 5; p++) d.addPage().text(`Body of page number ${'x'.repeat(p)} with enough words to count.`);
    });
    const doc = await extractBuffer(pdf, 'long.pdf', { maxPages: 2 });
    expect(new Set(doc.lines.map((l) => l.page))).toEqual(new Set([1, 2]));
    expect(doc.pages).toBe(5);
    expect(doc.warnings).toContainEqual({ code: 'PAGE_CAP', severity: 'warning', data: { read: 2, pages: 5 } });
  });

  it('TEXT_CAP: text cut at maxTextChars', async () => {
    const text = 'A line of résumé text.\n'.repeat(100);
    const doc = await extractBuffer(new TextEncoder().encode(text), 'long.txt', { maxTextChars: 100 });
    expect(texts(doc).join('\n').length).toBeLessThanOrEqual(100);
    expect(doc.warnings).toContainEqual({ code: 'TEXT_CAP', severity: 'warning', data: { limit: 100 } });
  });

  it('a deflate-compressed 250 kB DOCX part is fine under the default cap', async () => {
    const xml = DOC_XML('<w:p><w:r><w:t>Paragraph</w:t></w:r></w:p>'.repeat(5_000));
    expect(deflateSync(new TextEncoder().encode(xml)).length).toBeLessThan(xml.length);
    const doc = await extractBuffer(makeZip({ 'word/document.xml': xml, '[Content_Types].xml': '<Types/>' }), 'big.docx');
    expect(doc.lines.length).toBe(5_000);
  });
});

describe('hostile text', () => {
  it('one 20 MB line is cut quickly (TEXT_CAP), not normalised whole', async () => {
    const bytes = new Uint8Array(19_000_000).fill(0x61);
    const started = performance.now();
    const doc = await extractBuffer(bytes, 'one-line.txt');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(doc.lines[0]?.text.length).toBe(200_000);
    expect(doc.warnings.map((w) => w.code)).toContain('TEXT_CAP');
  });
});

describe('a PDF without a cross-reference table', () => {
  it('is read: pdf.js rebuilds the table', async () => {
    const { extractPdf } = await import('../../src/extract/pdf/index.js');
    const raw = await extractPdf(
      new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length 36>>stream\nBT /F1 12 Tf 20 100 Td (warm-up) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
      { maxPages: 1, maxPdfInflatedBytes: 1_000_000, maxPdfStreamBytes: 1_000_000, ocr: 'never', ocrPageTimeoutMs: 1000 },
    );
    expect(raw.pages[0]?.lines).toEqual(['warm-up']);
  });
});
