// Header text of one job entry as pieces: wrapped header lines joined back (a one-line header that wrapped, a
// title wrapped beside its dates), then split into title / organisation / location candidates (job-header.ts).
import type { ClassifiedLine } from './job-lines.js';
import { splitPieces, type HeaderPiece } from './job-header.js';
import { isLocation } from './header-places.js';
import { ORG_RE, TITLE_RE } from './header-lexicon.js';

export interface EntryHeaders {
  headers: ClassifiedLine[];
  anchor?: ClassifiedLine;
}

const HAS_SEPARATOR = /\s[—–|·]\s/u;
const ENDS_WITH_SEPARATOR = /\s[—–|·-]$/u;

/** A one-line header that wrapped ("Manager — Wide World" / "Importers — Kraków — dates") is one line again. */
function joinWrappedHeaders(entry: EntryHeaders): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  entry.headers.forEach((c, i) => {
    if (c.rest === '') return;
    const prev = out[out.length - 1];
    if (prev && prev.line === i - 1 && HAS_SEPARATOR.test(prev.text) && (ENDS_WITH_SEPARATOR.test(prev.text) || HAS_SEPARATOR.test(c.rest))) {
      prev.text = `${prev.text} ${c.rest}`;
      prev.line = i;
      return;
    }
    if (prev && prev.line === i - 1 && entry.headers[i - 1] === entry.anchor && continuesTitle(prev.text, c.rest)) {
      prev.text = `${prev.text} ${c.rest}`;
      return;
    }
    out.push({ text: c.rest, line: i });
  });
  return out;
}

/** A title wrapped beside its dates: "Senior Machine Learning<tab>dates" / "Engineer", "Manager,<tab>dates" / "Recommendations". */
function continuesTitle(prev: string, next: string): boolean {
  if (next.split(/\s+/).length > 3 || isLocation(next) || ORG_RE.test(next) || HAS_SEPARATOR.test(prev)) return false;
  if (/[,&/-]$/.test(prev) || prev.split('(').length > prev.split(')').length) return true;
  return !TITLE_RE.test(prev) && TITLE_RE.test(`${prev} ${next}`);
}

export function piecesOf(entry: EntryHeaders): HeaderPiece[] {
  return joinWrappedHeaders(entry).flatMap((h) => splitPieces(h.text, h.line));
}

