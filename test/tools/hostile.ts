// `node --import tsx test/tools/hostile.ts <dir>`: write the hostile corpus into <dir> and print its manifest summary.
import { generateHostileCorpus } from './hostile/index.js';

export { generateHostileCorpus } from './hostile/index.js';
export type { Expected, HostileFile, Manifest } from './hostile/index.js';

async function main(dir: string | undefined): Promise<void> {
  if (!dir) {
    console.error('usage: node --import tsx test/tools/hostile.ts <dir>');
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const manifest = await generateHostileCorpus(dir);
  for (const file of manifest.files) console.log(`${file.id}  ${String(file.bytes).padStart(9)}  ${file.expect.join('|').padEnd(34)}  ${JSON.stringify(file.path)}`);
  for (const note of manifest.notes) console.log(`note: ${note}`);
  console.log(`${manifest.files.length} files in ${manifest.inputDir} (${Date.now() - started} ms); manifest: ${dir}/manifest.json`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv[2]);
