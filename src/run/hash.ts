// Content hashes (sha256) of the inputs, read by the parent as opaque bytes: they key the journal and find
// duplicates. The parent never parses a résumé; files over --max-bytes are not even hashed.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { Input } from './types.js';
import { fsPath } from './inputs.js';

const CONCURRENCY = 8;

/** Bytes read at a time; each hashing lane reuses one buffer, so hashing thousands of files allocates almost nothing. */
const READ_BYTES = 256 * 1024;

async function sha256File(path: string | Buffer, buffer: Buffer = Buffer.allocUnsafe(READ_BYTES)): Promise<string> {
  const hash = createHash('sha256');
  const file = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
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
    input.size ??= (await stat(fsPath(input))).size;
    if (input.size > maxBytes) {
      input.error = { code: 'TOO_LARGE', data: { size: input.size, limit: maxBytes } };
      return;
    }
    input.sha256 = await sha256File(fsPath(input), buffer);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
    input.error = { code, data: {} };
  }
}
