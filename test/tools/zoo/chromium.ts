// Chromium zoo: every fixtures/zoo/chromium/<slug>.html (hand-written HTML + inline CSS, local fonts only: DejaVu,
// Liberation, Noto Color Emoji) is printed to <slug>.pdf by headless Chromium's own print-to-PDF. Page size, margins
// and running footers come from each file's CSS @page rules (margin boxes need Chromium ≥ 131).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { wanted, type MadeFile } from './types.js';

const run = promisify(execFile);
const CHROMIUM = process.env['CHROMIUM'] ?? 'chromium';

async function chromiumVersion(): Promise<string> {
  const { stdout } = await run(CHROMIUM, ['--version']);
  return stdout.trim().split('\n')[0] ?? 'chromium (unknown version)';
}

async function printToPdf(html: string, pdf: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'zoo-chromium-'));
  try {
    await run(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        `--user-data-dir=${profile}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(html).href,
      ],
      { timeout: 120_000, env: { ...process.env, TZ: 'UTC' } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function render(outDir: string, only?: ReadonlySet<string>): Promise<MadeFile[]> {
  const dir = resolve(outDir);
  const version = await chromiumVersion();
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.html') && wanted(f.slice(0, -'.html'.length), only))
    .sort();
  const made: MadeFile[] = [];
  // One at a time: the machine's cores are shared.
  for (const source of sources) {
    const file = source.replace(/\.html$/, '.pdf');
    await printToPdf(join(dir, source), join(dir, file));
    made.push({ file, source, engine: 'chromium', version });
  }
  return made;
}
