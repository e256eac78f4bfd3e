// `npm run build`, second step: the reading child's compiled modules (dist/run/worker.js and everything it imports,
// statically or on demand) joined into one CommonJS script, dist/run/worker.bundle.cjs, which run/child-launch.ts
// compiles through V8's code cache. Packages stay outside (required from node_modules as usual). Beside it,
// worker.bundle.json lists each module with its size, time and hash (src/run/bundle-manifest.ts).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { sha256 } from '../../src/run/bundle-manifest.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

const result = await build({
  entryPoints: [join(DIST, 'run/worker.js')],
  outfile: join(DIST, 'run/worker.bundle.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  // import.meta.url in a module becomes the bundle's own URL: it is only used to find packages (createRequire).
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: 'var __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).map((input) => {
  const abs = resolve(ROOT, input);
  const info = statSync(abs);
  return { file: relative(DIST, abs), size: info.size, mtimeMs: info.mtimeMs, sha256: sha256(readFileSync(abs)) };
});
writeFileSync(join(DIST, 'run/worker.bundle.json'), `${JSON.stringify({ inputs }, null, 1)}\n`);
process.stdout.write(`bundled the reading child: ${inputs.length} modules -> dist/run/worker.bundle.cjs\n`);
