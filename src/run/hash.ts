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

/** Fill in size and sha256; an input that cannot be read, or is too large, gets its error here. */
export async function hashInputs(inputs: Input[], maxBytes: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const input = inputs[next++];
      if (input && !input.error) await hashOne(input, maxBytes);
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

/** For each input whose bytes equal an earlier input's, the earlier file's name. */
export function findDuplicates(inputs: Input[]): Map<Input, string> {
  const first = new Map<string, string>();
  const duplicates = new Map<Input, string>();
  for (const input of inputs) {
    if (!input.sha256) continue;
    const earlier = first.get(input.sha256);
    if (earlier === undefined) first.set(input.sha256, input.file);
    else duplicates.set(input, earlier);
  }
  return duplicates;
}
