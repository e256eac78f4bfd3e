// Small, deterministic PDFs and DOCX files built in memory for the extraction tests.
import { Document, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type FileChild } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import PDFDocument from 'pdfkit';

export type Draw = (doc: PDFKit.PDFDocument) => void;

/** A PDF drawn by `draw`; fixed dates keep the bytes stable. */
export function makePdf(draw: Draw, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      compress: true,
      info: { CreationDate: new Date('2024-01-15T10:30:00Z'), ModDate: new Date('2024-02-01T08:00:00Z') },
      ...options,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A DOCX with the given body; optional header/footer paragraphs and title. */
export async function makeDocx(
  children: FileChild[],
  extras: { header?: string[]; footer?: string[]; title?: string } = {},
): Promise<Uint8Array> {
  const doc = new Document({
    title: extras.title,
    creator: 'resume-screen tests',
    sections: [
      {
        headers: extras.header ? { default: new Header({ children: extras.header.map((t) => new Paragraph(t)) }) } : undefined,
        footers: extras.footer ? { default: new Footer({ children: extras.footer.map((t) => new Paragraph(t)) }) } : undefined,
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const para = (text: string) => new Paragraph(text);
/** One paragraph whose runs are separated by soft line breaks (Shift+Enter in Word). */
export const brokenPara = (...parts: string[]) =>
  new Paragraph({ children: parts.map((t, i) => new TextRun({ text: t, break: i > 0 ? 1 : 0 })) });
export const table = (rows: string[][]) =>
  new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) });

/** A zip with arbitrary entries (for DOCX-shaped hostile inputs). */
export function makeZip(entries: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, body] of Object.entries(entries)) files[name] = typeof body === 'string' ? strToU8(body) : body;
  return zipSync(files, { level });
}

export function texts(doc: { lines: Array<{ text: string }> }): string[] {
  return doc.lines.map((l) => l.text);
}
