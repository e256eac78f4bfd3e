// pdf.js (pdf-parse's CommonJS bundle and its worker half, 1.6 MB of minified JavaScript) compiled with V8's code
// cache. Every reading child compiles pdf.js afresh: about 90 ms to load it and 20 ms more while its first files
// compile the functions they call. With the bytecode V8 saved from an earlier child, loading takes about 45 ms and
// the first files run sooner; a one-off `score one.pdf` gains the same.
//
// - The cache is V8's own format, checked by V8 against this Node build, its flags and the source; a file it rejects
//   is simply compiled and the cache rewritten. It lives in the private cache folder (src/private-cache.ts), keyed by
//   Node version, the process's flags, and the size and time of the pdf-parse files.
// - The bundled reading child (run/child-launch.ts) is compiled here too, as group 'child': its cache is written after
//   the child's first file of any format.
// - The worker half is an ES module; it is run here as a function (its one `export` dropped, `import.meta.url` given
//   as a string), which is exactly its text otherwise. If a pdf-parse release changes that shape, `undefined` is
//   returned and pdf.js is loaded the ordinary way (a test pins the shape of the release we ship).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { privateCacheDir, writeCacheFile } from '../../private-cache.js';

/** The end of pdf.worker.mjs: the global pdf.js's in-process worker looks for, then the module's one export. */
const WORKER_TAIL = /globalThis\.pdfjsWorker=\{WorkerMessageHandler\};export\{WorkerMessageHandler\};\s*$/;

/** Documents read before the cache of a cold start is written again (by then the common paths are compiled). */
const REWRITE_AFTER = 50;

/** What a cache is written after: pdf.js's scripts after PDFs, the bundled child (run/child-launch.ts) after files. */
export type CacheGroup = 'pdfjs' | 'child';

interface Compiled {
  script: Script;
  cacheFile: string | undefined;
  group: CacheGroup;
  /** Compiled from a cache V8 accepted. */
  fromCache: boolean;
  /** This process still has a cache to write (it started without a usable one). */
  pending: boolean;
}

/**
 * One registry per process, on a global: the bundled child's launcher compiles the bundle through this module, and the
 * bundle holds its own copy of this module, which must see that script to save its cache.
 */
const REGISTRY = Symbol.for('resume-screen.code-cache');
interface Registry {
  compiled: Compiled[];
  documents: Record<CacheGroup, number>;
}
const registry: Registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= { compiled: [], documents: { pdfjs: 0, child: 0 } }) as Registry;
const compiled = registry.compiled;

export function cacheKey(files: string[]): string {
  const hash = createHash('sha256').update(`${process.version}\0${process.arch}\0${process.execArgv.join(' ')}`);
  for (const file of files) {
    const info = statSync(file);
    hash.update(`\0${file}\0${info.size}\0${info.mtimeMs}`);
  }
  return hash.digest('hex').slice(0, 16);
}

export function compile(file: string, source: string, key: string, group: CacheGroup = 'pdfjs'): Script {
  const dir = privateCacheDir();
  const cacheFile = dir && join(dir, `v8-${key}-${basename(file)}.cache`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new Script(source, { filename: file, cachedData });
  const fromCache = cachedData !== undefined && script.cachedDataRejected !== true;
  compiled.push({ script, cacheFile, group, fromCache, pending: !fromCache && cacheFile !== undefined });
  return script;
}

/** What `require('pdf-parse')` returns, with the worker half registered; undefined when the files are not as expected. */
export function loadCompiledPdfJs<T>(): T | undefined {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('pdf-parse');
  const workerFile = join(dirname(entry), 'pdf.worker.mjs');
  const workerSource = readFileSync(workerFile, 'utf8');
  if (!WORKER_TAIL.test(workerSource) || workerSource.split('import.meta').length !== 2) return undefined;
  const key = cacheKey([entry, workerFile]);
  // 1. pdf-parse: CommonJS, in Node's own module wrapper.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(entry, 'utf8')}\n})`;
  const mod = { exports: {} as T };
  const load = compile(entry, wrapped, key).runInThisContext() as (...args: unknown[]) => void;
  load(mod.exports, createRequire(entry), mod, entry, dirname(entry));
  // 2. Its worker half, which registers itself as globalThis.pdfjsWorker.
  const asFunction = `(function () {"use strict";${workerSource
    .replace('import.meta.url', () => JSON.stringify(pathToFileURL(workerFile).href))
    .replace(WORKER_TAIL, () => 'globalThis.pdfjsWorker={WorkerMessageHandler};')}\n})`;
  (compile(workerFile, asFunction, key).runInThisContext() as () => void)();
  return mod.exports;
}

/**
 * Called after each document (a PDF for pdf.js, any file for the child): a cold process saves what it compiled, after
 * its first document and again later.
 */
export function noteDocumentRead(group: CacheGroup = 'pdfjs'): void {
  const documents = ++registry.documents[group];
  if (documents !== 1 && documents !== REWRITE_AFTER) return;
  for (const entry of compiled) {
    if (entry.group !== group || !entry.pending || !entry.cacheFile) continue;
    writeCacheFile(entry.cacheFile, entry.script.createCachedData());
    if (documents === REWRITE_AFTER) entry.pending = false;
  }
}

/** How pdf.js (or the child) was loaded: scripts compiled here, and how many from a cache V8 accepted (tests, bench). */
export function codeCacheState(group: CacheGroup = 'pdfjs'): { compiled: number; fromCache: number } {
  const mine = compiled.filter((c) => c.group === group);
  return { compiled: mine.length, fromCache: mine.filter((c) => c.fromCache).length };
}
