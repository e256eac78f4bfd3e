// Text boxes Word draws under something opaque: a DrawingML text box with a picture, or a filled shape, anchored in
// the same paragraph, placed over at least four fifths of it and higher in the z-order (behindDoc, relativeHeight).
// Positions are only compared within one paragraph's anchors (the same base for both), so nothing is guessed about
// where paragraphs or pages fall.

/** Share of a text box a cover must hold (as for PDF covers). */
const COVER_SHARE = 0.8;

interface Anchor {
  start: number;
  end: number;
  /** Where the paragraph holding the anchor starts: anchors are only compared within one paragraph. */
  host: number;
  /** relativeFrom of positionH and positionV (or "page" for simplePos), which the offsets are measured from. */
  base: string;
  box: [number, number, number, number];
  z: number;
  /** A picture or a filled shape without text: an opaque cover. */
  cover: boolean;
  /** In front of the text (not behindDoc) with no wrapping (wp:wrapNone): text runs on under it. */
  inFront: boolean;
  /** The base of its horizontal and vertical offsets (relativeFrom of positionH, positionV). */
  hFrom: string;
  vFrom: string;
  /** The opaque solid fill of a shape without text (RRGGBB), what text in front of it is read against. */
  fill?: string;
}

const num = (xml: string, name: string): number | undefined => {
  const v = new RegExp(`\\b${name}="(-?\\d+)"`).exec(xml)?.[1];
  return v === undefined ? undefined : Number(v);
};

/** The part's DrawingML anchors, when it has both a text box and a possible cover (else none: nothing to compare). */
export function coverAnchors(xml: string): Anchor[] {
  if (!xml.includes('<w:txbxContent') || !xml.includes('<wp:anchor') || !/<a:blip\b|<a:solidFill>/.test(xml)) return [];
  const out: Anchor[] = [];
  const open: number[] = [];
  const re = /<w:p\b[^>]*?(\/?)>|<\/w:p>|<wp:anchor\b/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    if (m[0] === '</w:p>') open.pop();
    else if (m[0].startsWith('<w:p')) {
      if (m[1] !== '/') open.push(m.index);
    } else {
      const end = xml.indexOf('</wp:anchor>', m.index);
      if (end < 0) break;
      const anchor = anchorOf(xml.slice(m.index, end), m.index, end, open[open.length - 1] ?? -1);
      if (anchor) out.push(anchor);
    }
  }
  return out;
}

function anchorOf(xml: string, start: number, end: number, host: number): Anchor | undefined {
  const head = /^<wp:anchor\b[^>]*>/.exec(xml)?.[0] ?? '';
  const extent = /<wp:extent\b[^>]*>/.exec(xml)?.[0] ?? '';
  const [cx, cy] = [num(extent, 'cx'), num(extent, 'cy')];
  if (cx === undefined || cy === undefined) return undefined;
  let x: number | undefined;
  let y: number | undefined;
  let base: string;
  let [hFrom, vFrom] = ['page', 'page'];
  if (/\bsimplePos="(?:1|true|on)"/.test(head)) {
    const simple = /<wp:simplePos\b[^>]*>/.exec(xml)?.[0] ?? '';
    [x, y, base] = [num(simple, 'x'), num(simple, 'y'), 'page'];
  } else {
    const axis = (name: string) => new RegExp(`<wp:${name}\\b[^>]*relativeFrom="([^"]*)"[^>]*>\\s*<wp:posOffset>(-?\\d+)</wp:posOffset>`).exec(xml);
    const [h, v] = [axis('positionH'), axis('positionV')];
    if (!h || !v) return undefined;
    [x, y, base] = [Number(h[2]), Number(v[2]), `${h[1] ?? ''}/${v[1] ?? ''}`];
    [hFrom, vFrom] = [h[1] ?? '', v[1] ?? ''];
  }
  if (x === undefined || y === undefined) return undefined;
  const text = xml.includes('<w:txbxContent');
  const picture = /<a:blip\b/.test(xml);
  const filled = /<wps:spPr>[\s\S]*?<a:solidFill>(?:(?!<\/a:solidFill>)[\s\S])*<\/a:solidFill>/.test(xml) && !/<a:alpha\b/.test(xml);
  const behind = /\bbehindDoc="(?:1|true|on)"/.test(head);
  const z = (behind ? 0 : 2 ** 33) + (num(head, 'relativeHeight') ?? 0);
  const inFront = !behind && /<wp:wrapNone\b/.test(xml);
  const fill = filled && !text ? /<wps:spPr>[\s\S]*?<a:solidFill>\s*<a:srgbClr val="([0-9a-fA-F]{6})"/.exec(xml)?.[1]?.toUpperCase() : undefined;
  return { start, end, host, base, box: [x, y, x + cx, y + cy], z, cover: !text && (picture || filled), inFront, hFrom, vFrom, ...(fill !== undefined ? { fill } : {}) };
}

/** A picture or filled shape in front of the body text, over most of the column: where it lies from its paragraph's top. */
export interface BodyCover {
  /** Where its anchor starts in the part's XML (the paragraph holding it is the one it is placed from). */
  at: number;
  /** Its top and bottom in points from the top of the paragraph holding its anchor. */
  top: number;
  bottom: number;
}

/** Share of the text column a cover must span to hide the lines under it (lines can run the column's whole width). */
const COLUMN_SHARE = 0.8;
const EMU_PER_PT = 12700;

/**
 * Pictures and filled shapes placed in front of the body text (Word's "In Front of Text", wp:wrapNone, not behindDoc),
 * placed from their paragraph vertically, spanning at least four fifths of the text column: the body lines under them
 * are not seen. `column`: the text column's left and right edge on the page, in points.
 */
export function bodyCovers(xml: string, column: readonly [number, number]): BodyCover[] {
  if (!xml.includes('<wp:anchor') || !/<a:blip\b|<a:solidFill>/.test(xml)) return [];
  const out: BodyCover[] = [];
  for (let at = xml.indexOf('<wp:anchor'); at >= 0; at = xml.indexOf('<wp:anchor', at + 1)) {
    const end = xml.indexOf('</wp:anchor>', at);
    if (end < 0) break;
    const a = anchorOf(xml.slice(at, end), at, end, -1);
    if (!a?.cover || !a.inFront || !/^(?:paragraph|line)$/i.test(a.vFrom)) continue;
    const base = /^(?:column|margin|text)$/i.test(a.hFrom) ? column[0] : /^(?:page|leftmargin)$/i.test(a.hFrom) ? 0 : undefined;
    if (base === undefined) continue;
    const [x0, x1] = [base + a.box[0] / EMU_PER_PT, base + a.box[2] / EMU_PER_PT];
    const spanned = Math.min(x1, column[1]) - Math.max(x0, column[0]);
    if (spanned < COLUMN_SHARE * (column[1] - column[0])) continue;
    out.push({ at, top: a.box[1] / EMU_PER_PT, bottom: a.box[3] / EMU_PER_PT });
    at = end;
  }
  return out;
}

const area = (b: readonly number[]) => Math.max(0, (b[2] ?? 0) - (b[0] ?? 0)) * Math.max(0, (b[3] ?? 0) - (b[1] ?? 0));

/** The text box whose anchor holds position `at` lies under an opaque cover anchored over it in the same paragraph. */
export function coveredAt(anchors: readonly Anchor[], at: number): boolean {
  let box: Anchor | undefined;
  for (const a of anchors) if (!a.cover && a.start <= at && at < a.end && (!box || a.start > box.start)) box = a;
  if (!box || area(box.box) === 0) return false;
  const t = box;
  return anchors.some((c) => {
    if (!c.cover || c.host !== t.host || c.base !== t.base || c.z <= t.z) return false;
    const inter = [Math.max(t.box[0], c.box[0]), Math.max(t.box[1], c.box[1]), Math.min(t.box[2], c.box[2]), Math.min(t.box[3], c.box[3])];
    return area(inter) / area(t.box) >= COVER_SHARE;
  });
}

/**
 * The fill of the shape behind the text box whose anchor holds position `at`: the topmost filled shape without text,
 * anchored in the same paragraph from the same base, lower in the z-order and under four fifths of the box (a dark
 * panel drawn behind a transparent text box of white text: LibreOffice's export of a Writer sidebar). Undefined when
 * there is none, or a picture lies between.
 */
export function backdropAt(anchors: readonly Anchor[], at: number): string | undefined {
  let box: Anchor | undefined;
  for (const a of anchors) if (!a.cover && a.start <= at && at < a.end && (!box || a.start > box.start)) box = a;
  if (!box || area(box.box) === 0) return undefined;
  const t = box;
  let best: Anchor | undefined;
  for (const c of anchors) {
    if (!c.cover || c.host !== t.host || c.base !== t.base || c.z >= t.z) continue;
    const inter = [Math.max(t.box[0], c.box[0]), Math.max(t.box[1], c.box[1]), Math.min(t.box[2], c.box[2]), Math.min(t.box[3], c.box[3])];
    if (area(inter) / area(t.box) >= COVER_SHARE && (!best || c.z > best.z)) best = c;
  }
  return best?.fill;
}
