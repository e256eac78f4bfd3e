// RTF pre-check before the tokenizer sees the file: one pass over the bytes that follows `\binN` blobs (a blob longer
// than the rest of the file is refused: the tokenizer allocates N bytes up front, so `\bin2000000000` in a tiny file
// would ask for 2 GB) and measures group nesting (the parser keeps one prototype-chained state per open group, so
// 100,000 nested groups make every property lookup walk 100,000 links).
import { ScreenError } from '../../types.js';

/** Word and LibreOffice nest a few dozen groups at most (tables in lists in fields); 500 leaves a wide margin. */
export const MAX_RTF_GROUP_DEPTH = 500;

const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a));

export interface RtfShape {
  /** Deepest group nesting seen. */
  depth: number;
  /** Bytes held in `\bin` blobs. */
  binaryBytes: number;
}

export function precheckRtf(bytes: Uint8Array, maxDepth = MAX_RTF_GROUP_DEPTH): RtfShape {
  let depth = 0;
  let deepest = 0;
  let binaryBytes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === OPEN) {
      if (++depth > maxDepth) throw new ScreenError('TOO_LARGE', { what: 'rtf-nesting', limit: maxDepth });
      deepest = Math.max(deepest, depth);
    } else if (b === CLOSE) depth = Math.max(0, depth - 1);
    else if (b === BACKSLASH) i = skipControl(bytes, i, (n) => (binaryBytes += n));
  }
  return { depth: deepest, binaryBytes };
}

/** Index of the last byte of the control word or symbol starting at `at` (a `\binN` blob included). */
function skipControl(bytes: Uint8Array, at: number, onBinary: (n: number) => void): number {
  let i = at + 1;
  if (!isLetter(bytes[i])) return i; // control symbol: \{ \} \\ \' …, one character
  const start = i;
  while (isLetter(bytes[i])) i++;
  const word = Buffer.from(bytes.subarray(start, i)).toString('latin1');
  const paramStart = i;
  if (bytes[i] === 0x2d) i++;
  while (isDigit(bytes[i]) && i - paramStart < 12) i++;
  const param = Number(Buffer.from(bytes.subarray(paramStart, i)).toString('latin1'));
  if (bytes[i] === 0x20) i++; // the delimiting space belongs to the control word
  if (word !== 'bin' || !(param > 0)) return i - 1;
  if (i + param > bytes.length) throw new ScreenError('CORRUPT', { kind: 'rtf', reason: 'binary-past-end' });
  onBinary(param);
  return i + param - 1;
}
