// A raw PDF writer: numbered objects, a classic xref table and a trailer, written byte by byte so that hostile
// structures (xref loops, page-tree cycles, self-drawing forms, 20,000 pages) can be expressed exactly.

export interface PdfObject {
  id: number;
  /** Everything between "N 0 obj" and "endobj". */
  body: Buffer;
}

export interface Serialized {
  bytes: Buffer;
  /** Byte offset of each object id. */
  offsets: Map<number, number>;
}

export const PDF_HEADER = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');

export function obj(id: number, body: string | Buffer): PdfObject {
  return { id, body: typeof body === 'string' ? Buffer.from(body, 'latin1') : body };
}

/** A stream object; `data` is written as is (say /Filter yourself in `dict` when it is compressed). */
export function streamObj(id: number, data: Buffer, dict = ''): PdfObject {
  const head = Buffer.from(`<< /Length ${data.length} ${dict} >>\nstream\n`, 'latin1');
  return { id, body: Buffer.concat([head, data, Buffer.from('\nendstream', 'latin1')]) };
}

/** A literal PDF string with the characters that need it escaped. */
export function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A content stream that shows each line of text in Helvetica (/F1), top to bottom. */
export function textContent(lines: string[]): Buffer {
  const ops = lines.map((line, i) => `BT /F1 11 Tf 72 ${740 - i * 16} Td ${pdfString(line)} Tj ET`);
  return Buffer.from(ops.join('\n'), 'latin1');
}

export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

export function serialize(objects: PdfObject[], start = PDF_HEADER): Serialized {
  const parts: Buffer[] = [start];
  const offsets = new Map<number, number>();
  let at = start.length;
  for (const o of objects) {
    offsets.set(o.id, at);
    const head = Buffer.from(`${o.id} 0 obj\n`, 'latin1');
    const tail = Buffer.from('\nendobj\n', 'latin1');
    parts.push(head, o.body, tail);
    at += head.length + o.body.length + tail.length;
  }
  return { bytes: Buffer.concat(parts), offsets };
}

/** A classic xref table covering ids 0..size-1 (ids with no offset are written free). */
export function xrefTable(offsets: Map<number, number>, size: number): string {
  const rows = ['xref', `0 ${size}`, '0000000000 65535 f\r'];
  for (let id = 1; id < size; id++) {
    const at = offsets.get(id);
    rows.push(at === undefined ? '0000000000 65535 f\r' : `${String(at).padStart(10, '0')} 00000 n\r`);
  }
  return rows.join('\n') + '\n';
}

/** A whole, well-formed file: objects, xref, trailer pointing at `rootId`. */
export function buildPdf(objects: PdfObject[], rootId = 1): Buffer {
  const { bytes, offsets } = serialize(objects);
  const size = Math.max(...objects.map((o) => o.id)) + 1;
  const tail = `${xrefTable(offsets, size)}trailer\n<< /Size ${size} /Root ${rootId} 0 R >>\nstartxref\n${bytes.length}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(tail, 'latin1')]);
}

/** Catalog (1), page tree (2), font (3), then one page + content stream per entry of `pages` (ids 4, 5, 6, 7, …). */
export function simpleDocument(pages: string[][], pageExtra = ''): PdfObject[] {
  const pageIds = pages.map((_, i) => 4 + i * 2);
  const objects = [
    obj(1, '<< /Type /Catalog /Pages 2 0 R >>'),
    obj(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`),
    obj(3, HELVETICA),
  ];
  pages.forEach((lines, i) => {
    const id = 4 + i * 2;
    objects.push(
      obj(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R ${pageExtra} >>`),
      streamObj(id + 1, textContent(lines)),
    );
  });
  return objects;
}
