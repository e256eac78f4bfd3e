// The reader registry (DESIGN.md §7): one entry per input format — its kind, name, extensions, magic bytes and
// reader. Adding a format is one entry here and its reader folder: the sniffer, EXTENSION_MISMATCH, the folder walk
// (src/run/inputs.ts) and the messages all read this table. Readers load on first use: a PDF-only run never loads
// the RTF parser, and the parent process (which only walks folders) never loads a reader at all.
import type { ExtractOptions } from './index.js';
import { detectUtf16, looksBinary } from './encoding.js';
import { hasAscii, OLE_MAGIC, oleHasStream, PDF_MAGIC, startsWith, ZIP_EMPTY_MAGIC, ZIP_MAGIC } from './magic.js';
import type { RawDocument } from './raw.js';

export const DOC_KINDS = ['pdf', 'docx', 'doc', 'rtf', 'odt', 'text'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface ReadContext {
  source: string;
  options: ExtractOptions;
}

export interface Reader {
  /** How users know it ("PDF", "DOC"…), for messages and help. */
  label: string;
  /** Extensions a folder walk picks up, lower case with the dot; the first is the usual one. */
  extensions: readonly string[];
  /** True when the bytes are this format (magic bytes, never the name). Tried in DETECTION_ORDER. */
  detect(bytes: Uint8Array): boolean;
  /** Pre-checks (sizes, zip bombs, nesting) and reading; throws ScreenError with a stable code. */
  read(bytes: Uint8Array, context: ReadContext): Promise<RawDocument>;
}

/** "PK\x03\x04", then the stored first entry "mimetype" (ODF §3.3) naming an OpenDocument text (or template). */
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
/**
 * OLE2 streams that mark a container as something other than a Word file (Excel, PowerPoint, Outlook message).
 * Any other OLE2 file is taken as Word: the directory naming "WordDocument" sits at the end of the file, so a
 * truncated .doc has lost it, and must still be read as a .doc (and found CORRUPT), not refused as another type.
 */
const OTHER_OLE_STREAMS = ['Workbook', 'Book', 'PowerPoint Document', '__substg1.0_', '__properties_version1.0'];

export const READERS: Readonly<Record<DocKind, Reader>> = {
  pdf: {
    label: 'PDF',
    extensions: ['.pdf'],
    detect: (b) => startsWith(b, PDF_MAGIC),
    read: async (b, { options }) => (await import('./pdf/index.js')).extractPdf(b, options),
  },
  odt: {
    label: 'ODT',
    extensions: ['.odt'],
    detect: (b) => startsWith(b, ZIP_MAGIC) && hasAscii(b, 'mimetype', 30) && hasAscii(b, ODT_MIMETYPE, 38),
    read: async (b, { options }) => (await import('./odt/index.js')).extractOdt(b, options),
  },
  docx: {
    label: 'DOCX',
    extensions: ['.docx'],
    detect: (b) => startsWith(b, ZIP_MAGIC) || startsWith(b, ZIP_EMPTY_MAGIC),
    read: async (b, { options }) => (await import('./docx/index.js')).extractDocx(b, options),
  },
  doc: {
    label: 'DOC',
    extensions: ['.doc'],
    detect: (b) => startsWith(b, OLE_MAGIC) && (oleHasStream(b, 'WordDocument') || !OTHER_OLE_STREAMS.some((n) => oleHasStream(b, n))),
    read: async (b) => (await import('./doc/index.js')).extractDoc(b),
  },
  rtf: {
    label: 'RTF',
    extensions: ['.rtf'],
    detect: (b) => hasAscii(b, '{\\rtf'),
    read: async (b) => (await import('./rtf/index.js')).extractRtf(b),
  },
  text: {
    label: 'TXT or MD',
    extensions: ['.txt', '.md', '.markdown', '.text'],
    detect: (b) => detectUtf16(b) !== undefined || !looksBinary(b),
    read: async (b, { source }) => (await import('./text.js')).extractText(b, /\.(md|markdown)$/i.test(source)),
  },
};

/**
 * Most specific first: an ODT is a zip with its own first entry, so it is tried before DOCX; plain text is whatever
 * is left that does not look binary (sniff.ts also takes a PDF whose "%PDF" comes after some junk).
 */
export const DETECTION_ORDER: readonly DocKind[] = ['pdf', 'odt', 'docx', 'doc', 'rtf', 'text'];

/** Every extension a folder walk reads, with the dot. */
export const READ_EXTENSIONS: ReadonlySet<string> = new Set(DOC_KINDS.flatMap((k) => READERS[k].extensions));

/** "PDF, DOCX, DOC, RTF, ODT, TXT or MD": for messages and help. */
export const FORMAT_NAMES: string = DOC_KINDS.map((k) => READERS[k].label).join(', ');

/** The kind a file's extension promises, for the EXTENSION_MISMATCH warning; undefined if unknown. */
export function kindFromExtension(source: string): DocKind | undefined {
  const ext = /(\.[a-z0-9]+)$/i.exec(source)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : DOC_KINDS.find((k) => READERS[k].extensions.includes(ext));
}
