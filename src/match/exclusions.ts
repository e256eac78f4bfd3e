// A rubric's false friends ("cursor-based pagination") found on a line, and whether one covers or touches a hit.
import type { Span } from './phrase.js';

/** Only whitespace or hyphens between an exclusion and a hit still make them one phrase ("Cursor pagination"). */
const TOUCH_GAP_RE = /^[\s\u2010\u2011-]*$/u;
const MAX_TOUCH_GAP = 3;

export class Exclusions {
  /** Exclusion spans of each term (by spec index), sorted by start. */
  private readonly bySpec = new Map<number, Span[]>();
  /** The longest exclusion span: how far back a covering one can start. */
  private readonly longest: number;

  constructor(
    private readonly text: string,
    spans: Span[],
  ) {
    let longest = 0;
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      const list = this.bySpec.get(s.pattern.spec);
      if (list === undefined) this.bySpec.set(s.pattern.spec, [s]);
      else list.push(s);
      longest = Math.max(longest, s.end - s.start);
    }
    this.longest = longest;
  }

  /** The text of the exclusion of this hit's term that overlaps or touches it, if any. */
  covering(hit: Span): string | undefined {
    const list = this.bySpec.get(hit.pattern.spec);
    if (list === undefined) return undefined;
    const limit = hit.end + MAX_TOUCH_GAP;
    let i = firstStartingAfter(list, limit) - 1;
    for (; i >= 0; i--) {
      const x = list[i];
      if (x === undefined || x.start < hit.start - this.longest - MAX_TOUCH_GAP) break;
      if (this.touches(x, hit)) return this.text.slice(x.start, x.end);
    }
    return undefined;
  }

  private touches(x: Span, hit: Span): boolean {
    if (x.start < hit.end && hit.start < x.end) return true;
    const [a, b] = x.end <= hit.start ? [x.end, hit.start] : [hit.end, x.start];
    return b - a <= MAX_TOUCH_GAP && TOUCH_GAP_RE.test(this.text.slice(a, b));
  }
}

function firstStartingAfter(list: Span[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.start ?? 0) > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
