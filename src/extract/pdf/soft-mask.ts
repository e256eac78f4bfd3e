// How much a soft mask lets through at most (CSS `mask-image` as Chromium prints it: an Alpha mask whose content is a
// tiling pattern holding a Luminosity mask made of the gradient). Text drawn under a mask that lets under a tenth of
// it through is not seen, whatever its colour. The bound is taken from the mask group's own paints: an unpainted
// mask is 0 (its backdrop's luminosity for a Luminosity mask), a paint lets through its alpha (Alpha) or its
// colour's luminosity (Luminosity), a gradient's colours are read later (only under text still seen), and anything
// not known here (an image, a glyph of unknown colour, a nested mask with its own transfer map) counts as 1.
import { geometry, type Box } from './visibility-geometry.js';

/** One upper-bound term: a constant times the highest luminosity among each named shading's colour stops. */
export interface MaskTerm {
  k: number;
  shadings: string[];
}

export interface MaskBound {
  /** The mask is at most the largest term (before the transfer map). */
  terms: MaskTerm[];
  /** At least this over all of the mask's box (one opaque flat paint covering it), before the transfer map. */
  lo: number;
  /** The mask's transfer function as 256 samples (pdf.js `transferMap`): Chromium inverts an opaque mask with one. */
  tr?: ArrayLike<number>;
}

interface OpList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface SMaskOptions {
  subtype?: unknown;
  backdrop?: unknown;
  transferMap?: unknown;
}

/** pdf.js OPS codes read here (src/shared/util.js, pdf.js 5.4). */
const OP = {
  setGState: 9, save: 10, restore: 11, transform: 12, showText: 44, showSpacedText: 45, nextLineShowText: 46,
  nextLineSetSpacingShowText: 47, setFillColor: 54, setFillColorN: 55, setFillGray: 57, setFillRGBColor: 59,
  setFillCMYKColor: 61, shadingFill: 62, paintFormXObjectBegin: 74, beginGroup: 76, endGroup: 77, constructPath: 91,
  paintImageXObject: 85, paintInlineImageXObject: 86, paintImageMaskXObject: 83, paintSolidColorImageMask: 90,
  paintImageXObjectRepeat: 88, setFillTransparent: 93,
} as const;
const FILLS = new Set([22, 23, 24, 25, 26, 27]);
const TEXT = new Set<number>([OP.showText, OP.showSpacedText, OP.nextLineShowText, OP.nextLineSetSpacingShowText]);
const IMAGES = new Set<number>([OP.paintImageXObject, OP.paintInlineImageXObject, OP.paintImageMaskXObject, OP.paintSolidColorImageMask, OP.paintImageXObjectRepeat]);
/** Nested masks and tiling patterns read at most this deep (a hostile file cannot recurse without end). */
const MAX_DEPTH = 4;

/** PDF luminosity (PDF 32000 11.3.5.3) of "#rrggbb" or "RRGGBB"; undefined when not a colour. */
export function luminosity(colour: unknown): number | undefined {
  if (typeof colour !== 'string') return undefined;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [number, number, number];
  return 0.3 * r + 0.59 * g + 0.11 * b;
}

type Fill = { lum?: number; shading?: string; tiling?: OpList };

interface WalkState {
  fill: Fill;
  alpha: number;
  /** A transform was applied since the mask began: its box and the paints' coordinates no longer compare. */
  moved: boolean;
  nested?: MaskTerm[];
}

/** Terms kept at most: past that they fold into one, the largest constant (still a bound: a luminosity is at most 1). */
const MAX_TERMS = 32;
const folded = (terms: MaskTerm[]): MaskTerm[] => (terms.length <= MAX_TERMS ? terms : [{ k: Math.max(0, ...terms.map((t) => t.k)), shadings: [] }]);
const product = (a: MaskTerm[], b: MaskTerm[]): MaskTerm[] => folded(folded(a).flatMap((x) => folded(b).map((y) => ({ k: x.k * y.k, shadings: [...x.shadings, ...y.shadings] }))));

/** The end of the group that begins at `from` (its matching endGroup), or `to` when it is not closed. */
export function groupEnd(ops: OpList, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (ops.fnArray[i] === OP.beginGroup) depth++;
    else if (ops.fnArray[i] === OP.endGroup && --depth === 0) return i;
  }
  return to;
}

/** A tiling pattern's terms, read once per pattern and mask kind (a hostile page may fill with one pattern many times). */
const tilingCache = new WeakMap<OpList, Map<boolean, MaskTerm[]>>();
function tilingTerms(tiling: OpList, luminosityMask: boolean, depth: number): MaskTerm[] {
  const byKind = tilingCache.get(tiling) ?? new Map<boolean, MaskTerm[]>();
  tilingCache.set(tiling, byKind);
  const known = byKind.get(luminosityMask);
  if (known) return known;
  const terms = maskBound(tiling, 0, tiling.fnArray.length, { subtype: luminosityMask ? 'Luminosity' : 'Alpha' }, undefined, depth).terms;
  byKind.set(luminosityMask, terms);
  return terms;
}

/** The bound of the mask whose group's content is ops[from, to). */
export function maskBound(ops: OpList, from: number, to: number, options: SMaskOptions, box?: Box, depth = 0): MaskBound {
  const luminosityMask = options.subtype === 'Luminosity';
  const backdrop = Array.isArray(options.backdrop) || ArrayBuffer.isView(options.backdrop) ? Array.from(options.backdrop as ArrayLike<number>) : undefined;
  const base = luminosityMask && backdrop && backdrop.length >= 3 ? (0.3 * Number(backdrop[0]) + 0.59 * Number(backdrop[1]) + 0.11 * Number(backdrop[2])) / 255 : 0;
  const terms: MaskTerm[] = [{ k: base, shadings: [] }];
  let lo = base;
  let painted = 0;
  let s: WalkState = { fill: { lum: 0 }, alpha: 1, moved: false };
  const stack: WalkState[] = [];
  let pendingNested: MaskTerm[] | undefined;
  const paint = (own: MaskTerm[], covers: boolean) => {
    const shown = s.nested ? product(own, s.nested) : own;
    terms.push(...shown.map((t) => ({ k: t.k * s.alpha, shadings: t.shadings })));
    if (terms.length > MAX_TERMS) terms.splice(0, terms.length, ...folded(terms));
    painted++;
    const flat = own.length === 1 && own[0]?.shadings.length === 0 ? own[0].k : undefined;
    if (covers && flat !== undefined && s.alpha >= 1 && !s.nested) lo = luminosityMask ? (painted === 1 ? flat : 0) : Math.max(lo, flat);
    else if (luminosityMask) lo = 0;
  };
  /** What the current fill lets through where it paints. */
  const fillTerms = (): MaskTerm[] => {
    const f = s.fill;
    if (f.tiling) return depth < MAX_DEPTH ? tilingTerms(f.tiling, luminosityMask, depth + 1) : [{ k: 1, shadings: [] }];
    if (!luminosityMask) return [{ k: 1, shadings: [] }];
    if (f.shading) return [{ k: 1, shadings: [f.shading] }];
    return [{ k: f.lum ?? 1, shadings: [] }];
  };
  for (let i = from; i < to; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OP.save: case OP.paintFormXObjectBegin: stack.push(s); s = { ...s }; break;
      case OP.restore: case 75: s = stack.pop() ?? s; break;
      case OP.transform: s.moved = true; break;
      case OP.setGState:
        for (const [key, value] of (args[0] ?? []) as Array<[string, unknown]>) {
          if (key === 'ca' && typeof value === 'number') s.alpha = value;
          if (key === 'SMask') {
            if (value === true && pendingNested) s.nested = pendingNested;
            else delete s.nested;
          }
        }
        break;
      case OP.setFillRGBColor: case OP.setFillGray: case OP.setFillCMYKColor: s.fill = { lum: luminosity(args[0]) ?? 1 }; break;
      case OP.setFillColor: case OP.setFillTransparent: s.fill = {}; break;
      case OP.setFillColorN:
        if (args[0] === 'Shading' && typeof args[1] === 'string') s.fill = { shading: args[1] };
        else if (args[0] === 'TilingPattern' && typeof args[2] === 'object' && args[2] !== null && 'fnArray' in args[2]) s.fill = { tiling: args[2] as OpList };
        else s.fill = {};
        break;
      case OP.beginGroup: {
        const group = (args[0] ?? {}) as { smask?: SMaskOptions | null };
        if (group.smask) {
          const end = groupEnd(ops, i, to);
          const nested = depth < MAX_DEPTH ? maskBound(ops, i + 1, end, group.smask, undefined, depth + 1) : undefined;
          // A nested mask with a transfer map is not bounded here: it lets everything through.
          pendingNested = nested && !nested.tr ? nested.terms : [{ k: 1, shadings: [] }];
          i = end;
          break;
        }
        stack.push(s);
        s = { ...s };
        break;
      }
      case OP.endGroup: s = stack.pop() ?? s; break;
      case OP.constructPath: {
        if (!FILLS.has(Number(args[0]))) break;
        const minMax = geometry.toBox(args[2]);
        const covers = box !== undefined && minMax !== undefined && !s.moved && minMax[0] <= box[0] + 0.5 && minMax[1] <= box[1] + 0.5 && minMax[2] >= box[2] - 0.5 && minMax[3] >= box[3] - 0.5;
        paint(fillTerms(), covers);
        break;
      }
      case OP.shadingFill: paint(luminosityMask && typeof args[0] === 'string' ? [{ k: 1, shadings: [args[0]] }] : [{ k: 1, shadings: [] }], false); break;
      default:
        if (fn !== undefined && TEXT.has(fn)) paint(fillTerms(), false);
        else if (fn !== undefined && IMAGES.has(fn)) paint([{ k: 1, shadings: [] }], false);
    }
  }
  const tr = options.transferMap;
  const out: MaskBound = { terms, lo: Math.min(lo, 1) };
  if ((Array.isArray(tr) || ArrayBuffer.isView(tr)) && (tr as ArrayLike<number>).length === 256) out.tr = tr as ArrayLike<number>;
  return out;
}

/** The most a mask lets through, with each shading's highest stop luminosity from `lumOf` (unknown: 1). */
export function maskCeiling(b: MaskBound, lumOf: (id: string) => number | undefined = () => undefined): number {
  let hi = 0;
  for (const t of b.terms) hi = Math.max(hi, t.shadings.reduce((v, id) => v * (lumOf(id) ?? 1), t.k));
  hi = Math.min(1, hi);
  if (!b.tr) return hi;
  const [from, to] = [Math.floor(Math.min(b.lo, hi) * 255), Math.ceil(hi * 255)];
  let most = 0;
  for (let i = from; i <= to; i++) most = Math.max(most, Number(b.tr[i] ?? 255) / 255);
  return most;
}

/** The highest luminosity among a shading's colour stops (pdf.js RadialAxial IR); undefined when not read or unknown. */
export function shadingCeiling(ir: unknown): number | undefined {
  if (!Array.isArray(ir) || ir[0] !== 'RadialAxial' || !Array.isArray(ir[3])) return undefined;
  let most: number | undefined;
  for (const stop of ir[3] as unknown[]) {
    const l = Array.isArray(stop) ? luminosity(stop[1]) : undefined;
    if (l === undefined) return undefined;
    most = Math.max(most ?? 0, l);
  }
  return most;
}

/** Every shading a bound names (read only when text under the mask is still seen). */
export const shadingsOf = (b: MaskBound): string[] => [...new Set(b.terms.flatMap((t) => t.shadings))];

/**
 * Runs still seen under a mask made of gradients: their gradients' highest stop luminosity read (`read`, once per
 * shading), a run the mask lets under `minAlpha` of through is TRANSPARENT_TEXT.
 */
export async function judgeMaskedRuns(runs: ReadonlyArray<{ reason?: string; mask?: MaskBound; inks: ReadonlyArray<{ alpha: number }> }>, read: (id: string) => Promise<unknown>, minAlpha: number): Promise<void> {
  const ceilings = new Map<string, number | undefined>();
  for (const run of runs) {
    if (run.reason || !run.mask) continue;
    for (const id of shadingsOf(run.mask)) if (!ceilings.has(id)) ceilings.set(id, shadingCeiling(await read(id).catch(() => null)));
    const ink = Math.max(0, ...run.inks.map((k) => k.alpha));
    if (ink * maskCeiling(run.mask, (id) => ceilings.get(id)) < minAlpha) run.reason = 'TRANSPARENT_TEXT';
  }
}
