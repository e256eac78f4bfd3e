// Flate bombs that a byte-scanning pre-check can miss, and floods that stay under the inflate cap. Each is a file
// pdf.js reads normally; the question is whether anything stops it before pdf.js inflates or parses it all.
import { deflateSync } from 'node:zlib';
import { deflateSegments, repeatToChunk, zlibWrap } from './deflate.js';
import { EXPECT, type CaseContext, type Expected } from './manifest.js';
import { obj, serialize, simpleDocument, streamObj, textContent, xrefTable, type PdfObject } from './pdf-raw.js';
import { rc4Security } from './pdf-rc4.js';
import { RESUME_LINES } from './text.js';

const GIB_OF_SPACES = [{ data: repeatToChunk(' ', 1 << 20), times: 1024 }];
const BOMB_OUTCOMES: Expected[] = [...EXPECT.bomb, 'CORRUPT', 'text'];
/** The pre-check inflates every zlib stream whatever its dictionary says: these are refused before pdf.js runs. */
const REFUSED: Expected[] = ['TOO_LARGE'];

/** Page content: one line of text, then 1 GiB of spaces, zlib-wrapped. */
function bombContent(): Buffer {
  return zlibWrap(deflateSegments([{ data: textContent(RESUME_LINES.slice(0, 2)), times: 1 }, ...GIB_OF_SPACES]));
}

/** simpleDocument with one page whose content stream (object 5) is `content` under `dict`, plus extra objects. */
function onePage(content: Buffer, dict: string, extra: PdfObject[] = [], trailerExtra = ''): Buffer {
  const objects = simpleDocument([[]]);
  objects[4] = streamObj(5, content, dict);
  return withTrailer([...objects, ...extra], trailerExtra);
}

function withTrailer(objects: PdfObject[], trailerExtra: string): Buffer {
  const { bytes, offsets } = serialize(objects);
  const size = Math.max(...objects.map((o) => o.id)) + 1;
  const tail = `${xrefTable(offsets, size)}trailer\n<< /Size ${size} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${bytes.length}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(tail, 'latin1')]);
}

export async function writePdfBypassCases(ctx: CaseContext): Promise<void> {
  const bomb = bombContent();
  await ctx.add({ id: 'h13', path: 'h13-double-flate-bomb.pdf', expect: REFUSED, why: '/Filter [/FlateDecode /FlateDecode]: the outer layer inflates to ~1 MiB, the inner to 1 GiB; a one-layer pre-check passes it' }, onePage(deflateSync(bomb, { level: 9 }), '/Filter [/FlateDecode /FlateDecode]'));
  await ctx.add({ id: 'h14', path: 'h14-indirect-filter-bomb.pdf', expect: REFUSED, why: '/Filter 9 0 R, object 9 being /FlateDecode: a pre-check matching /FlateDecode in the dictionary text misses it' }, onePage(bomb, '/Filter 9 0 R', [obj(9, '/FlateDecode')]));
  await ctx.add({ id: 'h15', path: 'h15-escaped-name-bomb.pdf', expect: REFUSED, why: '/Filter /Flat#65Decode (#65 is "e": the same name to pdf.js)' }, onePage(bomb, '/Filter /Flat#65Decode'));
  await ctx.add({ id: 'h16', path: 'h16-long-dict-bomb.pdf', expect: REFUSED, why: '/Filter /FlateDecode followed by 4 KB of padding (with " obj" in a string) before the stream keyword: a look-back window misses the filter' }, onePage(bomb, `/Filter /FlateDecode /Pad (${'x'.repeat(2000)} obj ${'y'.repeat(2000)})`));
  const security = rc4Security('hostile-owner');
  const encrypted = (content: Buffer): Buffer => onePage(security.encrypt(5, content), '/Filter /FlateDecode', [obj(9, security.encryptDict)], `/Encrypt 9 0 R /ID ${security.id}`);
  await ctx.add({ id: 'h17', path: 'h17-rc4-empty-password.pdf', expect: ['text'], why: 'RC4-40 with an empty user password (owner password only): opens without asking, so it must be read (and checks the handler below is right)' }, encrypted(zlibWrap(deflateSegments([{ data: textContent(RESUME_LINES), times: 1 }]))));
  await ctx.add({ id: 'h18', path: 'h18-encrypted-flate-bomb.pdf', expect: BOMB_OUTCOMES, why: 'the same empty-password RC4 file with a 1 GiB flate bomb: the pre-check sees ciphertext, pdf.js decrypts and inflates' }, encrypted(bomb));
  await ctx.add({ id: 'h19', path: 'h19-text-operator-flood.pdf', expect: REFUSED, why: 'one page of 95 MB of text operators (1.7 million text items), under the 100 MB inflate cap: pdf.js builds every item before any text cap applies' }, onePage(zlibWrap(deflateSegments([{ data: textFlood(), times: 95 }])), '/Filter /FlateDecode'));
}

/** ~1 MiB of positioned text operators: 40 rows of short words, repeated. */
function textFlood(): Buffer {
  const rows = Array.from({ length: 40 }, (_, i) => `BT /F1 8 Tf 1 0 0 1 ${72 + (i % 7) * 60} ${760 - i * 18} Tm (ranking ${i}) Tj ET\n`).join('');
  return repeatToChunk(rows, 1 << 20);
}

