// File type by magic bytes, never by extension: a ".pdf" that is really a DOCX is read as DOCX.
import { ScreenError } from '../types.js';
import { detectUtf16, looksBinary } from './encoding.js';

export type SniffedType = 'pdf' | 'zip' | 'text';

/** Binary formats we recognise only to refuse them with a precise UNSUPPORTED_TYPE. */
const REFUSED_SIGNATURES: ReadonlyArray<{ detected: string; bytes: readonly number[] }> = [
  { detected: 'doc', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // OLE2: legacy .doc/.xls
  { detected: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { detected: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { detected: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { detected: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { detected: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { detected: 'webp', bytes: [0x52, 0x49, 0x46, 0x46] }, // RIFF container
  { detected: 'rtf', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // "{\rtf"
  { detected: 'gzip', bytes: [0x1f, 0x8b] },
  { detected: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A password-protected .docx is an OLE2 container holding a stream named "EncryptedPackage" (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06]; // an empty archive: only the end record
/** PDF readers accept "%PDF" anywhere in the first 1 KiB (some generators prepend junk). */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

function findPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF_MAGIC, i)) return true;
  return false;
}

/** Decides the real type, or throws UNSUPPORTED_TYPE (with what was detected, never content). */
export function sniffType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, ZIP_EMPTY_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC) && isEncryptedOfficeFile(bytes)) throw new ScreenError('ENCRYPTED', { kind: 'docx' });
  for (const sig of REFUSED_SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new ScreenError('UNSUPPORTED_TYPE', { detected: sig.detected });
  }
  if (findPdfHeader(bytes)) return 'pdf';
  if (detectUtf16(bytes)) return 'text';
  if (looksBinary(bytes)) throw new ScreenError('UNSUPPORTED_TYPE', { detected: 'binary' });
  return 'text';
}

/** The kind a file's extension promises, for the EXTENSION_MISMATCH warning; undefined if unknown. */
export function kindFromExtension(source: string): 'pdf' | 'docx' | 'text' | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(source)?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown' || ext === 'text') return 'text';
  return undefined;
}
