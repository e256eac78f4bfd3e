// A page image made easier for the OCR engine: grey, then a 3×3 median, which removes the isolated specks a scanner
// or a fax adds (Tesseract reads each speck next to a word as a stray character) and keeps strokes, which are
// wider than one pixel at the rendering width; then turned straight when it was scanned askew (a rule under a
// heading, tilted, runs through the heading's letters). Tesseract binarises the result itself.
import { createCanvas, loadImage } from '@napi-rs/canvas';

/** The median of a pixel's 3×3 neighbourhood, grey levels 0–255 (edges use the pixels that exist). */
export function median3x3(grey: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(grey.length);
  const window = new Uint8Array(9);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < width) window[n++] = grey[yy * width + xx] ?? 255;
        }
      }
      const part = window.subarray(0, n).sort();
      out[y * width + x] = part[n >> 1] ?? 255;
    }
  }
  return out;
}

/** Skew angles tried (degrees): scanners and phone photos of a page on a desk stay within a few degrees. */
const MAX_SKEW_DEGREES = 4;
const SKEW_STEP_DEGREES = 0.1;
/** Below this the page is left as it is (turning resamples every pixel). */
const MIN_SKEW_DEGREES = 0.3;
/** Columns sampled for the skew estimate: enough for text lines, cheap for 41 angles. */
const SKEW_SAMPLE_WIDTH = 500;

/**
 * The angle (degrees) that makes the dark pixels fall into the sharpest rows: text lines are horizontal when the
 * sum of squared row counts is largest (the projection-profile method).
 */
export function estimateSkew(grey: Uint8Array, width: number, height: number): number {
  const step = Math.max(1, Math.floor(width / SKEW_SAMPLE_WIDTH));
  const dark: Array<[number, number]> = [];
  for (let y = 0; y < height; y += step) for (let x = 0; x < width; x += step) if ((grey[y * width + x] ?? 255) < 128) dark.push([x, y]);
  let best = 0;
  let bestScore = -1;
  for (let deg = -MAX_SKEW_DEGREES; deg <= MAX_SKEW_DEGREES + 1e-9; deg += SKEW_STEP_DEGREES) {
    const t = Math.tan((deg * Math.PI) / 180);
    const rows = new Map<number, number>();
    for (const [x, y] of dark) {
      const row = Math.round((y - x * t) / step);
      rows.set(row, (rows.get(row) ?? 0) + 1);
    }
    let score = 0;
    for (const n of rows.values()) score += n * n;
    if (score > bestScore) {
      bestScore = score;
      best = deg;
    }
  }
  return Math.round(best * 10) / 10;
}

/** PNG in, PNG out: grey, despeckled, straightened. */
export async function cleanPage(png: Uint8Array): Promise<Uint8Array> {
  const image = await loadImage(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height);
  const grey = new Uint8Array(image.width * image.height);
  for (let i = 0; i < grey.length; i++) {
    const r = data.data[i * 4] ?? 255;
    const g = data.data[i * 4 + 1] ?? 255;
    const b = data.data[i * 4 + 2] ?? 255;
    const a = data.data[i * 4 + 3] ?? 255;
    // Transparent pixels are paper.
    grey[i] = Math.round(255 - (a / 255) * (255 - (0.299 * r + 0.587 * g + 0.114 * b)));
  }
  const clean = median3x3(grey, image.width, image.height);
  for (let i = 0; i < clean.length; i++) {
    const v = clean[i] ?? 255;
    data.data[i * 4] = v;
    data.data[i * 4 + 1] = v;
    data.data[i * 4 + 2] = v;
    data.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(data, 0, 0);
  const skew = estimateSkew(clean, image.width, image.height);
  if (Math.abs(skew) < MIN_SKEW_DEGREES) return canvas.encode('png');
  const straight = createCanvas(image.width, image.height);
  const out = straight.getContext('2d');
  out.fillStyle = '#ffffff';
  out.fillRect(0, 0, image.width, image.height);
  out.translate(image.width / 2, image.height / 2);
  out.rotate((-skew * Math.PI) / 180);
  out.drawImage(canvas, -image.width / 2, -image.height / 2);
  return straight.encode('png');
}
