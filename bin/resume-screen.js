#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The CLI process reads no résumé and is idle most of a batch, but it handles every row's message: V8's memory-saving
// heap sizing keeps its footprint from growing with the batch (10,000 résumés: peak RSS 166–189 → 99 MB) at no
// measurable cost in time. Set before the CLI is loaded; the children have their own flags (src/run/child-args.ts).
setFlagsFromString('--optimize-for-size');

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('resume-screen: not built yet; run `npm ci` (or `npm run build`) first\n');
  process.exit(2);
}
// `score` reads every résumé in a child process: start the children now, while the CLI loads, because a one-off
// `score one.pdf` waits for a child's start-up, and a batch for all of them. The pool adopts them if the options leave
// their settings unchanged.
const asksForHelp = process.argv.some((a) => a === '--help' || a === '-h');
if (process.argv[2] === 'score' && !asksForHelp) {
  const { prestartCount, prestartWorkers } = await import(new URL('../dist/run/prestart.js', import.meta.url).href);
  prestartWorkers(prestartCount(process.argv.slice(3)));
}
const { main } = await import(entry.href);
await main(process.argv);
