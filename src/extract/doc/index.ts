// Legacy Word (.doc, Word 97–2003 binary) reader: word-extractor's OLE reader (pinned 1.0.4; deep import of its OLE
// extractor so that only OLE files, never zips, reach it) → body, header/footer, footnote/endnote and text-box text.
// Not seen: character formatting, so hidden (\v-style "vanish") text in a .doc reads as ordinary text.
import { createRequire } from 'node:module';
import { ScreenError } from '../../types.js';
import { channelPage, distinctLines, withoutPageFields } from '../channels.js';
import type { RawDocument } from '../raw.js';

/** The slice of word-extractor's Document we read. */
interface WordDocument {
  getBody(options: Unfiltered): string;
  getFootnotes(options: Unfiltered): string;
  getEndnotes(options: Unfiltered): string;
  getHeaders(options: Unfiltered & { includeFooters: boolean }): string;
  getFooters(options: Unfiltered): string;
  getTextboxes(options: Unfiltered & { includeHeadersAndFooters: boolean; includeBody: boolean }): string;
}
/** word-extractor's default filter turns dashes and curly quotes into ASCII ("2019 – 2021" → "2019 - 2021"): off. */
interface Unfiltered {
  filterUnicode: false;
}
const RAW: Unfiltered = { filterUnicode: false };

interface OleExtractor {
  extract(reader: unknown): Promise<WordDocument>;
  extractWordDocument(document: unknown, wordStream: Buffer): Promise<WordDocument>;
}

interface WordExtractorModules {
  OleExtractor: new () => OleExtractor;
  BufferReader: new (buffer: Buffer) => unknown;
}

/** FIB flags (offset 0x0A of the WordDocument stream): fEncrypted, fObfuscated ([MS-DOC] 2.5.2). */
const FIB_FLAGS_OFFSET = 0x0a;
const F_ENCRYPTED = 0x0100;

let modules: WordExtractorModules | undefined;
function load(): WordExtractorModules {
  const require = createRequire(import.meta.url);
  modules ??= {
    OleExtractor: require('word-extractor/lib/word-ole-extractor.js') as WordExtractorModules['OleExtractor'],
    BufferReader: require('word-extractor/lib/buffer-reader.js') as WordExtractorModules['BufferReader'],
  };
  return modules;
}

const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((l) => l.trim().length > 0);

export async function extractDoc(bytes: Uint8Array): Promise<RawDocument> {
  // 1. The OLE container and the Word stream, refused when password-protected (its text would be ciphertext).
  const doc = await readWordDocument(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  // 2. Headers and footers once, at the top (as the DOCX reader does), page-number fields dropped.
  const seen = new Set<string>();
  const headers = distinctLines(withoutPageFields(splitLines(doc.getHeaders({ ...RAW, includeFooters: false }))), seen);
  const footers = distinctLines(withoutPageFields(splitLines(doc.getFooters(RAW))), seen);
  // 3. Body, then notes and text boxes as their own channels.
  const body = splitLines(doc.getBody(RAW));
  const notes = splitLines(`${doc.getFootnotes(RAW)}\n${doc.getEndnotes(RAW)}`);
  const boxes = splitLines(doc.getTextboxes({ ...RAW, includeHeadersAndFooters: false, includeBody: true }));
  const page = channelPage([
    { channel: 'header', lines: headers },
    { channel: 'footer', lines: footers },
    { channel: 'body', lines: body },
    { channel: 'footnote', lines: notes },
    { channel: 'textbox', lines: boxes },
  ]);
  return { kind: 'doc', pages: [page], pageCount: 1, meta: {}, warnings: [] };
}

async function readWordDocument(buffer: Buffer): Promise<WordDocument> {
  const { OleExtractor, BufferReader } = load();
  const extractor = new OleExtractor();
  const extractWordDocument = extractor.extractWordDocument.bind(extractor);
  extractor.extractWordDocument = (document, wordStream) => {
    if (wordStream.length > FIB_FLAGS_OFFSET + 1 && wordStream.readUInt16LE(FIB_FLAGS_OFFSET) & F_ENCRYPTED) {
      throw new ScreenError('ENCRYPTED', { kind: 'doc' });
    }
    return extractWordDocument(document, wordStream);
  };
  try {
    return await extractor.extract(new BufferReader(buffer));
  } catch (error) {
    if (error instanceof ScreenError) throw error;
    // word-extractor's messages may quote stream names or bytes: only a stable reason leaves.
    throw new ScreenError('CORRUPT', { kind: 'doc', reason: 'unreadable-document' });
  }
}
