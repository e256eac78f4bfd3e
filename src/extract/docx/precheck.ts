// DOCX pre-check before mammoth sees the file: the shared zip pre-check (../zip.ts: entry count, real inflated
// bytes, per-part cap, no DTDs), keyed on `word/document.xml`. Also keeps the small parts we read ourselves.
import { precheckZip, type CheckedZip, type ZipHow } from '../zip.js';

export interface PrecheckLimits {
  maxDocxEntries: number;
  maxDocxInflatedBytes: number;
  /** One part (media aside) inflated: a résumé's document.xml is well under 1 MB. */
  maxDocxPartBytes: number;
}

/**
 * Parts kept (inflated) for our own reading: headers, footers, core properties; body, styles, footnotes, theme for
 * visibility; the body's relationships and the settings, for which headers and footers Word shows.
 */
const KEPT_PART = /^(?:word\/(?:header|footer)\d*\.xml|word\/(?:document|styles|footnotes|settings)\.xml|word\/_rels\/document\.xml\.rels|word\/theme\/theme1\.xml|docProps\/core\.xml)$/;

/**
 * Runs the whole pre-check; returns the kept parts' text (UTF-8) by entry name, and every XML part's bytes for
 * mammoth (which then inflates nothing itself).
 */
export function precheckDocx(bytes: Uint8Array, limits: PrecheckLimits, how: ZipHow = {}): CheckedZip {
  return precheckZip(
    bytes,
    { kind: 'docx', required: 'word/document.xml', keep: KEPT_PART, retainXml: true },
    { maxEntries: limits.maxDocxEntries, maxInflatedBytes: limits.maxDocxInflatedBytes, maxPartBytes: limits.maxDocxPartBytes },
    how,
  );
}
