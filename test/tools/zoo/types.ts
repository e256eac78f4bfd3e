// The layout zoo's generator contract: each engine module re-renders the sources of its folder under fixtures/zoo/
// and says which engine (and which version of it) made each output file.
export type ZooEngine = 'latex' | 'libreoffice' | 'chromium' | 'fop' | 'pandoc' | 'scribus';

export interface MadeFile {
  /** Output file name, relative to the engine's folder (e.g. "nina-berg.pdf"). */
  file: string;
  /** The source it was rendered from, relative to the same folder. */
  source: string;
  engine: ZooEngine;
  /** The engine's own version line, e.g. "pdfTeX 3.141592653-2.6-1.40.24 (TeX Live 2022/Debian)". */
  version: string;
}

/** Renders the sources of `dir`; with `only`, just the sources whose slug (file name without extension) it holds. */
export type Render = (dir: string, only?: ReadonlySet<string>) => Promise<MadeFile[]>;

/** True when a source's slug is to be rendered (`only` absent: every source). */
export function wanted(slug: string, only: ReadonlySet<string> | undefined): boolean {
  return only === undefined || only.has(slug);
}
