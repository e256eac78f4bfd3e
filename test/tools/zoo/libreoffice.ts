// The LibreOffice part of the layout zoo: each hand-written flat ODT résumé (<slug>.fodt) is converted by
// `soffice --headless` to DOCX (the "MS Word 2007 XML" filter) and that DOCX to PDF, as a Word user exporting would.
// A private profile keeps the user's own LibreOffice settings out; several files go through one soffice call.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { wanted, type MadeFile } from './types.js';

const PROFILE = 'file:///tmp/lo-zoo-profile';
const BATCH = 8;

export function soffice(args: readonly string[]): string {
  return execFileSync('soffice', [`-env:UserInstallation=${PROFILE}`, '--headless', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
  });
}

export function version(): string {
  return soffice(['--version']).trim().split('\n')[0] ?? 'LibreOffice (unknown version)';
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Converts `inputs` (absolute paths) into `outDir` with one soffice call per batch. */
export function convert(inputs: readonly string[], target: string, outDir: string): void {
  for (const batch of chunks(inputs, BATCH)) soffice(['--convert-to', target, '--outdir', outDir, ...batch]);
}

export async function render(outDir: string, only?: ReadonlySet<string>): Promise<MadeFile[]> {
  const dir = resolve(outDir);
  const slugs = readdirSync(dir)
    .filter((f) => f.endsWith('.fodt') && wanted(f.slice(0, -'.fodt'.length), only))
    .map((f) => f.slice(0, -'.fodt'.length))
    .sort();
  const ver = version();
  // 1. Remove stale outputs so a failed conversion cannot hide behind an old file.
  for (const slug of slugs) for (const ext of ['.docx', '.pdf']) rmSync(join(dir, slug + ext), { force: true });
  // 2. Flat ODT -> DOCX, then 3. DOCX -> PDF (the PDF is made from the Word file, not from the source).
  convert(slugs.map((s) => join(dir, `${s}.fodt`)), 'docx:MS Word 2007 XML', dir);
  convert(slugs.map((s) => join(dir, `${s}.docx`)), 'pdf:writer_pdf_Export', dir);
  const made: MadeFile[] = [];
  for (const slug of slugs) {
    for (const ext of ['.docx', '.pdf']) {
      const file = slug + ext;
      if (!existsSync(join(dir, file))) throw new Error(`soffice did not make ${file}`);
      made.push({ file, source: ext === '.docx' ? `${slug}.fodt` : `${slug}.docx`, engine: 'libreoffice', version: ver });
    }
  }
  return made;
}
