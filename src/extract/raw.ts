// What each reader hands back before normalisation: raw lines per page.
import type { Diagnostic, DocKind, DocumentMeta } from '../types.js';

export interface RawPage {
  /** 1-based. */
  page: number;
  /** Lines as read; a tab separates cells of one table row (or one visual row). */
  lines: string[];
}

export interface RawDocument {
  kind: DocKind;
  pages: RawPage[];
  /** Pages in the file (may exceed pages read when the page cap applies). */
  pageCount: number;
  meta: DocumentMeta;
  warnings: Diagnostic[];
}
