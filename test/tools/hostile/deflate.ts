// Deflate streams for bombs without holding the inflated bytes: each segment is compressed once with a full flush
// (byte-aligned, dictionary reset), so its compressed form can be repeated N times and still be a valid stream.
// Generating a 1 GiB bomb therefore costs one 1 MiB deflate plus a CRC pass, not a 1 GiB buffer.
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** `data` written `times` times in a row. */
export interface Segment {
  data: Buffer;
  times: number;
}

export interface DeflatedStream {
  /** Raw deflate (RFC 1951), as zip entries store it. */
  raw: Buffer;
  /** Bytes the stream inflates to. */
  size: number;
  crc: number;
  adler: number;
}

const ADLER_BASE = 65521;
/** The final, empty block that ends a raw deflate stream. */
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));

export function deflateSegments(segments: Segment[]): DeflatedStream {
  const parts: Buffer[] = [];
  let size = 0;
  let crc = 0;
  let adler = 1;
  for (const { data, times } of segments) {
    if (times <= 0 || data.length === 0) continue;
    const once = deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    const onceAdler = adler32(data);
    for (let i = 0; i < times; i++) {
      parts.push(once);
      crc = crc32(data, crc);
      adler = adler32Combine(adler, onceAdler, data.length);
    }
    size += data.length * times;
  }
  parts.push(FINAL_BLOCK);
  return { raw: Buffer.concat(parts), size, crc, adler };
}

/** The zlib (RFC 1950) wrapping that PDF /FlateDecode streams use: header, raw deflate, Adler-32. */
export function zlibWrap(stream: DeflatedStream): Buffer {
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(stream.adler >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), stream.raw, trailer]);
}

export function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    // 3800 bytes keep b below 2^53 before the modulo; plain numbers stay exact.
    const end = Math.min(i + 3800, data.length);
    for (; i < end; i++) {
      a += data[i] ?? 0;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of A followed by B, from the checksums of each and B's length (zlib's adler32_combine). */
export function adler32Combine(adlerA: number, adlerB: number, lengthB: number): number {
  const rem = lengthB % ADLER_BASE;
  const a1 = adlerA & 0xffff;
  const b1 = (adlerA >>> 16) & 0xffff;
  const a2 = adlerB & 0xffff;
  const b2 = (adlerB >>> 16) & 0xffff;
  const sum1 = (a1 + a2 + ADLER_BASE - 1) % ADLER_BASE;
  const sum2 = ((rem * a1) % ADLER_BASE + b1 + b2 + ADLER_BASE - rem) % ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** A chunk of about `target` bytes made of whole copies of `unit`, so repeating it keeps the markup well formed. */
export function repeatToChunk(unit: string, target: number): Buffer {
  const copies = Math.max(1, Math.floor(target / Buffer.byteLength(unit)));
  return Buffer.from(unit.repeat(copies));
}
