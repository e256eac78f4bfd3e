// Opening a PDF through pdf-parse with safe pdf.js options, and mapping its failures to stable codes.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importPackage } from '../../package-import.js';
import { ScreenError } from '../../types.js';
import { loadCompiledPdfJs, noteDocumentRead } from './code-cache.js';
import { withCanvasDeferred } from './lazy-canvas.js';
import { makePlainClone } from './plain-clone.js';

type PdfParseModule = typeof import('pdf-parse');

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
  /** Pages rendered to PNG at `width` pixels (only for OCR: text is never read this way). */
  render(pages: readonly number[], width: number): Promise<Array<{ page: number; png: Uint8Array }>>;
  /** Always call: frees pdf.js's document and its (fake) worker port. */
  close(): Promise<void>;
}

/**
 * Safe pdf.js options: no eval of font programs (CVE-2024-4367 class), no XFA forms, no font ever installed
 * (`disableFontFace`, and Node has no Font Loading API), no network/worker fetches, no wasm image decoders — we only
 * read text.
 * - `useSystemFonts: true` only stops pdf.js asking for the data files of the 14 standard fonts (which we do not
 *   ship): with `false` every document asked for them three times, each answered by an error, for the same text.
 */
const SAFE_LOAD_OPTIONS = {
  isEvalSupported: false,
  enableXfa: false,
  disableFontFace: true,
  useSystemFonts: true,
  useWorkerFetch: false,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  stopAtErrors: false,
  verbosity: 0,
} as const;

/**
 * Built-ins that the core-js copies inside pdf.js's legacy build replace on Node 20 with slower JavaScript versions
 * (its Array.prototype.push polyfill alone cost about 10% of a child's time, in our code as much as in pdf.js).
 * pdf.js needs none of these replacements on Node 20; the methods it *adds* (Promise.withResolvers, Set methods,
 * Uint8Array base64 …) are kept.
 */
function captureReplacedNatives(): () => void {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  const toString = Object.getOwnPropertyDescriptor(Function.prototype, 'toString');
  const parse = Object.getOwnPropertyDescriptor(JSON, 'parse');
  return () => {
    if (push) Object.defineProperty(Array.prototype, 'push', push);
    if (toString) Object.defineProperty(Function.prototype, 'toString', toString);
    if (parse) Object.defineProperty(JSON, 'parse', parse);
  };
}

let pdfjs: Promise<PdfParseModule> | undefined;
const nativeStructuredClone = globalThis.structuredClone;

/**
 * pdf-parse and pdf.js's worker half, loaded once, on the first PDF (a DOCX-only run never pays for them).
 * - pdf-parse's CommonJS build, a minified bundle of the same pdf.js release, loads about 30 ms sooner than its ES
 *   module build (which pulls in pdfjs-dist's unminified files); one-off `score one.pdf` waits for it.
 * - Both are compiled through V8's code cache when one is saved (code-cache.ts): about 45 ms sooner again.
 * - The worker half that ships beside it is loaded here, not by pdf.js on its first document, so its core-js copy
 *   has run before the natives are put back. It registers itself as `globalThis.pdfjsWorker`, which pdf.js's
 *   in-process ("fake") worker then uses.
 */
export function loadPdfJs(): Promise<PdfParseModule> {
  // One load, however many PDFs ask at once: a second capture taken mid-load would save the replacements.
  pdfjs ??= (async () => {
    const restore = captureReplacedNatives();
    try {
      // Its rendering half (Skia) loads only when a page is rendered: lazy-canvas.ts.
      const mod = await withCanvasDeferred(async () => loadCompiledPdfJs<PdfParseModule>() ?? (await loadAsModules()));
      // pdf.js's in-process worker port clones every message with the global structuredClone.
      globalThis.structuredClone = makePlainClone(nativeStructuredClone);
      return mod;
    } finally {
      restore();
    }
  })();
  return pdfjs;
}

/** The ordinary way, when the files are not as code-cache.ts expects. */
async function loadAsModules(): Promise<PdfParseModule> {
  const require = createRequire(import.meta.url);
  const mod = require('pdf-parse') as PdfParseModule;
  await importPackage(pathToFileURL(join(dirname(require.resolve('pdf-parse')), 'pdf.worker.mjs')).href);
  return mod;
}

export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const { PDFParse } = await loadPdfJs();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const parser = new PDFParse({ ...SAFE_LOAD_OPTIONS, data: new Uint8Array(bytes) });
  const close = () => {
    // pdf.js aborts its message handlers' AbortControllers on destroy, and each abort builds a DOMException with a
    // stack trace nobody reads (about 0.3 ms a PDF): no traces while it tears down.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    return parser
      .destroy()
      .catch(() => undefined)
      .finally(() => {
        Error.stackTraceLimit = limit;
        noteDocumentRead();
      });
  };
  try {
    // pdf-parse keeps its loaded pdf.js document behind a private `load()`; reusing it means one pdf.js,
    // our own use of positioned text items, and pdf-parse's exception mapping (PasswordException …).
    const doc: PdfDocument = await parser['load']();
    skipFontBinding(doc);
    const render = async (pages: readonly number[], width: number) => {
      const shots = await parser.getScreenshot({ partial: [...pages], desiredWidth: width, imageBuffer: true, imageDataUrl: false });
      return shots.pages.map((s) => ({ page: s.pageNumber, png: s.data }));
    };
    return { doc, render, close };
  } catch (error) {
    await close();
    throw mapPdfError(error);
  }
}

/**
 * The operator list (visibility.ts reads it) sends each font to pdf.js's display half, which "binds" it for drawing:
 * nothing is ever drawn here (`disableFontFace`), and for a standard font without a file the bind fails an assertion
 * and asks the worker half for a fallback, a round trip per font and document. Binding is a no-op instead: about 15%
 * of the operator list's cost. The text is the same (fonts are read by the worker half, which is not touched).
 */
function skipFontBinding(doc: PdfDocument): void {
  const loader = (doc as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
  if (loader && typeof loader.bind === 'function') loader.bind = () => Promise.resolve();
}

/** Stable codes only: pdf.js messages can quote bytes from the file, so they never leave this function. */
export function mapPdfError(error: unknown): ScreenError {
  if (error instanceof ScreenError) return error;
  // By name: pdf-parse's exception classes are loaded lazily, and each sets its name.
  const name = error instanceof Error ? error.name : undefined;
  if (name === 'PasswordException') {
    return new ScreenError('ENCRYPTED', { kind: 'pdf' });
  }
  if (name === 'InvalidPDFException') {
    return new ScreenError('CORRUPT', { kind: 'pdf', reason: 'invalid-structure' });
  }
  if (name === 'FormatError') {
    return new ScreenError('CORRUPT', { kind: 'pdf', reason: 'format-error' });
  }
  return new ScreenError('CORRUPT', { kind: 'pdf', reason: 'unreadable' });
}
