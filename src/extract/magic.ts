// Byte-signature helpers shared by the reader registry (formats.ts) and the type sniffer (sniff.ts).

export function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

/** `text` (ASCII) at byte offset `at`. */
export function hasAscii(bytes: Uint8Array, text: string, at = 0): boolean {
  return startsWith(bytes, [...Buffer.from(text, 'latin1')], at);
}

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
export const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06]; // an empty archive: only the end record

/** A stream name in an OLE2 container's directory (names are UTF-16LE there). */
export function oleHasStream(bytes: Uint8Array, name: string): boolean {
  return startsWith(bytes, OLE_MAGIC) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** PDF readers accept "%PDF" anywhere in the first 1 KiB (some generators prepend junk). */
const PDF_HEADER_WINDOW = 1024;

export function findPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF_MAGIC, i)) return true;
  return false;
}
