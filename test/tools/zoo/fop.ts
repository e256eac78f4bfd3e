// FOP zoo: every fixtures/zoo/fop/<slug>.fo (XSL-FO written to look like LinkedIn's "Save to PDF" profile export:
// left sidebar, main column, "Page 1 of 3" footers) is rendered to <slug>.pdf by Apache FOP, with the font
// configuration fixtures/zoo/fop/fop.xconf (Liberation Sans and DejaVu Sans from fonts-liberation / fonts-dejavu).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { wanted, type MadeFile } from './types.js';

const run = promisify(execFile);
const FOP = process.env['FOP'] ?? 'fop';

async function fopVersion(): Promise<string> {
  // The Debian wrapper prints classpath warnings on stderr; the version line is on stdout.
  const { stdout } = await run(FOP, ['-version']);
  const line = stdout.split('\n').find((l) => /FOP Version/i.test(l));
  return line?.trim() ?? 'Apache FOP (unknown version)';
}

export async function render(outDir: string, only?: ReadonlySet<string>): Promise<MadeFile[]> {
  const dir = resolve(outDir);
  const version = await fopVersion();
  const conf = join(dir, 'fop.xconf');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.fo') && wanted(f.slice(0, -'.fo'.length), only))
    .sort();
  const made: MadeFile[] = [];
  for (const source of sources) {
    const file = source.replace(/\.fo$/, '.pdf');
    const args = existsSync(conf) ? ['-c', conf] : [];
    args.push('-fo', join(dir, source), '-pdf', join(dir, file));
    await run(FOP, args, { timeout: 180_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } });
    made.push({ file, source, engine: 'fop', version });
  }
  return made;
}
