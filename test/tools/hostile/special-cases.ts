// Things in a folder that are not regular files, or are not what their size suggests: a FIFO, a link to /dev/zero,
// a sparse file far over the size cap, a link to a local secret. Each must be refused without reading it whole.
import { execFileSync } from 'node:child_process';
import { open, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CaseContext } from './manifest.js';
import { resumeText } from './text.js';

const SPARSE_BYTES = 2 ** 30 + 1;

export async function writeSpecialCases(ctx: CaseContext, notes: string[]): Promise<void> {
  // Sparse: 1 GiB of apparent size, no disk used; a reader that loads the file before checking its size spends 1 GiB.
  const sparse = await open(join(ctx.inputDir, 'h80-sparse-1gib.pdf'), 'w');
  await sparse.truncate(SPARSE_BYTES);
  await sparse.close();
  ctx.record({ id: 'h80', path: 'h80-sparse-1gib.pdf', expect: ['TOO_LARGE'], why: 'a 1 GiB (sparse) file: the size cap must be checked with stat before reading, not after loading it', bytes: SPARSE_BYTES });

  await symlink('/dev/zero', join(ctx.inputDir, 'h81-dev-zero.txt'));
  ctx.record({ id: 'h81', path: 'h81-dev-zero.txt', expect: ['SKIPPED', 'UNREADABLE', 'UNSUPPORTED_TYPE', 'TOO_LARGE', 'TIMEOUT', 'OUT_OF_MEMORY'], why: 'symlink to /dev/zero (stat size 0, endless bytes): should be refused as not a regular file; the pool stopping it (TIMEOUT/OUT_OF_MEMORY) is safe but slow', bytes: 0 });

  try {
    execFileSync('mkfifo', [join(ctx.inputDir, 'h82-fifo.txt')]);
    ctx.record({ id: 'h82', path: 'h82-fifo.txt', expect: ['SKIPPED', 'UNREADABLE', 'UNSUPPORTED_TYPE', 'TIMEOUT'], why: 'a named pipe: opening it blocks forever; should be refused as not a regular file, or stopped by the timeout', bytes: 0 });
  } catch {
    notes.push('mkfifo not available: the FIFO case (h82) was not generated');
  }

  // Not the secret marker: whether to follow such links is a policy choice (FINDINGS.md), not a guarantee.
  const target = join(dirname(ctx.secretPath), 'symlink-target.txt');
  await writeFile(target, resumeText('h83'));
  await symlink(target, join(ctx.inputDir, 'h83-link-outside.txt'));
  ctx.record({ id: 'h83', path: 'h83-link-outside.txt', expect: ['SKIPPED', 'UNREADABLE', 'text'], why: 'symlink (as unzip recreates from a hostile archive) to a file outside the input folder: following it is a policy decision, see FINDINGS', bytes: 0 });
}
