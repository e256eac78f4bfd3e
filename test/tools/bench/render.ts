// Render a fictional Person to PDF (pdfkit: single column, left sidebar, compact two-page) or DOCX (hand-built
// WordprocessingML: paragraphs, or skills in a table; docx 9.7's ESM types do not resolve under NodeNext).
// Fixed metadata dates so the same seed gives the same bytes.
import PDFDocument from 'pdfkit';
import { strToU8, zipSync } from 'fflate';
import type { Person } from './people.js';

export const PDF_LAYOUTS = ['single', 'sidebar', 'compact'] as const;
export const DOCX_LAYOUTS = ['paragraphs', 'skills-table'] as const;
const FIXED_DATE = new Date('2026-10-15T09:30:00Z');


function pdfBytes(build: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Résumé', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  build(doc);
  doc.end();
  return done;
}

function mainColumn(doc: PDFKit.PDFDocument, p: Person, x: number, width: number, size: number): void {
  const heading = (text: string): void => {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size + 2).text(text.toUpperCase(), x, undefined, { width });
  };
  heading('Summary');
  doc.font('Helvetica').fontSize(size).text(p.summary, x, undefined, { width });
  heading('Experience');
  for (const job of p.jobs) {
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(size).text(`${job.title} — ${job.org}`, x, undefined, { width, continued: false });
    doc.font('Helvetica-Oblique').text(`${job.city} | ${job.dates}`, x, undefined, { width });
    doc.font('Helvetica');
    for (const b of job.bullets) doc.text(`• ${b}`, x + 8, undefined, { width: width - 8 });
  }
  heading('Education');
  doc.font('Helvetica').fontSize(size).text(`${p.education.degree}, ${p.education.school} (${p.education.dates})`, x, undefined, { width });
}

export function renderPdf(p: Person, layout: (typeof PDF_LAYOUTS)[number]): Promise<Buffer> {
  return pdfBytes((doc) => {
    doc.font('Helvetica-Bold').fontSize(20).text(p.name);
    doc.font('Helvetica').fontSize(11).text(`${p.headline} · ${p.email} · ${p.city}`);
    if (layout === 'sidebar') {
      const top = doc.y + 10;
      doc.font('Helvetica-Bold').fontSize(11).text('SKILLS', 50, top, { width: 130 });
      doc.font('Helvetica').fontSize(9);
      for (const s of p.skills) doc.text(s, 50, undefined, { width: 130 });
      doc.y = top;
      mainColumn(doc, p, 200, 345, 9);
      return;
    }
    const size = layout === 'compact' ? 9 : 10;
    mainColumn(doc, p, 50, 495, size);
    if (layout === 'compact') doc.addPage();
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size + 2).text('SKILLS', 50);
    doc.font('Helvetica').fontSize(size).text(p.skills.join(', '), 50);
  });
}

/** A minimal WordprocessingML package (zipped with fflate): headings styled Heading1, bullets as "•" paragraphs. */
export function renderDocx(p: Person, layout: (typeof DOCX_LAYOUTS)[number]): Promise<Buffer> {
  const body: string[] = [para(p.name, 'Title'), para(`${p.headline} | ${p.email} | ${p.city}`), para('Summary', 'Heading1'), para(p.summary), para('Experience', 'Heading1')];
  for (const job of p.jobs) {
    body.push(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xml(`${job.title}, ${job.org}`)}</w:t></w:r><w:r><w:tab/><w:t>${xml(job.dates)}</w:t></w:r></w:p>`);
    for (const b of job.bullets) body.push(para(`• ${b}`));
  }
  body.push(para('Skills', 'Heading1'));
  if (layout === 'skills-table') {
    const rows: string[] = [];
    for (let i = 0; i < p.skills.length; i += 3) rows.push(`<w:tr>${[0, 1, 2].map((k) => `<w:tc>${para(p.skills[i + k] ?? '')}</w:tc>`).join('')}</w:tr>`);
    body.push(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr>${rows.join('')}</w:tbl>`);
  } else body.push(para(p.skills.join(' · ')));
  body.push(para('Education', 'Heading1'), para(`${p.education.degree} — ${p.education.school} — ${p.education.dates}`));
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`;
  const files = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/_rels/document.xml.rels': DOC_RELS,
    'word/document.xml': document,
    'word/styles.xml': STYLES,
  };
  const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [strToU8(v), { mtime: FIXED_DATE }]])));
  return Promise.resolve(Buffer.from(zipped));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function para(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
}
