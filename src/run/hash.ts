// Content hashes (sha256) of the inputs, read by the parent as opaque bytes: they key the journal and find
// duplicates. The parent never parses a résumé; files over --max-bytes are not even hashed.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Input } from './types.js';
import { fsPath } from './inputs.js';

const CONCURRENCY = 8;

/** Bytes read at a time; each hashing lane reuses one buffer, so hashing thousands of files allocates almost nothing. */
const READ_BYTES = 256 * 1024;

/**
 * The file's size and sha256, from one open: its size from the open file (no separate stat), and no read past the
 * end (four file-system calls a file instead of six).
 */
async function hashFile(path: string | Buffer, maxBytes: number, buffer: Buffer): Promise<{ size: number; sha256?: string }> {
  // O_NONBLOCK: a file swapped for a FIFO since the walk must not hang the open.
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await file.stat();
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    const size = info.size;
    if (size > maxBytes) return { size };
    const hash = createHash('sha256');
    let left = size;
    while (left > 0) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(buffer.length, left), null);
      if (bytesRead === 0) break; // shrank while read: hash what is there (the child reads it again anyway)
      hash.update(buffer.subarray(0, bytesRead));
      left -= bytesRead;
    }
    return { size, sha256: hash.digest('hex') };
  } finally {
    await file.close();
  }
}

/**
 * Fill in size and sha256; an input that cannot be read, or is too large, gets its error here. `onHashed` is called
 * for each input in input order (as soon as it and every input before it are done), so the batch can start on the
 * first files while later ones are still being hashed, and "the first file with these bytes" means the same thing
 * however the reads interleave.
 */
export async function hashInputs(inputs: Input[], maxBytes: number, onHashed?: (input: Input, index: number) => void): Promise<void> {
  const done: boolean[] = [];
  let released = 0;
  const release = (): void => {
    while (done[released]) {
      const input = inputs[released];
      const index = released++;
      if (input) onHashed?.(input, index);
    }
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    while (next < inputs.length) {
      const index = next++;
      const input = inputs[index];
      if (input && !input.error) await hashOne(input, maxBytes, buffer);
      done[index] = true;
      release();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function hashOne(input: Input, maxBytes: number, buffer: Buffer): Promise<void> {
  try {
    const { size, sha256 } = await hashFile(fsPath(input), maxBytes, buffer);
    input.size = size;
    if (sha256 === undefined) {
      input.error = { code: 'TOO_LARGE', data: { size, limit: maxBytes } };
      return;
    }
    input.sha256 = sha256;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
    input.error = { code, data: {} };
  }
}
