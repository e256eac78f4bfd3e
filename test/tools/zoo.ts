// npm run fixtures:zoo [-- --engine latex] [--only slug1,slug2] [--root fixtures/redteam]: re-renders the layout zoo
// (fixtures/zoo/<engine>/; with --root, the red-team corpus of real-engine cheats, fixtures/redteam/<engine>/) with the real engines
// and records which engine version made each file (fixtures/zoo/<engine>/made-by.json). The engines are Debian
// packages installed at generation time only (see test/tools/zoo/README.md); CI and tests use the committed outputs.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MadeFile, Render, ZooEngine } from './zoo/types.js';

const ENGINES: readonly ZooEngine[] = ['latex', 'libreoffice', 'chromium', 'fop', 'pandoc', 'scribus'];
const DEFAULT_ROOT = 'fixtures/zoo';

async function loadRender(engine: ZooEngine): Promise<Render> {
  const mod = (await import(`./zoo/${engine}.ts`)) as { render: Render };
  return mod.render;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--engine');
  const only = i >= 0 ? process.argv[i + 1] : undefined;
  const j = process.argv.indexOf('--only');
  const onlySlugs = j >= 0 ? new Set((process.argv[j + 1] ?? '').split(',').filter((s) => s !== '')) : undefined;
  const r = process.argv.indexOf('--root');
  const root = r >= 0 ? (process.argv[r + 1] ?? DEFAULT_ROOT) : DEFAULT_ROOT;
  const engines = only === undefined ? ENGINES : ENGINES.filter((e) => e === only);
  if (engines.length === 0) throw new Error(`unknown engine ${only ?? ''}; one of ${ENGINES.join(', ')}`);
  for (const engine of engines) {
    const dir = join(root, engine);
    mkdirSync(dir, { recursive: true });
    const made = await (await loadRender(engine))(dir, onlySlugs);
    // With --only, the other files keep their made-by lines (they were not re-rendered).
    const record = join(dir, 'made-by.json');
    if (onlySlugs !== undefined && existsSync(record)) {
      const fresh = new Set(made.map((m) => m.file));
      for (const old of JSON.parse(readFileSync(record, 'utf8')) as MadeFile[]) if (!fresh.has(old.file)) made.push(old);
    }
    made.sort((a, b) => a.file.localeCompare(b.file));
    writeFileSync(record, JSON.stringify(made, null, 2) + '\n');
    process.stdout.write(`${engine}: ${made.length} files (${made[0]?.version ?? 'no files'})\n`);
  }
}

await main();
