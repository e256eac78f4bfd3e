// DOCX reader: zip pre-check (entries, real inflated size, no DTDs) → mammoth HTML → lines; headers/footers
// and core properties read from the zip parts mammoth ignores.
import { ScreenError } from '../../types.js';
import { withoutPageFields } from '../channels.js';
import type { RawDocument } from '../raw.js';
import { applyCaps, capsStyleIds } from './caps.js';
import { htmlToLines } from './html-lines.js';
import { headerFooterLines, metaFromCoreXml } from './parts.js';
import { precheckDocx, type PrecheckLimits } from './precheck.js';
import type { CheckedZip } from '../zip.js';
import { screenDocx } from './screen.js';
import { importPackage } from '../../package-import.js';

/** mammoth (and its zip and XML libraries) loads on the first DOCX only: a PDF-only run never pays for it. */
type Mammoth = typeof import('mammoth');
let mammothModule: Promise<Mammoth> | undefined;
function loadMammoth(): Promise<Mammoth> {
  mammothModule ??= importPackage<{ default: Mammoth }>('mammoth').then((m) => m.default);
  return mammothModule;
}

export async function extractDocx(bytes: Uint8Array, limits: PrecheckLimits): Promise<RawDocument> {
  // 1. Pre-check the zip before any library inflates it; mammoth reads the parts it inflated (one inflate a file).
  const zip = precheckDocx(bytes, limits);
  const parts = zip.parts;
  // 2. Body as HTML so paragraphs, soft breaks and table cells stay apart.
  const html = await convertBody(zip, capsStyleIds(parts.get('word/styles.xml')));
  // 3. Header/footer text once, at the top; page-number fields dropped.
  const furniture = withoutPageFields(headerFooterLines(parts));
  // 4. What Word would not show (hidden, white, tiny, a differing AlternateContent Fallback) taken out; channels.
  const { lines, channels, hidden } = screenDocx(parts, furniture, htmlToLines(html));
  // 5. Core properties.
  const meta = metaFromCoreXml(parts.get('docProps/core.xml'));
  const page = { page: 1, lines, ...(channels.some((c) => c !== 'body') ? { channels } : {}), ...(hidden.length ? { hidden } : {}) };
  return { kind: 'docx', pages: [page], pageCount: 1, meta, warnings: [] };
}

/**
 * The zip as mammoth reads it (`{ file }`: exists, read, write; what its own JSZip wrapper offers), over the parts
 * the pre-check inflated. mammoth 1.13's `openZip` takes such an object as it is (test/extract/docx-one-inflate.test.ts).
 */
function mammothZip(zip: CheckedZip): object {
  const written = new Map<string, unknown>();
  return {
    exists: (name: string): boolean => written.has(name) || zip.names.has(name),
    read(name: string, encoding?: string): Promise<unknown> {
      if (written.has(name)) return Promise.resolve(written.get(name));
      const bytes = zip.read(name);
      if (bytes === undefined) return Promise.reject(new Error('no such part'));
      if (encoding === 'base64') return Promise.resolve(Buffer.from(bytes).toString('base64'));
      return Promise.resolve(encoding ? new TextDecoder(encoding).decode(bytes) : bytes);
    },
    write(name: string, contents: unknown): void {
      written.set(name, contents);
    },
  };
}

async function convertBody(zip: CheckedZip, capsStyles: ReadonlySet<string>): Promise<string> {
  const mammoth = await loadMammoth();
  // Images become an empty <img> that htmlToLines drops: image bytes (and r:link targets) are never read.
  const ignoreImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  try {
    const result = await mammoth.convertToHtml(
      { file: mammothZip(zip) } as unknown as { buffer: Buffer },
      {
        convertImage: ignoreImages,
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        transformDocument: (document) => applyCaps(document, capsStyles),
      },
    );
    return result.value;
  } catch {
    // mammoth/jszip messages can quote part names and XML; only a stable reason leaves.
    throw new ScreenError('CORRUPT', { kind: 'docx', reason: 'unreadable-document' });
  }
}
