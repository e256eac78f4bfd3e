// PDF reader: positioned text items per page → rows → furniture removed → columns in reading order → lines.
import { ScreenError, type Diagnostic } from '../../types.js';
import type { HyphenPolicy } from '../normalize.js';
import type { RawDocument, RawHiddenLine, RawPage } from '../raw.js';
import { optionalContentOf, splitVisible } from './hidden-items.js';
import { orderColumns } from './columns.js';
import { removeFurniture, type PageBox } from './furniture.js';
import { withoutPageFields } from '../channels.js';
import { mapPdfError, openPdf, type PdfDocument } from './load.js';
import { notRendered, ocrPages, ocrWarnings, type OcrOptions } from './ocr-pages.js';
import { metaFromInfo } from './meta.js';
import { precheckPdf } from './precheck.js';
import { flowAcrossPages } from './page-flow.js';
import { paragraphLines } from './paragraphs.js';
import { groupRows, toItems, type Row } from './rows.js';

export interface PdfOptions extends OcrOptions {
  maxPages: number;
  maxPdfInflatedBytes: number;
  maxPdfStreamBytes: number;
}

/** Fewer visible characters per page than this (on average) is flagged LOW_TEXT: a résumé page has thousands. */
const LOW_TEXT_CHARS_PER_PAGE = 80;

export async function extractPdf(bytes: Uint8Array, options: PdfOptions): Promise<RawDocument> {
  // 0. Flate bombs and content floods are refused before pdf.js inflates anything.
  precheckPdf(bytes, { total: options.maxPdfInflatedBytes, perStream: options.maxPdfStreamBytes });
  const pdf = await openPdf(bytes);
  try {
    // 1. Page count and cap.
    const pageCount = pdf.doc.numPages;
    const toRead = Math.min(pageCount, Math.max(1, options.maxPages));
    // 2. Rows of positioned items per page; pages that fail are counted, not fatal.
    const { pages: rowsByPage, boxes, failed, hidden } = await readRows(pdf.doc, toRead);
    if (failed.length === toRead) throw new ScreenError('CORRUPT', { kind: 'pdf', reason: 'pages-unreadable' });
    // 3. Pages with no text layer (scans) are read by OCR unless --ocr never; --ocr always reads every page.
    const charsOf = (rows: Row[]) => rows.reduce((n, r) => n + r.items.reduce((m, it) => m + it.str.trim().length, 0), 0);
    const textChars = rowsByPage.map(charsOf);
    const readable = textChars.flatMap((_, i) => (failed.includes(i + 1) ? [] : [i + 1]));
    const toOcr = options.ocr === 'never' ? [] : options.ocr === 'always' ? readable : readable.filter((n) => textChars[n - 1] === 0);
    const textless = textChars.every((c) => c === 0);
    if (textless && failed.length === 0 && toOcr.length === 0) throw new ScreenError('NO_TEXT_LAYER', { pages: pageCount });
    const ocr = await ocrPages(pdf, toOcr, options);
    if (textless && ocr.lines.size === 0) throw new ScreenError('NO_TEXT_LAYER', { pages: pageCount, ocrFailedPages: ocr.failed });
    const ocrChars = [...ocr.lines.values()].flat().reduce((n, l) => n + l.trim().length, 0);
    const chars = textChars.reduce((a, b) => a + b, 0) + ocrChars;
    // 4. Running headers/footers and page numbers.
    const { pages: cleaned, removed } = removeFurniture(rowsByPage, boxes, pageCount);
    // 5. Metadata (the producer tells whether words were hyphenated by the typesetter).
    const info = (await pdf.doc.getMetadata().catch(() => ({ info: {} }))).info;
    const meta = metaFromInfo(info);
    const policy = hyphenPolicy(info, cleaned);
    // 6. Reading order per page (columns one after another); rows → lines with tab-separated cells, wrapped
    //    lines joined back into paragraphs. A page read by OCR takes the OCR lines; with --ocr always, a text
    //    page keeps its text layer, less the lines the rendered page does not show.
    //    A main column that runs on from the foot of one page to the top of the next is read without a break.
    const columnPages: number[] = [];
    const blocksByPage = cleaned.map((rows, i) => {
      const blocks = orderColumns(rows);
      if (blocks.length > 1) columnPages.push(i + 1);
      return blocks;
    });
    const segments = flowAcrossPages(blocksByPage, (n) => !ocr.lines.has(n));
    const pages: RawPage[] = segments.map(({ page, blocks }, s) => {
      const first = segments.findIndex((other) => other.page === page) === s;
      const unseen = first ? [...(hidden[page - 1] ?? [])] : [];
      const seenByOcr = ocr.lines.get(page);
      let lines = blocks.flatMap((b) => paragraphLines(b.rows, policy));
      if (seenByOcr && textChars[page - 1] === 0) lines = withoutPageFields(seenByOcr);
      else if (seenByOcr) {
        const compared = notRendered(lines, seenByOcr);
        lines = compared.shown;
        unseen.push(...compared.hidden);
      }
      return { page, lines, ...(unseen.length ? { hidden: unseen } : {}) };
    });
    // 7. Warnings.
    const warnings = [...pdfWarnings({ pageCount, toRead, chars, failed, removed, columnPages }), ...ocrWarnings(ocr)];
    return { kind: 'pdf', pages, pageCount, meta, warnings };
  } catch (error) {
    throw mapPdfError(error);
  } finally {
    await pdf.close();
  }
}

async function readRows(doc: PdfDocument, toRead: number): Promise<{ pages: Row[][]; boxes: PageBox[]; failed: number[]; hidden: RawHiddenLine[][] }> {
  const pages: Row[][] = [];
  const hidden: RawHiddenLine[][] = [];
  const optional = await optionalContentOf(doc);
  const boxes: PageBox[] = [];
  const failed: number[] = [];
  for (let n = 1; n <= toRead; n++) {
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // Text a reader cannot see (white, tiny, covered, render mode 3, off the page…) is set aside: visibility.ts.
      const seen = await splitVisible(page, content.items, optional);
      page.cleanup();
      const [, y0 = 0, , y1 = 792] = page.view;
      boxes.push({ bottom: Math.min(y0, y1), top: Math.max(y0, y1) });
      pages.push(groupRows(toItems(seen.items)));
      hidden.push(seen.hidden);
    } catch (error) {
      if (error instanceof Error && error.name === 'PasswordException') throw error;
      failed.push(n);
      pages.push([]);
      hidden.push([]);
      boxes.push({ bottom: 0, top: 0 });
    }
  }
  return { pages, boxes, failed, hidden };
}

/** TeX engines hyphenate words at line ends; pdfkit, Word, browsers only break after real hyphens. */
const HYPHENATING_PRODUCER = /\b(?:pdftex|luatex|xetex|tex|latex|indesign|quarkxpress)\b/i;

function hyphenPolicy(info: unknown, pages: Row[][]): HyphenPolicy {
  const fields = typeof info === 'object' && info !== null ? Object.entries(info) : [];
  const producer = fields.filter(([k]) => k === 'Producer' || k === 'Creator').map(([, v]) => String(v)).join(' ');
  // The document's words, gathered only if a line ends in a hyphen that may be a break (most résumés have none).
  let vocabulary: Set<string> | undefined;
  return {
    fallback: HYPHENATING_PRODUCER.test(producer) ? 'drop' : 'keep',
    get vocabulary(): ReadonlySet<string> {
      return (vocabulary ??= wordsOf(pages));
    },
  };
}

function wordsOf(pages: Row[][]): Set<string> {
  const words = new Set<string>();
  for (const row of pages.flat()) {
    for (const item of row.items) for (const word of item.str.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  }
  return words;
}

interface PdfStats {
  pageCount: number;
  toRead: number;
  chars: number;
  failed: number[];
  removed: number;
  columnPages: number[];
}

function pdfWarnings(s: PdfStats): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  if (s.toRead < s.pageCount) {
    warnings.push({ code: 'PAGE_CAP', severity: 'warning', data: { read: s.toRead, pages: s.pageCount } });
  }
  if (s.failed.length > 0 || s.chars < LOW_TEXT_CHARS_PER_PAGE * s.toRead) {
    warnings.push({ code: 'LOW_TEXT', severity: 'warning', data: { chars: s.chars, pages: s.toRead, failedPages: s.failed } });
  }
  if (s.removed > 0) warnings.push({ code: 'REPEATED_LINES_REMOVED', severity: 'info', data: { count: s.removed } });
  if (s.columnPages.length > 0) {
    warnings.push({ code: 'COLUMNS_DETECTED', severity: 'info', data: { pages: s.columnPages } });
  }
  return warnings;
}
