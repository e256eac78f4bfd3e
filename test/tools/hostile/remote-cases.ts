// Files that point at a URL (the canary): remote images and templates in DOCX, actions and links in PDF, links in
// Markdown. Reading them must never fetch anything; a test serves the canary URL and counts requests.
import { docx } from './docx-cases.js';
import type { CaseContext } from './manifest.js';
import { buildPdf, obj, simpleDocument, streamObj } from './pdf-raw.js';
import { RESUME_LINES, resumeText } from './text.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function writeRemoteCases(ctx: CaseContext): Promise<void> {
  const url = (what: string): string => `${ctx.canaryUrl}${what}`;
  await ctx.add({ id: 'h23', path: 'h23-remote-actions.pdf', expect: ['text'], why: 'JavaScript open action, URI and remote GoToR links, an image whose data is an external URL: text is read, nothing runs or is fetched' }, remoteActionsPdf(url));
  await ctx.add({ id: 'h43', path: 'h43-remote-references.docx', expect: ['text'], why: 'image linked and embedded from a URL, a hyperlink, and a remote attached template (settings.xml): text is read, nothing is fetched' }, remoteDocx(url));
  await ctx.add({ id: 'h44', path: 'h44-remote-links.md', expect: ['text'], why: 'Markdown image and link to a URL: read as text, never fetched' }, `${resumeText('h44')}\n![photo](${url('md-image.png')})\n[portfolio](${url('md-link')})\n`);
}

function remoteActionsPdf(url: (what: string) => string): Buffer {
  const objects = simpleDocument([RESUME_LINES], `/Annots [9 0 R 10 0 R] /AA << /O << /S /JavaScript /JS (app.launchURL\\("${url('pdf-page-open')}"\\);) >> >>`);
  objects[0] = obj(1, `<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (this.submitForm\\("${url('pdf-open-action')}"\\);) >> >>`);
  objects[3] = obj(4, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 11 0 R >> >> /Contents 5 0 R /Annots [9 0 R 10 0 R] >>`);
  return buildPdf([
    ...objects,
    obj(9, `<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (${url('pdf-uri')}) >> >>`),
    obj(10, `<< /Type /Annot /Subtype /Link /Rect [72 680 300 700] /A << /S /GoToR /F << /FS /URL /F (${url('pdf-gotor')}) >> /D [0 /Fit] >> >>`),
    streamObj(11, Buffer.alloc(0), `/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /F << /FS /URL /F (${url('pdf-external-image')}) >>`),
  ]);
}

function remoteDocx(url: (what: string) => string): Buffer {
  const picture = (attr: string, id: number): string =>
    `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="914400" cy="914400"/><wp:docPr id="${id}" name="Picture ${id}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${id}" name="p${id}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip ${attr}/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const body = RESUME_LINES.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('');
  const link = '<w:p><w:hyperlink r:id="rId22"><w:r><w:t>Portfolio</w:t></w:r></w:hyperlink></w:p>';
  const document = `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${picture('r:link="rId20"', 1)}${picture('r:embed="rId21"', 2)}${link}</w:body></w:document>`;
  const rel = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}" TargetMode="External"/>`;
  const rels = (inner: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
  return docx(document, [
    { name: 'word/_rels/document.xml.rels', content: rels(rel('rId20', 'image', url('docx-image-link.png')) + rel('rId21', 'image', url('docx-image-embed.png')) + rel('rId22', 'hyperlink', url('docx-hyperlink'))) },
    { name: 'word/settings.xml', content: `<w:settings xmlns:w="${W}" xmlns:r="${R}"><w:attachedTemplate r:id="rId1"/></w:settings>` },
    { name: 'word/_rels/settings.xml.rels', content: rels(rel('rId1', 'attachedTemplate', url('docx-template.dotm'))) },
  ]);
}
