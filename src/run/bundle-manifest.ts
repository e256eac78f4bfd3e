// The bundled reading child's files and the check that it is current (see run/child-launch.ts): dist/run/worker.bundle.cjs
// is made by `npm run build` (test/tools/bundle-child.ts) from the compiled modules of run/worker.js, and
// worker.bundle.json beside it lists each module it was made from with its size, time and hash. A module changed since
// (a rebuild without the bundle step, a hand edit) makes the bundle stale: the child then runs run/worker.js. Size and
// time decide at once when they match; an install that re-stamped the times (npm, a copy) has each module's hash
// compared instead (about 8 ms for the ~170 modules).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const BUNDLE = join(HERE, 'worker.bundle.cjs');
export const BUNDLE_MANIFEST = join(HERE, 'worker.bundle.json');

export interface BundleManifest {
  /** The modules the bundle holds, relative to the folder of the compiled code (dist/). */
  inputs: Array<{ file: string; size: number; mtimeMs: number; sha256: string }>;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Every module the bundle was made from is unchanged (same size and time, or same size and hash). */
export function bundleIsFresh(manifestPath = BUNDLE_MANIFEST, codeRoot = dirname(HERE)): boolean {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BundleManifest;
    if (!Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return false;
    let sameTimes = true;
    for (const input of manifest.inputs) {
      const info = statSync(join(codeRoot, input.file), { throwIfNoEntry: false });
      if (info === undefined || info.size !== input.size) return false;
      sameTimes &&= info.mtimeMs === input.mtimeMs;
    }
    return sameTimes || manifest.inputs.every((input) => sha256(readFileSync(join(codeRoot, input.file))) === input.sha256);
  } catch {
    return false;
  }
}

