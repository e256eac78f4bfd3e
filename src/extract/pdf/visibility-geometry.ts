// 2-D affine matrices [a b c d e f] (PDF convention: x' = a·x + c·y + e, y' = b·x + d·y + f) and axis-aligned boxes.
export type Matrix = readonly [number, number, number, number, number, number];
/** [x0, y0, x1, y1] with x0 ≤ x1, y0 ≤ y1. */
export type Box = readonly [number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first, then `outer`. */
function concat(outer: Matrix, inner: Matrix): Matrix {
  const [o0, o1, o2, o3, o4, o5] = outer;
  const [i0, i1, i2, i3, i4, i5] = inner;
  return [o0 * i0 + o2 * i1, o1 * i0 + o3 * i1, o0 * i2 + o2 * i3, o1 * i2 + o3 * i3, o0 * i4 + o2 * i5 + o4, o1 * i4 + o3 * i5 + o5];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The bounding box of a box's four corners after `m`. */
function boxOf(m: Matrix, b: Box): Box {
  const pts = [apply(m, b[0], b[1]), apply(m, b[2], b[1]), apply(m, b[0], b[3]), apply(m, b[2], b[3])];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function intersect(a: Box | undefined, b: Box): Box {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

const clipBox = (b: Box, clip: Box | undefined): Box => (clip ? intersect(clip, b) : b);
const area = (b: Box): number => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);

/** Share of `a`'s area inside `b` (0…1); a zero-area `a` counts by its centre. */
function overlap(a: Box, b: Box): number {
  const whole = area(a);
  if (whole === 0) {
    const [cx, cy] = [(a[0] + a[2]) / 2, (a[1] + a[3]) / 2];
    return cx >= b[0] && cx <= b[2] && cy >= b[1] && cy <= b[3] ? 1 : 0;
  }
  return area(intersect(a, b)) / whole;
}

/** `outer` holds the centre of `inner` and most of it. */
const contains = (outer: Box, inner: Box): boolean => overlap(inner, outer) >= 0.8;

/**
 * The path without moveTos that start nothing (one followed by another moveTo, or one at the end): TikZ writes
 * `x y m x y w h re x' y' m`, an empty subpath either side of its rectangle, which paints nothing. The data itself
 * when there are none (no copy).
 */
function withoutEmptySubpaths(data: ArrayLike<number> | null | undefined): ArrayLike<number> | null | undefined {
  if (!data) return data;
  const steps: number[] = [];
  let empty = false;
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    const size = op === 0 || op === 1 ? 3 : op === 2 ? 7 : op === 3 ? 1 : -1;
    if (size < 0) return data;
    if (op === 0 && (i + 3 >= data.length || data[i + 3] === 0)) empty = true;
    else steps.push(i, size);
    i += size;
  }
  if (!empty) return data;
  const out: number[] = [];
  for (let k = 0; k < steps.length; k += 2) for (let j = 0; j < (steps[k + 1] ?? 0); j++) out.push(Number(data[(steps[k] ?? 0) + j]));
  return out;
}

/** The corners of a closed polygon: repeated points and points in the middle of a straight edge left out. */
function cornersOf(pts: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const ring = pts.filter((p, k) => {
    const prev = pts[(k - 1 + pts.length) % pts.length] ?? p;
    return k === 0 ? pts.length < 2 || p[0] !== pts[pts.length - 1]?.[0] || p[1] !== pts[pts.length - 1]?.[1] : p[0] !== prev[0] || p[1] !== prev[1];
  });
  return ring.filter((p, k) => {
    const prev = ring[(k - 1 + ring.length) % ring.length] ?? p;
    const next = ring[(k + 1) % ring.length] ?? p;
    const straight = (prev[0] === p[0] && p[0] === next[0]) || (prev[1] === p[1] && p[1] === next[1]);
    return !straight;
  });
}

/**
 * pdf.js path data (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 closePath) that is one axis-aligned rectangle: a
 * moveTo and three lineTos (the `re` operator, most writers), or four lineTos back to the start (Scribus, some
 * design tools), closed or not (a fill closes the path anyway). LibreOffice draws a shape's outline from the middle
 * of an edge ("m" at the bottom's midpoint, round the four corners, back to it): a point in the middle of a straight
 * edge is no corner.
 */
function isRectangle(raw: ArrayLike<number> | null | undefined): boolean {
  const data = withoutEmptySubpaths(raw);
  if (!data || data[0] !== 0) return false;
  const pts: Array<[number, number]> = [];
  let i = 0;
  while (i < data.length) {
    const op = data[i];
    if ((op === 0 && i === 0) || op === 1) {
      pts.push([Number(data[i + 1]), Number(data[i + 2])]);
      i += 3;
    } else if (op === 3 && i === data.length - 1) i++;
    else return false;
  }
  const [first, ...rest] = pts;
  const last = rest[rest.length - 1];
  if (!first || !last) return false;
  if (pts.length === 5 && (last[0] !== first[0] || last[1] !== first[1])) return false;
  if (pts.length < 4 || !pts.every((p) => p.every(Number.isFinite))) return false;
  // Past five points, the path must come back to where it started (else its last edge is a slant or it is open).
  if (pts.length > 5 && (last[0] !== first[0] || last[1] !== first[1])) return false;
  const corners = pts.length <= 5 ? pts.slice(0, 4) : cornersOf(pts);
  if (corners.length !== 4) return false;
  // Each edge runs along one axis, and the corners span two xs and two ys.
  const axisAligned = corners.every((p, k) => {
    const q = corners[(k + 1) % 4] ?? p;
    return p[0] === q[0] || p[1] === q[1];
  });
  return axisAligned && new Set(corners.map((p) => p[0])).size <= 2 && new Set(corners.map((p) => p[1])).size <= 2;
}

/** Six (or four) numbers from pdf.js's arrays (plain or typed); undefined when malformed. */
function numbers(value: unknown, n: number): number[] | undefined {
  if (value === null || typeof value !== 'object' || !('length' in value)) return undefined;
  const out = Array.from(value as ArrayLike<unknown>, Number);
  return out.length === n && out.every(Number.isFinite) ? out : undefined;
}
const toMatrix = (value: unknown): Matrix | undefined => numbers(value, 6) as Matrix | undefined;
const toBox = (value: unknown): Box | undefined => numbers(value, 4) as Box | undefined;

/** Most curves of a rounded rectangle: TikZ draws a corner as one curve, Chromium (Skia) as up to eight. */
const MAX_CORNER_CURVES = 32;

/**
 * A rounded rectangle (CSS border-radius, TikZ rounded corners): one closed path of axis-aligned straight edges (at
 * least two) joined by corner curves, each curve spanning at most half the shape on either axis. A circle or an
 * ellipse (no straight edge), a free shape (a slanted edge) or several subpaths is not.
 */
function isRoundedRectangle(raw: ArrayLike<number> | null | undefined): boolean {
  const data = withoutEmptySubpaths(raw);
  if (!data || data[0] !== 0) return false;
  const pts: Array<[number, number]> = [];
  const curves: Array<{ from: [number, number]; to: [number, number] }> = [];
  let lines = 0;
  let at: [number, number] = [Number(data[1]), Number(data[2])];
  pts.push(at);
  let i = 3;
  while (i < data.length) {
    const op = data[i];
    if (op === 1) {
      const to: [number, number] = [Number(data[i + 1]), Number(data[i + 2])];
      if (to[0] !== at[0] && to[1] !== at[1]) return false;
      if (to[0] !== at[0] || to[1] !== at[1]) lines++;
      at = to;
      i += 3;
    } else if (op === 2) {
      const to: [number, number] = [Number(data[i + 5]), Number(data[i + 6])];
      curves.push({ from: at, to });
      at = to;
      i += 7;
    } else if (op === 3 && (i === data.length - 1 || (data[i + 1] === 0 && i + 4 === data.length))) break;
    else return false;
    pts.push(at);
  }
  if (lines < 2 || curves.length === 0 || curves.length > MAX_CORNER_CURVES || !pts.every((p) => p.every(Number.isFinite))) return false;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  return curves.every((c) => Math.abs(c.to[0] - c.from[0]) <= width / 2 + 1e-6 && Math.abs(c.to[1] - c.from[1]) <= height / 2 + 1e-6);
}

/** A filled path in page space: its closed subpaths as flat [x0, y0, x1, y1, …] rings, and its fill rule. */
export interface Shape {
  rings: number[][];
  evenOdd: boolean;
}

/** Straight pieces a curve is cut into (a rounded corner or a quarter ellipse: within a fraction of a point). */
const CURVE_STEPS = 8;
/** Most points of a shape read as a cover (an icon or a drawn word past this is left out: it is no panel). */
const MAX_SHAPE_POINTS = 2048;

/**
 * A filled path (pdf.js path data: 0 moveTo, 1 lineTo, 2 curveTo, 3 closePath) as rings in page space, curves cut
 * into straight pieces; undefined when malformed or larger than MAX_SHAPE_POINTS.
 */
function shapeOf(raw: ArrayLike<number> | null | undefined, m: Matrix, evenOdd: boolean): Shape | undefined {
  const data = withoutEmptySubpaths(raw);
  if (!data) return undefined;
  const rings: number[][] = [];
  let ring: number[] = [];
  let points = 0;
  let [x, y] = [0, 0];
  const push = (px: number, py: number) => {
    const [u, v] = apply(m, px, py);
    ring.push(u, v);
    points++;
  };
  const end = () => {
    if (ring.length >= 6) rings.push(ring);
    ring = [];
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    if (op === 0) {
      end();
      [x, y] = [Number(data[i + 1]), Number(data[i + 2])];
      push(x, y);
      i += 3;
    } else if (op === 1) {
      [x, y] = [Number(data[i + 1]), Number(data[i + 2])];
      push(x, y);
      i += 3;
    } else if (op === 2) {
      const [x1, y1, x2, y2, x3, y3] = [1, 2, 3, 4, 5, 6].map((k) => Number(data[i + k])) as [number, number, number, number, number, number];
      for (let k = 1; k <= CURVE_STEPS; k++) {
        const t = k / CURVE_STEPS;
        const u = 1 - t;
        push(u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3);
      }
      [x, y] = [x3, y3];
      i += 7;
    } else if (op === 3) {
      end();
      i++;
    } else return undefined;
    if (points > MAX_SHAPE_POINTS) return undefined;
  }
  end();
  return rings.length && rings.every((r) => r.every(Number.isFinite)) ? { rings, evenOdd } : undefined;
}

/** Whether a point is inside a shape, by its fill rule (the winding number: nonzero, or odd). */
function insideShape(shape: Shape, px: number, py: number): boolean {
  let winding = 0;
  for (const r of shape.rings) {
    const n = r.length / 2;
    for (let k = 0; k < n; k++) {
      const [x0, y0] = [r[2 * k] ?? 0, r[2 * k + 1] ?? 0];
      const j = (k + 1) % n;
      const [x1, y1] = [r[2 * j] ?? 0, r[2 * j + 1] ?? 0];
      if (y0 <= py ? y1 > py : y1 <= py) {
        const cross = (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0);
        if (cross !== 0) winding += y1 > y0 ? (cross > 0 ? 1 : 0) : cross < 0 ? -1 : 0;
      }
    }
  }
  return shape.evenOdd ? winding % 2 !== 0 : winding !== 0;
}

/** Share of `box` inside the shape (a grid of sample points, as for a rotated image). */
function shapeShare(shape: Shape, box: Box): number {
  let inside = 0;
  const [nx, ny] = [6, 3];
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      if (insideShape(shape, box[0] + ((i + 0.5) / nx) * (box[2] - box[0]), box[1] + ((j + 0.5) / ny) * (box[3] - box[1]))) inside++;
    }
  }
  return inside / (nx * ny);
}

export const geometry = { toMatrix, toBox, IDENTITY, concat, apply, boxOf, intersect, clipBox, overlap, contains, isRectangle, isRoundedRectangle, withoutEmptySubpaths, shapeOf, shapeShare };
