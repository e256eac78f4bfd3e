// Content hashes (sha256) of the inputs, read by the parent as opaque bytes: they key the journal and find
// duplicates. The parent never parses a résumé; files over --max-bytes are not even hashed.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Input } from './types.js';
import { fsPath } from './inputs.js';

const CONCURRENCY = 8;

export function sha256File(path: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
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
    while (next < inputs.length) {
      const index = next++;
      const input = inputs[index];
      if (input && !input.error) await hashOne(input, maxBytes);
      done[index] = true;
      release();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function hashOne(input: Input, maxBytes: number): Promise<void> {
  try {
    input.size ??= (await stat(fsPath(input))).size;
    if (input.size > maxBytes) {
      input.error = { code: 'TOO_LARGE', data: { size: input.size, limit: maxBytes } };
      return;
    }
    input.sha256 = await sha256File(fsPath(input));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
    input.error = { code, data: {} };
  }
}
