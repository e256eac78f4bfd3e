// Hyphens that pdf.js leaves out of the text. Some producers map the hyphen glyph to U+00AD (XeLaTeX with fontspec
// does for many fonts: every "high-impact", "Sep. 2023 - Mar. 2024" and every TeX line-end break), and pdf.js's
// getTextContent skips a glyph whose character is a format character (\p{Cf}) — the hyphen the reader sees vanishes:
// "highimpact", "Sep. 2023 Mar. 2024", "en terprise". The operator list that the visibility pass walks still has
// those glyphs, so the text item is compared with the glyph runs drawn on its baseline and gets its U+00AD back where
// they drew one; normalize.ts then makes each the hyphen, range dash or line-end break it is (visibleSoftHyphens,
// joinHyphenation). An item whose text is not found in the runs is left as it is. Seen from XeLaTeX (fontspec) and
// Scribus, which draws every glyph on its own (pdf.js then writes the hyphen's width as a word gap: "two tower").

/** What this needs of a glyph run (visibility.ts): its text with every glyph's character, where it starts and ends. */
export interface DrawnRun {
  text: string;
  x: number;
  y: number;
  /** [x0, y0, x1, y1]; without it the run is taken to end where it starts (one glyph). */
  box?: readonly number[];
}

export interface PositionedText {
  str: string;
  transform: number[];
  width: number;
}

const SOFT_HYPHEN = '\u00AD';
/** Baselines closer than this (points) are the same line. */
const SAME_BASELINE = 1;

/**
 * The item's text with the soft hyphens the runs drew inside it or right after it. `runs`: the runs on its baseline
 * that overlap it, left to right (a designer tool's content stream may draw a line in any order).
 */
export function withDrawnSoftHyphens(str: string, runs: readonly DrawnRun[]): string {
  const drawn = runs.map((r) => r.text).join('');
  if (!drawn.includes(SOFT_HYPHEN) || str.includes(SOFT_HYPHEN)) return str;
  // The runs' visible characters (no spaces; compatibility forms, as pdf.js writes ligatures), and before which of
  // them a soft hyphen was drawn.
  // Where the glyph was drawn right after a letter, pdf.js may have written a word gap for its width (every glyph
  // placed on its own): that space is the hyphen. After a digit a space may be the author's ("2021 - Present"; TeX
  // draws no space glyphs to tell), and the range reads the same either way.
  let flat = '';
  const hyphenAt = new Set<number>();
  const closedUp = new Set<number>();
  let prev = '';
  for (const ch of drawn) {
    if (ch === SOFT_HYPHEN) {
      hyphenAt.add(flat.length);
      if (/\p{L}/u.test(prev)) closedUp.add(flat.length);
    } else if (!/\s/u.test(ch)) flat += ch.normalize('NFKC').replace(/\s/gu, '');
    prev = ch;
  }
  const target = str.replace(/\s/gu, '');
  if (target === '') return str;
  const start = flat.indexOf(target);
  if (start < 0 || flat.indexOf(target, start + 1) >= 0) return str;
  let out = '';
  let k = start;
  for (const ch of str) {
    if (/\s/u.test(ch)) {
      out += ch;
      continue;
    }
    if (k > start && hyphenAt.has(k)) out = (closedUp.has(k) ? out.trimEnd() : out) + SOFT_HYPHEN;
    out += ch;
    k += ch.length;
  }
  // One drawn after the item's last character: a line-end break, or the dash before the next item of the line.
  return hyphenAt.has(k) ? out + SOFT_HYPHEN : out;
}

/** Every text item of a page with the soft hyphens its glyph runs drew (items without any come back unchanged). */
export function restoreSoftHyphens<T extends PositionedText | { type: string }>(items: readonly T[], runs: readonly DrawnRun[]): T[] {
  if (!runs.some((r) => r.text.includes(SOFT_HYPHEN))) return [...items];
  const hyphenBaselines = runs.filter((r) => r.text.includes(SOFT_HYPHEN)).map((r) => r.y);
  return items.map((item) => {
    if (!('str' in item) || item.str.trim() === '') return item;
    const [, , , , ex = 0, ey = 0] = item.transform;
    if (!hyphenBaselines.some((y) => Math.abs(y - ey) < SAME_BASELINE)) return item;
    const left = Math.min(ex, ex + item.width);
    const right = Math.max(ex, ex + item.width);
    const mine = runs
      .filter((r) => Math.abs(r.y - ey) < SAME_BASELINE && (r.box?.[2] ?? r.x) > left - SAME_BASELINE && r.x < right + SAME_BASELINE)
      .sort((a, b) => a.x - b.x);
    const str = withDrawnSoftHyphens(item.str, mine);
    return str === item.str ? item : { ...item, str };
  });
}
