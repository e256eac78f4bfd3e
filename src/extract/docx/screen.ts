// Applies what Word shows (hidden.ts) to the lines mammoth and the header/footer reader produced: hidden runs are
// cut out of their line (a line left empty goes), handed back as hidden lines with their reason, and every line
// gets its channel. A DOCX with nothing hidden comes back unchanged.
import type { Channel } from '../../types.js';
import type { RawHiddenLine } from '../raw.js';
import { LIST_MARK } from './html-lines.js';
import { pageColour, readParagraphs, type DocxParagraph } from './hidden.js';
import { unshownHeaderFooterParts } from './parts.js';
import { pageGeometry } from './placement.js';
import { parseStyles, parseTheme } from './run-props.js';

export interface ScreenedDocx {
  lines: string[];
  channels: Channel[];
  hidden: RawHiddenLine[];
}

/** One soft-break piece of a paragraph: its full text as mammoth sees it, what Word shows, what it hides. */
interface Piece {
  full: string;
  visible: string;
  hidden: Array<{ text: string; reason: string }>;
  channel: Channel;
}

function pieces(p: DocxParagraph): Piece[] {
  const out: Piece[] = [];
  let cur: Piece = { full: '', visible: '', hidden: [], channel: p.channel };
  for (const run of p.runs) {
    const parts = run.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        out.push(cur);
        cur = { full: '', visible: '', hidden: [], channel: p.channel };
      }
      cur.full += part;
      if (!run.hidden) cur.visible += part;
      else {
        const last = cur.hidden[cur.hidden.length - 1];
        if (last && last.reason === run.hidden) last.text += part;
        else cur.hidden.push({ text: part, reason: run.hidden });
      }
    });
  }
  out.push(cur);
  return out;
}

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A piece's text as a pattern that tolerates how mammoth spaced it (tabs, runs of spaces). */
const loose = (t: string) => new RegExp(norm(t).split(' ').map(escape).join('\\s+'));

/** Lines tried after the last cut before a piece's search goes on through the rest (mammoth keeps document order). */
const NEAR_LINES = 500;
/** Line tests one part's pieces may spend beyond their near window (hostile parts: pieces found in no line). */
const SEARCH_BUDGET = 2_000_000;

/**
 * Replaces the piece's full text with its visible text in the first line (from `from`, then wrapping) holding it: the
 * lines near `from` first, the rest while the budget lasts (10,000 pieces found in no line scanned every line: 16 s).
 */
function cut(lines: Array<string | undefined>, piece: Piece, from: number, budget: { left: number }): number {
  const pattern = loose(piece.full);
  for (let k = 0; k < lines.length; k++) {
    if (k >= NEAR_LINES && budget.left-- <= 0) break;
    const i = (from + k) % lines.length;
    const line = lines[i];
    if (line === undefined) continue;
    const m = pattern.exec(line);
    if (!m) continue;
    const rest = `${line.slice(0, m.index)}${norm(piece.visible)}${line.slice(m.index + m[0].length)}`;
    lines[i] = rest.trim().length > 0 ? rest : undefined;
    return i;
  }
  return from;
}

function screenLines(lines: string[], paragraphs: DocxParagraph[], hidden: RawHiddenLine[], seen: Set<string>): Array<string | undefined> {
  const out: Array<string | undefined> = [...lines];
  let at = 0;
  const budget = { left: SEARCH_BUDGET };
  for (const piece of paragraphs.flatMap(pieces)) {
    if (piece.hidden.length === 0 || norm(piece.hidden.map((h) => h.text).join('')) === '') continue;
    if (norm(piece.full) !== '') at = cut(out, piece, at, budget);
    for (const h of piece.hidden) {
      const key = `${h.reason}\u0000${norm(h.text)}`;
      if (norm(h.text) === '' || seen.has(key)) continue;
      seen.add(key);
      hidden.push({ text: h.text, reason: h.reason, ...(piece.channel !== 'body' ? { channel: piece.channel } : {}) });
    }
  }
  return out;
}

/** Texts of paragraphs of one channel, for labelling the lines that are exactly one of them. */
const textsOf = (paragraphs: DocxParagraph[], channel: Channel): Set<string> =>
  new Set(paragraphs.filter((p) => p.channel === channel).flatMap(pieces).map((p) => norm(p.visible)).filter(Boolean));

export function screenDocx(parts: ReadonlyMap<string, string>, furniture: string[], body: string[]): ScreenedDocx {
  const styles = parseStyles(parts.get('word/styles.xml'), parseTheme(parts.get('word/theme/theme1.xml')));
  const document = parts.get('word/document.xml') ?? '';
  const page = pageGeometry(document);
  // Headers, footers and footnotes are drawn on the document's page colour.
  const colour = pageColour(document);
  const bodyParas = readParagraphs(document, styles, 'body', page, colour);
  const footnotes = readParagraphs(parts.get('word/footnotes.xml') ?? '', styles, 'footnote', page, colour);
  const unshown = unshownHeaderFooterParts(parts);
  const furnitureParas = [...parts.keys()]
    .filter((n) => /^word\/(?:header|footer)\d*\.xml$/.test(n))
    .flatMap((n) => {
      const paras = readParagraphs(parts.get(n) ?? '', styles, n.includes('header') ? 'header' : 'footer', page, colour);
      // A header or footer Word never shows (a first-page one without a different first page, an even-page one).
      if (unshown.has(n)) for (const p of paras) for (const r of p.runs) if (!r.hidden && r.text.trim()) r.hidden = 'HEADER_FOOTER_NOT_SHOWN';
      return paras;
    });
  const hidden: RawHiddenLine[] = [];
  const seen = new Set<string>();
  const top = screenLines(furniture, furnitureParas, hidden, seen);
  const main = screenLines(body, [...bodyParas, ...footnotes], hidden, seen);
  const headers = textsOf(furnitureParas, 'header');
  const boxes = textsOf(bodyParas, 'textbox');
  const notes = textsOf(footnotes, 'footnote');
  const lines: string[] = [];
  const channels: Channel[] = [];
  for (const line of top) {
    if (line === undefined) continue;
    lines.push(line);
    channels.push(headers.has(norm(line)) ? 'header' : 'footer');
  }
  for (const line of main) {
    if (line === undefined) continue;
    lines.push(line);
    // A list item's line is its paragraph's text after the bullet htmlToLines put before it (a bullet typed in the
    // text is the paragraph's own).
    const texts = line.startsWith(LIST_MARK) ? [norm(line), norm(line.slice(LIST_MARK.length))] : [norm(line)];
    channels.push(texts.some((t) => boxes.has(t)) ? 'textbox' : texts.some((t) => notes.has(t)) ? 'footnote' : 'body');
  }
  return { lines, channels, hidden };
}
