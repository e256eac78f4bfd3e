// The libraries' floor (issue 19): what pdf-parse and mammoth alone cost on the same files, with nothing of ours.
// `node floor-worker.mjs <list-file> <index> <count>` reads every count-th path of the list from index on: PDFs
// through pdf-parse's getText(), DOCX through mammoth.convertToHtml(); text discarded. Plain JavaScript, run by plain
// node (no tsx), so the floor pays no loader of ours. `--one` reads one file (the one-off floor).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [listOrFile, index = '0', count = '1'] = process.argv.slice(2).filter((a) => a !== '--one');
const files = process.argv.includes('--one') ? [listOrFile] : readFileSync(listOrFile, 'utf8').split('\n').filter(Boolean).filter((_, i) => i % Number(count) === Number(index));

let pdfParse;
let mammoth;
for (const file of files) {
  const data = readFileSync(file);
  if (file.endsWith('.pdf')) {
    pdfParse ??= require('pdf-parse');
    const parser = new pdfParse.PDFParse({ data: new Uint8Array(data) });
    try {
      await parser.getText();
    } finally {
      await parser.destroy();
    }
  } else {
    mammoth ??= require('mammoth');
    await mammoth.convertToHtml({ buffer: data });
  }
}
