// Small, deterministic PDFs and DOCX files built in memory for the extraction tests.
// DOCX files are written as raw WordprocessingML (the `docx` package's typings do not resolve under NodeNext),
// which also lets the tests say exactly which XML mammoth sees.
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

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph; several parts are separated by soft line breaks (Shift+Enter in Word). */
export const para = (...parts: string[]) =>
  `<w:p>${parts.map((t, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join('')}</w:p>`;
export const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`;
/** A table; a cell given as an array holds several paragraphs. */
export const table = (rows: Array<Array<string | string[]>>) =>
  `<w:tbl>${rows
    .map((r) => `<w:tr>${r.map((c) => `<w:tc>${(Array.isArray(c) ? c : [c]).map((t) => para(t)).join('')}</w:tc>`).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
/** An image linked to a local file (r:link): it must never be read. */
export const linkedImage = (rid: string) =>
  `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="x"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="${rid}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

export interface DocxParts {
  header?: string[];
  footer?: string[];
  title?: string;
  created?: string;
  /** Extra relationships of word/document.xml (e.g. an external image target). */
  rels?: string;
}

/** A DOCX whose body is the given WordprocessingML blocks. */
export function makeDocx(blocks: string[], parts: DocxParts = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0"?><w:document ${W}><w:body>${blocks.join('')}</w:body></w:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.rels ?? ''}</Relationships>`,
  };
  if (parts.header) files['word/header1.xml'] = `<?xml version="1.0"?><w:hdr ${W}>${parts.header.map((t) => para(t)).join('')}</w:hdr>`;
  if (parts.footer) files['word/footer1.xml'] = `<?xml version="1.0"?><w:ftr ${W}>${parts.footer.map((t) => para(t)).join('')}</w:ftr>`;
  if (parts.title || parts.created) {
    files['docProps/core.xml'] = `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(parts.title ?? '')}</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">${parts.created ?? ''}</dcterms:created></cp:coreProperties>`;
  }
  return makeZip(files);
}

/** A zip with arbitrary entries (for DOCX-shaped hostile inputs). */
export function makeZip(entries: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, body] of Object.entries(entries)) files[name] = typeof body === 'string' ? strToU8(body) : body;
  return zipSync(files, { level });
}

export function texts(doc: { lines: Array<{ text: string }> }): string[] {
  return doc.lines.map((l) => l.text);
}
