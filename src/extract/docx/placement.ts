// Where Word places a floating text box or a frame, and whether that is off the page: a DrawingML anchor
// (wp:positionH/wp:positionV posOffset, EMU), a VML shape's style (margin-left/margin-top, pt), a paragraph frame
// (w:framePr w:x/w:y, twips). Offsets are relative to the page, a margin, the column or the paragraph; where the
// base is not known exactly (a paragraph can be anywhere between the margins) every possible base must put the
// box off the page before it counts as off.

/** Page size and margins in points. */
export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** US Letter with 1-inch margins: Word's page when the document names none. */
export const DEFAULT_PAGE: PageGeometry = { width: 612, height: 792, top: 72, right: 72, bottom: 72, left: 72 };

const EMU_PER_PT = 12700;
const TWIPS_PER_PT = 20;

const attr = (xml: string, name: string): number | undefined => {
  const v = new RegExp(`\\b${name}="(-?\\d+(?:\\.\\d+)?)"`).exec(xml)?.[1];
  return v === undefined ? undefined : Number(v);
};

/** The page of a document part: its last w:sectPr's w:pgSz and w:pgMar (twips), or Letter. */
export function pageGeometry(xml: string): PageGeometry {
  const at = xml.lastIndexOf('<w:sectPr');
  if (at < 0) return DEFAULT_PAGE;
  const sect = xml.slice(at, xml.indexOf('</w:sectPr>', at) >>> 0);
  const size = /<w:pgSz\b[^>]*>/.exec(sect)?.[0] ?? '';
  const mar = /<w:pgMar\b[^>]*>/.exec(sect)?.[0] ?? '';
  const pt = (tag: string, name: string, fallback: number) => {
    const v = attr(tag, name);
    return v === undefined ? fallback : Math.abs(v) / TWIPS_PER_PT;
  };
  return {
    width: pt(size, 'w:w', DEFAULT_PAGE.width),
    height: pt(size, 'w:h', DEFAULT_PAGE.height),
    top: pt(mar, 'w:top', DEFAULT_PAGE.top),
    right: pt(mar, 'w:right', DEFAULT_PAGE.right),
    bottom: pt(mar, 'w:bottom', DEFAULT_PAGE.bottom),
    left: pt(mar, 'w:left', DEFAULT_PAGE.left),
  };
}

/** The range of page positions (points) an offset is measured from, for a `relativeFrom` base. */
function bases(axis: 'h' | 'v', from: string, page: PageGeometry): [number, number] {
  const f = from.toLowerCase();
  if (axis === 'h') {
    if (f === 'page' || f === 'leftmargin') return [0, 0];
    if (f === 'rightmargin') return [page.width - page.right, page.width - page.right];
    if (f === 'margin' || f === 'column' || f === 'text') return [page.left, page.left];
    return [0, page.width - page.right]; // character, insideMargin, outsideMargin: somewhere on the line
  }
  if (f === 'page' || f === 'topmargin') return [0, 0];
  if (f === 'bottommargin') return [page.height - page.bottom, page.height - page.bottom];
  if (f === 'margin') return [page.top, page.top];
  return [0, page.height - page.bottom]; // paragraph, line, text: somewhere on the page
}

/** A box of `size` points at `offset` from a base in `range` misses [0, extent] whatever the base. */
function misses(offset: number, size: number, range: [number, number], extent: number): boolean {
  return range[1] + offset + Math.max(size, 0) <= 0 || range[0] + offset >= extent;
}

/** A DrawingML wp:anchor (its XML up to the text box) placed off the page. */
export function anchorOffPage(anchor: string, page: PageGeometry): boolean {
  const extent = /<wp:extent\b[^>]*>/.exec(anchor)?.[0] ?? '';
  const [cx, cy] = [(attr(extent, 'cx') ?? 0) / EMU_PER_PT, (attr(extent, 'cy') ?? 0) / EMU_PER_PT];
  // simplePos="1": the box's top-left corner is wp:simplePos, from the page's, and positionH/V are ignored.
  if (/^<wp:anchor\b[^>]*\bsimplePos="(?:1|true|on)"/.test(anchor)) {
    const simple = /<wp:simplePos\b[^>]*>/.exec(anchor)?.[0] ?? '';
    const [x, y] = [(attr(simple, 'x') ?? 0) / EMU_PER_PT, (attr(simple, 'y') ?? 0) / EMU_PER_PT];
    return misses(x, cx, [0, 0], page.width) || misses(y, cy, [0, 0], page.height);
  }
  const axis = (name: 'positionH' | 'positionV') => {
    const m = new RegExp(`<wp:${name}\\b([^>]*)>([\\s\\S]*?)</wp:${name}>`).exec(anchor);
    const offset = m ? /<wp:posOffset>\s*(-?\d+)\s*<\/wp:posOffset>/.exec(m[2] ?? '')?.[1] : undefined;
    if (!m || offset === undefined) return undefined;
    return { from: /relativeFrom="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? 'column', offset: Number(offset) / EMU_PER_PT };
  };
  const h = axis('positionH');
  const v = axis('positionV');
  return (h !== undefined && misses(h.offset, cx, bases('h', h.from, page), page.width)) || (v !== undefined && misses(v.offset, cy, bases('v', v.from, page), page.height));
}

/** CSS-like length in a VML style, in points. */
function vmlPt(value: string | undefined): number | undefined {
  const m = /^(-?\d*\.?\d+)(pt|in|cm|mm|px|)$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === 'in' ? n * 72 : m[2] === 'cm' ? (n * 72) / 2.54 : m[2] === 'mm' ? (n * 72) / 25.4 : m[2] === 'px' ? n * 0.75 : n;
}

/** A VML shape's style (position:absolute; margin-left/top, width/height, mso-position-*-relative) placing it off the page. */
export function vmlOffPage(style: string, page: PageGeometry): boolean {
  const css = new Map<string, string>();
  for (const part of style.split(';')) {
    const at = part.indexOf(':');
    if (at > 0) css.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  const axis = (offsetKey: string, sizeKey: string, relKey: string, a: 'h' | 'v', extent: number) => {
    const offset = vmlPt(css.get(offsetKey)) ?? vmlPt(css.get(offsetKey.replace('margin-', '')));
    if (offset === undefined) return false;
    return misses(offset, vmlPt(css.get(sizeKey)) ?? 0, bases(a, css.get(relKey) ?? (a === 'h' ? 'text' : 'text'), page), extent);
  };
  return axis('margin-left', 'width', 'mso-position-horizontal-relative', 'h', page.width) || axis('margin-top', 'height', 'mso-position-vertical-relative', 'v', page.height);
}

/** A paragraph frame (w:framePr, twips; hAnchor/vAnchor page, margin or text) placed off the page. */
export function frameOffPage(framePr: string, page: PageGeometry): boolean {
  const w = (attr(framePr, 'w:w') ?? 0) / TWIPS_PER_PT || page.width - page.left - page.right;
  const h = (attr(framePr, 'w:h') ?? 0) / TWIPS_PER_PT;
  const x = attr(framePr, 'w:x');
  const y = attr(framePr, 'w:y');
  const hAnchor = /w:hAnchor="([^"]*)"/.exec(framePr)?.[1] ?? 'text';
  const vAnchor = /w:vAnchor="([^"]*)"/.exec(framePr)?.[1] ?? 'text';
  return (x !== undefined && misses(x / TWIPS_PER_PT, w, bases('h', hAnchor, page), page.width)) || (y !== undefined && misses(y / TWIPS_PER_PT, Math.abs(h), bases('v', vAnchor, page), page.height));
}
