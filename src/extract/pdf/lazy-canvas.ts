// @napi-rs/canvas (Skia) is what pdf.js draws pages with: only OCR renders pages. pdf-parse's bundle loads it the
// moment it is loaded, to fill in DOMMatrix, ImageData and Path2D, which cost every reading child about 70 ms of
// start-up and 28 MB of memory for nothing on text PDFs. While pdf.js loads, its require of the package gets
// placeholders; the three globals then load the real package on first use (a page rendered for OCR), and pdf.js's
// canvas factory requires the package itself when it draws.
import Module, { createRequire } from 'node:module';

const CANVAS = '@napi-rs/canvas';
const GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'] as const;

type Loader = { _load: (request: string, ...rest: unknown[]) => unknown };

let real: Record<string, unknown> | undefined;
function canvas(): Record<string, unknown> {
  real ??= createRequire(import.meta.url)(CANVAS) as Record<string, unknown>;
  return real;
}

/** Has the real package been loaded in this process? */
export function canvasLoaded(): boolean {
  return real !== undefined;
}

/** Runs `load` (pdf.js's loading) with the package deferred; returns what it returns. */
export async function withCanvasDeferred<T>(load: () => Promise<T> | T): Promise<T> {
  const placeholders = new Map<string, unknown>(GLOBALS.map((name) => [name, function placeholder() {}]));
  const stub = Object.fromEntries(placeholders);
  const loader = Module as unknown as Loader;
  const original = loader._load;
  loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === CANVAS ? stub : original.call(this, request, ...rest);
  };
  try {
    return await load();
  } finally {
    loader._load = original;
    const scope = globalThis as unknown as Record<string, unknown>;
    for (const [name, placeholder] of placeholders) {
      if (scope[name] !== placeholder) continue;
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          const value = canvas()[name];
          Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
          return value;
        },
        set(value: unknown) {
          Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
        },
      });
    }
  }
}
