// The benchmark corpus: N fictional résumés (70% PDF in three layouts, 30% DOCX in two) under .bench/corpus-N/,
// with PDFs and DOCX in separate folders so the PDFs can also be timed alone against pdftotext. Made once per N.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePerson, seeded } from './people.js';
import { DOCX_LAYOUTS, PDF_LAYOUTS, renderDocx, renderPdf } from './render.js';

const GENERATOR_VERSION = 2;

export interface Corpus {
  dir: string;
  pdfDir: string;
  docxDir: string;
  pdfs: string[];
  docx: string[];
}

export async function ensureCorpus(root: string, n: number): Promise<Corpus> {
  const dir = join(root, `corpus-${n}`);
  const pdfDir = join(dir, 'pdf');
  const docxDir = join(dir, 'docx');
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: number; pdfs: string[]; docx: string[] };
    if (manifest.version === GENERATOR_VERSION) return { dir, pdfDir, docxDir, pdfs: manifest.pdfs, docx: manifest.docx };
  }
  mkdirSync(pdfDir, { recursive: true });
  mkdirSync(docxDir, { recursive: true });
  const rand = seeded(20261101);
  const pdfs: string[] = [];
  const docx: string[] = [];
  for (let i = 0; i < n; i++) {
    const person = makePerson(rand, i);
    const slug = `${String(i).padStart(5, '0')}-${person.name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    if (i % 10 < 7) {
      const file = join(pdfDir, `${slug}.pdf`);
      writeFileSync(file, await renderPdf(person, PDF_LAYOUTS[i % PDF_LAYOUTS.length] ?? 'single'));
      pdfs.push(file);
    } else {
      const file = join(docxDir, `${slug}.docx`);
      writeFileSync(file, await renderDocx(person, DOCX_LAYOUTS[i % DOCX_LAYOUTS.length] ?? 'paragraphs'));
      docx.push(file);
    }
    if ((i + 1) % 250 === 0) process.stderr.write(`  generated ${i + 1}/${n}\n`);
  }
  writeFileSync(manifestPath, JSON.stringify({ version: GENERATOR_VERSION, pdfs, docx }));
  return { dir, pdfDir, docxDir, pdfs, docx };
}
