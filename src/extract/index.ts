// Extraction stage: one résumé file → a Document of normalised lines, or a ScreenError with a stable code.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ScreenError, type Diagnostic, type Document, type Line } from '../types.js';
import { appendHidden, normalizePage } from './marks.js';
import { INVISIBLE_CHARS, splitInvisibleChars } from './invisible-chars.js';
import type { RawDocument, RawPage } from './raw.js';
import { kindFromExtension, sniffType } from './sniff.js';
import { READERS } from './formats.js';
import type { OcrMode } from './pdf/ocr-pages.js';

export interface ExtractOptions {
  /** Refuse inputs larger than this (bytes). */
  maxBytes: number;
  /** Read at most this many PDF pages (flagged PAGE_CAP). */
  maxPages: number;
  /** Cut the normalised text at this many characters (flagged TEXT_CAP). */
  maxTextChars: number;
  /** PDF pre-check: refuse when the file's streams inflate to more than this in all (bytes): flate bombs. */
  maxPdfInflatedBytes: number;
  /** PDF pre-check: refuse when one stream (images aside) inflates to more than this (bytes): content floods. */
  maxPdfStreamBytes: number;
  /** DOCX pre-check: refuse when the zip's entries inflate to more than this (bytes). */
  maxDocxInflatedBytes: number;
  /** DOCX pre-check: refuse when one part (media aside) inflates to more than this (bytes): XML floods. */
  maxDocxPartBytes: number;
  /** DOCX pre-check: refuse zips with more entries than this. */
  maxDocxEntries: number;
  /** OCR for PDF pages: `auto` reads pages that have no text layer, `always` every page, `never` none. */
  ocr: OcrMode;
  /** OCR time budget per page (ms): a page over it is left unread. */
  ocrPageTimeoutMs: number;
  /** Told how many pages are about to be OCR'd (the batch extends a file's timeout by their budget). */
  onOcrPages?: (pages: number) => void;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  maxBytes: 20_000_000,
  maxPages: 50,
  maxTextChars: 200_000,
  maxPdfInflatedBytes: 100_000_000,
  maxPdfStreamBytes: 16_000_000,
  maxDocxInflatedBytes: 50_000_000,
  maxDocxPartBytes: 16_000_000,
  maxDocxEntries: 2_000,
  ocr: 'auto',
  ocrPageTimeoutMs: 60_000,
};

export { EXTRACT_WARNING_CODES, type ExtractWarningCode } from './codes.js';
export type { OcrMode } from './pdf/ocr-pages.js';
export { stopOcr } from './ocr/engine.js';

/** `path` may be the name's bytes (a Buffer) when it is not valid UTF-8. */
export async function extractFile(path: string | Buffer, options: Partial<ExtractOptions> = {}): Promise<Document> {
  const bytes = readFileChecked(path, options.maxBytes ?? DEFAULT_EXTRACT_OPTIONS.maxBytes);
  return extractBuffer(bytes, path.toString(), options);
}

/**
 * The file's bytes, with its size and kind checked on the opened file before reading: a 1 GiB file is never loaded,
 * a FIFO or /dev/zero never read, and what is checked is what is read (one open; O_NONBLOCK so opening a FIFO does
 * not wait for a writer). Synchronous: a reader handles one file at a time, and four thread-pool round trips per
 * file cost more than the read of a page-cached résumé.
 */
export function readFileChecked(path: string | Buffer, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ScreenError(code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE', { errno: code });
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new ScreenError('UNREADABLE', { reason: 'not a regular file' });
    if (info.size > maxBytes) throw new ScreenError('TOO_LARGE', { what: 'file', bytes: info.size, limit: maxBytes });
    // Exactly the size checked: a file that grows while it is read cannot get past the cap.
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const bytesRead = readSync(fd, buffer, filled, info.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } catch (err) {
    if (err instanceof ScreenError) throw err;
    throw new ScreenError('UNREADABLE', { errno: (err as NodeJS.ErrnoException).code });
  } finally {
    closeSync(fd);
  }
}

export async function extractBuffer(
  bytes: Uint8Array,
  source: string,
  partialOptions: Partial<ExtractOptions> = {},
): Promise<Document> {
  const options = { ...DEFAULT_EXTRACT_OPTIONS, ...partialOptions };
  // 1. Size cap before any parser sees the bytes.
  if (bytes.length > options.maxBytes) {
    throw new ScreenError('TOO_LARGE', { what: 'file', bytes: bytes.length, limit: options.maxBytes });
  }
  if (bytes.length === 0) throw new ScreenError('EMPTY', { bytes: 0 });
  // 2. Real type by magic bytes; refused types throw UNSUPPORTED_TYPE here.
  const sniffed = sniffType(bytes);
  // 3. Read with the matching reader (formats.ts), which runs its own pre-checks first.
  const raw = await READERS[sniffed].read(bytes, { source, options });
  // 4. Say so when the name lied about the type.
  const mismatch = extensionMismatch(source, raw.kind);
  // 5. Normalise page by page and number the lines (raw text beyond twice the cap is never normalised).
  const lines = numberLines(raw, options.maxTextChars * 2);
  // 6. Cap the text so a 20 MB line cannot slow the later stages.
  const capped = capText(lines, options.maxTextChars);
  // 7. Nothing left → EMPTY (PDFs with pages but no text already threw NO_TEXT_LAYER).
  if (capped.lines.length === 0) throw new ScreenError('EMPTY', { kind: raw.kind });
  const warnings = [...(mismatch ? [mismatch] : []), ...raw.warnings, ...(capped.warning ? [capped.warning] : [])];
  return { source, kind: raw.kind, lines: capped.lines, pages: raw.pageCount, meta: raw.meta, warnings };
}

function extensionMismatch(source: string, kind: Document['kind']): Diagnostic | undefined {
  const promised = kindFromExtension(source);
  if (promised === undefined || promised === kind) return undefined;
  const extension = /\.([a-z0-9]+)$/i.exec(source)?.[1]?.toLowerCase() ?? '';
  return { code: 'EXTENSION_MISMATCH', severity: 'warning', data: { extension, detected: kind } };
}

/**
 * A page with the text of tag characters and right-to-left overrides taken out of its lines into hidden lines
 * (invisible-chars.ts; text and Markdown résumés are split so as they are read). The page itself when it has none.
 */
function withoutInvisibleChars(page: RawPage): RawPage {
  if (!page.lines.some((l) => INVISIBLE_CHARS.test(l))) return page;
  const hidden = [...(page.hidden ?? [])];
  const lines = page.lines.map((l, i) => {
    const split = splitInvisibleChars(l);
    const channel = page.channels?.[i];
    for (const h of split.hidden) hidden.push(channel && channel !== 'body' ? { ...h, channel } : h);
    return split.text;
  });
  return { ...page, lines, hidden };
}

function numberLines(source: RawDocument, rawBudget: number): Line[] {
  const raw = source.kind === 'text' ? source : { ...source, pages: source.pages.map(withoutInvisibleChars) };
  const lines: Line[] = [];
  let budget = rawBudget;
  for (const page of raw.pages) {
    const taken: string[] = [];
    for (const line of page.lines) {
      if (budget <= 0) break;
      taken.push(line.length > budget ? line.slice(0, budget) : line);
      budget -= line.length + 1;
    }
    for (const m of normalizePage(page, taken, raw.kind === 'text')) lines.push({ ...m, page: page.page, index: lines.length });
  }
  appendHidden(lines, raw);
  return lines;
}

function capText(lines: Line[], maxChars: number): { lines: Line[]; warning?: Diagnostic } {
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    total += line.text.length + 1;
    if (total > maxChars) {
      const kept = lines.slice(0, i);
      const room = maxChars - (total - line.text.length - 1);
      if (room > 0) kept.push({ ...line, text: line.text.slice(0, room) });
      return { lines: kept, warning: { code: 'TEXT_CAP', severity: 'warning', data: { limit: maxChars } } };
    }
  }
  return { lines };
}
