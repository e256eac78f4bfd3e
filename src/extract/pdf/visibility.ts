// What a reader of a PDF page sees, decided from pdf.js's operator list: text drawn invisibly (render mode 3/7),
// in a colour that does not stand out from the paint below it (white on white, navy on a navy panel), too small to
// read, outside the page box or the clipping area, inside an optional-content layer that is off, or painted over
// later by an opaque image or filled rectangle. Glyph runs are matched to getTextContent's items by position; text
// taken out of an item is handed back as hidden lines with its reason.
import { geometry, type Box, type Matrix } from './visibility-geometry.js';
import { contrast } from '../docx/hidden.js';

/** pdf.js OPS codes (src/shared/util.js, pdf.js 5.4) that matter here. */
const OP = {
  setGState: 9, save: 10, restore: 11, transform: 12, clip: 29, eoClip: 30, beginText: 31, setCharSpacing: 33,
  setWordSpacing: 34, setHScale: 35, setLeading: 36, setFont: 37, setTextRenderingMode: 38, setTextRise: 39,
  moveText: 40, setLeadingMoveText: 41, setTextMatrix: 42, nextLine: 43, showText: 44, showSpacedText: 45,
  nextLineShowText: 46, nextLineSetSpacingShowText: 47, setFillGray: 57, setFillRGBColor: 59, setFillCMYKColor: 61,
  paintXObject: 66, beginMarkedContent: 69, beginMarkedContentProps: 70, endMarkedContent: 71,
  paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, paintImageMaskXObject: 83, paintImageXObject: 85,
  paintInlineImageXObject: 86, paintImageXObjectRepeat: 88, paintSolidColorImageMask: 90, constructPath: 91,
} as const;
/** Path-painting operators that fill (pdf.js OPS fill, eoFill, fillStroke, eoFillStroke, closeFillStroke, closeEOFillStroke). */
const FILLS = new Set([22, 23, 24, 25, 26, 27]);
const IMAGES = new Set<number>([OP.paintImageXObject, OP.paintInlineImageXObject, OP.paintImageXObjectRepeat, OP.paintImageMaskXObject, OP.paintSolidColorImageMask]);

/** Glyph em height in user space (points) below which text is not read by a person: 1–2 pt "keyword" lines. */
export const MIN_READABLE_SIZE = 3;
/** Horizontal scaling (percent of normal) below which a line is squeezed to a smear. */
const MIN_READABLE_HSCALE = 20;
/** Colours closer than this contrast ratio cannot be told apart (1 = same colour). */
const MIN_CONTRAST = 1.3;
/** Share of a glyph run's box a later opaque paint must cover to hide it. */
const COVER_SHARE = 0.8;
/** Fill alpha below this does not hide what is under it (a highlighter, a watermark). */
const OPAQUE_ALPHA = 0.5;

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface OptionalContent {
  isVisible(group: unknown): boolean;
}

interface Run {
  text: string;
  box: Box;
  /** Baseline start (user space). */
  x: number;
  y: number;
  order: number;
  color: string | undefined;
  reason?: string;
}

interface Paint {
  box: Box;
  order: number;
  /** RRGGBB of a filled rectangle; undefined for images (colour unknown, opaque). */
  color: string | undefined;
  /** Only a background for the text on it, never a cover over text below (a rounded box). */
  background?: boolean;
}

interface State {
  ctm: Matrix;
  fill: string | undefined;
  alpha: number;
  normalBlend: boolean;
  clip: Box | undefined;
  fontSize: number;
  hscale: number;
  charSpacing: number;
  wordSpacing: number;
  rise: number;
  leading: number;
  mode: number;
}

const hex2 = (v: number) => Math.max(0, Math.min(255, Math.round(v * 255))).toString(16).padStart(2, '0');

function colorOf(fn: number, args: unknown[]): string | undefined {
  const [a, b, c, d] = args.map(Number);
  if (typeof args[0] === 'string') return /^#[0-9a-f]{6}$/i.test(args[0]) ? args[0].slice(1).toUpperCase() : undefined;
  if (fn === OP.setFillGray && a !== undefined) return (hex2(a) + hex2(a) + hex2(a)).toUpperCase();
  if (fn === OP.setFillCMYKColor && a !== undefined && b !== undefined && c !== undefined && d !== undefined) {
    return (hex2((1 - a) * (1 - d)) + hex2((1 - b) * (1 - d)) + hex2((1 - c) * (1 - d))).toUpperCase();
  }
  return undefined;
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

/** Walks the operator list: every glyph run with its box and visibility, every opaque paint. */
export function collectRuns(ops: OperatorList, pageBox: Box, optional?: OptionalContent): { runs: Run[]; paints: Paint[] } {
  const g = geometry;
  const runs: Run[] = [];
  const paints: Paint[] = [];
  let s: State = { ctm: g.IDENTITY, fill: '000000', alpha: 1, normalBlend: true, clip: undefined, fontSize: 0, hscale: 100, charSpacing: 0, wordSpacing: 0, rise: 0, leading: 0, mode: 0 };
  const stack: State[] = [];
  let tm: Matrix = g.IDENTITY;
  let tlm: Matrix = g.IDENTITY;
  let clipPending = false;
  const layers: boolean[] = [];
  const moveText = (tx: number, ty: number) => {
    tlm = g.concat(tlm, [1, 0, 0, 1, tx, ty]);
    tm = tlm;
  };
  const show = (glyphs: unknown, order: number) => {
    if (!Array.isArray(glyphs)) return;
    const h = s.hscale / 100;
    let advance = 0;
    let text = '';
    for (const glyph of glyphs as Array<Glyph | number | null>) {
      if (typeof glyph === 'number') advance -= (glyph / 1000) * s.fontSize * h;
      else if (glyph) {
        text += glyph.unicode ?? '';
        advance += (((glyph.width ?? 0) / 1000) * s.fontSize + s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0)) * h;
      }
    }
    const m = g.concat(s.ctm, tm);
    const [x, y] = g.apply(m, 0, s.rise);
    const box = g.boxOf(m, [0, s.rise - 0.2 * s.fontSize, advance, s.rise + 0.8 * s.fontSize]);
    tm = g.concat(tm, [1, 0, 0, 1, advance, 0]);
    if (text.trim().length === 0) return;
    const run: Run = { text, box, x, y, order, color: s.fill };
    const reason = runReason(s, m, box, pageBox, layers);
    if (reason) run.reason = reason;
    runs.push(run);
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OP.save: stack.push(s); s = { ...s }; break;
      case OP.restore: s = stack.pop() ?? s; break;
      case OP.transform: s.ctm = g.concat(s.ctm, g.toMatrix(args) ?? g.IDENTITY); break;
      case OP.paintFormXObjectBegin: {
        stack.push(s);
        s = { ...s };
        const matrix = g.toMatrix(args[0]);
        const bbox = g.toBox(args[1]);
        if (matrix) s.ctm = g.concat(s.ctm, matrix);
        if (bbox) s.clip = g.intersect(s.clip, g.boxOf(s.ctm, bbox));
        break;
      }
      case OP.paintFormXObjectEnd: s = stack.pop() ?? s; break;
      case OP.setGState:
        for (const [key, value] of (args[0] ?? []) as Array<[string, unknown]>) {
          if (key === 'ca' && typeof value === 'number') s.alpha = value;
          // pdf.js names blend modes as canvas does: Normal is "source-over"; Multiply & co. let text show through.
          if (key === 'BM') s.normalBlend = value === undefined || /^(?:source-over|normal|compatible)$/i.test(String(value));
          if (key === 'Font' && Array.isArray(value) && typeof value[1] === 'number') s.fontSize = Math.abs(value[1]);
        }
        break;
      case OP.setFillGray: case OP.setFillRGBColor: case OP.setFillCMYKColor: s.fill = colorOf(fn, args); break;
      case 54: case 55: s.fill = undefined; break; // pattern or unknown colour space: no colour judgement
      case OP.beginText: tm = tlm = g.IDENTITY; break;
      case OP.setTextMatrix: tm = tlm = g.toMatrix(args[0]) ?? g.IDENTITY; break;
      case OP.moveText: moveText(Number(args[0]), Number(args[1])); break;
      case OP.setLeadingMoveText: s.leading = -Number(args[1]); moveText(Number(args[0]), Number(args[1])); break;
      case OP.nextLine: moveText(0, -s.leading); break;
      case OP.setLeading: s.leading = Number(args[0]); break;
      case OP.setFont: s.fontSize = Math.abs(Number(args[1]) || 0); break;
      case OP.setTextRenderingMode: s.mode = Number(args[0]); break;
      case OP.setTextRise: s.rise = Number(args[0]); break;
      case OP.setCharSpacing: s.charSpacing = Number(args[0]); break;
      case OP.setWordSpacing: s.wordSpacing = Number(args[0]); break;
      case OP.setHScale: s.hscale = Number(args[0]); break;
      case OP.showText: case OP.showSpacedText: show(args[0], i); break;
      case OP.nextLineShowText: moveText(0, -s.leading); show(args[0], i); break;
      case OP.nextLineSetSpacingShowText:
        s.wordSpacing = Number(args[0]);
        s.charSpacing = Number(args[1]);
        moveText(0, -s.leading);
        show(args[2], i);
        break;
      case OP.clip: case OP.eoClip: clipPending = true; break;
      case OP.constructPath: {
        const paintOp = Number(args[0]);
        const data = Array.isArray(args[1]) ? (args[1][0] as ArrayLike<number> | null) : null;
        const minMax = g.toBox(args[2]);
        if (clipPending && minMax) s.clip = g.intersect(s.clip, g.boxOf(s.ctm, minMax));
        clipPending = false;
        const opaque = FILLS.has(paintOp) && minMax !== undefined && s.alpha >= OPAQUE_ALPHA && s.normalBlend && !layers.includes(false);
        if (opaque && g.isRectangle(data)) paints.push({ box: g.clipBox(g.boxOf(s.ctm, minMax), s.clip), order: i, color: s.fill });
        // A rounded box (a badge, a heading pill) is the background of the text on it; it never hides text (its corners are open).
        else if (opaque && g.isRoundedRectangle(data)) paints.push({ box: g.clipBox(g.boxOf(s.ctm, minMax), s.clip), order: i, color: s.fill, background: true });
        break;
      }
      case OP.beginMarkedContent: layers.push(true); break;
      case OP.beginMarkedContentProps: layers.push(layerVisible(args, optional)); break;
      case OP.endMarkedContent: layers.pop(); break;
      default:
        if (fn !== undefined && IMAGES.has(fn) && s.alpha >= OPAQUE_ALPHA && s.normalBlend && !layers.includes(false)) {
          const masked = fn === OP.paintImageMaskXObject || fn === OP.paintSolidColorImageMask;
          paints.push({ box: g.clipBox(g.boxOf(s.ctm, [0, 0, 1, 1]), s.clip), order: i, color: masked ? s.fill : undefined });
        }
    }
  }
  return { runs, paints };
}

function layerVisible(args: unknown[], optional?: OptionalContent): boolean {
  if (args[0] !== 'OC' || !optional) return true;
  try {
    return optional.isVisible(args[1]);
  } catch {
    return true;
  }
}

function runReason(s: State, m: Matrix, box: Box, page: Box, layers: boolean[]): string | undefined {
  if (s.mode === 3 || s.mode === 7) return 'RENDER_MODE_INVISIBLE';
  if (layers.includes(false)) return 'LAYER_OFF';
  if (s.fontSize * Math.hypot(m[2], m[3]) < MIN_READABLE_SIZE) return 'TINY_TEXT';
  if (Math.abs(s.hscale) < MIN_READABLE_HSCALE) return 'TINY_TEXT';
  if (geometry.overlap(box, page) === 0) return 'OFF_PAGE';
  if (s.clip && geometry.overlap(box, s.clip) < 0.2) return 'CLIPPED';
  return undefined;
}

/** Colour against the paint below, then paint on top: the reason a visible-by-state run is still unseen. */
export function judgeRuns(runs: Run[], paints: Paint[]): void {
  for (const run of runs) {
    if (run.reason) continue;
    let below: Paint | undefined;
    for (const p of paints) {
      if (p.order > run.order) {
        if (p.background !== true && geometry.overlap(run.box, p.box) >= COVER_SHARE) {
          run.reason = 'COVERED';
          break;
        }
      } else if (p.color !== undefined && geometry.contains(p.box, run.box) && (!below || p.order > below.order)) below = p;
    }
    if (run.reason || run.color === undefined) continue;
    const background = below?.color ?? 'FFFFFF';
    if (contrast(run.color, background) < MIN_CONTRAST) run.reason = below ? 'COLOUR_MATCHES_SHADING' : 'WHITE_TEXT';
  }
}
