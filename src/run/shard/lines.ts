// JSON lines read from a file one at a time, each with where its bytes are (offset, length), so a reader can keep the
// position instead of the line and read it again when its turn comes. Memory: one read buffer, whatever the file size.
import { closeSync, openSync, readSync } from 'node:fs';

export interface FileLine {
  text: string;
  offset: number;
  /** Bytes, without the newline. */
  length: number;
  /** false for a last line with no newline after it (a file cut short). */
  complete: boolean;
}

const CHUNK = 1024 * 1024;

export function* readLines(path: string): Generator<FileLine> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let carry = Buffer.alloc(0);
    let carryOffset = 0;
    let position = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, position);
      if (read === 0) break;
      position += read;
      let data = carry.length ? Buffer.concat([carry, buffer.subarray(0, read)]) : buffer.subarray(0, read);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
        yield { text: data.toString('utf8', start, nl), offset: carryOffset + start, length: nl - start, complete: true };
        start = nl + 1;
      }
      carryOffset += start;
      data = data.subarray(start);
      // Copied: the read buffer is reused for the next chunk.
      carry = Buffer.from(data);
    }
    if (carry.length) yield { text: carry.toString('utf8'), offset: carryOffset, length: carry.length, complete: false };
  } finally {
    closeSync(fd);
  }
}

/** The bytes of one line again (a fresh open per read: a merge of 10,000 shards cannot keep 10,000 files open). */
export function readSpan(path: string, offset: number, length: number): string {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, bytes, done, length - done, offset + done);
      if (n === 0) throw new Error(`${path}: shorter than when it was read`);
      done += n;
    }
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
