// Byte-level decisions about text files, shared by the type sniffer and the text reader so the two never disagree:
// UTF-16 (with or without a byte-order mark) and stray NUL bytes in otherwise textual files.

export type Utf16 = 'utf-16le' | 'utf-16be';

/** How much of the file the byte statistics look at. */
const SAMPLE = 8192;
/** Of the code units in the sample, at least this share must have a zero high byte on one side only. */
const UTF16_ZERO_SHARE = 0.3;

/**
 * UTF-16 by its byte-order mark, or (without one) by where the zero bytes fall: text in Latin scripts encoded as
 * UTF-16 has a zero in the high byte of most code units, on one side only. Binary files have zeros on both sides,
 * ASCII/UTF-8 text has none.
 */
export function detectUtf16(bytes: Uint8Array): Utf16 | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const units = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (units < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  // One side mostly zero, the other (almost) never: a control character now and then is fine, a NUL pair is not.
  if (oddZero >= units * UTF16_ZERO_SHARE && evenZero <= units * 0.02) return 'utf-16le';
  if (evenZero >= units * UTF16_ZERO_SHARE && oddZero <= units * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * Control bytes other than tab, CR, LF, FF (NUL included) in the first SAMPLE bytes. A text file has (almost) none;
 * a stray NUL or two (a bad copy-paste, an editor crash) is tolerated and dropped by the reader.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > Math.max(2, sample / 100);
}
