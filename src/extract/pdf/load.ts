// Opening a PDF through pdf-parse with safe pdf.js options, and mapping its failures to stable codes.
import { FormatError, InvalidPDFException, PasswordException, PDFParse } from 'pdf-parse';
import { ScreenError } from '../../types.js';

/** The slice of pdf.js's text item we use (display/api.js TextItem). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e/f are the baseline origin in user space. */
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
}

export interface PdfPage {
  /** [x0, y0, x1, y1] of the page box. */
  view: number[];
  getTextContent(params?: { disableNormalization?: boolean }): Promise<{ items: ReadonlyArray<PdfTextItem | { type: string }> }>;
  cleanup(): unknown;
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: unknown }>;
}

export interface OpenedPdf {
  doc: PdfDocument;
  /** Always call: frees pdf.js's document and its (fake) worker port. */
  close(): Promise<void>;
}

/**
 * Safe pdf.js options: no eval of font programs (CVE-2024-4367 class), no XFA forms, no fonts handed to the
 * system, no network/worker fetches, no wasm image decoders — we only read text.
 */
const SAFE_LOAD_OPTIONS = {
  isEvalSupported: false,
  enableXfa: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  stopAtErrors: false,
  verbosity: 0,
} as const;

export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const parser = new PDFParse({ ...SAFE_LOAD_OPTIONS, data: new Uint8Array(bytes) });
  const close = () => parser.destroy().catch(() => undefined);
  try {
    // pdf-parse keeps its loaded pdf.js document behind a private `load()`; reusing it means one pdf.js,
    // our own use of positioned text items, and pdf-parse's exception mapping (PasswordException …).
    const doc: PdfDocument = await parser['load']();
    return { doc, close };
  } catch (error) {
    await close();
    throw mapPdfError(error);
  }
}

/** Stable codes only: pdf.js messages can quote bytes from the file, so they never leave this function. */
export function mapPdfError(error: unknown): ScreenError {
  if (error instanceof ScreenError) return error;
  if (error instanceof PasswordException || nameOf(error) === 'PasswordException') {
    return new ScreenError('ENCRYPTED', { kind: 'pdf' });
  }
  if (error instanceof InvalidPDFException || nameOf(error) === 'InvalidPDFException') {
    return new ScreenError('CORRUPT', { kind: 'pdf', reason: 'invalid-structure' });
  }
  if (error instanceof FormatError || nameOf(error) === 'FormatError') {
    return new ScreenError('CORRUPT', { kind: 'pdf', reason: 'format-error' });
  }
  return new ScreenError('CORRUPT', { kind: 'pdf', reason: 'unreadable' });
}

function nameOf(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
