// Hostile DOCX files: zip bombs, lying headers, 50,000 entries, DTD tricks and links to local files.
import { repeatToChunk } from './deflate.js';
import type { CaseContext } from './manifest.js';
import { RESUME_LINES, pseudoRandomBytes } from './text.js';
import { buildZip, type ZipEntry } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DOC_OPEN = `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`;
const DOC_CLOSE = '</w:body></w:document>';
const MIB = 1 << 20;

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function paragraphs(lines: string[]): string {
  return lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
}

/** A minimal valid DOCX whose document.xml is `document` (string or bomb segments), plus extra entries. */
export function docx(document: ZipEntry['content'], extra: ZipEntry[] = [], declaredSize?: number): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: ROOT_RELS },
    { name: 'word/document.xml', content: document, declaredSize },
    ...extra,
  ]);
}

export async function writeDocxCases(ctx: CaseContext): Promise<void> {
  const good = docx(`<?xml version="1.0" encoding="UTF-8"?>${DOC_OPEN}${paragraphs(RESUME_LINES)}${DOC_CLOSE}`);
  const hostname = 'file:///etc/hostname';
  const secret = `file://${ctx.secretPath}`;

  await ctx.add({ id: 'h30', path: 'h30-not-a-zip.docx', expect: ['UNSUPPORTED_TYPE', 'CORRUPT'], why: 'random binary named .docx' }, pseudoRandomBytes(32768, 30));
  await ctx.add({ id: 'h31', path: 'h31-truncated.docx', expect: ['CORRUPT'], why: 'a valid DOCX cut in half: no central directory' }, good.subarray(0, Math.floor(good.length / 2)));
  await ctx.add({ id: 'h32', path: 'h32-zip-bomb-1gib-run.docx', expect: ['TOO_LARGE'], why: 'one run of 1.1 GiB of text in document.xml (~1 MiB file, honest headers): the pre-check must refuse it before mammoth inflates it' }, docx(bomb('<w:p><w:r><w:t>', 'A'.repeat(MIB), 1100, '</w:t></w:r></w:p>')));
  await ctx.add({ id: 'h33', path: 'h33-300mib-paragraphs.docx', expect: ['TOO_LARGE'], why: 'document.xml inflates to 300 MiB of ordinary paragraphs: over the inflated-bytes cap' }, docx(bomb('', repeatToChunk(paragraphs(['Led a team of engineers building ranking models for search.']), MIB).toString(), 301, '')));
  await ctx.add({ id: 'h34', path: 'h34-lying-zip-sizes.docx', expect: ['TOO_LARGE', 'CORRUPT'], why: 'headers say document.xml is 2,000 bytes; it inflates to 512 MiB: a pre-check that trusts declared sizes lets it through' }, docx(bomb('', repeatToChunk(paragraphs(['Shipped a recommender for a bookshop.']), MIB).toString(), 512, ''), [], 2000));
  await ctx.add({ id: 'h35', path: 'h35-50000-entries.docx', expect: ['TOO_LARGE'], why: '50,000 one-byte entries besides a valid document: over the entry-count cap (a central directory that large costs parse time and memory)' }, docx(`${DOC_OPEN}${paragraphs(RESUME_LINES)}${DOC_CLOSE}`, manyEntries(50_000)));
  await ctx.add({ id: 'h36', path: 'h36-billion-laughs.docx', expect: ['CORRUPT', 'text', 'EMPTY'], why: 'a DTD of nested entities (10^9 "lol"s) in document.xml: entities must not be expanded; refusing the DTD or reading the rest is fine, hanging is not' }, docx(billionLaughs()));
  await ctx.add({ id: 'h37', path: 'h37-xxe.docx', expect: ['CORRUPT', 'text', 'EMPTY'], why: 'external entities (/etc/hostname and a secret marker file) in document.xml: never resolved' }, docx(xxe([hostname, secret])));
  await ctx.add({ id: 'h38', path: 'h38-200000-nested-runs.docx', expect: ['CORRUPT', 'text', 'TOO_LARGE'], why: '200,000 nested <w:r> elements (2.6 MB of XML): a recursive XML-to-tree conversion overflows its stack' }, docx(`${DOC_OPEN}<w:p>${'<w:r>'.repeat(200_000)}<w:t>Deep</w:t>${'</w:r>'.repeat(200_000)}</w:p>${paragraphs(RESUME_LINES)}${DOC_CLOSE}`));
  await ctx.add({ id: 'h39', path: 'h39-linked-local-image.docx', expect: ['text'], why: 'images linked (r:link, r:embed and VML r:id, TargetMode External) to /etc/hostname and a secret marker file: the text is read, the links are never followed' }, docx(`${DOC_OPEN}${paragraphs(RESUME_LINES)}${linkedImages()}${DOC_CLOSE}`, [{ name: 'word/_rels/document.xml.rels', content: imageRels([hostname, secret]) }]));
  await ctx.add({ id: 'h40', path: 'h40-xml-node-flood.docx', expect: ['TOO_LARGE'], why: '48 MB of one-letter paragraphs (1.5 million elements), under the 50 MB inflate cap: mammoth builds a DOM of all of them before any text cap applies' }, docx(bomb('', repeatToChunk(paragraphs(['a']), MIB).toString(), 46, '')));
  const redirect = (main: string): Buffer => buildZip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: ROOT_RELS.replace('Target="word/document.xml"', 'Target="word/main.bin"') },
    { name: 'word/document.xml', content: `${DOC_OPEN}${paragraphs(['decoy'])}${DOC_CLOSE}` },
    { name: 'word/main.bin', content: main },
  ]);
  await ctx.add({ id: 'h41', path: 'h41-redirected-main-xxe.docx', expect: ['CORRUPT'], why: '_rels/.rels points the main document at word/main.bin (mammoth follows it), which holds XXE entities: a DTD check keyed on .xml names misses it' }, redirect(xxe([hostname, secret])));
  await ctx.add({ id: 'h42', path: 'h42-redirected-main-laughs.docx', expect: ['CORRUPT'], why: 'the same redirect to a billion-laughs main part' }, redirect(billionLaughs()));
}

function bomb(prefix: string, unit: string, times: number, suffix: string): ZipEntry['content'] {
  return [
    { data: Buffer.from(`${DOC_OPEN}${prefix}`), times: 1 },
    { data: Buffer.from(unit), times },
    { data: Buffer.from(`${suffix}${paragraphs(RESUME_LINES)}${DOC_CLOSE}`), times: 1 },
  ];
}

function manyEntries(count: number): ZipEntry[] {
  return Array.from({ length: count }, (_, i) => ({ name: `word/media/x${i}.bin`, content: Buffer.from('x'), store: true }));
}

function billionLaughs(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE w:document [${levels.join('')}]>${DOC_OPEN}${paragraphs(RESUME_LINES)}<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>${DOC_CLOSE}`;
}

function xxe(targets: string[]): string {
  const entities = targets.map((t, i) => `<!ENTITY xxe${i} SYSTEM "${t}">`).join('');
  const uses = targets.map((_, i) => `<w:p><w:r><w:t>&xxe${i};</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0"?><!DOCTYPE w:document [${entities}]>${DOC_OPEN}${paragraphs(RESUME_LINES)}${uses}${DOC_CLOSE}`;
}

function linkedImages(): string {
  const drawing = (attr: string, id: number): string =>
    `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="914400" cy="914400"/><wp:docPr id="${id}" name="Picture ${id}" descr="photo"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${id}" name="p${id}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip ${attr}/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const vml = (rel: string): string =>
    `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:10pt;height:10pt"><v:imagedata r:id="${rel}"/></v:shape></w:pict></w:r></w:p>`;
  return [drawing('r:link="rId10"', 1), drawing('r:embed="rId11"', 2), drawing('r:link="rId12"', 3), drawing('r:embed="rId13"', 4), vml('rId10'), vml('rId12')].join('');
}

function imageRels(targets: string[]): string {
  const image = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
  const rels = targets.flatMap((t, i) => [
    `<Relationship Id="rId${10 + i * 2}" Type="${image}" Target="${t}" TargetMode="External"/>`,
    `<Relationship Id="rId${11 + i * 2}" Type="${image}" Target="${t}" TargetMode="External"/>`,
  ]);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

