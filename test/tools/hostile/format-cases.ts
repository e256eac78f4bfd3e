// Hostile legacy-format files: a truncated and a password-protected .doc, RTF with deep group nesting, lying and
// real \bin blobs and no text, ODT zip bombs and a DTD. Each must give one stable code, never a crash or a hang.
import { readFileSync } from 'node:fs';
import { repeatToChunk } from './deflate.js';
import type { CaseContext } from './manifest.js';
import { RESUME_LINES } from './text.js';
import { buildZip, type ZipEntry } from './zip.js';

const MIB = 1 << 20;
const ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
const ODT_OPEN = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS}><office:body><office:text>`;
const ODT_CLOSE = '</office:text></office:body></office:document-content>';
/** A real .doc saved by LibreOffice (npm run fixtures:formats): the base of the damaged copies. */
const DOC_FIXTURE = 'fixtures/formats/priya-okonjo.doc';

const rtfParagraphs = (lines: readonly string[]) => lines.map((l) => `${l}\\par `).join('');
const rtf = (body: string) => `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}${body}}`;
const odtParagraphs = (lines: readonly string[]) => lines.map((l) => `<text:p>${l}</text:p>`).join('');

function odt(content: ZipEntry['content'], declaredSize?: number): Buffer {
  return buildZip([
    { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text', store: true },
    { name: 'content.xml', content, declaredSize },
  ]);
}

/** The WordDocument stream's FIB: its magic 0xA5EC at a sector boundary. */
function fibOffset(doc: Buffer): number {
  for (let at = 512; at + 2 <= doc.length; at += 512) if (doc.readUInt16LE(at) === 0xa5ec) return at;
  throw new Error(`${DOC_FIXTURE}: no FIB`);
}

export async function writeFormatCases(ctx: CaseContext): Promise<void> {
  const doc = readFileSync(DOC_FIXTURE);
  const locked = Buffer.from(doc);
  const flags = fibOffset(locked) + 0x0a;
  locked.writeUInt16LE(locked.readUInt16LE(flags) | 0x0100, flags);
  await ctx.add({ id: 'h84', path: 'h84-truncated.doc', expect: ['CORRUPT'], why: 'a real .doc cut to 40%: the OLE directory and part of the Word stream are gone' }, doc.subarray(0, Math.floor(doc.length * 0.4)));
  await ctx.add({ id: 'h85', path: 'h85-encrypted.doc', expect: ['ENCRYPTED'], why: 'a .doc whose FIB says fEncrypted: its text is ciphertext and must not be read as words' }, locked);
  await ctx.add({ id: 'h86', path: 'h86-rtf-100000-groups.rtf', expect: ['TOO_LARGE'], why: '100,000 nested RTF groups (200 KB): each open group is one more link in the parser\'s state chain' }, rtf(`${'{'.repeat(100_000)}deep${'}'.repeat(100_000)}${rtfParagraphs(RESUME_LINES)}`));
  await ctx.add({ id: 'h87', path: 'h87-rtf-bin-2gb-claim.rtf', expect: ['CORRUPT'], why: 'a \\bin2000000000 control in a 300-byte file: the tokenizer would allocate 2 GB up front' }, rtf(`{\\*\\blob\\bin2000000000 abc}${rtfParagraphs(RESUME_LINES)}`));
  await ctx.add({ id: 'h88', path: 'h88-rtf-4mb-bin-blob.rtf', expect: ['text'], why: 'a real 4 MB \\bin blob full of braces and backslashes, then the résumé: the blob is skipped, not parsed as groups' }, Buffer.concat([Buffer.from(`{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\*\\blob\\bin${4 * MIB} `), Buffer.alloc(4 * MIB, '{\\'), Buffer.from(`}${rtfParagraphs(RESUME_LINES)}}`)]));
  await ctx.add({ id: 'h89', path: 'h89-rtf-no-text.rtf', expect: ['CORRUPT'], why: 'a well-formed RTF with a font and colour table and no text: not an empty résumé but an unread file' }, rtf('{\\colortbl;\\red0\\green0\\blue0;}'));
  await ctx.add({ id: 'h90', path: 'h90-odt-zip-bomb.odt', expect: ['TOO_LARGE'], why: 'content.xml inflates to 1.1 GiB of one paragraph (~1 MiB file): the zip pre-check must stop it' }, odt([
    { data: Buffer.from(`${ODT_OPEN}<text:p>`), times: 1 },
    { data: Buffer.from('A'.repeat(MIB)), times: 1100 },
    { data: Buffer.from(`</text:p>${odtParagraphs(RESUME_LINES)}${ODT_CLOSE}`), times: 1 },
  ]));
  await ctx.add({ id: 'h91', path: 'h91-odt-lying-sizes.odt', expect: ['TOO_LARGE'], why: 'headers say content.xml is 2,000 bytes; it inflates to 512 MiB of paragraphs' }, odt([{ data: repeatToChunk(odtParagraphs(['Shipped a recommender for a bookshop.']), MIB), times: 512 }], 2000));
  await ctx.add({ id: 'h92', path: 'h92-odt-billion-laughs.odt', expect: ['CORRUPT'], why: 'a DTD of nested entities in content.xml: refused before any XML is parsed' }, odt(`<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${ODT_OPEN}<text:p>&b;</text:p>${ODT_CLOSE}`));
}
