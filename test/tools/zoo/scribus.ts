// Scribus zoo: every fixtures/zoo/scribus/<slug>.py is a Scribus Python script that lays out a designer-style CV
// (InDesign-like: each piece of text its own absolutely positioned frame, frames created in a shuffled order) and
// exports it to PDF. test/tools/zoo/scribus.ts runs each one headless (`xvfb-run -a scribus -g -ns -py`) through
// scribus-run.py, which surfaces the script's Python errors (Scribus swallows them under -g).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { wanted, type MadeFile } from './types.js';

const run = promisify(execFile);
const RUNNER = fileURLToPath(new URL('./scribus-run.py', import.meta.url));

async function scribusVersion(): Promise<string> {
  const { stdout, stderr } = await run('xvfb-run', ['-a', 'scribus', '--version'], { timeout: 60_000 });
  const line = `${stdout}\n${stderr}`.split('\n').find((l) => /^Scribus Version/.test(l.trim()));
  return line?.trim() ?? 'Scribus (unknown version)';
}

async function renderOne(source: string, pdf: string): Promise<void> {
  rmSync(pdf, { force: true });
  const { stderr } = await run('xvfb-run', ['-a', 'scribus', '-g', '-ns', '-py', RUNNER], {
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC', ZOO_SRC: source, ZOO_OUT: pdf, QT_QPA_PLATFORM: 'xcb' },
  });
  const failed = stderr.indexOf('ZOO-SCRIBUS-FAILED');
  if (failed >= 0) throw new Error(`scribus: ${source} failed\n${stderr.slice(failed)}`);
  if (!existsSync(pdf)) throw new Error(`scribus: ${source} wrote no PDF`);
}

export async function render(outDir: string, only?: ReadonlySet<string>): Promise<MadeFile[]> {
  const dir = resolve(outDir);
  const version = await scribusVersion();
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.py') && !f.startsWith('zoo_') && wanted(f.slice(0, -'.py'.length), only))
    .sort();
  const made: MadeFile[] = [];
  for (const source of sources) {
    const file = source.replace(/\.py$/, '.pdf');
    await renderOne(join(dir, source), join(dir, file));
    made.push({ file, source, engine: 'scribus', version });
  }
  return made;
}
