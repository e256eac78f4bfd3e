// PDF pre-check before pdf.js, which has no decode-size limit of its own: every stream whose data pdf.js could
// inflate is inflated here first by a streaming inflater that counts bytes, so a small file whose page content
// inflates to a gigabyte (a flate bomb) is refused as TOO_LARGE instead of exhausting memory inside pdf.js.
//
// What the stream's dictionary says is not trusted: a filter can be hidden behind an indirect reference
// (`/Filter 9 0 R`), a name escape (`/Flat#65Decode`) or kilobytes of padding. Instead, any stream whose bytes
// begin with a zlib header (pdf.js's FlateDecode accepts nothing else) is inflated, and so is every zlib layer
// inside it (`[/FlateDecode /FlateDecode]`), as is hex- or ASCII85-encoded zlib. Streams of encrypted files are
// ciphertext and cannot be inspected (see README, Known gaps).
import { constants as zlibConstants, inflateSync } from 'node:zlib';
import { Decompress } from 'fflate';
import { ScreenError } from '../../types.js';

export interface PdfPrecheckLimits {
  /** Bytes inflated over the whole file (every layer counts). */
  total: number;
  /** Bytes one stream may inflate to, images aside: page content of a résumé is well under 1 MB. */
  perStream: number;
}

/** Compressed bytes per push: bounds the output of one push (deflate expands at most ~1032×). */
const FEED_BYTES = 16 * 1024;
/** How far before a `stream` keyword the pre-check looks for hints (/Subtype /Image, ASCII filters). */
const DICT_LOOKBACK = 4096;
/** Nested zlib layers followed (a real file has one). */
const MAX_LAYERS = 4;
/** A layer's output is kept (to look inside it for another layer) only up to this size; the rest is counted. */
const KEEP_BYTES = 32 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/**
 * The stream's dictionary as far as it can be told without parsing: the text before `stream` from the last `obj`
 * keyword, with `#xx` name escapes decoded (latin1). Used only for hints that loosen nothing but the per-stream cap
 * (images, fonts) or that undo an ASCII encoding; the total cap never depends on it.
 */
function hintsBefore(buf: Buffer, at: number): string {
  const window = buf.toString('latin1', Math.max(0, at - DICT_LOOKBACK), at);
  const objAt = window.lastIndexOf('obj');
  return (objAt >= 0 ? window.slice(objAt) : window).replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Images are not decoded to read text, and a font program (a whole CJK font can be 20 MB) is not page content. */
const NOT_CONTENT = /\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType)\b|\/Length[123]\b/;

function dataStart(buf: Buffer, afterKeyword: number): number {
  if (buf[afterKeyword] === 0x0d && buf[afterKeyword + 1] === 0x0a) return afterKeyword + 2;
  if (buf[afterKeyword] === 0x0a || buf[afterKeyword] === 0x0d) return afterKeyword + 1;
  return afterKeyword;
}

/** The two-byte header pdf.js's FlateStream requires: deflate, a valid check, no preset dictionary. */
export function isZlibHeader(data: Uint8Array): boolean {
  const cmf = data[0];
  const flg = data[1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0;
}

interface Budget {
  limits: PdfPrecheckLimits;
  total: number;
}

/** Output zlib's one-call inflate may build in memory; a layer that may inflate to more is streamed instead. */
const NATIVE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Inflates one layer, counting its output against the file's and the stream's limits; returns the output when it
 * may hold another zlib layer (else undefined). A damaged stream is left for pdf.js to judge.
 * Node's zlib in one call does most layers (it is several times faster than the streaming inflater, which a 30 KB
 * résumé with embedded fonts spent about 1 ms in); a layer whose output may exceed NATIVE_MAX_BYTES without breaking a
 * limit, or that zlib calls damaged (whose partial output still counts), goes to the streaming inflater.
 */
function inflateLayer(data: Uint8Array, budget: Budget, perStream: { bytes: number; limit: number }): Uint8Array | undefined {
  const limit = Math.min(budget.limits.total - budget.total, perStream.limit - perStream.bytes);
  const cap = Math.min(limit, NATIVE_MAX_BYTES);
  // Nothing left to spend (or a whole-file budget of 0): the streaming inflater says exactly whether this breaks it.
  if (cap < 1) return inflateLayerStreaming(data, budget, perStream);
  let out: Buffer;
  try {
    // Z_SYNC_FLUSH: a truncated stream yields what it holds, as the streaming inflater would count it.
    out = inflateSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: cap });
  } catch (error) {
    if (error instanceof RangeError && cap === limit) {
      // Past a limit. The file's total, when it is the nearer one, is what the streaming inflater would report too.
      if (limit === budget.limits.total - budget.total) throw new ScreenError('TOO_LARGE', { what: 'pdf-inflated', limit: budget.limits.total });
      // Past the stream's cap: the streaming inflater says which limit it breaks first; if it stops short (a damaged
      // tail it cannot get through), zlib has still counted past the cap.
      inflateLayerStreaming(data, budget, perStream);
      throw new ScreenError('TOO_LARGE', { what: 'pdf-stream', limit: perStream.limit });
    }
    // Past what one call may hold, or damaged: counted chunk by chunk.
    return inflateLayerStreaming(data, budget, perStream);
  }
  budget.total += out.length;
  perStream.bytes += out.length;
  return isZlibHeader(out) ? out.subarray(0, KEEP_BYTES) : undefined;
}

/** inflateLayer with a streaming inflater that counts every chunk (never holds more than KEEP_BYTES of output). */
function inflateLayerStreaming(data: Uint8Array, budget: Budget, perStream: { bytes: number; limit: number }): Uint8Array | undefined {
  const kept: Uint8Array[] = [];
  let keeping: boolean | undefined;
  let keptBytes = 0;
  const inflater = new Decompress((chunk) => {
    budget.total += chunk.length;
    perStream.bytes += chunk.length;
    if (budget.total > budget.limits.total) throw new ScreenError('TOO_LARGE', { what: 'pdf-inflated', limit: budget.limits.total });
    if (perStream.bytes > perStream.limit) throw new ScreenError('TOO_LARGE', { what: 'pdf-stream', limit: perStream.limit });
    keeping ??= isZlibHeader(chunk);
    if (keeping && keptBytes + chunk.length <= KEEP_BYTES) {
      kept.push(chunk.slice());
      keptBytes += chunk.length;
    }
  });
  try {
    for (let at = 0; at < data.length; at += FEED_BYTES) inflater.push(data.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= data.length);
  } catch (error) {
    if (error instanceof ScreenError) throw error;
    return undefined;
  }
  return keeping ? Buffer.concat(kept) : undefined;
}

/** ASCIIHexDecode: two hex digits a byte, whitespace ignored, `>` ends (output ≤ half the input). */
export function hexDecode(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1');
  const end = text.indexOf('>');
  const digits = (end < 0 ? text : text.slice(0, end)).replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

/** ASCII85Decode: groups of five chars a word, `z` a zero word, `~>` ends (output ≤ 4× the input). */
export function ascii85Decode(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1');
  const end = text.indexOf('~>');
  const body = (end < 0 ? text : text.slice(0, end)).replace(/\s+/g, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number): void => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const c of group) value = value * 85 + c;
    for (let i = 0; i < count; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group = [];
  };
  for (const ch of body) {
    if (ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    const c = ch.charCodeAt(0) - 33;
    if (c < 0 || c > 84) continue;
    group.push(c);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}

/** The stream's bytes as pdf.js's first zlib layer would see them (undoing an ASCII encoding the hints name). */
function firstLayer(data: Uint8Array, hints: string): Uint8Array {
  if (isZlibHeader(data)) return data;
  if (/\/(?:ASCIIHexDecode|AHx)\b/.test(hints)) return hexDecode(data);
  if (/\/(?:ASCII85Decode|A85)\b/.test(hints)) return ascii85Decode(data);
  return data;
}

/** Throws TOO_LARGE when the file's streams inflate past the limits (see PdfPrecheckLimits). */
export function precheckPdf(bytes: Uint8Array, limits: PdfPrecheckLimits): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const budget: Budget = { limits, total: 0 };
  let at = buf.indexOf(STREAM);
  while (at >= 0) {
    const isEnd = at >= 3 && buf.toString('latin1', at - 3, at) === 'end';
    let next = at + STREAM.length;
    if (!isEnd) {
      const start = dataStart(buf, next);
      const end = buf.indexOf(ENDSTREAM, start);
      const stop = end < 0 ? buf.length : end;
      const hints = hintsBefore(buf, at);
      // Images and fonts are held to the file's total only; page content to the per-stream cap as well.
      const perStream = { bytes: 0, limit: NOT_CONTENT.test(hints) ? Number.POSITIVE_INFINITY : limits.perStream };
      let layer: Uint8Array | undefined = firstLayer(buf.subarray(start, stop), hints);
      for (let depth = 0; depth < MAX_LAYERS && layer && isZlibHeader(layer); depth++) layer = inflateLayer(layer, budget, perStream);
      next = stop;
    }
    at = buf.indexOf(STREAM, next);
  }
}
