// Which code made a row. The package version alone says nothing: the reader, the lexicons and the scoring change
// between builds of one version number, and a `--resume` (or a merge of shards, or a cached rubric) must never pair
// a row made by one build with another build's rows. The id is a hash of every compiled module of this package (the
// folder this file was loaded from: dist/ when built, src/ from sources), the lock file that fixed the libraries
// (pdf.js, mammoth … read the files too), package.json, and the Node version. Reading about 280 files costs about
// 20 ms, once per process, and only where a key needs it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

function addTree(hash: ReturnType<typeof createHash>, root: string, dir: string): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) addTree(hash, root, path);
    // The bundled child's manifest (run/bundle-manifest.ts) holds file times: two builds of the same code, on two
    // machines of a sharded run, must have one id. The bundle itself is hashed like any module.
    else if (/\.(?:[cm]?js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.bundle.json')) hash.update(`\0${path.slice(root.length)}\0`).update(readFileSync(path));
  }
}

function addFile(hash: ReturnType<typeof createHash>, path: string): void {
  try {
    hash.update(`\0${basename(path)}\0`).update(readFileSync(path));
  } catch {
    hash.update('\0missing\0');
  }
}

/** The id of the code in `code` (a folder of modules) of the package at `root`, under this Node version. */
export function codeIdOf(code: string, root: string): string {
  const hash = createHash('sha256').update(process.version);
  addTree(hash, code, code);
  addFile(hash, join(root, 'package.json'));
  addFile(hash, join(root, 'package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}

/** 16 hex characters naming this build of the tool (see above); the same for every call in a process. */
export function codeId(): string {
  const code = dirname(fileURLToPath(import.meta.url));
  cached ??= codeIdOf(code, dirname(code));
  return cached;
}
