// `npm run fixtures`: renders every résumé source fixtures/resumes/<slug>.yaml to <slug>.pdf and/or
// <slug>.docx (per its `formats`), then regenerates fixtures/broken/. Output is byte-for-byte reproducible.
// Usage: node --import tsx test/tools/fixtures.ts [source.yaml ...]   (default: all sources; broken files always)
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeBrokenFixtures } from './fixtures/broken/index.js';
import { renderSourceFile } from './fixtures/render.js';

const RESUMES = 'fixtures/resumes';
const BROKEN = 'fixtures/broken';

async function main(args: string[]): Promise<void> {
  const started = Date.now();
  const sources = args.length ? args : (await readdir(RESUMES)).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(RESUMES, f));
  let failed = 0;
  for (const source of sources) {
    try {
      const written = await renderSourceFile(source, writeFile);
      console.log(`${source} → ${written.join(', ')}`);
    } catch (err) {
      failed++;
      console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const broken = await writeBrokenFixtures(BROKEN);
  console.log(`${BROKEN}: ${broken.length} files`);
  console.log(`${sources.length - failed}/${sources.length} sources rendered in ${Date.now() - started} ms`);
  if (failed) process.exitCode = 1;
}

await main(process.argv.slice(2));
