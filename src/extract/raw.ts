// What each reader hands back before normalisation: raw lines per page.
import type { Channel, Diagnostic, DocKind, DocumentMeta } from '../types.js';

export interface RawPage {
  /** 1-based. */
  page: number;
  /** Lines as read; a tab separates cells of one table row (or one visual row). */
  lines: string[];
  /** Where each of `lines` came from, when not all from the body (same length as `lines`). */
  channels?: Channel[];
  /** Text a reader of the page cannot see, taken out of `lines`, with why. */
  hidden?: RawHiddenLine[];
}

export interface RawHiddenLine {
  text: string;
  reason: string;
  channel?: Channel;
}

export interface RawDocument {
  kind: DocKind;
  pages: RawPage[];
  /** Pages in the file (may exceed pages read when the page cap applies). */
  pageCount: number;
  meta: DocumentMeta;
  warnings: Diagnostic[];
}
