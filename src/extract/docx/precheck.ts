// DOCX pre-check before mammoth sees the file: read the zip's central directory ourselves, cap the entry count,
// and *actually inflate* every entry with a streaming inflater that counts bytes and stops past the caps — the
// sizes a zip declares can lie. A part that holds XML may not inflate past a per-part cap either (mammoth builds a
// DOM of all of it before any text cap applies), and no part may declare a DTD. Both are decided by a part's bytes,
// not its name: mammoth takes its main document wherever `_rels/.rels` points, whatever the part is called. Also
// keeps the small parts we read ourselves.
import { Inflate } from 'fflate';
import { ScreenError } from '../../types.js';

export interface PrecheckLimits {
  maxDocxEntries: number;
  maxDocxInflatedBytes: number;
  /** One part (media aside) inflated: a résumé's document.xml is well under 1 MB. */
  maxDocxPartBytes: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

/** Parts kept (inflated) for our own reading: headers, footers, core properties. */
const KEPT_PART = /^(?:word\/(?:header|footer)\d*\.xml|word\/styles\.xml|docProps\/core\.xml)$/;
/** The first byte of a part that is not a BOM byte or white space: `<` means XML. */
const FIRST_SIGNIFICANT = /[^\s\xEF\xBB\xBF]/;
/** A DOCTYPE or entity declaration in any part: billion laughs, XXE. Word never writes one. */
const DTD_MARKERS = ['<!DOCTYPE', '<!ENTITY'];
/** Compressed bytes fed to the inflater at a time: bounds the output of one push (deflate expands ≤ ~1032×). */
const FEED_BYTES = 16 * 1024;
const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

const corrupt = (reason: string) => new ScreenError('CORRUPT', { kind: 'docx', reason });

function findEndOfCentralDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= earliest; i--) if (view.getUint32(i, true) === EOCD_SIG) return i;
  throw corrupt('no-central-directory');
}

export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  if (bytes.length < 22) throw corrupt('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const total = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (total === 0xffff || cdOffset === 0xffffffff) throw corrupt('zip64');
  if (total > maxEntries) throw new ScreenError('TOO_LARGE', { what: 'docx-entries', entries: total, limit: maxEntries });
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < total; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CDH_SIG) throw corrupt('bad-central-directory');
    const nameLength = view.getUint16(p + 28, true);
    const next = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (next > bytes.length) throw corrupt('bad-central-directory');
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p = next;
  }
  return entries;
}

function entryData(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LFH_SIG) throw corrupt('bad-local-header');
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt('truncated');
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates one entry in small steps, calling onChunk for each output chunk (which may throw to abort). */
function inflateEntry(data: Uint8Array, method: number, onChunk: (chunk: Uint8Array) => void): void {
  if (method === 0) return onChunk(data);
  if (method !== 8) throw corrupt('unsupported-compression');
  const inflater = new Inflate((chunk) => onChunk(chunk));
  try {
    for (let at = 0; at < data.length; at += FEED_BYTES) {
      inflater.push(data.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ScreenError) throw error;
    throw corrupt('bad-deflate-stream');
  }
}

/** Runs the whole pre-check; returns the kept parts' text (UTF-8) by entry name. */
export function precheckDocx(bytes: Uint8Array, limits: PrecheckLimits): Map<string, string> {
  const entries = readCentralDirectory(bytes, limits.maxDocxEntries);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ScreenError('UNSUPPORTED_TYPE', { detected: 'zip' });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept = new Map<string, string>();
  let inflated = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw new ScreenError('ENCRYPTED', { kind: 'docx' });
    let isXml: boolean | undefined;
    const keep = KEPT_PART.test(entry.name);
    const chunks: Uint8Array[] = [];
    let tail = '';
    let part = 0;
    inflateEntry(entryData(bytes, view, entry), entry.method, (chunk) => {
      inflated += chunk.length;
      part += chunk.length;
      if (inflated > limits.maxDocxInflatedBytes) {
        throw new ScreenError('TOO_LARGE', { what: 'docx-inflated', limit: limits.maxDocxInflatedBytes });
      }
      // latin1 keeps one char per byte, so the carried tail catches markers split across chunks.
      const window = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      if (isXml === undefined) {
        const first = FIRST_SIGNIFICANT.exec(window);
        if (first) isXml = first[0] === '<';
      }
      // Held to the per-part cap unless its bytes showed it is not XML (white space so far counts as XML).
      if (isXml !== false && part > limits.maxDocxPartBytes) throw new ScreenError('TOO_LARGE', { what: 'docx-part', limit: limits.maxDocxPartBytes });
      // Every part, binary or not: a DTD has no business anywhere in a DOCX.
      if (DTD_MARKERS.some((m) => window.includes(m))) throw corrupt('xml-dtd');
      tail = window.slice(-16);
      if (keep) chunks.push(chunk.slice());
    });
    if (keep) kept.set(entry.name, Buffer.concat(chunks).toString('utf8'));
  }
  return kept;
}
