// OCR for PDF pages (DESIGN.md §7: an OCR'd PDF is a peer of the other readers): pages without a text layer are
// rendered (pdf.js through pdf-parse's getScreenshot, about 200 dpi for A4/Letter) and read by the OCR engine, one
// page at a time, each under its own time budget. With --ocr always every page is read, and text-layer lines that
// the rendered page does not show are set aside as hidden (NOT_RENDERED): text a reader of the page cannot see.
import type { Diagnostic } from '../../types.js';
import { recognizePage } from '../ocr/engine.js';
import type { RawHiddenLine } from '../raw.js';
import type { OpenedPdf } from './load.js';

/** The page cleaner draws with @napi-rs/canvas (Skia): loaded on the first page OCR reads, never for text PDFs. */
let cleaner: Promise<typeof import('../ocr/clean.js')> | undefined;
const loadCleaner = () => (cleaner ??= import('../ocr/clean.js'));

export type OcrMode = 'auto' | 'always' | 'never';

export interface OcrOptions {
  ocr: OcrMode;
  /** Time budget for one page's OCR (ms); a page over it is left unread (OCR data: failedPages). */
  ocrPageTimeoutMs: number;
  /** Told how many pages are about to be OCR'd (the batch extends the file's timeout and shows them). */
  onOcrPages?: (pages: number) => void;
}

/** Rendering width (px): ~200 dpi on A4/Letter, where Tesseract's LSTM model reads body text best. */
const OCR_WIDTH_PX = 1700;
/** Mean confidence under this: the reading is doubtful (OCR_LOW_CONFIDENCE; the verdict is at most review). */
export const LOW_OCR_CONFIDENCE = 70;
/** Words this long or longer decide whether a text-layer line is on the rendered page (short ones match by chance). */
const MIN_COMPARED_WORD = 4;

export interface OcrResult {
  /** OCR lines by 1-based page number. */
  lines: Map<number, string[]>;
  confidences: number[];
  failed: number[];
}

export async function ocrPages(pdf: OpenedPdf, pages: readonly number[], options: OcrOptions): Promise<OcrResult> {
  const result: OcrResult = { lines: new Map(), confidences: [], failed: [] };
  if (pages.length === 0) return result;
  options.onOcrPages?.(pages.length);
  for (const page of pages) {
    try {
      // One page rendered at a time: a 50-page scan never holds 50 page images.
      const [shot] = await pdf.render([page], OCR_WIDTH_PX);
      if (!shot) throw new Error('not rendered');
      const read = await recognizePage(await (await loadCleaner()).cleanPage(shot.png), options.ocrPageTimeoutMs);
      result.lines.set(page, read.text.split(/\r?\n/).map(withoutRuleNoise).filter((l) => /[\p{L}\p{N}]/u.test(l)));
      result.confidences.push(read.confidence);
    } catch {
      result.failed.push(page);
    }
  }
  return result;
}

/** A token that is no word: one or two characters, or no letter or digit at all ("==", "BN", "oo" from a rule). */
const NOISE_TOKEN = /^(?:\S{1,2}|[^\p{L}\p{N}]+)$/u;

/**
 * An OCR line without the noise a ruled line leaves after a heading ("Skills BN BN Co oo Bn", "Experience =="):
 * a trailing run of noise tokens goes when it is two tokens or more, or has no letter or digit at all. One short
 * last word stays ("Leeds, UK"). A dot or comma left on the last word is the rule's first speck ("Education. ==").
 */
export function withoutRuleNoise(line: string): string {
  const tokens = line.trim().split(/\s+/);
  let keep = tokens.length;
  while (keep > 1 && NOISE_TOKEN.test(tokens[keep - 1] ?? '')) keep--;
  const tail = tokens.slice(keep);
  const strip = tail.length >= 2 || tail.some((t) => !/[\p{L}\p{N}]/u.test(t));
  return strip ? tokens.slice(0, keep).join(' ').replace(/[.,·]+$/u, '') : line.trim();
}

/** The OCR and OCR_LOW_CONFIDENCE warnings: which pages were read by OCR, and how sure it was. */
export function ocrWarnings(result: OcrResult): Diagnostic[] {
  const pages = [...result.lines.keys()];
  if (pages.length === 0 && result.failed.length === 0) return [];
  const confidence = result.confidences.length ? Math.round(result.confidences.reduce((a, b) => a + b, 0) / result.confidences.length) : 0;
  const ocr: Diagnostic = { code: 'OCR', severity: 'warning', data: { pages, confidence, failedPages: result.failed } };
  return confidence < LOW_OCR_CONFIDENCE ? [ocr, { code: 'OCR_LOW_CONFIDENCE', severity: 'warning', data: { confidence, threshold: LOW_OCR_CONFIDENCE } }] : [ocr];
}

const words = (text: string): string[] => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= MIN_COMPARED_WORD);

/**
 * Text-layer lines of a page that the rendered page does not show: none of their longer words is in the OCR text.
 * Lines without such words (dates, short labels) are never judged.
 */
export function notRendered(textLines: readonly string[], ocrLines: readonly string[]): { shown: string[]; hidden: RawHiddenLine[] } {
  const seen = new Set(ocrLines.flatMap(words));
  const shown: string[] = [];
  const hidden: RawHiddenLine[] = [];
  for (const line of textLines) {
    const own = words(line);
    if (own.length > 0 && !own.some((w) => seen.has(w))) hidden.push({ text: line, reason: 'NOT_RENDERED' });
    else shown.push(line);
  }
  return { shown, hidden };
}
