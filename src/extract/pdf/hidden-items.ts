// Applies visibility.ts to one page's text items: items whose glyph runs are all unseen are taken out whole, an
// item that merged seen and unseen runs keeps only the seen text; the unseen text comes back as hidden lines
// (one per baseline, left to right, top of the page first), each with the reason of its first run.
import type { RawHiddenLine } from '../raw.js';
import type { PdfTextItem } from './load.js';
import { collectRuns, judgeRuns, type OperatorList, type OptionalContent } from './visibility.js';
import type { Box } from './visibility-geometry.js';

type Item = PdfTextItem | { type: string };

export interface VisibilityPage {
  view: number[];
  getOperatorList?(params?: { annotationMode?: number }): Promise<OperatorList>;
}

/**
 * pdf.js AnnotationMode.DISABLE: the page's own content only. Annotation appearances (links, form fields) are not in
 * getTextContent's items either, so their operators would only cost time.
 */
const ANNOTATIONS_OFF = 0;

/** Baselines closer than this (points) are one line of hidden text. */
const SAME_BASELINE = 2;
/** A run belongs to an item when it starts this close to the item's origin or inside its width. */
const NEAR = 1;

interface HiddenPiece {
  text: string;
  x: number;
  y: number;
  reason: string;
}

const isText = (item: Item): item is PdfTextItem => 'str' in item;

export async function splitVisible(page: VisibilityPage, items: readonly Item[], optional?: OptionalContent): Promise<{ items: Item[]; hidden: RawHiddenLine[] }> {
  if (!page.getOperatorList || !items.some((i) => isText(i) && i.str.trim())) return { items: [...items], hidden: [] };
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
  const pageBox: Box = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
  const { runs, paints } = collectRuns(await page.getOperatorList({ annotationMode: ANNOTATIONS_OFF }), pageBox, optional);
  judgeRuns(runs, paints);
  const all = runs.some((r) => r.text.includes(SOFT_HYPHEN)) ? restoreSoftHyphens(items, runs) : [...items];
  const unseen = runs.filter((r) => r.reason !== undefined);
  if (unseen.length === 0) return { items: all, hidden: [] };
  const pieces: HiddenPiece[] = [];
  const kept: Item[] = [];
  for (const item of all) {
    if (!isText(item) || !item.str.trim()) {
      kept.push(item);
      continue;
    }
    const [, , , , ex = 0, ey = 0] = item.transform;
    const mine = unseen.filter((r) => Math.abs(r.y - ey) < NEAR && r.x >= ex - NEAR && r.x <= ex + Math.max(item.width - NEAR, 0));
    if (mine.length === 0) {
      kept.push(item);
      continue;
    }
    const rest = cutRuns(item.str, mine.map((r) => r.text));
    const reason = mine[0]?.reason ?? 'HIDDEN';
    if (rest === undefined || rest.trim() === '') pieces.push({ text: item.str, x: ex, y: ey, reason });
    else {
      pieces.push({ text: mine.map((r) => r.text).join(' '), x: ex, y: ey, reason });
      kept.push({ ...item, str: rest });
    }
  }
  return { items: kept, hidden: toLines(pieces) };
}

const SOFT_HYPHEN = '\u00AD';

/**
 * A soft hyphen (U+00AD) the page draws is a hyphen the reader sees: some producers (Scribus, with every glyph placed
 * on its own) map the hyphen glyph to U+00AD. pdf.js leaves format characters out of its text, so "two-tower" comes
 * out as "two tower" (the glyph's width read as a word gap) or "twotower". The glyph runs of the operator list still
 * hold it: each item's text is aligned with the runs drawn on its baseline and the U+00AD put back where it was
 * (normalize.ts then reads it as "-" between letters, a range dash between dates). An item whose text does not align
 * with its runs (ligatures, other normalisations) is left as pdf.js gave it.
 */
export function restoreSoftHyphens(items: readonly Item[], runs: ReadonlyArray<{ text: string; x: number; y: number }>): Item[] {
  return items.map((item) => {
    if (!isText(item) || !item.str.trim()) return item;
    const [, , , , ex = 0, ey = 0] = item.transform;
    const mine = runs.filter((r) => Math.abs(r.y - ey) < NEAR && r.x >= ex - NEAR && r.x <= ex + item.width + NEAR);
    if (!mine.some((r) => r.text.includes(SOFT_HYPHEN))) return item;
    const drawn = [...mine].sort((a, b) => a.x - b.x).map((r) => r.text).join('');
    const str = alignSoftHyphens(item.str, drawn);
    return str === undefined ? item : { ...item, str };
  });
}

/**
 * `text` with the soft hyphens of `drawn` put back (replacing the space pdf.js wrote for one); spaces may differ.
 * Undefined when the two do not hold the same characters.
 */
export function alignSoftHyphens(text: string, drawn: string): string | undefined {
  let out = '';
  let j = 0;
  for (const ch of drawn) {
    if (/\s/.test(ch)) continue;
    if (ch === SOFT_HYPHEN) {
      if (text[j] === ' ') j++;
      out += SOFT_HYPHEN;
      continue;
    }
    // pdf.js gives compatibility forms (NFKC: "ﬁ" → "fi", U+037E → ";"): compare with those.
    for (const c of ch.normalize('NFKC')) {
      while (j < text.length && /\s/.test(text[j] ?? '')) out += text[j++];
      if (text[j] !== c) return undefined;
      out += c;
      j++;
    }
  }
  return j === text.length || text.slice(j).trim() === '' ? out + text.slice(j) : undefined;
}

/** The item's text without the unseen runs' text; undefined when a run's text cannot be found in it. */
function cutRuns(str: string, texts: string[]): string | undefined {
  let rest = str;
  for (const t of texts) {
    const at = rest.indexOf(t.trim());
    if (at < 0) return undefined;
    rest = `${rest.slice(0, at)}${rest.slice(at + t.trim().length)}`;
  }
  return rest.replace(/\s{2,}/g, ' ');
}

function toLines(pieces: HiddenPiece[]): RawHiddenLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; parts: HiddenPiece[] }> = [];
  for (const p of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - p.y) < SAME_BASELINE) last.parts.push(p);
    else lines.push({ y: p.y, parts: [p] });
  }
  return lines.map((l) => ({ text: l.parts.map((p) => p.text.trim()).join(' '), reason: l.parts[0]?.reason ?? 'HIDDEN' }));
}

/** The document's optional-content configuration (which layers are on), when pdf.js gives one. */
export async function optionalContentOf(doc: object): Promise<OptionalContent | undefined> {
  const get = (doc as { getOptionalContentConfig?: () => Promise<OptionalContent | null> }).getOptionalContentConfig;
  if (typeof get !== 'function') return undefined;
  return (await get.call(doc).catch(() => null)) ?? undefined;
}
