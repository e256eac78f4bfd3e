// The LaTeX part of the layout zoo: every fixtures/zoo/latex/<slug>.tex is compiled to <slug>.pdf by pdfLaTeX or
// XeLaTeX (chosen by the usual magic comment `% !TEX program = xelatex` on one of the first lines; pdfLaTeX otherwise).
// Each file is compiled twice in a fixed scratch directory (so "Page 2 of 2" via lastpage resolves) and only the PDF is copied
// back. SOURCE_DATE_EPOCH + FORCE_SOURCE_DATE pin the PDF dates and IDs so re-rendering gives the same bytes.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { wanted, type MadeFile } from './types.js';

const run = promisify(execFile);
const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z
// pdfTeX and xdvipdfmx hash the output file's full path into the PDF /ID: one fixed scratch directory (not a random
// temp name) keeps re-rendered PDFs byte-identical.
const WORK = '/tmp/zoo-latex-work';

type TexEngine = 'pdflatex' | 'xelatex';

function engineOf(texSource: string): TexEngine {
  const head = texSource.split('\n').slice(0, 5).join('\n');
  return /%\s*!TEX\s+(?:TS-)?program\s*=\s*xelatex/i.test(head) ? 'xelatex' : 'pdflatex';
}

async function versionOf(engine: TexEngine): Promise<string> {
  const { stdout } = await run(engine, ['--version']);
  return stdout.split('\n')[0]?.trim() ?? `${engine} (unknown version)`;
}

async function compile(engine: TexEngine, texPath: string, workDir: string): Promise<void> {
  // TEXINPUTS: images and inputs beside the source are found (the trailing ':' keeps TeX's own search path).
  const env = { ...process.env, SOURCE_DATE_EPOCH: EPOCH, FORCE_SOURCE_DATE: '1', TZ: 'UTC', TEXINPUTS: `${dirname(texPath)}:` };
  const args = ['-interaction=nonstopmode', '-halt-on-error', `-output-directory=${workDir}`, texPath];
  for (let pass = 0; pass < 2; pass++) {
    try {
      await run(engine, args, { cwd: workDir, env, timeout: 180_000, maxBuffer: 32 * 1024 * 1024 });
    } catch (err) {
      const log = (err as { stdout?: string }).stdout ?? '';
      throw new Error(`${engine} failed on ${texPath}:\n${log.split('\n').slice(-30).join('\n')}`);
    }
  }
}

export async function render(outDir: string, only?: ReadonlySet<string>): Promise<MadeFile[]> {
  const dir = resolve(outDir);
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.tex') && wanted(f.slice(0, -'.tex'.length), only))
    .sort();
  const versions = new Map<TexEngine, string>();
  const made: MadeFile[] = [];
  for (const source of sources) {
    const texPath = join(dir, source);
    const engine = engineOf(readFileSync(texPath, 'utf8'));
    if (!versions.has(engine)) versions.set(engine, await versionOf(engine));
    const work = WORK;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    try {
      await compile(engine, texPath, work);
      const file = source.replace(/\.tex$/, '.pdf');
      copyFileSync(join(work, file), join(dir, file));
      made.push({ file, source, engine: 'latex', version: versions.get(engine) ?? engine });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return made;
}
