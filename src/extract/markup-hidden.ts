// Markdown/HTML text that a rendered résumé never shows: comments, elements hidden by an attribute or an inline
// style (display, visibility, opacity, a colour that does not stand out from the background once its alpha is applied,
// a font too small to read, a position far off the page, a clip that leaves nothing), and link reference definitions
// written as comments ("[//]: # (…)"). Taken out of the text and handed back as hidden lines. Elements nest: a hidden
// element hides everything up to its own closing tag, and a background set on an element is what its children's text
// is read against.
import type { RawHiddenLine } from './raw.js';
import { blend, contrast } from './docx/hidden.js';

/** HTML comments, across lines. */
const HTML_COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
/** A link reference definition that renders nothing and only carries a title: "[//]: # (text)", "[x]: <> (text)". */
const LINK_REF_COMMENT = /^\s{0,3}\[[^\]]*\]:\s*(?:#|<>|<#>)?\s*(?:"([^"]*)"|'([^']*)'|\(([^)]*)\))\s*$/;
/** A tag: closing slash, name, attributes, self-closing slash. */
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Colours closer than this contrast ratio cannot be told apart (as for PDF and DOCX). */
const MIN_CONTRAST = 1.3;
/** Text this transparent or more is not seen, whatever its colour. */
const MIN_VISIBLE_ALPHA = 0.1;
/** CSS pixels below which a font is not read (3 pt, as for PDF). */
const MIN_READABLE_PX = 4;
/** A negative offset this large (CSS pixels) puts an element off any page: the "-9999px" of screen-reader tricks. */
const OFF_PAGE_PX = 500;
/** A positive horizontal offset this large pushes it past the right edge of any page (A3 landscape is ~1,600 px). */
const OFF_PAGE_RIGHT_PX = 2000;
/** A box this narrow or low (CSS pixels) with its overflow hidden shows nothing. */
const CLIPPED_PX = 1;
const PAGE = 'FFFFFF';

const NAMED: Record<string, string> = {
  white: 'FFFFFF', black: '000000', snow: 'FFFAFA', ivory: 'FFFFF0', ghostwhite: 'F8F8FF', whitesmoke: 'F5F5F5',
  floralwhite: 'FFFAF0', mintcream: 'F5FFFA', azure: 'F0FFFF', aliceblue: 'F0F8FF', seashell: 'FFF5EE', linen: 'FAF0E6',
  honeydew: 'F0FFF0', lavenderblush: 'FFF0F5', oldlace: 'FDF5E6', navy: '000080', red: 'FF0000', blue: '0000FF',
  green: '008000', gray: '808080', grey: '808080', silver: 'C0C0C0', yellow: 'FFFF00',
};

interface Colour {
  hex: string;
  alpha: number;
}

const clamp255 = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
const hex2 = (v: number) => clamp255(v).toString(16).padStart(2, '0');

/** RGB (0–255) of an HSL colour (hue in degrees, saturation and lightness 0–1). */
function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** A CSS colour: #rgb(a), #rrggbb(aa), rgb()/rgba()/hsl()/hsla() (commas or spaces, "/ alpha", percentages), a few names, transparent. */
export function cssColour(value: string | undefined): Colour | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { hex: PAGE, alpha: 0 };
  const named = NAMED[v];
  if (named) return { hex: named, alpha: 1 };
  const hash = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hash && [3, 4, 6, 8].includes(hash.length)) {
    const full = hash.length <= 4 ? [...hash].map((c) => c + c).join('') : hash;
    return { hex: full.slice(0, 6).toUpperCase(), alpha: full.length === 8 ? parseInt(full.slice(6), 16) / 255 : 1 };
  }
  const fn = /^(rgb|hsl)a?\(\s*([^)]*)\)$/.exec(v);
  if (!fn) return undefined;
  const parts = (fn[2] ?? '').split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const num = (p: string, scale: number) => (p.endsWith('%') ? (parseFloat(p) / 100) * scale : parseFloat(p));
  const [r, g, b] = fn[1] === 'hsl' ? hslToRgb(parseFloat(parts[0] ?? ''), num(parts[1] ?? '', 1), num(parts[2] ?? '', 1)) : parts.slice(0, 3).map((p) => num(p, 255));
  const a = parts[3] === undefined ? 1 : num(parts[3], 1);
  if (![r, g, b, a].every((x) => x !== undefined && Number.isFinite(x))) return undefined;
  return { hex: (hex2(r ?? 0) + hex2(g ?? 0) + hex2(b ?? 0)).toUpperCase(), alpha: Math.max(0, Math.min(1, a)) };
}

/** A CSS length in pixels (px, pt, em/rem at 16 px, % of a 16 px font, unitless 0); undefined otherwise. */
function cssPx(value: string | undefined, percentOf = 16): number | undefined {
  const m = /^(-?\d*\.?\d+)(px|pt|em|rem|%|)$/.exec(value?.trim().toLowerCase() ?? '');
  if (!m) return undefined;
  const n = parseFloat(m[1] ?? '');
  const unit = m[2];
  if (unit === '' && n !== 0) return undefined;
  return unit === 'pt' ? (n * 4) / 3 : unit === 'em' || unit === 'rem' ? n * 16 : unit === '%' ? (n / 100) * percentOf : n;
}

/** The declarations of an inline style, property names lower case, `!important` dropped, the last one winning. */
function declarations(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of style.split(';')) {
    const at = part.indexOf(':');
    if (at < 0) continue;
    out.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).replace(/!\s*important/i, '').trim());
  }
  return out;
}

/** The background colour an element paints (background-color, or a colour in the background shorthand). */
function backgroundOf(css: Map<string, string>): Colour | undefined {
  const own = cssColour(css.get('background-color'));
  if (own) return own;
  const shorthand = css.get('background');
  if (!shorthand || /url\(|gradient\(/i.test(shorthand)) return undefined;
  return shorthand.split(/\s+(?![^(]*\))/).map(cssColour).find((c) => c !== undefined);
}

/** clip: rect(…) or clip-path that leaves (next to) nothing of the box. */
function clipsAway(css: Map<string, string>): boolean {
  const rect = /^rect\(([^)]*)\)$/i.exec(css.get('clip') ?? '')?.[1];
  if (rect) {
    const [top, right, bottom, left] = rect.split(/\s*,\s*|\s+/).map((p) => cssPx(p));
    if (top !== undefined && right !== undefined && bottom !== undefined && left !== undefined && (right - left <= CLIPPED_PX || bottom - top <= CLIPPED_PX)) return true;
  }
  const path = (css.get('clip-path') ?? '').toLowerCase();
  const inset = /^inset\(([^)]*)\)/.exec(path)?.[1];
  if (inset) {
    const sides = inset.split(/\s+round\s+/)[0]?.split(/\s+/).map((p) => (p.endsWith('%') ? parseFloat(p) : NaN)) ?? [];
    const [t = NaN, r = t, b = t, l = r] = sides;
    if (t + b >= 100 || l + r >= 100) return true;
  }
  if (/^(?:circle|ellipse)\(\s*0(?:px|%)?(?:\s+0(?:px|%)?)?\s*(?:at\b|\))/.test(path)) return true;
  const polygon = /^polygon\(([^)]*)\)/.exec(path)?.[1];
  if (polygon && new Set(polygon.split(',').map((p) => p.trim())).size <= 1) return true;
  const overflowHidden = /^(?:hidden|clip)$/i.test(css.get('overflow') ?? '');
  const tiny = (p: string) => {
    const px = cssPx(css.get(p));
    return px !== undefined && px <= CLIPPED_PX;
  };
  return overflowHidden && (tiny('width') || tiny('height') || tiny('max-height') || tiny('max-width'));
}

/** Moved far off the page: a large negative offset of a positioned element, a margin, an indent or a translation. */
function offPage(css: Map<string, string>): boolean {
  const far = (value: string | undefined, rightwards = false) => {
    const px = cssPx(value);
    return px !== undefined && (px <= -OFF_PAGE_PX || (rightwards && px >= OFF_PAGE_RIGHT_PX));
  };
  if (/^(?:absolute|fixed|relative)$/i.test(css.get('position') ?? '') && (['top', 'right', 'bottom'].some((p) => far(css.get(p))) || far(css.get('left'), true))) return true;
  if (['text-indent', 'margin-left'].some((p) => far(css.get(p), true)) || far(css.get('margin-top'))) return true;
  const translate = /translate(x|y|3d)?\(\s*([^),\s]+)(?:\s*,\s*([^),\s]+))?/i.exec(css.get('transform') ?? '');
  if (!translate) return false;
  const vertical = translate[1]?.toLowerCase() === 'y';
  return far(translate[2], !vertical) || far(translate[3]);
}

interface Context {
  /** What the element's text is read against (RRGGBB): its own background, else its parent's, else the page. */
  background: string;
  /** Its colour as inherited, and the opacity of it and its ancestors multiplied. */
  colour: Colour | undefined;
  opacity: number;
}

const ROOT: Context = { background: PAGE, colour: undefined, opacity: 1 };

/** Why an element with these attributes is not seen, and the context its children inherit. */
export function elementReason(tag: string, attributes: string, parent: Context = ROOT): { reason?: string; context: Context } {
  const attrs = new Map<string, string>();
  for (const m of attributes.matchAll(ATTRIBUTE)) attrs.set((m[1] ?? '').toLowerCase(), (m[2] ?? '').replace(/^["']|["']$/g, ''));
  const css = declarations(attrs.get('style') ?? '');
  // The old <font color="…"> sets a colour as a style would.
  const fontColour = tag === 'font' ? attrs.get('color') : undefined;
  if (fontColour !== undefined && !css.has('color')) css.set('color', fontColour);
  const background = backgroundOf(css);
  const opacity = parent.opacity * (() => {
    const o = css.get('opacity');
    const n = o === undefined ? NaN : o.endsWith('%') ? parseFloat(o) / 100 : parseFloat(o);
    return Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 1;
  })();
  const context: Context = {
    background: background && background.alpha >= 0.5 ? blend(background.hex, parent.background, background.alpha) : parent.background,
    colour: cssColour(css.get('color')) ?? parent.colour,
    opacity,
  };
  const reason = ((): string | undefined => {
    if (tag === 'template' || attrs.has('hidden')) return 'DISPLAY_NONE';
    if (/^none$/i.test(css.get('display') ?? '') || /^(?:hidden|collapse)$/i.test(css.get('visibility') ?? '')) return 'DISPLAY_NONE';
    if (opacity < MIN_VISIBLE_ALPHA) return 'DISPLAY_NONE';
    const size = cssPx(css.get('font-size'));
    if (size !== undefined && size < MIN_READABLE_PX) return 'TINY_TEXT';
    if (offPage(css)) return 'OFF_PAGE';
    if (clipsAway(css)) return 'CLIPPED';
    // Colour: judged where the element sets a colour or a background, against what is behind it, alpha applied.
    const colour = context.colour;
    if (!colour || (!css.has('color') && !background)) return undefined;
    const alpha = colour.alpha * opacity;
    const behind = context.background;
    if (alpha < MIN_VISIBLE_ALPHA) return 'TRANSPARENT_TEXT';
    if (contrast(blend(colour.hex, behind, alpha), behind) >= MIN_CONTRAST) return undefined;
    if (contrast(colour.hex, behind) >= MIN_CONTRAST) return 'TRANSPARENT_TEXT';
    return behind === PAGE ? 'WHITE_TEXT' : 'COLOUR_MATCHES_SHADING';
  })();
  return { ...(reason ? { reason } : {}), context };
}

const toLines = (text: string, reason: string, channel?: RawHiddenLine['channel']): RawHiddenLine[] =>
  text
    .replace(/<[^>]*>/g, ' ')
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim().length > 0)
    .map((l) => ({ text: l, reason, ...(channel ? { channel } : {}) }));

interface Open {
  tag: string;
  start: number;
  context: Context;
  reason?: string;
}

/** Source ranges of hidden elements (outermost only), each with its reason: nesting-aware, unclosed ones end at a blank line. */
function hiddenRanges(text: string): Array<{ start: number; end: number; reason: string }> {
  const ranges: Array<{ start: number; end: number; reason: string }> = [];
  const stack: Open[] = [];
  const hiddenDepth = () => stack.findIndex((o) => o.reason !== undefined);
  const close = (o: Open, end: number) => {
    if (o.reason && !stack.some((s) => s.reason)) ranges.push({ start: o.start, end, reason: o.reason });
  };
  const blockEnd = (from: number) => {
    const m = /\n[ \t]*\n/.exec(text.slice(from));
    return m ? from + m.index : text.length;
  };
  for (const m of text.matchAll(TAG)) {
    const [whole, slash, rawTag, attributes = '', selfClosing] = m;
    const tag = (rawTag ?? '').toLowerCase();
    const at = m.index;
    // An unclosed hidden element ends where its Markdown HTML block does, at the first blank line.
    for (let i = hiddenDepth(); i >= 0 && i < stack.length; i = hiddenDepth()) {
      const o = stack[i];
      if (!o) break;
      const end = blockEnd(o.start);
      if (end > at) break;
      const dropped = stack.splice(i);
      close(dropped[0] ?? o, end);
    }
    if (slash) {
      let i = stack.length - 1;
      while (i >= 0 && stack[i]?.tag !== tag) i--;
      if (i < 0) continue;
      const dropped = stack.splice(i);
      if (dropped[0]) close(dropped[0], at + whole.length);
      continue;
    }
    if (selfClosing || VOID.has(tag)) continue;
    const parent = stack[stack.length - 1]?.context ?? ROOT;
    const { reason, context } = elementReason(tag, attributes, parent);
    stack.push({ tag, start: at, context, ...(reason ? { reason } : {}) });
  }
  const first = stack.find((o) => o.reason);
  if (first) {
    stack.length = 0;
    close(first, blockEnd(first.start));
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The Markdown source with its hidden parts removed, and those parts as hidden lines in document order. */
export function splitMarkupHidden(source: string): { text: string; hidden: RawHiddenLine[] } {
  const hidden: RawHiddenLine[] = [];
  let text = source.replace(HTML_COMMENT, (whole, inner: string) => {
    hidden.push(...toLines(inner, 'HTML_COMMENT', 'comment'));
    // Keep the line count so Markdown paragraphs around a comment stay apart.
    return '\n'.repeat((whole.match(/\n/g) ?? []).length);
  });
  if (text.includes('<')) {
    let out = '';
    let from = 0;
    for (const r of hiddenRanges(text)) {
      if (r.start < from) continue;
      const whole = text.slice(r.start, r.end);
      hidden.push(...toLines(whole.replace(/^<[^>]*>/, ''), r.reason));
      out += text.slice(from, r.start) + '\n'.repeat((whole.match(/\n/g) ?? []).length);
      from = r.end;
    }
    text = out + text.slice(from);
  }
  const kept: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = LINK_REF_COMMENT.exec(line);
    const title = m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
    if (title === undefined) kept.push(line);
    else {
      if (title.trim()) hidden.push({ text: title, reason: 'LINK_REFERENCE_COMMENT', channel: 'comment' });
      kept.push('');
    }
  }
  return { text: kept.join('\n'), hidden };
}
