// OCR engine: tesseract.js (pinned 7.0.0, WebAssembly, in a worker thread) with the English LSTM model from the
// @tesseract.js-data/eng package (its 4.0.0_best_int data), loaded from node_modules — never from a CDN — and
// `cacheMethod: 'none'`, so nothing is written to the working directory. One engine per reading child, started on
// the first page that needs it and reused; a page over its time budget ends the engine (the next page starts one).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { importPackage } from '../../package-import.js';
import { ScreenError } from '../../types.js';

export interface OcrPage {
  text: string;
  /** Tesseract's mean word confidence for the page, 0–100. */
  confidence: number;
}

interface TesseractWorker {
  recognize(image: Buffer): Promise<{ data: { text: string; confidence: number } }>;
  terminate(): Promise<unknown>;
}

/** Tesseract's LSTM-only engine mode: the "best_int" data has no legacy-engine model. */
const OEM_LSTM_ONLY = 1;

let worker: Promise<TesseractWorker> | undefined;

/** The folder holding eng.traineddata.gz, inside node_modules. */
export function englishDataPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

function start(): Promise<TesseractWorker> {
  worker ??= (async () => {
    const { createWorker } = await importPackage<typeof import('tesseract.js')>('tesseract.js');
    const created = await createWorker('eng', OEM_LSTM_ONLY, {
      langPath: englishDataPath(),
      gzip: true,
      cacheMethod: 'none',
      // Messages from the engine are not ours to print (stdout is the report's): dropped.
      logger: () => undefined,
      errorHandler: () => undefined,
    });
    return created as unknown as TesseractWorker;
  })();
  return worker;
}

/** Ends the engine (after a timeout, or when the child is done); the next page starts a new one. */
export async function stopOcr(): Promise<void> {
  const current = worker;
  worker = undefined;
  if (current) await current.then((w) => w.terminate()).catch(() => undefined);
}

/** Text of one page image (PNG bytes), or TIMEOUT when the page takes longer than `budgetMs`. */
export async function recognizePage(png: Uint8Array, budgetMs: number): Promise<OcrPage> {
  let timer: NodeJS.Timeout | undefined;
  const overBudget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScreenError('TIMEOUT', { what: 'ocr-page', timeoutMs: budgetMs })), budgetMs);
  });
  try {
    const engine = await Promise.race([start(), overBudget]);
    const result = await Promise.race([engine.recognize(Buffer.from(png.buffer, png.byteOffset, png.byteLength)), overBudget]);
    return { text: result.data.text, confidence: result.data.confidence };
  } catch (error) {
    await stopOcr();
    if (error instanceof ScreenError) throw error;
    throw new ScreenError('CORRUPT', { kind: 'pdf', reason: 'ocr-failed' });
  } finally {
    clearTimeout(timer);
  }
}
