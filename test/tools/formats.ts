// `npm run fixtures:formats`: the legacy-format and scanned twins under fixtures/formats/. Each <slug>.yaml is a
// fictional résumé; it is rendered to DOCX (and PDF, when its `formats` say so) by the fixture renderer, then
// LibreOffice (Debian's libreoffice-writer-nogui, at generation time only) saves the DOCX as .doc, .rtf and .odt, as a
// user re-saving it would. Each PDF is also "scanned": its pages rendered to pixels (pdf.js through pdf-parse's
// getScreenshot) and wrapped as an image-only PDF — clean at 200 dpi, and degraded (150 dpi, a 1.2° skew, noise).
// Tests and CI use the committed outputs; made-by.json records the LibreOffice version.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { PDFParse } from 'pdf-parse';
import { renderSourceFile } from './fixtures/render.js';
import { convert, version } from './zoo/libreoffice.js';

const DIR = 'fixtures/formats';
const POINTS_PER_INCH = 72;
const FIXED_DATE = new Date('2026-10-15T09:30:00Z');

interface ScanStyle {
  suffix: string;
  dpi: number;
  skewDegrees: number;
  /** Share of pixels flipped to a random grey. */
  noise: number;
}

const SCANS: readonly ScanStyle[] = [
  { suffix: '.scan.pdf', dpi: 200, skewDegrees: 0, noise: 0 },
  { suffix: '.scan-degraded.pdf', dpi: 150, skewDegrees: 1.2, noise: 0.004 },
];

/** A small deterministic PRNG (mulberry32): the same noise on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One page as a scanner would give it: grey pixels at `dpi`, turned and speckled as the style says. */
async function scanPage(png: Uint8Array, width: number, height: number, style: ScanStyle): Promise<Buffer> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate((style.skewDegrees * Math.PI) / 180);
  ctx.drawImage(image, -width / 2, -height / 2, width, height);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const pixels = ctx.getImageData(0, 0, width, height);
  const random = prng(20261015);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const r = pixels.data[i] ?? 255;
    const g = pixels.data[i + 1] ?? 255;
    const b = pixels.data[i + 2] ?? 255;
    let grey = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    if (style.noise > 0 && random() < style.noise) grey = Math.floor(random() * 256);
    pixels.data[i] = grey;
    pixels.data[i + 1] = grey;
    pixels.data[i + 2] = grey;
  }
  ctx.putImageData(pixels, 0, 0);
  return canvas.encode('png');
}

/** The PDF's pages as scanned images, in an image-only PDF of the same page size (no text layer, no fonts). */
async function scanPdf(pdf: Uint8Array, style: ScanStyle): Promise<Buffer> {
  const parser = new PDFParse({ data: new Uint8Array(pdf), isEvalSupported: false });
  try {
    const shots = await parser.getScreenshot({ scale: style.dpi / POINTS_PER_INCH, imageBuffer: true });
    const out = new PDFDocument({ autoFirstPage: false, info: { Creator: 'resume-screen fixtures (scan)', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolveDone) => out.on('end', () => resolveDone(Buffer.concat(chunks))));
    for (const shot of shots.pages) {
      const png = await scanPage(shot.data, Math.round(shot.width), Math.round(shot.height), style);
      const size: [number, number] = [(shot.width / style.dpi) * POINTS_PER_INCH, (shot.height / style.dpi) * POINTS_PER_INCH];
      out.addPage({ size, margin: 0 });
      out.image(png, 0, 0, { width: size[0], height: size[1] });
    }
    out.end();
    return await done;
  } finally {
    await parser.destroy();
  }
}

async function main(): Promise<void> {
  const dir = resolve(DIR);
  // --scans: only re-scan the committed PDFs (no LibreOffice needed, the other outputs stay byte for byte).
  if (process.argv.includes('--scans')) {
    for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf') && !f.includes('.scan')).sort()) {
      for (const style of SCANS) writeFileSync(join(dir, pdf.replace(/\.pdf$/, style.suffix)), await scanPdf(readFileSync(join(dir, pdf)), style));
    }
    return;
  }
  const sources = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const made: Array<{ file: string; source: string; engine: string }> = [];
  const docxFiles: string[] = [];
  // 1. DOCX (and PDF) from each source.
  for (const source of sources) {
    for (const out of await renderSourceFile(join(dir, source), writeFile)) {
      if (out.endsWith('.docx')) docxFiles.push(out);
      made.push({ file: out.slice(dir.length + 1), source, engine: 'resume-screen fixtures' });
    }
  }
  // 2. The DOCX re-saved by LibreOffice in the three older formats.
  const lo = version();
  for (const target of ['doc:MS Word 97', 'rtf:Rich Text Format', 'odt:writer8']) {
    convert(docxFiles, target, dir);
    const ext = target.split(':')[0] ?? '';
    for (const docx of docxFiles) made.push({ file: docx.slice(dir.length + 1).replace(/\.docx$/, `.${ext}`), source: docx.slice(dir.length + 1), engine: lo });
  }
  // 3. Scans of each PDF.
  for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf') && !f.includes('.scan')).sort()) {
    const bytes = readFileSync(join(dir, pdf));
    for (const style of SCANS) {
      const file = pdf.replace(/\.pdf$/, style.suffix);
      writeFileSync(join(dir, file), await scanPdf(bytes, style));
      made.push({ file, source: pdf, engine: `pdf.js render at ${style.dpi} dpi, skew ${style.skewDegrees}°, noise ${style.noise}` });
    }
  }
  made.sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(join(dir, 'made-by.json'), `${JSON.stringify(made, null, 2)}\n`);
  process.stdout.write(`${DIR}: ${made.length} files\n`);
}

await main();
