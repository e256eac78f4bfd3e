// Hostile PDFs written object by object (structures no PDF library will produce on purpose).
import { deflateSegments, repeatToChunk, zlibWrap } from './deflate.js';
import { EXPECT, type CaseContext } from './manifest.js';
import { HELVETICA, PDF_HEADER, buildPdf, obj, serialize, simpleDocument, streamObj, textContent, xrefTable } from './pdf-raw.js';
import { RESUME_LINES, pseudoRandomBytes } from './text.js';

const PAGE = '/Type /Page /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>';
const GIB = 1024 ** 3;

export async function writePdfCases(ctx: CaseContext): Promise<void> {
  const good = buildPdf(simpleDocument([RESUME_LINES, ['Projects', 'Recommender system for a bookshop'], ['Skills', 'Python, Spark']]));

  await ctx.add({ id: 'h01', path: 'h01-truncated.pdf', expect: EXPECT.recoverOrCorrupt, why: 'cut at 55%: no xref, no trailer, last page gone; pdf.js may rebuild the xref by scanning and read page 1, or the file is refused' }, good.subarray(0, Math.floor(good.length * 0.55)));
  await ctx.add({ id: 'h02', path: 'h02-garbage.pdf', expect: ['UNSUPPORTED_TYPE', 'CORRUPT'], why: '64 KiB of random bytes named .pdf: no magic bytes, binary' }, pseudoRandomBytes(65536, 2));
  await ctx.add({ id: 'h03', path: 'h03-pdf-prefixed-garbage.pdf', expect: ['CORRUPT'], why: '%PDF header then random bytes: looks like a PDF, has no objects' }, Buffer.concat([PDF_HEADER, pseudoRandomBytes(65536, 3)]));
  await ctx.add({ id: 'h04', path: 'h04-damaged-middle.pdf', expect: EXPECT.recoverOrCorrupt, warnings: ['LOW_TEXT'], why: 'pages 1 and 3 intact, page 2 object overwritten with garbage: the readable text may be kept, flagged LOW_TEXT (issue 2)' }, damageMiddle(good));
  await ctx.add({ id: 'h05', path: 'h05-xref-prev-loop.pdf', expect: EXPECT.recoverOrCorrupt, why: 'two xref sections whose trailers point at each other with /Prev: a naive reader loops forever' }, xrefPrevLoop());
  await ctx.add({ id: 'h06', path: 'h06-page-tree-cycle.pdf', expect: EXPECT.recoverOrCorrupt, why: 'the page tree contains itself and claims /Count 2,000,000,000: page 1 is real, the rest is a cycle' }, pageTreeCycle());
  await ctx.add({ id: 'h07', path: 'h07-self-referencing-form.pdf', expect: EXPECT.recoverOrCorrupt, why: 'a form XObject that draws itself (and a pair that draw each other): unbounded recursion in a naive evaluator' }, selfReferencingForm());
  await ctx.add({ id: 'h08', path: 'h08-nested-arrays.pdf', expect: EXPECT.recoverOrCorrupt, why: '100,000 nested [ in the page dictionary: a recursive parser overflows its stack' }, nested('[', ']'));
  await ctx.add({ id: 'h09', path: 'h09-nested-dicts.pdf', expect: EXPECT.recoverOrCorrupt, why: '100,000 nested << /A … >> in the page dictionary' }, nested('<< /A ', ' >>'));
  await ctx.add({ id: 'h10', path: 'h10-flate-bomb.pdf', expect: [...EXPECT.bomb, 'text', 'CORRUPT'], why: '~1 MiB file whose page content inflates to 1 GiB of spaces after one line of text; pdf.js has no decoded-size cap, so: a cap (TOO_LARGE), the pool (TIMEOUT/OUT_OF_MEMORY), a refused stream (CORRUPT) or the one line read (text) are all safe' }, flateBomb());
  await ctx.add({ id: 'h11', path: 'h11-20000-pages.pdf', expect: ['text', 'TOO_LARGE'], warnings: ['PAGE_CAP'], why: '20,000 small pages (~6 MB): read the first pages only, flagged PAGE_CAP, or refuse by page count' }, manyPages(20_000));
  await ctx.add({ id: 'h12', path: 'h12-no-text.pdf', expect: ['NO_TEXT_LAYER', 'EMPTY'], why: 'one blank page: nothing to read, OCR would be needed' }, buildPdf([obj(1, '<< /Type /Catalog /Pages 2 0 R >>'), obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'), obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>')]));
}

/** Overwrite page 2's objects (page dictionary and content) with random bytes; offsets elsewhere stay right. */
function damageMiddle(good: Buffer): Buffer {
  const damaged = Buffer.from(good);
  const start = damaged.indexOf('6 0 obj');
  const end = damaged.indexOf('8 0 obj');
  pseudoRandomBytes(end - start, 4).copy(damaged, start);
  return damaged;
}

function xrefPrevLoop(): Buffer {
  const { bytes, offsets } = serialize(simpleDocument([RESUME_LINES]));
  const size = 6;
  const first = bytes.length;
  const section1 = `${xrefTable(offsets, size)}trailer\n<< /Size ${size} /Root 1 0 R /Prev SECOND >>\n`;
  const second = first + Buffer.byteLength(section1.replace('SECOND', '0000000000'), 'latin1');
  const section2 = `xref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size ${size} /Root 1 0 R /Prev ${String(first).padStart(10, '0')} >>\n`;
  const tail = `${section1.replace('SECOND', String(second).padStart(10, '0'))}${section2}startxref\n${first}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(tail, 'latin1')]);
}

function pageTreeCycle(): Buffer {
  return buildPdf([
    obj(1, '<< /Type /Catalog /Pages 2 0 R >>'),
    obj(2, '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2000000000 >>'),
    obj(3, HELVETICA),
    obj(4, `<< ${PAGE} /Parent 2 0 R /Contents 5 0 R >>`),
    streamObj(5, textContent(RESUME_LINES)),
    obj(6, '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 1999999999 >>'),
  ]);
}

function selfReferencingForm(): Buffer {
  const formDict = (self: number, other: number): string =>
    `/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /X0 ${self} 0 R /X1 ${other} 0 R >> >>`;
  const draw = Buffer.from('BT /F1 9 Tf 72 100 Td (form) Tj ET /X0 Do /X1 Do', 'latin1');
  return buildPdf([
    obj(1, '<< /Type /Catalog /Pages 2 0 R >>'),
    obj(2, '<< /Type /Pages /Kids [4 0 R] /Count 1 >>'),
    obj(3, HELVETICA),
    obj(4, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /X0 6 0 R >> >> /Contents 5 0 R >>`),
    streamObj(5, Buffer.concat([textContent(RESUME_LINES), Buffer.from('\n/X0 Do', 'latin1')])),
    streamObj(6, draw, formDict(6, 7)),
    streamObj(7, draw, formDict(7, 6)),
  ]);
}

function nested(open: string, close: string): Buffer {
  const depth = 100_000;
  return buildPdf(simpleDocument([RESUME_LINES], `/Junk ${open.repeat(depth)}${close.repeat(depth)}`));
}

function flateBomb(): Buffer {
  const stream = deflateSegments([
    { data: textContent(RESUME_LINES.slice(0, 2)), times: 1 },
    { data: repeatToChunk(' ', 1 << 20), times: GIB / (1 << 20) },
  ]);
  const objects = simpleDocument([[]]);
  objects[4] = streamObj(5, zlibWrap(stream), '/Filter /FlateDecode');
  return buildPdf(objects);
}

/** `count` pages, each with its own one-line content (identical lines would be removed as running headers). */
function manyPages(count: number): Buffer {
  const pages = Array.from({ length: count }, (_, i) => (i === 0 ? RESUME_LINES : [`Project log entry ${i + 1}: tuned a ranking model`]));
  return buildPdf(simpleDocument(pages));
}
