// PDF pre-check before pdf.js: inflate every FlateDecode stream with a streaming inflater that counts bytes,
// so a small file whose page content inflates to a gigabyte (a flate bomb) is refused as TOO_LARGE instead of
// exhausting memory inside pdf.js, which has no decode-size limit of its own.
import { Decompress } from 'fflate';
import { ScreenError } from '../../types.js';

/** Compressed bytes per push: bounds the output of one push (deflate expands at most ~1032×). */
const FEED_BYTES = 16 * 1024;
/** How far before a `stream` keyword its dictionary may start. */
const DICT_LOOKBACK = 2048;

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/** The stream dictionary text before `stream` at `at` (from the last "obj" keyword, latin1). */
function dictionaryBefore(buf: Buffer, at: number): string {
  const head = buf.toString('latin1', Math.max(0, at - DICT_LOOKBACK), at);
  const objAt = head.lastIndexOf(' obj');
  return objAt >= 0 ? head.slice(objAt) : head;
}

function dataStart(buf: Buffer, afterKeyword: number): number {
  if (buf[afterKeyword] === 0x0d && buf[afterKeyword + 1] === 0x0a) return afterKeyword + 2;
  if (buf[afterKeyword] === 0x0a || buf[afterKeyword] === 0x0d) return afterKeyword + 1;
  return afterKeyword;
}

/** Counts one stream's inflated bytes into `counter`; a damaged stream is left for pdf.js to judge. */
function inflateCounting(data: Uint8Array, counter: { bytes: number; limit: number }): void {
  // FlateDecode is zlib-wrapped; Decompress also accepts the raw deflate some writers emit.
  const inflater = new Decompress((chunk) => {
    counter.bytes += chunk.length;
    if (counter.bytes > counter.limit) throw new ScreenError('TOO_LARGE', { what: 'pdf-inflated', limit: counter.limit });
  });
  try {
    for (let at = 0; at < data.length; at += FEED_BYTES) inflater.push(data.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= data.length);
  } catch (error) {
    if (error instanceof ScreenError) throw error;
  }
}

/** Throws TOO_LARGE when the file's FlateDecode streams inflate to more than `limit` bytes in total. */
export function precheckPdf(bytes: Uint8Array, limit: number): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const counter = { bytes: 0, limit };
  let at = buf.indexOf(STREAM);
  while (at >= 0) {
    const isEnd = at >= 3 && buf.toString('latin1', at - 3, at) === 'end';
    let next = at + STREAM.length;
    if (!isEnd && /\/(?:FlateDecode|Fl)\b/.test(dictionaryBefore(buf, at))) {
      const start = dataStart(buf, next);
      const end = buf.indexOf(ENDSTREAM, start);
      const stop = end < 0 ? buf.length : end;
      inflateCounting(buf.subarray(start, stop), counter);
      next = stop;
    }
    at = buf.indexOf(STREAM, next);
  }
}
