// Applies visibility.ts to one page's text items: items whose glyph runs are all unseen are taken out whole, an
// item that merged seen and unseen runs keeps only the seen text; the unseen text comes back as hidden lines
// (one per baseline, left to right, top of the page first), each with the reason of its first run.
import type { RawHiddenLine } from '../raw.js';
import type { PdfTextItem } from './load.js';
import { restoreSoftHyphens } from './soft-hyphens.js';
import { judgeMaskedRuns } from './soft-mask.js';
import { MIN_VISIBLE_ALPHA, collectRuns, imagesUnderRuns, judgeRuns, patternInksOfRuns, type ImagePixels, type OperatorList, type OptionalContent, type Run } from './visibility.js';
import type { Box } from './visibility-geometry.js';

type Item = PdfTextItem | { type: string };

/** pdf.js PDFObjects: decoded images the worker sent for the page (objs) or the document (commonObjs). */
interface PdfObjects {
  has(id: string): boolean;
  get(id: string, callback?: (data: unknown) => void): unknown;
}

export interface VisibilityPage {
  view: number[];
  getOperatorList?(params?: { annotationMode?: number }): Promise<OperatorList>;
  objs?: PdfObjects;
  commonObjs?: PdfObjects;
}

/** How long to wait for an image's pixels the worker has not sent yet (decoding runs alongside the operator list). */
const IMAGE_WAIT_MS = 2000;

/** An object pdf.js decoded for the page (an image's pixels, a shading's IR), when it has it or sends it soon; null otherwise. */
function objectOf(page: VisibilityPage, id: string): Promise<unknown> {
  // pdf.js keeps objects shared across pages in commonObjs under the document's id ("g_…"), the rest in the page's objs.
  const objs = id.startsWith('g_') ? page.commonObjs : page.objs;
  if (!objs) return Promise.resolve(null);
  if (objs.has(id)) return Promise.resolve(objs.get(id));
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), IMAGE_WAIT_MS);
    timer.unref();
    objs.get(id, (data) => {
      clearTimeout(timer);
      resolve(data);
    });
  });
}

const asPixels = (data: unknown) => (typeof data === 'object' && data !== null && 'data' in data ? (data as ImagePixels) : null);

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
  // The same runs give back the hyphens pdf.js left out of the items (soft-hyphens.ts).
  items = restoreSoftHyphens(items, runs);
  // Text over an image is judged against the image's mean colour under it (a flat panel, a page-wide background, a
  // photo), text over a gradient against the gradient's colour there: only those below still-visible text are read.
  for (const paint of imagesUnderRuns(runs, paints)) {
    if (paint.image?.id) paint.image.pixels = asPixels(await objectOf(page, paint.image.id).catch(() => null));
    if (paint.pattern) paint.pattern.ir = (await objectOf(page, paint.pattern.id).catch(() => null)) ?? null;
  }
  // Text filled with a gradient itself (pdfkit, design tools): that gradient's stops, each pattern read once.
  const irs = new Map<string, unknown>();
  for (const pattern of patternInksOfRuns(runs)) {
    if (!irs.has(pattern.id)) irs.set(pattern.id, (await objectOf(page, pattern.id).catch(() => null)) ?? null);
    pattern.ir = irs.get(pattern.id);
  }
  // Text under a soft mask made of a gradient (CSS `mask-image`): the gradient's colours bound what shows through.
  await judgeMaskedRuns(runs, (id) => objectOf(page, id), MIN_VISIBLE_ALPHA);
  judgeRuns(runs, paints);
  const unseen = withoutSeenTwins(runs);
  if (unseen.length === 0) return { items: [...items], hidden: [] };
  const pieces: HiddenPiece[] = [];
  const kept: Item[] = [];
  for (const item of items) {
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

/**
 * The unseen runs, less those whose text a seen run also draws at the same place: what a reader sees there. Chromium
 * prints `background-clip: text` as the glyphs of a soft mask (seen, in the colour of the gradient under them) plus
 * the same glyphs at alpha 0 for the text layer; a fake bold is the same run printed twice. Runs are bucketed by text
 * and position, so this stays linear however many there are.
 */
export function withoutSeenTwins(runs: readonly Run[]): Run[] {
  const key = (text: string, x: number, y: number) => `${Math.round(x / NEAR)}|${Math.round(y / NEAR)}|${text}`;
  const seen = new Set<string>();
  for (const r of runs) if (r.reason === undefined && r.text.trim()) seen.add(key(r.text.trim(), r.x, r.y));
  const twin = (r: Run) => {
    const [cx, cy, t] = [Math.round(r.x / NEAR), Math.round(r.y / NEAR), r.text.trim()];
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) if (seen.has(`${cx + dx}|${cy + dy}|${t}`)) return true;
    return false;
  };
  return runs.filter((r) => r.reason !== undefined && !(seen.size > 0 && twin(r)));
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
