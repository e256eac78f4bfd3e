// The reading child, started from one bundled script (dist/run/worker.bundle.cjs, made by `npm run build` from the
// compiled modules of run/worker.js) compiled through V8's code cache, instead of ~100 ES modules that Node 20 must
// resolve, read and compile one by one in every child (it has no compile cache for ES modules). A one-off
// `score one.pdf` waits for that start, and so does every child of a batch.
// - The bundle is the same compiled code: esbuild joins dist/'s modules (packages stay outside and are required as
//   usual). A module changed since it was made (run/bundle-manifest.ts) makes this launcher run run/worker.js
//   instead: the child never runs stale code.
// - The cache is the one pdf.js uses (extract/pdf/code-cache.ts: V8's format, checked by V8, in the private folder),
//   written after the child's first file and again later, so the functions a file needs are compiled from it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cacheKey, compile } from '../extract/pdf/code-cache.js';
import { registerLauncherImport } from '../package-import.js';
import { BUNDLE, bundleIsFresh, HERE } from './bundle-manifest.js';

function runBundle(): void {
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`;
  // The bundle's on-demand imports (mammoth, tesseract.js, pdf.js's worker half) are this module's own import().
  registerLauncherImport((specifier) => import(specifier));
  const script = compile(BUNDLE, wrapped, cacheKey([BUNDLE]), 'child');
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, HERE);
}

if (bundleIsFresh()) runBundle();
else await import('./worker.js');
