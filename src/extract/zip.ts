// Zip pre-check for the zip-based document formats (DOCX, ODT) before any library inflates them: read the central
// directory ourselves, cap the entry count, and *actually inflate* every entry with a streaming inflater that
// counts bytes and stops past the caps — the sizes a zip declares can lie. A part that holds XML may not inflate
// past a per-part cap either (a reader builds a DOM or a string of all of it before any text cap applies), and no
// part may declare a DTD. Both are decided by a part's bytes, not its name. Also keeps the parts the reader wants.
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import { ScreenError } from '../types.js';

export type ZipKind = 'docx' | 'odt';

export interface ZipLimits {
  maxEntries: number;
  maxInflatedBytes: number;
  /** One part (media aside) inflated: a résumé's document XML is well under 1 MB. */
  maxPartBytes: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

/** A DOCTYPE or entity declaration in any part: billion laughs, XXE. Word and LibreOffice never write one. */
const DTD_MARKERS = ['<!DOCTYPE', '<!ENTITY'];
/** Compressed bytes fed to the inflater at a time: bounds the output of one push (deflate expands ≤ ~1032×). */
const FEED_BYTES = 16 * 1024;
const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

const corrupt = (kind: ZipKind, reason: string) => new ScreenError('CORRUPT', { kind, reason });

function findEndOfCentralDirectory(view: DataView, kind: ZipKind): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= earliest; i--) if (view.getUint32(i, true) === EOCD_SIG) return i;
  throw corrupt(kind, 'no-central-directory');
}

export function readCentralDirectory(bytes: Uint8Array, maxEntries: number, kind: ZipKind = 'docx'): ZipEntry[] {
  if (bytes.length < 22) throw corrupt(kind, 'truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view, kind);
  const total = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (total === 0xffff || cdOffset === 0xffffffff) throw corrupt(kind, 'zip64');
  if (total > maxEntries) throw new ScreenError('TOO_LARGE', { what: `${kind}-entries`, entries: total, limit: maxEntries });
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < total; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CDH_SIG) throw corrupt(kind, 'bad-central-directory');
    const nameLength = view.getUint16(p + 28, true);
    const next = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (next > bytes.length) throw corrupt(kind, 'bad-central-directory');
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

function entryData(bytes: Uint8Array, view: DataView, entry: ZipEntry, kind: ZipKind): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LFH_SIG) throw corrupt(kind, 'bad-local-header');
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corrupt(kind, 'truncated');
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Output zlib's one-call inflate may build in memory; an entry that may inflate to more is streamed instead. */
const NATIVE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Inflates one entry in small steps, calling onChunk for each output chunk (which may throw to abort). `owned`: the
 * chunk is a buffer of its own (not a view into the inflater's window), so it may be kept without a copy.
 */
function inflateEntry(data: Uint8Array, method: number, kind: ZipKind, onChunk: (chunk: Uint8Array, owned: boolean) => void): void {
  if (method === 0) return onChunk(data, false);
  if (method !== 8) throw corrupt(kind, 'unsupported-compression');
  const inflater = new Inflate((chunk) => onChunk(chunk, false));
  try {
    for (let at = 0; at < data.length; at += FEED_BYTES) {
      inflater.push(data.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ScreenError) throw error;
    throw corrupt(kind, 'bad-deflate-stream');
  }
}

/**
 * One entry's whole output from Node's zlib in one call, when it inflates cleanly to no more than `cap` bytes; else
 * undefined, and the caller streams it (so a damaged stream or a part past a limit is judged exactly as before, chunk
 * by chunk). zlib in one call is several times faster than the streaming inflater, whose output buffer doubles and
 * is copied at every step: a 300-file DOCX batch spent more time there than in mammoth's XML parsing.
 */
function inflateWhole(data: Uint8Array, method: number, cap: number): Buffer | undefined {
  if (method !== 8 || cap < 1 || data.length === 0) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.min(cap, NATIVE_MAX_BYTES) });
  } catch {
    return undefined;
  }
}

export interface ZipSpec {
  kind: ZipKind;
  /** Without this entry the zip is not this format: UNSUPPORTED_TYPE before anything is inflated. */
  required: string;
  /** Entries kept (inflated, as UTF-8) for the reader. */
  keep: RegExp;
  /**
   * Keep every XML part's inflated bytes too, for a library that would otherwise inflate the zip again (mammoth):
   * one inflate per file. Other parts (images) are inflated again only if asked for.
   */
  retainXml?: boolean;
}

/** How entries are inflated: `streamOnly` (tests) sends every entry through the streaming inflater. */
export interface ZipHow {
  streamOnly?: boolean;
}

/** A zip that passed the pre-check. */
export interface CheckedZip {
  /** The kept parts' text (UTF-8) by entry name. */
  parts: Map<string, string>;
  /** Every entry's name. */
  names: ReadonlySet<string>;
  /**
   * An entry's inflated bytes: the retained copy, or inflated again (within the caps the check already enforced:
   * the same bytes inflated to no more than it counted).
   */
  read(name: string): Uint8Array | undefined;
}

/** Bytes that JavaScript's \s matches in latin1, and the UTF-8 byte-order mark's bytes: skipped before the first significant byte. */
function isInsignificant(b: number): boolean {
  return (b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0 || b === 0xef || b === 0xbb || b === 0xbf;
}

/** The longest marker less one: the bytes carried between chunks so a marker split across chunks is still seen. */
const CARRY = Math.max(...DTD_MARKERS.map((m) => m.length)) - 1;
const MARKER_BYTES = DTD_MARKERS.map((m) => Buffer.from(m, 'latin1'));

/** Is there a DTD marker in a part read chunk by chunk? `push` each chunk; true once one has been seen. */
export function dtdScanner(): (chunk: Buffer) => boolean {
  let carry: Buffer = Buffer.alloc(0);
  return (buf) => {
    const seam = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, CARRY)]) : undefined;
    if (MARKER_BYTES.some((m) => buf.includes(m) || (seam !== undefined && seam.includes(m)))) return true;
    const tail = buf.length >= CARRY ? buf : Buffer.concat([carry, buf]);
    carry = Buffer.from(tail.subarray(Math.max(0, tail.length - CARRY)));
    return false;
  };
}

/**
 * Runs the whole pre-check; returns the kept parts' text and a reader of every entry. `streamOnly` (tests): every
 * entry through the streaming inflater, the path a one-call inflate must agree with.
 */
export function precheckZip(bytes: Uint8Array, spec: ZipSpec, limits: ZipLimits, how: ZipHow = {}): CheckedZip {
  const { kind } = spec;
  const entries = readCentralDirectory(bytes, limits.maxEntries, kind);
  if (!entries.some((e) => e.name === spec.required)) throw new ScreenError('UNSUPPORTED_TYPE', { detected: 'zip' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, string>();
  const retained = new Map<string, Uint8Array>();
  const byName = new Map<string, ZipEntry>();
  let inflated = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw new ScreenError('ENCRYPTED', { kind });
    byName.set(entry.name, entry);
    let isXml: boolean | undefined;
    const keep = spec.keep.test(entry.name);
    const chunks: Uint8Array[] = [];
    const hasDtd = dtdScanner();
    let part = 0;
    const onChunk = (chunk: Uint8Array, owned: boolean): void => {
      inflated += chunk.length;
      part += chunk.length;
      if (inflated > limits.maxInflatedBytes) throw new ScreenError('TOO_LARGE', { what: `${kind}-inflated`, limit: limits.maxInflatedBytes });
      const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (isXml === undefined) {
        let i = 0;
        while (i < buf.length && isInsignificant(buf[i] ?? 0)) i++;
        if (i < buf.length) isXml = buf[i] === 0x3c; // '<'
      }
      // Held to the per-part cap unless its bytes showed it is not XML (white space so far counts as XML).
      if (isXml !== false && part > limits.maxPartBytes) throw new ScreenError('TOO_LARGE', { what: `${kind}-part`, limit: limits.maxPartBytes });
      // Every part, binary or not: a DTD has no business anywhere in an office document.
      if (hasDtd(buf)) throw corrupt(kind, 'xml-dtd');
      if (keep || (spec.retainXml && isXml !== false)) chunks.push(owned ? chunk : chunk.slice());
    };
    const data = entryData(bytes, view, entry, kind);
    // Within both caps (the part's and what is left of the file's), one call; otherwise, or if zlib refuses the
    // stream, chunk by chunk, which says exactly which limit breaks first.
    const whole = how.streamOnly ? undefined : inflateWhole(data, entry.method, Math.min(limits.maxPartBytes, limits.maxInflatedBytes - inflated));
    if (whole !== undefined) onChunk(whole, true);
    else inflateEntry(data, entry.method, kind, onChunk);
    const kept = keep || (spec.retainXml && isXml !== false) ? (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)) : undefined;
    if (keep && kept) parts.set(entry.name, Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength).toString('utf8'));
    if (spec.retainXml && isXml !== false && kept) retained.set(entry.name, kept);
  }
  return {
    parts,
    names: new Set(byName.keys()),
    read(name: string): Uint8Array | undefined {
      const kept = retained.get(name);
      if (kept !== undefined) return kept;
      const entry = byName.get(name);
      if (entry === undefined) return undefined;
      const data = entryData(bytes, view, entry, kind);
      const whole = how.streamOnly ? undefined : inflateWhole(data, entry.method, limits.maxInflatedBytes);
      if (whole !== undefined) return whole;
      const out: Uint8Array[] = [];
      inflateEntry(data, entry.method, kind, (chunk, owned) => out.push(owned ? chunk : chunk.slice()));
      return Buffer.concat(out);
    },
  };
}
