// What a reader of a PDF page sees, decided from pdf.js's operator list: text drawn invisibly (render mode 3/7),
// in a colour that does not stand out from the paint below it (white on white, navy on a navy panel, a flat-coloured
// background image) once its transparency is applied, too small to read, outside the page box or the clipping area,
// inside an optional-content layer that is off, or painted over later by an opaque image or filled rectangle. Text
// is judged by the inks its render mode paints: the fill (modes 0, 4), the stroke (1, 5), either (2, 6). Glyph runs are matched to getTextContent's items by position; text
// taken out of an item is handed back as hidden lines with its reason.
import { geometry, type Box, type Matrix, type Shape } from './visibility-geometry.js';
import { blend, contrast } from '../docx/hidden.js';
import { isBlankText } from '../normalize.js';
import { groupEnd, maskBound, maskCeiling, type MaskBound, type SMaskOptions } from './soft-mask.js';

/** pdf.js OPS codes (src/shared/util.js, pdf.js 5.4) that matter here. */
const OP = {
  setGState: 9, save: 10, restore: 11, transform: 12, clip: 29, eoClip: 30, beginText: 31, endText: 32, setCharSpacing: 33,
  setWordSpacing: 34, setHScale: 35, setLeading: 36, setFont: 37, setTextRenderingMode: 38, setTextRise: 39,
  moveText: 40, setLeadingMoveText: 41, setTextMatrix: 42, nextLine: 43, showText: 44, showSpacedText: 45,
  nextLineShowText: 46, nextLineSetSpacingShowText: 47, setStrokeColor: 52, setStrokeColorN: 53, setFillColor: 54,
  setFillColorN: 55, setStrokeGray: 56, setFillGray: 57, setStrokeRGBColor: 58, setFillRGBColor: 59,
  setStrokeCMYKColor: 60, setFillCMYKColor: 61, paintXObject: 66, beginMarkedContent: 69, beginMarkedContentProps: 70,
  endMarkedContent: 71, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, beginGroup: 76, endGroup: 77,
  shadingFill: 62, paintImageMaskXObject: 83, paintImageXObject: 85, paintInlineImageXObject: 86, paintImageXObjectRepeat: 88,
  paintSolidColorImageMask: 90, constructPath: 91, setStrokeTransparent: 92, setFillTransparent: 93,
} as const;
/** Path-painting operators that fill (pdf.js OPS fill, eoFill, fillStroke, eoFillStroke, closeFillStroke, closeEOFillStroke). */
const FILLS = new Set([22, 23, 24, 25, 26, 27]);
/** Those that fill by the even-odd rule (eoFill, eoFillStroke, closeEOFillStroke). */
const EVEN_ODD_FILLS = new Set([23, 25, 27]);
const IMAGES = new Set<number>([OP.paintImageXObject, OP.paintInlineImageXObject, OP.paintImageXObjectRepeat, OP.paintImageMaskXObject, OP.paintSolidColorImageMask]);

/** Glyph em height in user space (points) below which text is not read by a person: 1–3 pt "keyword" lines, CSS 5 px (3.75 pt). */
export const MIN_READABLE_SIZE = 4;
/** Horizontal scaling (percent of normal) below which a line is squeezed to a smear. */
const MIN_READABLE_HSCALE = 20;
/** Colours closer than this contrast ratio cannot be told apart (1 = same colour). */
const MIN_CONTRAST = 1.3;
/** Share of a glyph run's box a later opaque paint must cover to hide it. */
const COVER_SHARE = 0.8;
/** Fill alpha below this does not hide what is under it (a highlighter, a watermark). */
const OPAQUE_ALPHA = 0.5;
/** Text whose every ink is this transparent or more is not seen, whatever its colour (`opacity: 0.01`). */
export const MIN_VISIBLE_ALPHA = 0.1;
/**
 * Glyphs that advance less than this share of their own width pile onto each other (CSS `letter-spacing: -0.6em`,
 * a negative `Tc`): a smear, as text squeezed by horizontal scaling is.
 */
const MIN_READABLE_ADVANCE = 0.2;
/**
 * Glyph runs drawn one by one (Chromium's letter-spaced lines) pile up when each starts less than half the previous
 * one's width on (or up to an em back): even a wide M then overlaps its neighbour by half. Tight kerning or
 * `letter-spacing: -0.1em` advances 80 % or more.
 */
const MIN_RUN_STEP = 0.5;
/**
 * Latin letters one glyph may stand for: a ligature is two or three ("fi", "ffl"). A glyph whose ToUnicode map names
 * a word or a phrase draws one symbol while the text says the word (pdfTeX's \pdfglyphtounicode): a lie.
 */
const MAX_LETTERS_PER_GLYPH = 4;
const LATIN_LETTERS = /[A-Za-z]/g;
/** Glyph runs in a row that must each be squeezed so before a line is a smear (a fake-bold double print is two). */
const SQUEEZED_RUNS = 4;

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface OptionalContent {
  isVisible(group: unknown): boolean;
}

/**
 * One paint of a glyph run: its colour (RRGGBB; undefined when unknown, e.g. a pattern), its alpha (0…1) and, when it
 * is not Normal, the blend mode it is composited with (pdf.js's canvas names: "screen", "multiply", …).
 */
export interface Ink {
  color: string | undefined;
  alpha: number;
  blend?: string;
  /** A fill in a shading pattern (a gradient fill of the text itself): its colour is read where the run lies, once its IR is known. */
  pattern?: PatternRef;
}

export interface Run {
  text: string;
  box: Box;
  /** Baseline start (user space). */
  x: number;
  y: number;
  order: number;
  /** What the render mode paints: the fill, the stroke, or both. */
  inks: Ink[];
  reason?: string;
  /** Drawn under a soft mask that may let too little through, once its gradients' colours are read (soft-mask.ts). */
  mask?: MaskBound;
}

/** Decoded pixels as pdf.js hands them over (ImageKind 1: 1 bit grey, 2: RGB, 3: RGBA). */
export interface ImagePixels {
  width: number;
  height: number;
  kind?: number;
  data?: ArrayLike<number>;
}

export interface Paint {
  box: Box;
  order: number;
  /** RRGGBB of a filled rectangle or stencil mask; undefined for images (colour read from their pixels, if at all). */
  color: string | undefined;
  /** An image: where its unit square lands (the CTM), its pixels inline or the pdf.js object id that holds them. */
  image?: { matrix: Matrix; id?: string; pixels?: ImagePixels | null };
  /** Only a background for the text on it, never a cover over text below (a rounded box). */
  background?: boolean;
  /** A rotated or skewed image: where its unit square lands (its box is only the bounding box of that). */
  quad?: Matrix;
  /**
   * A filled path that is no plain rectangle (a rounded box, an ellipse, a free shape): its path data, matrix and fill
   * rule, cut into its shape in page space (`shape`, null when malformed or too large) the first time a run lies on its box.
   */
  path?: { data: ArrayLike<number>; matrix: Matrix; evenOdd: boolean; shape?: Shape | null; cost?: number };
  /** Painted under a soft mask: how much of it shows is not known (its colour, when flat, is kept). */
  masked?: boolean;
  /**
   * A shading (a CSS or TikZ gradient): the pdf.js object id of its pattern, the matrix from its space to the page's,
   * and, once read, its IR (["RadialAxial", type, bbox, colour stops, p0, p1, r0, r1]).
   */
  pattern?: PatternRef;
}

export interface PatternRef {
  id: string;
  matrix: Matrix;
  ir?: unknown;
}

interface State {
  ctm: Matrix;
  fill: string | undefined;
  /** The shading pattern the fill colour is (setFillColorN /Pattern with a shading), when it is one. */
  fillPattern?: PatternRef;
  stroke: string | undefined;
  alpha: number;
  strokeAlpha: number;
  /** Alpha of the transparency groups the state is inside (pdf.js composites a group with the ca it began with). */
  group: number;
  normalBlend: boolean;
  /** The blend mode's name when it is not Normal. */
  blendMode?: string;
  /** The blend mode a transparency group the state is inside is composited with, when not Normal (CSS mix-blend-mode). */
  groupBlendMode?: string;
  /** The transparency groups the state is inside are all composited normally. */
  groupBlend: boolean;
  /**
   * Inside a soft mask's own group (pdf.js beginGroup with `smask`): nothing drawn here reaches the page, it only
   * shapes what is painted under the mask (Chromium's `background-clip: text` draws the glyphs here, then the gradient).
   */
  maskGroup?: boolean;
  /** A soft mask is on (`SMask` in the graphics state): what is painted has a shape and alpha not known here. */
  masked?: boolean;
  /** The glyph runs of the soft mask that is on: the first paint under it draws them, in its colour when it has one. */
  maskRuns?: Run[];
  /** How much the soft mask that is on lets through at most (CSS `mask-image`). */
  maskBound?: MaskBound;
  /**
   * Glyph runs whose outlines clip what is painted next (render modes 4–7, from the ET that ends them to the Q that
   * restores): a paint there draws those glyphs (a design tool's gradient text: mode 7, then a shading).
   */
  textClip?: Run[];
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

/** The colour a fill or stroke colour operator sets (pdf.js hands every one over as setFill/StrokeRGBColor "#rrggbb"). */
function colorOf(fn: number, args: unknown[]): string | undefined {
  const [a, b, c, d] = args.map(Number);
  if (typeof args[0] === 'string') return /^#[0-9a-f]{6}$/i.test(args[0]) ? args[0].slice(1).toUpperCase() : undefined;
  if ((fn === OP.setFillGray || fn === OP.setStrokeGray) && a !== undefined) return (hex2(a) + hex2(a) + hex2(a)).toUpperCase();
  if ((fn === OP.setFillRGBColor || fn === OP.setStrokeRGBColor) && a !== undefined && b !== undefined && c !== undefined) return (hex2(a) + hex2(b) + hex2(c)).toUpperCase();
  if ((fn === OP.setFillCMYKColor || fn === OP.setStrokeCMYKColor) && a !== undefined && b !== undefined && c !== undefined && d !== undefined) {
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
  let s: State = { ctm: g.IDENTITY, fill: '000000', stroke: '000000', alpha: 1, strokeAlpha: 1, group: 1, normalBlend: true, groupBlend: true, clip: undefined, fontSize: 0, hscale: 100, charSpacing: 0, wordSpacing: 0, rise: 0, leading: 0, mode: 0 };
  const stack: State[] = [];
  let tm: Matrix = g.IDENTITY;
  let tlm: Matrix = g.IDENTITY;
  let clipPending = false;
  let clipRuns: Run[] = [];
  /** Glyph runs drawn in the soft-mask group being built, then those of the last one built (until an SMask puts it on). */
  let maskGlyphs: Run[] = [];
  let lastMask: Run[] = [];
  /** The bound of the soft mask being built, then of the last one built (until an SMask puts it on). */
  let lastMaskBound: MaskBound | undefined;
  const inked = new WeakSet<Run>();
  /** The first paint under a soft mask made of glyphs is what shows through them: their colour, when it is a flat one. */
  const paintMaskGlyphs = (color: string | undefined) => {
    for (const r of s.maskRuns ?? []) {
      if (inked.has(r)) continue;
      inked.add(r);
      r.inks = [{ color, alpha: s.group * s.alpha }];
    }
  };
  const layers: boolean[] = [];
  /** A paint inside glyph outlines (a text clip) draws those glyphs in its colour: they are seen, judged by that colour. */
  const paintGlyphs = (color: string | undefined): boolean => {
    if (!s.textClip?.length) return false;
    for (const r of s.textClip) {
      if (r.reason !== 'RENDER_MODE_INVISIBLE') continue;
      delete r.reason;
      r.inks = [{ color, alpha: s.group * s.alpha }];
    }
    return true;
  };
  const moveText = (tx: number, ty: number) => {
    tlm = g.concat(tlm, [1, 0, 0, 1, tx, ty]);
    tm = tlm;
  };
  // Runs drawn one after another on one baseline, each starting within half the previous one's width (or up to an em
  // back): a line squeezed glyph by glyph (Chromium draws every glyph of a letter-spaced line as its own run).
  let squeezed: { y: number; x: number; width: number; chain: Run[] } | undefined;
  const show = (glyphs: unknown, order: number) => {
    if (!Array.isArray(glyphs)) return;
    const h = s.hscale / 100;
    let advance = 0;
    let natural = 0;
    let count = 0;
    let text = '';
    let lying = false;
    for (const glyph of glyphs as Array<Glyph | number | null>) {
      if (typeof glyph === 'number') advance -= (glyph / 1000) * s.fontSize * h;
      else if (glyph) {
        text += glyph.unicode ?? '';
        if (glyph.unicode && glyph.unicode.length > MAX_LETTERS_PER_GLYPH && (glyph.unicode.match(LATIN_LETTERS)?.length ?? 0) > MAX_LETTERS_PER_GLYPH) lying = true;
        const width = ((glyph.width ?? 0) / 1000) * s.fontSize * h;
        natural += width;
        count++;
        advance += width + (s.charSpacing + (glyph.isSpace ? s.wordSpacing : 0)) * h;
      }
    }
    const m = g.concat(s.ctm, tm);
    const [x, y] = g.apply(m, 0, s.rise);
    const box = g.boxOf(m, [0, s.rise - 0.2 * s.fontSize, advance, s.rise + 0.8 * s.fontSize]);
    tm = g.concat(tm, [1, 0, 0, 1, advance, 0]);
    if (isBlankText(text)) return;
    const run: Run = { text, box, x, y, order, inks: inksOf(s) };
    if (s.mode >= 4 && s.mode <= 7 && !s.maskGroup) clipRuns.push(run);
    if (s.maskGroup) maskGlyphs.push(run);
    const reason = runReason(s, m, box, pageBox, layers) ?? (lying ? 'GLYPH_MISMATCH' : undefined) ?? (count >= 3 && natural > 0 && advance < natural * MIN_READABLE_ADVANCE ? 'TINY_TEXT' : undefined);
    if (reason) run.reason = reason;
    else if (s.masked && s.maskBound && !s.maskGroup) {
      // Under a mask that lets under a tenth through (CSS `mask-image` of a transparent gradient): not seen.
      const ink = Math.max(0, ...run.inks.map((k) => k.alpha));
      if (ink * maskCeiling(s.maskBound) < MIN_VISIBLE_ALPHA) run.reason = 'TRANSPARENT_TEXT';
      else if (s.maskBound.terms.some((t) => t.shadings.length > 0)) run.mask = s.maskBound;
    }
    runs.push(run);
    const scale = Math.hypot(m[0], m[1]);
    const width = natural * scale;
    const step = x - (squeezed?.x ?? x);
    if (squeezed && Math.abs(y - squeezed.y) < 0.01 && step > -s.fontSize * scale && step < squeezed.width * MIN_RUN_STEP) squeezed.chain.push(run);
    else squeezed = { y, x, width, chain: [run] };
    squeezed.x = x;
    squeezed.width = width;
    if (squeezed.chain.length >= SQUEEZED_RUNS) for (const r of squeezed.chain) r.reason ??= 'TINY_TEXT';
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
      case OP.beginGroup: {
        // A transparency group is drawn apart, then composited with the alpha current when it began; inside it the
        // alphas and the blend mode start afresh (pdf.js canvas beginGroup). Its bbox clips it.
        stack.push(s);
        const group = (args[0] ?? {}) as { matrix?: unknown; bbox?: unknown; smask?: SMaskOptions | null };
        const bbox = g.toBox(group.bbox);
        const matrix = g.toMatrix(group.matrix);
        const groupBlendMode = s.blendMode ?? s.groupBlendMode;
        s = { ...s, group: s.group * s.alpha, groupBlend: s.groupBlend && s.normalBlend, alpha: 1, strokeAlpha: 1, normalBlend: true };
        if (group.smask && !s.maskGroup) lastMaskBound = maskBound(ops, i + 1, groupEnd(ops, i, ops.fnArray.length), group.smask, bbox);
        if (group.smask) s.maskGroup = true;
        delete s.blendMode;
        if (groupBlendMode) s.groupBlendMode = groupBlendMode;
        if (bbox) s.clip = g.intersect(s.clip, g.boxOf(matrix ? g.concat(s.ctm, matrix) : s.ctm, bbox));
        break;
      }
      case OP.endGroup: {
        const inMask = s.maskGroup === true;
        s = stack.pop() ?? s;
        if (inMask && !s.maskGroup) [lastMask, maskGlyphs] = [maskGlyphs, []];
        break;
      }
      case OP.setGState:
        for (const [key, value] of (args[0] ?? []) as Array<[string, unknown]>) {
          if (key === 'ca' && typeof value === 'number') s.alpha = value;
          if (key === 'CA' && typeof value === 'number') s.strokeAlpha = value;
          // pdf.js names blend modes as canvas does: Normal is "source-over"; Multiply & co. let text show through.
          if (key === 'BM') {
            s.normalBlend = value === undefined || /^(?:source-over|normal|compatible)$/i.test(String(value));
            if (s.normalBlend) delete s.blendMode;
            else s.blendMode = String(value).toLowerCase();
          }
          if (key === 'Font' && Array.isArray(value) && typeof value[1] === 'number') s.fontSize = Math.abs(value[1]);
          if (key === 'SMask') {
            s.masked = value !== false && value !== null && value !== undefined;
            if (s.masked) [s.maskRuns, lastMask, s.maskBound] = [lastMask, [], lastMaskBound];
            else {
              delete s.maskRuns;
              delete s.maskBound;
            }
          }
        }
        break;
      case OP.setFillGray: case OP.setFillRGBColor: case OP.setFillCMYKColor: s.fill = colorOf(fn, args); delete s.fillPattern; break;
      case OP.setStrokeGray: case OP.setStrokeRGBColor: case OP.setStrokeCMYKColor: s.stroke = colorOf(fn, args); break;
      // A pattern, an unknown colour space or pdf.js's "transparent" stand-in: no colour judgement.
      case OP.setFillColorN: {
        // A shading pattern (a gradient): its colours are read later, only where visible text lies on it.
        s.fill = undefined;
        const matrix = g.toMatrix(args[2]);
        if (args[0] === 'Shading' && typeof args[1] === 'string') s.fillPattern = { id: args[1], matrix: matrix ?? g.IDENTITY };
        else delete s.fillPattern;
        break;
      }
      case OP.setFillColor: case OP.setFillTransparent: s.fill = undefined; delete s.fillPattern; break;
      case OP.setStrokeColor: case OP.setStrokeColorN: case OP.setStrokeTransparent: s.stroke = undefined; break;
      case OP.beginText: tm = tlm = g.IDENTITY; break;
      case OP.endText:
        if (clipRuns.length) s.textClip = [...(s.textClip ?? []), ...clipRuns];
        clipRuns = [];
        break;
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
        if (!FILLS.has(paintOp) || minMax === undefined || s.maskGroup || !paintsOver(s, layers)) break;
        const box = g.clipBox(g.boxOf(s.ctm, minMax), s.clip);
        // Inside glyph outlines the paint is those glyphs' colour, never a cover; under a soft mask a paint's shape and
        // alpha are not known: text on it is left unjudged, and it hides nothing.
        if (paintGlyphs(s.fillPattern ? undefined : s.fill)) break;
        if (s.masked) {
          paintMaskGlyphs(s.fillPattern ? undefined : s.fill);
          paints.push({ box, order: i, color: s.fillPattern ? undefined : s.fill, background: true, masked: true });
          break;
        }
        const pattern = s.fillPattern ? { pattern: { ...s.fillPattern } } : {};
        if (g.isRectangle(data)) {
          paints.push({ box, order: i, color: s.fill, ...pattern });
          break;
        }
        // Any other shape (a rounded box, an ellipse, a free shape: CSS border-radius, an SVG circle) is judged by the
        // area it paints: text inside it is read against it, or hidden when it is painted later; its open corners are not it.
        if (data) paints.push({ box, order: i, color: s.fill, path: { data, matrix: s.ctm, evenOdd: EVEN_ODD_FILLS.has(paintOp) }, ...pattern });
        break;
      }
      case OP.shadingFill:
        // `sh`: the shading fills the clipping area, in the current user space.
        if (typeof args[0] === 'string' && !s.maskGroup && paintsOver(s, layers) && !paintGlyphs(undefined)) {
          if (s.masked) paintMaskGlyphs(undefined);
          paints.push({ box: s.clip ?? pageBox, order: i, color: undefined, ...(s.masked ? { background: true, masked: true } : { pattern: { id: args[0], matrix: s.ctm } }) });
        }
        break;
      case OP.beginMarkedContent: layers.push(true); break;
      case OP.beginMarkedContentProps: layers.push(layerVisible(args, optional)); break;
      case OP.endMarkedContent: layers.pop(); break;
      default:
        if (fn !== undefined && IMAGES.has(fn) && !s.maskGroup && paintsOver(s, layers)) {
          const masked = fn === OP.paintImageMaskXObject || fn === OP.paintSolidColorImageMask;
          const paint: Paint = { box: g.clipBox(g.boxOf(s.ctm, [0, 0, 1, 1]), s.clip), order: i, color: masked ? s.fill : undefined };
          if (s.ctm[1] !== 0 || s.ctm[2] !== 0) paint.quad = s.ctm;
          if (paintGlyphs(masked ? s.fill : undefined)) break;
          if (s.masked) {
            paintMaskGlyphs(masked ? s.fill : undefined);
            paints.push({ ...paint, color: undefined, background: true, masked: true });
            break;
          }
          if (fn === OP.paintImageXObject && typeof args[0] === 'string') paint.image = { matrix: s.ctm, id: args[0] };
          if (fn === OP.paintInlineImageXObject && typeof args[0] === 'object' && args[0] !== null) paint.image = { matrix: s.ctm, pixels: args[0] as ImagePixels };
          paints.push(paint);
        }
    }
  }
  return { runs, paints };
}

/** A paint in this state hides what is under it: opaque enough after its groups, blended normally, on a visible layer. */
function paintsOver(s: State, layers: boolean[]): boolean {
  return s.group * s.alpha >= OPAQUE_ALPHA && s.normalBlend && s.groupBlend && !layers.includes(false);
}

function layerVisible(args: unknown[], optional?: OptionalContent): boolean {
  if (args[0] !== 'OC' || !optional) return true;
  try {
    return optional.isVisible(args[1]);
  } catch {
    return true;
  }
}

/** The inks a render mode paints: fill (0, 4), stroke (1, 5), both (2, 6), none (3, 7); each with its group's alpha. */
function inksOf(s: State): Ink[] {
  const mode = s.mode & 3;
  const inks: Ink[] = [];
  // Glyphs in a soft mask's group are the shape of the paint masked with them (gradient text): its colour, not known.
  if (s.maskGroup) return mode === 3 ? [] : [{ color: undefined, alpha: 1 }];
  // Text in a group composited with a blend mode shows as if drawn with it (the group's other paints aside).
  const blending = s.blendMode ?? s.groupBlendMode;
  const blendMode = blending ? { blend: blending } : {};
  const pattern = s.fillPattern ? { pattern: { ...s.fillPattern } } : {};
  if (mode === 0 || mode === 2) inks.push({ color: s.fill, alpha: s.group * s.alpha, ...blendMode, ...pattern });
  if (mode === 1 || mode === 2) inks.push({ color: s.stroke, alpha: s.group * s.strokeAlpha, ...blendMode });
  return inks;
}

/** Separable blend modes (PDF 32000 11.3.5.2) per channel, backdrop b and source c in 0…1. */
const BLENDS: Record<string, (b: number, c: number) => number> = {
  multiply: (b, c) => b * c,
  screen: (b, c) => b + c - b * c,
  overlay: (b, c) => (b <= 0.5 ? 2 * b * c : 1 - 2 * (1 - b) * (1 - c)),
  darken: Math.min,
  lighten: Math.max,
  'color-dodge': (b, c) => (b === 0 ? 0 : c >= 1 ? 1 : Math.min(1, b / (1 - c))),
  'color-burn': (b, c) => (b === 1 ? 1 : c <= 0 ? 0 : 1 - Math.min(1, (1 - b) / c)),
  'hard-light': (b, c) => (c <= 0.5 ? 2 * b * c : 1 - 2 * (1 - b) * (1 - c)),
  'soft-light': (b, c) => (c <= 0.5 ? b - (1 - 2 * c) * b * (1 - b) : b + (2 * c - 1) * ((b <= 0.25 ? ((16 * b - 12) * b + 4) * b : Math.sqrt(b)) - b)),
  difference: (b, c) => Math.abs(b - c),
  exclusion: (b, c) => b + c - 2 * b * c,
};

type Rgb = [number, number, number];
const lum = ([r, g, b]: Rgb) => 0.3 * r + 0.59 * g + 0.11 * b;
const sat = (c: Rgb) => Math.max(...c) - Math.min(...c);
function clipColour(c: Rgb): Rgb {
  const [l, n, x] = [lum(c), Math.min(...c), Math.max(...c)];
  let out = c;
  if (n < 0) out = out.map((v) => l + ((v - l) * l) / (l - n)) as Rgb;
  if (x > 1) out = out.map((v) => l + ((v - l) * (1 - l)) / (x - l)) as Rgb;
  return out;
}
const setLum = (c: Rgb, l: number): Rgb => clipColour(c.map((v) => v + (l - lum(c))) as Rgb);
function setSat(c: Rgb, s: number): Rgb {
  const [n, x] = [Math.min(...c), Math.max(...c)];
  return x > n ? (c.map((v) => ((v - n) * s) / (x - n)) as Rgb) : [0, 0, 0];
}
/** Non-separable blend modes (PDF 32000 11.3.5.3), backdrop b and source c. */
const NON_SEPARABLE: Record<string, (b: Rgb, c: Rgb) => Rgb> = {
  hue: (b, c) => setLum(setSat(c, sat(b)), lum(b)),
  saturation: (b, c) => setLum(setSat(b, sat(c)), lum(b)),
  color: (b, c) => setLum(c, lum(b)),
  luminosity: (b, c) => setLum(b, lum(c)),
};

/**
 * The colour an ink shows once blended with the backdrop by a blend mode ("screen": black on white shows white; "hue",
 * "color", "saturation": any colour on white or grey shows the backdrop's grey); undefined for a mode not known here.
 */
export function blendedColour(mode: string, color: string, backdrop: string): string | undefined {
  const rgb = (hex: string): Rgb => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
  const f = BLENDS[mode];
  const n = NON_SEPARABLE[mode];
  if (!f && !n) return undefined;
  const [b, c] = [rgb(backdrop), rgb(color)];
  const out = n ? n(b, c) : (b.map((v, i) => (f as (b: number, c: number) => number)(v, c[i] ?? 0)) as Rgb);
  return out.map(hex2).join('').toUpperCase();
}

function runReason(s: State, m: Matrix, box: Box, page: Box, layers: boolean[]): string | undefined {
  if (s.mode === 3 || s.mode === 7) return 'RENDER_MODE_INVISIBLE';
  if (inksOf(s).every((ink) => ink.alpha < MIN_VISIBLE_ALPHA)) return 'TRANSPARENT_TEXT';
  if (layers.includes(false)) return 'LAYER_OFF';
  if (s.fontSize * Math.hypot(m[2], m[3]) < MIN_READABLE_SIZE) return 'TINY_TEXT';
  // Squeezed sideways by horizontal scaling (Tz) or by the matrices (CSS `transform: scaleX(0.02)`): a smear.
  const tall = Math.hypot(m[2], m[3]);
  if (Math.abs(s.hscale) * (tall > 0 ? Math.hypot(m[0], m[1]) / tall : 1) < MIN_READABLE_HSCALE) return 'TINY_TEXT';
  if (geometry.overlap(box, page) === 0) return 'OFF_PAGE';
  if (s.clip && geometry.overlap(box, s.clip) < 0.2) return 'CLIPPED';
  return undefined;
}

/** Pixels read at most per region (a grid over it): the mean of a grid is the mean of the region, at a bounded cost. */
const MAX_SAMPLES = 4096;

/**
 * The mean colour (RRGGBB) of the image's pixels under `box` — what text drawn there is read against: one flat colour
 * for a panel or a page background, the average for a photo. Undefined when the pixels are see-through, unknown, or
 * the image is rotated or skewed.
 */
export function imageColourUnder(image: NonNullable<Paint['image']>, box: Box): string | undefined {
  const px = image.pixels;
  const [a, b, c, d, e, f] = image.matrix;
  if (!px?.data || !(px.width > 0) || !(px.height > 0) || b !== 0 || c !== 0 || a === 0 || d === 0) return undefined;
  const { width, height, kind, data } = px;
  const channels = kind === 3 ? 4 : kind === 2 ? 3 : kind === 1 ? 0 : -1;
  if (channels < 0) return undefined;
  const rowBytes = channels === 0 ? Math.ceil(width / 8) : width * channels;
  if (data.length < rowBytes * height) return undefined;
  // Image space: (0,0) is the top-left pixel; the unit square's v = 1 is the image's top row.
  const col = (x: number) => Math.min(width - 1, Math.max(0, Math.floor(((x - e) / a) * width)));
  const row = (y: number) => Math.min(height - 1, Math.max(0, Math.floor((1 - (y - f) / d) * height)));
  const [c0, c1] = [col(box[0]), col(box[2])].sort((p, q) => p - q) as [number, number];
  const [r0, r1] = [row(box[1]), row(box[3])].sort((p, q) => p - q) as [number, number];
  const step = Math.max(1, Math.ceil(Math.sqrt(((c1 - c0 + 1) * (r1 - r0 + 1)) / MAX_SAMPLES)));
  let [red, green, blue, n] = [0, 0, 0, 0];
  for (let y = r0; y <= r1; y += step) {
    for (let x = c0; x <= c1; x += step) {
      if (channels === 0) {
        const v = ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1 ? 255 : 0;
        red += v;
        green += v;
        blue += v;
      } else {
        const at = y * rowBytes + x * channels;
        if (channels === 4 && (data[at + 3] ?? 0) < 250) return undefined;
        red += data[at] ?? 0;
        green += data[at + 1] ?? 0;
        blue += data[at + 2] ?? 0;
      }
      n++;
    }
  }
  return [red, green, blue].map((v) => Math.round(v / n).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** A '#rrggbb' colour stop as RRGGBB; undefined for 'transparent' or anything else. */
const stopColour = (c: unknown): string | undefined => (typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c) ? c.slice(1).toUpperCase() : undefined);

/**
 * The colour of a shading (pdf.js RadialAxial IR) at the centre of `box`: an axial gradient's colour where the centre
 * projects onto its axis, a radial one's mean colour. Undefined for meshes, see-through stops or unknown shapes.
 */
export function patternColourAt(pattern: PatternRef, box: Box): string | undefined {
  const ir = pattern.ir;
  if (!Array.isArray(ir) || ir[0] !== 'RadialAxial' || !Array.isArray(ir[3])) return undefined;
  const stops = (ir[3] as unknown[]).flatMap((s) => (Array.isArray(s) && typeof s[0] === 'number' ? [{ at: s[0], colour: stopColour(s[1]) }] : []));
  if (stops.length === 0 || stops.some((s) => s.colour === undefined)) return undefined;
  const colours = stops.map((s) => s.colour as string);
  const mix = (a: string, b: string, t: number) => blend(b, a, t);
  if (ir[1] !== 'axial' || !Array.isArray(ir[4]) || !Array.isArray(ir[5])) {
    return colours.reduce((acc, c, i) => mix(acc, c, 1 / (i + 1)));
  }
  const [p0x, p0y] = (ir[4] as number[]).map(Number) as [number, number];
  const [p1x, p1y] = (ir[5] as number[]).map(Number) as [number, number];
  // The box's centre in the pattern's space.
  const [a, b, c, d, e, f] = pattern.matrix;
  const det = a * d - b * c;
  if (!det) return undefined;
  const [cx, cy] = [(box[0] + box[2]) / 2 - e, (box[1] + box[3]) / 2 - f];
  const [px, py] = [(d * cx - c * cy) / det, (a * cy - b * cx) / det];
  const [dx, dy] = [p1x - p0x, p1y - p0y];
  const len = dx * dx + dy * dy;
  const t = len > 0 ? Math.max(0, Math.min(1, ((px - p0x) * dx + (py - p0y) * dy) / len)) : 0;
  for (let i = 1; i < stops.length; i++) {
    const [lo, hi] = [stops[i - 1], stops[i]];
    if (!lo || !hi || t > hi.at) continue;
    const span = hi.at - lo.at;
    return mix(lo.colour as string, hi.colour as string, span > 0 ? (t - lo.at) / span : 1);
  }
  return colours[colours.length - 1];
}

/** The paint's colour where it lies under `box`: a rectangle's fill, the image's mean colour there when its pixels are known, a gradient's colour there. */
function colourUnder(p: Paint, box: Box): string | undefined {
  if (p.color !== undefined) return p.color;
  if (p.image?.pixels) return imageColourUnder(p.image, box);
  return p.pattern ? patternColourAt(p.pattern, box) : undefined;
}

/** Cells a side of the grid paints are indexed on (over the runs' extent). */
const GRID = 32;
/** A paint over more cells than this is kept in one list checked for every run (few are that large). */
const BIG_PAINT_CELLS = 64;

/**
 * Paints indexed on a grid over the runs' extent, so a run is checked only against the paints that reach its cells:
 * judging many runs on a page of many rectangles (table rules, a hostile page of 20,000 of each: 17 s before) stays
 * near linear. Paints that miss every run's extent are never candidates.
 */
class PaintIndex {
  private readonly cells = new Map<number, number[]>();
  private readonly big: number[] = [];
  private readonly stamp: Uint32Array;
  private query = 0;
  private readonly x0: number;
  private readonly y0: number;
  private readonly w: number;
  private readonly h: number;

  constructor(private readonly paints: readonly Paint[], runs: readonly Run[]) {
    this.stamp = new Uint32Array(paints.length);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of runs) [x0, y0, x1, y1] = [Math.min(x0, r.box[0]), Math.min(y0, r.box[1]), Math.max(x1, r.box[2]), Math.max(y1, r.box[3])];
    [this.x0, this.y0, this.w, this.h] = [x0, y0, Math.max(1e-6, (x1 - x0) / GRID), Math.max(1e-6, (y1 - y0) / GRID)];
    if (!Number.isFinite(x0)) return;
    paints.forEach((p, i) => {
      const span = this.span(p.box);
      if (!span) return;
      const [c0, r0, c1, r1] = span;
      if ((c1 - c0 + 1) * (r1 - r0 + 1) > BIG_PAINT_CELLS) {
        this.big.push(i);
        return;
      }
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) {
        const k = r * GRID + c;
        const list = this.cells.get(k);
        if (list) list.push(i);
        else this.cells.set(k, [i]);
      }
    });
  }

  /** The grid cells a box reaches (clamped), or undefined when it misses the runs' extent. */
  private span(b: Box): [number, number, number, number] | undefined {
    const c0 = Math.floor((b[0] - this.x0) / this.w);
    const c1 = Math.floor((b[2] - this.x0) / this.w);
    const r0 = Math.floor((b[1] - this.y0) / this.h);
    const r1 = Math.floor((b[3] - this.y0) / this.h);
    if (c1 < 0 || r1 < 0 || c0 >= GRID || r0 >= GRID || Number.isNaN(c0 + c1 + r0 + r1)) return undefined;
    return [Math.max(0, c0), Math.max(0, r0), Math.min(GRID - 1, c1), Math.min(GRID - 1, r1)];
  }

  /** The paints that may reach `box`, each once, in drawing order. */
  near(box: Box): Paint[] {
    const span = this.span(box);
    if (!span) return [];
    this.query++;
    const found: number[] = [];
    const take = (i: number) => {
      if (this.stamp[i] === this.query) return;
      this.stamp[i] = this.query;
      found.push(i);
    };
    for (const i of this.big) take(i);
    const [c0, r0, c1, r1] = span;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) for (const i of this.cells.get(r * GRID + c) ?? []) take(i);
    return found.sort((a, b) => a - b).map((i) => this.paints[i] as Paint);
  }
}

/** Share of `box` inside a rotated or skewed image's parallelogram (a grid of sample points). */
function quadShare(quad: Matrix, box: Box): number {
  const [a, b, c, d, e, f] = quad;
  const det = a * d - b * c;
  if (!det) return 0;
  let inside = 0;
  const [nx, ny] = [6, 3];
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const x = box[0] + ((i + 0.5) / nx) * (box[2] - box[0]) - e;
      const y = box[1] + ((j + 0.5) / ny) * (box[3] - box[1]) - f;
      const [u, v] = [(d * x - c * y) / det, (a * y - b * x) / det];
      if (u >= 0 && u <= 1 && v >= 0 && v <= 1) inside++;
    }
  }
  return inside / (nx * ny);
}

/**
 * Edge tests a page may spend on shapes (a sample point against each edge of a shape's rings): a hostile page of
 * thousands of large many-sided shapes over thousands of runs stops there, its shapes then hiding nothing and
 * backing nothing (as before they were read at all).
 */
const SHAPE_WORK = 20_000_000;
let shapeWork = SHAPE_WORK;

/** Share of the run's box the paint lies over: its box, for a rotated image its parallelogram, for a shape its area. */
function shareOver(p: Paint, box: Box): number {
  const share = geometry.overlap(box, p.box);
  if (share < COVER_SHARE) return share;
  let shapeShare = 1;
  if (p.path) {
    if (shapeWork <= 0) return 0;
    const path = p.path;
    if (path.shape === undefined) {
      path.shape = geometry.shapeOf(path.data, path.matrix, path.evenOdd) ?? null;
      path.cost = path.shape ? 18 * path.shape.rings.reduce((n, r) => n + r.length / 2, 0) : 0;
    }
    const cost = path.cost ?? 0;
    if (!path.shape || cost > shapeWork) return 0;
    shapeWork -= cost;
    shapeShare = geometry.shapeShare(path.shape, box);
  }
  return Math.min(share, p.quad ? quadShare(p.quad, box) : 1, shapeShare);
}

/** Images and gradients painted before a still-visible run and holding it: the only ones whose pixels or colour stops are worth reading. */
export function imagesUnderRuns(runs: readonly Run[], paints: readonly Paint[]): Paint[] {
  shapeWork = SHAPE_WORK;
  const unread = (p: Paint) => (p.image !== undefined && p.image.pixels === undefined) || (p.pattern !== undefined && p.pattern.ir === undefined);
  const candidates = paints.filter(unread);
  if (candidates.length === 0) return [];
  const index = new PaintIndex(candidates, runs);
  const out = new Set<Paint>();
  for (const r of runs) if (!r.reason) for (const p of index.near(r.box)) if (p.order < r.order && shareOver(p, r.box) >= COVER_SHARE) out.add(p);
  return candidates.filter((p) => out.has(p));
}

/** The gradients still-visible runs are filled with, whose colour stops are not read yet. */
export function patternInksOfRuns(runs: readonly Run[]): PatternRef[] {
  return runs.flatMap((r) => (r.reason ? [] : r.inks.flatMap((ink) => (ink.pattern && ink.pattern.ir === undefined ? [ink.pattern] : []))));
}

/** Colour against the paint below, then paint on top: the reason a visible-by-state run is still unseen. */
export function judgeRuns(runs: Run[], paints: Paint[]): void {
  const index = new PaintIndex(paints, runs);
  shapeWork = SHAPE_WORK;
  for (const run of runs) {
    if (run.reason) continue;
    // Text filled with a gradient is seen in the gradient's colour where it lies (white to near-white is white text).
    for (const ink of run.inks) if (ink.pattern?.ir) ink.color = patternColourAt(ink.pattern, run.box);
    // The topmost paint under the run is what it is read against; one of unknown colour (a photo not decoded, a
    // pattern) leaves the colour unjudged, never read as the white page. A paint under a soft mask (its alpha unknown)
    // changes nothing when it has the colour already there, and leaves it unknown otherwise.
    let below: { order: number; color: string | undefined } | undefined;
    for (const p of index.near(run.box)) {
      if (p.order > run.order) {
        if (p.background !== true && shareOver(p, run.box) >= COVER_SHARE) {
          run.reason = 'COVERED';
          break;
        }
      } else if ((!below || p.order > below.order) && shareOver(p, run.box) >= COVER_SHARE) {
        const colour = colourUnder(p, run.box);
        if (p.masked) {
          const there = below ? below.color : 'FFFFFF';
          if (colour !== undefined && there !== undefined && contrast(colour, there) < MIN_CONTRAST) continue;
          below = { order: p.order, color: undefined };
        } else below = { order: p.order, color: colour };
      }
    }
    if (run.reason || (below && below.color === undefined)) continue;
    const reason = inkReason(run.inks, below?.color);
    if (reason) run.reason = reason;
  }
  markOverprinted(runs);
}

/** Runs of this many letters or more are lines or words (glyph-by-glyph runs of letter-spaced text are not compared). */
const OVERPRINT_MIN_CHARS = 3;
/** Other runs a run is compared with, at most (a hostile page of one baseline stays linear). */
const OVERPRINT_NEIGHBOURS = 64;

/**
 * Lines printed over each other: three or more seen runs of different text on (nearly) one baseline — within half
 * their height — starting within two of their heights of each other, each over half of the other's box. A fixed line
 * spacing of a fraction of a point (Word's "Exactly 1 pt", LibreOffice's fixed 0.03 cm) prints a paragraph's lines
 * as one black smear. A fake bold or a shadow repeats the same text; a table row's cells start apart.
 */
export function markOverprinted(runs: Run[]): void {
  const area = (b: Box) => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
  const candidates = runs.filter((r) => !r.reason && r.text.replace(/\s/g, '').length >= OVERPRINT_MIN_CHARS).sort((a, b) => a.y - b.y);
  const piled = new Map<Run, number>();
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i] as Run;
    const height = r.box[3] - r.box[1];
    if (!(height > 0)) continue;
    for (let j = i + 1, looked = 0; j < candidates.length && looked < OVERPRINT_NEIGHBOURS; j++, looked++) {
      const q = candidates[j] as Run;
      if (q.y - r.y >= height / 2) break;
      if (Math.abs(q.x - r.x) >= 2 * height || q.text.trim() === r.text.trim()) continue;
      const inter = area(geometry.intersect(r.box, q.box));
      if (inter < 0.5 * Math.min(area(r.box), area(q.box))) continue;
      piled.set(r, (piled.get(r) ?? 0) + 1);
      piled.set(q, (piled.get(q) ?? 0) + 1);
    }
  }
  for (const [r, n] of piled) if (n >= 2) r.reason = 'OVERPRINTED';
}

/**
 * Why no ink of a run stands out from its background (`under`: the paint below; the white page when undefined):
 * TRANSPARENT_TEXT when an ink would show at full opacity, else the colour reasons. An ink of unknown colour is seen.
 */
export function inkReason(inks: readonly Ink[], under: string | undefined): string | undefined {
  const background = under ?? 'FFFFFF';
  let faded = false;
  let blended = false;
  for (const ink of inks) {
    if (ink.color === undefined) return undefined;
    const shown = ink.blend ? blendedColour(ink.blend, ink.color, background) : ink.color;
    if (shown === undefined) return undefined;
    if (contrast(blend(shown, background, ink.alpha), background) >= MIN_CONTRAST) return undefined;
    if (contrast(shown, background) >= MIN_CONTRAST) faded = true;
    else if (ink.blend && contrast(ink.color, background) >= MIN_CONTRAST) blended = true;
  }
  if (inks.length === 0) return undefined;
  if (faded) return 'TRANSPARENT_TEXT';
  if (blended) return 'BLEND_MODE';
  return under ? 'COLOUR_MATCHES_SHADING' : 'WHITE_TEXT';
}
