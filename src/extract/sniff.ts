// File type by magic bytes, never by extension: a ".pdf" that is really a DOCX is read as DOCX. The formats read
// are the registry's (formats.ts); a few others are recognised only to refuse them with a precise UNSUPPORTED_TYPE.
import { ScreenError } from '../types.js';
import { DETECTION_ORDER, READERS, type DocKind } from './formats.js';
import { findPdfHeader, OLE_MAGIC, oleHasStream, startsWith } from './magic.js';

export { kindFromExtension } from './formats.js';

/** Binary formats we recognise only to refuse them with a precise UNSUPPORTED_TYPE. */
const REFUSED_SIGNATURES: ReadonlyArray<{ detected: string; bytes: readonly number[] }> = [
  { detected: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { detected: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { detected: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { detected: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { detected: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { detected: 'webp', bytes: [0x52, 0x49, 0x46, 0x46] }, // RIFF container
  { detected: 'gzip', bytes: [0x1f, 0x8b] },
  { detected: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

/** Decides the real type, or throws UNSUPPORTED_TYPE (with what was detected, never content). */
export function sniffType(bytes: Uint8Array): DocKind {
  // A password-protected .docx is an OLE2 container holding a stream named "EncryptedPackage".
  if (oleHasStream(bytes, 'EncryptedPackage')) throw new ScreenError('ENCRYPTED', { kind: 'docx' });
  for (const kind of DETECTION_ORDER) {
    if (kind === 'text') break; // refused binaries are checked before the text fallback
    if (READERS[kind].detect(bytes)) return kind;
  }
  // OLE2 without a Word stream: .xls, .ppt, .msg…
  if (startsWith(bytes, OLE_MAGIC)) throw new ScreenError('UNSUPPORTED_TYPE', { detected: 'ole' });
  for (const sig of REFUSED_SIGNATURES) {
    if (startsWith(bytes, sig.bytes)) throw new ScreenError('UNSUPPORTED_TYPE', { detected: sig.detected });
  }
  if (findPdfHeader(bytes)) return 'pdf';
  if (READERS.text.detect(bytes)) return 'text';
  throw new ScreenError('UNSUPPORTED_TYPE', { detected: 'binary' });
}
