// The pandoc part of the layout zoo: every fixtures/zoo/pandoc/<slug>.md (Markdown written the way people write
// résumés in Markdown: headings per job, definition lists, pipe and grid tables, bold company + italic title) is
// rendered by pandoc twice: to <slug>.docx (pandoc's own DOCX writer, with <slug>.reference.docx or reference.docx
// beside it as --reference-doc when present) and to <slug>.pdf through pandoc's default LaTeX template (pandoc writes
// the .tex; the TeX engine runs here, twice, as pandoc's own PDF route would). The PDF engine is XeLaTeX unless a
// comment `<!-- pdf-engine: pdflatex -->` sits on one of the first lines. SOURCE_DATE_EPOCH pins the DOCX's dates and,
// with FORCE_SOURCE_DATE, the PDF's dates and IDs, so re-rendering gives the same bytes.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { wanted, type MadeFile } from './types.js';

const run = promisify(execFile);
const PANDOC = process.env['PANDOC'] ?? 'pandoc';
const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z
// pdfTeX and xdvipdfmx hash the output file's full path into the PDF /ID, so the TeX run happens in one fixed
// directory (not pandoc's random temp directory) and re-rendering gives the same bytes.
const TEX_DIR = '/tmp/zoo-pandoc-tex';
const ENV = { ...process.env, SOURCE_DATE_EPOCH: EPOCH, FORCE_SOURCE_DATE: '1', TZ: 'UTC' };

type PdfEngine = 'pdflatex' | 'xelatex';

function pdfEngineOf(markdown: string): PdfEngine {
  const head = markdown.split('\n').slice(0, 5).join('\n');
  return /<!--\s*pdf-engine:\s*pdflatex\s*-->/i.test(head) ? 'pdflatex' : 'xelatex';
}

async function pandocVersion(): Promise<string> {
  const { stdout } = await run(PANDOC, ['--version']);
  return stdout.split('\n')[0]?.trim() ?? 'pandoc (unknown version)';
}

async function texVersion(engine: PdfEngine): Promise<string> {
  const { stdout } = await run(engine, ['--version']);
  return stdout.split('\n')[0]?.trim() ?? engine;
}

function referenceDoc(dir: string, slug: string): string[] {
  for (const name of [`${slug}.reference.docx`, 'reference.docx']) {
    if (existsSync(join(dir, name))) return [`--reference-doc=${join(dir, name)}`];
  }
  return [];
}

async function pandoc(args: readonly string[], cwd: string): Promise<void> {
  try {
    await run(PANDOC, args, { cwd, env: ENV, timeout: 180_000, maxBuffer: 32 * 1024 * 1024 });
  } catch (err) {
    const log = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`pandoc ${args.join(' ')} failed:\n${log.split('\n').slice(-20).join('\n')}`);
  }
}

/** pandoc's default LaTeX template, filled in, then compiled twice (like pandoc's own PDF route) in TEX_DIR. */
async function markdownToPdf(dir: string, source: string, slug: string, engine: PdfEngine): Promise<void> {
  rmSync(TEX_DIR, { recursive: true, force: true });
  mkdirSync(TEX_DIR, { recursive: true });
  await pandoc([join(dir, source), '-f', 'markdown', '-t', 'latex', '--standalone', '-o', join(TEX_DIR, `${slug}.tex`)], dir);
  for (let pass = 0; pass < 2; pass++) {
    try {
      await run(engine, ['-interaction=nonstopmode', '-halt-on-error', `${slug}.tex`], { cwd: TEX_DIR, env: ENV, timeout: 180_000, maxBuffer: 32 * 1024 * 1024 });
    } catch (err) {
      const log = (err as { stdout?: string }).stdout ?? '';
      throw new Error(`${engine} failed on ${source}:\n${log.split('\n').slice(-30).join('\n')}`);
    }
  }
  copyFileSync(join(TEX_DIR, `${slug}.pdf`), join(dir, `${slug}.pdf`));
  rmSync(TEX_DIR, { recursive: true, force: true });
}

export async function render(outDir: string, only?: ReadonlySet<string>): Promise<MadeFile[]> {
  const dir = resolve(outDir);
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && wanted(f.slice(0, -'.md'.length), only))
    .sort();
  const pv = await pandocVersion();
  const texVersions = new Map<PdfEngine, string>();
  const made: MadeFile[] = [];
  // One at a time: the machine's cores are shared.
  for (const source of sources) {
    const slug = source.slice(0, -'.md'.length);
    const engine = pdfEngineOf(readFileSync(join(dir, source), 'utf8'));
    if (!texVersions.has(engine)) texVersions.set(engine, await texVersion(engine));
    // 1. Remove stale outputs so a failed run cannot hide behind an old file.
    for (const ext of ['.docx', '.pdf']) rmSync(join(dir, slug + ext), { force: true });
    // 2. Markdown -> DOCX (pandoc's writer), 3. Markdown -> PDF (pandoc's LaTeX template, then the TeX engine).
    await pandoc([source, '-f', 'markdown', '-t', 'docx', ...referenceDoc(dir, slug), '-o', `${slug}.docx`], dir);
    await markdownToPdf(dir, source, slug, engine);
    made.push({ file: `${slug}.docx`, source, engine: 'pandoc', version: pv });
    made.push({ file: `${slug}.pdf`, source, engine: 'pandoc', version: `${pv} + ${texVersions.get(engine) ?? engine}` });
  }
  return made;
}
