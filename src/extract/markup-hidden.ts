// Markdown/HTML text that a rendered résumé never shows: comments, elements hidden by an attribute or an inline
// style (display, visibility, opacity, a colour that does not stand out from the background once its alpha is applied,
// a font too small to read, a position far off the page, a clip that leaves nothing), and link reference definitions
// written as comments ("[//]: # (…)"). Taken out of the text and handed back as hidden lines. Elements nest: a hidden
// element hides everything up to its own closing tag, and a background set on an element is what its children's text
// is read against. Styles come from the inline `style` attribute and from `<style>` blocks (simple selectors: a tag,
// classes, an id, descendants; custom properties through `var()`); a `<style>` block's rules for the elements
// Markdown makes (`p`, `h1`–`h6`, `li`, `blockquote`, `td`) apply to those lines. The content of `<style>` and
// `<script>` is never text.
import type { RawHiddenLine } from './raw.js';
import { blend, contrast } from './docx/hidden.js';

/** HTML comments, across lines. */
const HTML_COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
/**
 * What a browser reads as a comment and never shows (CommonMark passes them through as raw HTML): a processing
 * instruction `<?…?>`, a CDATA section `<![CDATA[…]]>`, a declaration `<!NAME …>`.
 */
const BOGUS_COMMENT = /<\?([\s\S]*?)(?:\?>|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<!([A-Za-z][^>]*)>/g;
/** An HTML tag left in the shown text (its name followed by a space, a slash or its end: not an autolink or an address). */
const SHOWN_TAG = /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** Tags that end a line where they stand (a line break, the end of a block); a cell's end is a tab, as in PDF and DOCX rows. */
/** The end of one inline box and the start of the next beside it: a cell gap. */
const SIDE_BY_SIDE = /<\/span\s*>[ \t]*<span\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const LINE_END_TAG = /^(?:br|p|div|li|tr|h[1-6]|ul|ol|table|blockquote|section|article|header|footer|hr|dt|dd)$/i;
/**
 * Elements a browser never draws (its own stylesheet hides them, or their content is only a fallback for what it
 * renders instead): `<title>`, `<noembed>`, `<datalist>`, SVG `<desc>`, the text inside `<canvas>`, `<video>`…
 */
const NEVER_DRAWN = new Set(['template', 'noscript', 'noembed', 'noframes', 'title', 'head', 'datalist', 'desc', 'metadata', 'canvas', 'video', 'audio', 'iframe', 'rp']);
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
/** CSS pixels below which a font is not read (4 pt, as for PDF and DOCX: 5 px prints at 3.75 pt). */
const MIN_READABLE_PX = 16 / 3;
/** A negative offset this large (CSS pixels) puts an element off any page: the "-9999px" of screen-reader tricks. */
const OFF_PAGE_PX = 500;
/** A positive horizontal offset this large pushes it past the right edge of any page (A3 landscape is ~1,600 px). */
const OFF_PAGE_RIGHT_PX = 2000;
/** A box this narrow or low (CSS pixels) with its overflow hidden shows nothing. */
const CLIPPED_PX = 1;
const PAGE = 'FFFFFF';

/** The CSS named colours (CSS Color 4). */
const NAMED: Record<string, string> = {
  aliceblue: 'F0F8FF', antiquewhite: 'FAEBD7', aqua: '00FFFF', aquamarine: '7FFFD4', azure: 'F0FFFF', beige: 'F5F5DC', bisque: 'FFE4C4',
  black: '000000', blanchedalmond: 'FFEBCD', blue: '0000FF', blueviolet: '8A2BE2', brown: 'A52A2A', burlywood: 'DEB887',
  cadetblue: '5F9EA0', chartreuse: '7FFF00', chocolate: 'D2691E', coral: 'FF7F50', cornflowerblue: '6495ED', cornsilk: 'FFF8DC',
  crimson: 'DC143C', cyan: '00FFFF', darkblue: '00008B', darkcyan: '008B8B', darkgoldenrod: 'B8860B', darkgray: 'A9A9A9',
  darkgreen: '006400', darkgrey: 'A9A9A9', darkkhaki: 'BDB76B', darkmagenta: '8B008B', darkolivegreen: '556B2F',
  darkorange: 'FF8C00', darkorchid: '9932CC', darkred: '8B0000', darksalmon: 'E9967A', darkseagreen: '8FBC8F',
  darkslateblue: '483D8B', darkslategray: '2F4F4F', darkslategrey: '2F4F4F', darkturquoise: '00CED1', darkviolet: '9400D3',
  deeppink: 'FF1493', deepskyblue: '00BFFF', dimgray: '696969', dimgrey: '696969', dodgerblue: '1E90FF', firebrick: 'B22222',
  floralwhite: 'FFFAF0', forestgreen: '228B22', fuchsia: 'FF00FF', gainsboro: 'DCDCDC', ghostwhite: 'F8F8FF', gold: 'FFD700',
  goldenrod: 'DAA520', gray: '808080', green: '008000', greenyellow: 'ADFF2F', grey: '808080', honeydew: 'F0FFF0',
  hotpink: 'FF69B4', indianred: 'CD5C5C', indigo: '4B0082', ivory: 'FFFFF0', khaki: 'F0E68C', lavender: 'E6E6FA',
  lavenderblush: 'FFF0F5', lawngreen: '7CFC00', lemonchiffon: 'FFFACD', lightblue: 'ADD8E6', lightcoral: 'F08080',
  lightcyan: 'E0FFFF', lightgoldenrodyellow: 'FAFAD2', lightgray: 'D3D3D3', lightgreen: '90EE90', lightgrey: 'D3D3D3',
  lightpink: 'FFB6C1', lightsalmon: 'FFA07A', lightseagreen: '20B2AA', lightskyblue: '87CEFA', lightslategray: '778899',
  lightslategrey: '778899', lightsteelblue: 'B0C4DE', lightyellow: 'FFFFE0', lime: '00FF00', limegreen: '32CD32', linen: 'FAF0E6',
  magenta: 'FF00FF', maroon: '800000', mediumaquamarine: '66CDAA', mediumblue: '0000CD', mediumorchid: 'BA55D3',
  mediumpurple: '9370DB', mediumseagreen: '3CB371', mediumslateblue: '7B68EE', mediumspringgreen: '00FA9A',
  mediumturquoise: '48D1CC', mediumvioletred: 'C71585', midnightblue: '191970', mintcream: 'F5FFFA', mistyrose: 'FFE4E1',
  moccasin: 'FFE4B5', navajowhite: 'FFDEAD', navy: '000080', oldlace: 'FDF5E6', olive: '808000', olivedrab: '6B8E23',
  orange: 'FFA500', orangered: 'FF4500', orchid: 'DA70D6', palegoldenrod: 'EEE8AA', palegreen: '98FB98', paleturquoise: 'AFEEEE',
  palevioletred: 'DB7093', papayawhip: 'FFEFD5', peachpuff: 'FFDAB9', peru: 'CD853F', pink: 'FFC0CB', plum: 'DDA0DD',
  powderblue: 'B0E0E6', purple: '800080', rebeccapurple: '663399', red: 'FF0000', rosybrown: 'BC8F8F', royalblue: '4169E1',
  saddlebrown: '8B4513', salmon: 'FA8072', sandybrown: 'F4A460', seagreen: '2E8B57', seashell: 'FFF5EE', sienna: 'A0522D',
  silver: 'C0C0C0', skyblue: '87CEEB', slateblue: '6A5ACD', slategray: '708090', slategrey: '708090', snow: 'FFFAFA',
  springgreen: '00FF7F', steelblue: '4682B4', tan: 'D2B48C', teal: '008080', thistle: 'D8BFD8', tomato: 'FF6347',
  turquoise: '40E0D0', violet: 'EE82EE', wheat: 'F5DEB3', white: 'FFFFFF', whitesmoke: 'F5F5F5', yellow: 'FFFF00',
  yellowgreen: '9ACD32',
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

/** Character references a browser decodes in an attribute (`color:&#119;hite` is `color:white`). */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', num: '#', colon: ':', semi: ';', lpar: '(', rpar: ')', comma: ',', period: '.', percnt: '%', excl: '!',
  ndash: '–', mdash: '—', middot: '·', bull: '•', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};
/** Character references decoded, in an attribute or in the text of a Markdown line. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));?/gi, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[(name ?? '').toLowerCase()] ?? whole;
  });
}

/** The declarations of an inline style, property names lower case, comments and `!important` dropped, the last one winning. */
function declarations(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of style.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '').split(';')) {
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
  // A positioned element pushed down past several pages (`top: 9999px`) is as far out of sight as one pushed up.
  if (/^(?:absolute|fixed|relative)$/i.test(css.get('position') ?? '') && (['right', 'bottom'].some((p) => far(css.get(p))) || far(css.get('left'), true) || far(css.get('top'), true))) return true;
  if (['text-indent', 'margin-left'].some((p) => far(css.get(p), true)) || far(css.get('margin-top'))) return true;
  const translate = /translate(x|y|3d)?\(\s*([^),\s]+)(?:\s*,\s*([^),\s]+))?/i.exec(css.get('transform') ?? '');
  if (!translate) return false;
  const vertical = translate[1]?.toLowerCase() === 'y';
  return far(translate[2], !vertical) || far(translate[3]);
}

/** A scale below this (CSS `transform: scale()`, `zoom`) shrinks text to a smear, as for PDF horizontal scaling. */
const MIN_READABLE_SCALE = 0.2;
/** A glyph's average advance, as a share of the font size (as for DOCX condensed spacing). */
const AVERAGE_ADVANCE_EM = 0.5;

/** The smallest scale a transform or zoom applies on either axis (1 when none). */
function scaleOf(css: Map<string, string>): number {
  let scale = 1;
  for (const m of (css.get('transform') ?? '').matchAll(/scale(x|y|3d)?\(\s*([^)]*)\)/gi)) {
    const values = (m[2] ?? '').split(/\s*,\s*|\s+/).map((v) => (v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v))).filter(Number.isFinite);
    scale = Math.min(scale, ...values.slice(0, m[1]?.toLowerCase() === '3d' ? 2 : undefined).map(Math.abs));
  }
  const zoom = css.get('zoom');
  if (zoom !== undefined) {
    const z = zoom.endsWith('%') ? parseFloat(zoom) / 100 : parseFloat(zoom);
    if (Number.isFinite(z) && z > 0) scale = Math.min(scale, z);
  }
  return scale;
}

/** The font size an element sets, in pixels: `font-size`, else the size in the `font` shorthand ("1px sans-serif", "0/0 a"). */
function fontSizeOf(css: Map<string, string>): number | undefined {
  const own = cssPx(css.get('font-size'));
  if (own !== undefined) return own;
  const shorthand = css.get('font');
  const size = shorthand === undefined ? undefined : /(?:^|\s)(-?\d*\.?\d+(?:px|pt|em|rem|%)?)(?:\/\S+)?(?=\s|$)/.exec(shorthand)?.[1];
  return size === undefined ? undefined : cssPx(size);
}

/** `letter-spacing` that piles the characters onto each other (under a fifth of their advance left), as for PDF and DOCX. */
function squeezed(css: Map<string, string>, size: number): boolean {
  const spacing = css.get('letter-spacing');
  if (spacing === undefined) return false;
  const m = /^(-?\d*\.?\d+)(px|pt|em|rem)$/.exec(spacing.trim().toLowerCase());
  if (!m) return false;
  const px = m[2] === 'em' ? parseFloat(m[1] ?? '') * size : cssPx(spacing);
  const advance = size * AVERAGE_ADVANCE_EM;
  return px !== undefined && advance > 0 && (advance + px) / advance < MIN_READABLE_SCALE;
}

/** The opacity a `filter: opacity(…)` applies (1 when none). */
function filterOpacity(css: Map<string, string>): number {
  let out = 1;
  for (const m of (css.get('filter') ?? '').matchAll(/opacity\(\s*([^)]*)\)/gi)) {
    const v = (m[1] ?? '').trim();
    const n = v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v);
    if (Number.isFinite(n)) out *= Math.max(0, Math.min(1, n));
  }
  return out;
}

/** An element as a selector sees it. */
interface Element {
  tag: string;
  id?: string;
  classes: readonly string[];
}

/** One simple selector: a tag (or any), classes, an id. */
interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
}

/** A rule of a `<style>` block: its selector as compounds (descendants, the last one the element), its declarations. */
export interface Rule {
  compounds: Compound[];
  declarations: Map<string, string>;
  specificity: number;
  order: number;
}

/** A compound selector ("p", "span.kw", "#skills", ".a.b", ":root"); undefined for what is not read (pseudo-classes, attributes). */
function compound(text: string): Compound | undefined {
  if (/^:root$/i.test(text)) return { tag: 'html', classes: [] };
  const m = /^([a-z][a-z0-9-]*|\*)?((?:[.#][\w-]+)*)$/i.exec(text);
  if (!m || text === '') return undefined;
  const out: Compound = { classes: [] };
  if (m[1] && m[1] !== '*') out.tag = m[1].toLowerCase();
  for (const part of (m[2] ?? '').match(/[.#][\w-]+/g) ?? []) {
    if (part.startsWith('#')) out.id = part.slice(1);
    else out.classes.push(part.slice(1));
  }
  return out;
}

/** Most rules read from one document (a stylesheet past this is not a résumé's). */
const MAX_RULES = 1000;
/** Most custom properties in scope, and ancestors a descendant selector looks through (hostile nesting stays linear). */
const MAX_VARS = 100;
const MAX_ANCESTORS = 64;

/** The rules of every `<style>` block's text (comments dropped, at-rule blocks such as `@media` read as plain rules). */
export function parseStylesheet(css: string): Rule[] {
  const rules: Rule[] = [];
  const text = css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ').replace(/@[a-z-]+[^{;]*;/gi, ' ');
  for (const m of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (rules.length >= MAX_RULES) break;
    const block = declarations(m[2] ?? '');
    if (block.size === 0) continue;
    for (const selector of (m[1] ?? '').split(',')) {
      const parts = selector.trim().replace(/@[a-z-]+[^{]*$/i, '').trim().split(/\s*>\s*|\s+/).filter(Boolean);
      const compounds = parts.map(compound);
      if (compounds.length === 0 || compounds.some((c) => c === undefined)) continue;
      const cs = compounds as Compound[];
      const specificity = cs.reduce((n, c) => n + (c.id ? 100 : 0) + c.classes.length * 10 + (c.tag ? 1 : 0), 0);
      rules.push({ compounds: cs, declarations: block, specificity, order: rules.length });
    }
  }
  return rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

const matches = (c: Compound, e: Element) => (!c.tag || c.tag === e.tag) && (!c.id || c.id === e.id) && c.classes.every((k) => e.classes.includes(k));

/** An element and its ancestors, innermost first (a linked list: deep nesting never copies). */
interface Chain {
  element: Element;
  parent?: Chain;
}

/** The rule applies to `chain`'s element: descendant combinators matched in order through its nearest ancestors. */
function ruleMatches(rule: Rule, chain: Chain): boolean {
  const last = rule.compounds[rule.compounds.length - 1];
  if (!last || !matches(last, chain.element)) return false;
  let at = chain.parent;
  let looked = 0;
  for (let k = rule.compounds.length - 2; k >= 0; k--) {
    const want = rule.compounds[k];
    while (at && want && !matches(want, at.element) && looked++ < MAX_ANCESTORS) at = at.parent;
    if (!at || looked >= MAX_ANCESTORS) return false;
    at = at.parent;
  }
  return true;
}

/** A stylesheet's rules indexed by what their last compound needs (an id, a class, a tag, or nothing). */
export interface Stylesheet {
  byKey: Map<string, Rule[]>;
  any: Rule[];
  tags: Set<string>;
}

export function indexRules(rules: readonly Rule[]): Stylesheet {
  const sheet: Stylesheet = { byKey: new Map(), any: [], tags: new Set() };
  for (const rule of rules) {
    const last = rule.compounds[rule.compounds.length - 1];
    const key = last?.id !== undefined ? `#${last.id}` : last?.classes[0] !== undefined ? `.${last.classes[0]}` : last?.tag !== undefined ? last.tag : undefined;
    for (const c of rule.compounds) if (c.tag) sheet.tags.add(c.tag);
    if (key === undefined) sheet.any.push(rule);
    else sheet.byKey.set(key, [...(sheet.byKey.get(key) ?? []), rule]);
  }
  return sheet;
}

const EMPTY_SHEET: Stylesheet = { byKey: new Map(), any: [], tags: new Set() };

/** The rules matching `chain`'s element, in cascade order (specificity, then source order). */
function matchingRules(sheet: Stylesheet, chain: Chain): Rule[] {
  if (sheet.any.length === 0 && sheet.byKey.size === 0) return [];
  const e = chain.element;
  const keys = [e.tag, ...e.classes.map((c) => `.${c}`), ...(e.id !== undefined ? [`#${e.id}`] : [])];
  const found = new Set<Rule>(sheet.any);
  for (const k of keys) for (const r of sheet.byKey.get(k) ?? []) found.add(r);
  return [...found].filter((r) => ruleMatches(r, chain)).sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

interface Context {
  /** What the element's text is read against (RRGGBB): its own background, else its parent's, else the page. */
  background: string;
  /** Its colour as inherited, and the opacity of it and its ancestors multiplied. */
  colour: Colour | undefined;
  opacity: number;
  /** The element and its ancestors, for the stylesheet's selectors. */
  chain?: Chain;
  /** Custom properties (`--name`) in scope. */
  vars: ReadonlyMap<string, string>;
  /** The font size in pixels, inherited (em sizes are relative to it). */
  size: number;
}

const ROOT: Context = { background: PAGE, colour: undefined, opacity: 1, vars: new Map(), size: 16 };

/** `var(--name, fallback)` replaced by the custom property in scope (nested fallbacks too, a few levels deep). */
function resolveVars(value: string, vars: ReadonlyMap<string, string>): string {
  let out = value;
  for (let depth = 0; depth < 5 && out.includes('var('); depth++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_w, name: string, fallback?: string) => vars.get(name) ?? fallback?.trim() ?? '');
  }
  return out;
}

/** Why an element with these attributes is not seen, and the context its children inherit. */
export function elementReason(tag: string, attributes: string, parent: Context = ROOT, sheet: Stylesheet = EMPTY_SHEET): { reason?: string; context: Context } {
  const attrs = new Map<string, string>();
  for (const m of attributes.matchAll(ATTRIBUTE)) attrs.set((m[1] ?? '').toLowerCase(), decodeEntities((m[2] ?? '').replace(/^["']|["']$/g, '')));
  const element: Element = { tag, ...(attrs.get('id') ? { id: attrs.get('id') } : {}), classes: (attrs.get('class') ?? '').split(/\s+/).filter(Boolean) };
  const chain: Chain = { element, ...(parent.chain ? { parent: parent.chain } : {}) };
  // The stylesheet's rules (by specificity, then order), then the inline style.
  const css = new Map<string, string>();
  for (const rule of matchingRules(sheet, chain)) for (const [k, v] of rule.declarations) css.set(k, v);
  for (const [k, v] of declarations(attrs.get('style') ?? '')) css.set(k, v);
  // The old <font color="…"> sets a colour as a style would; SVG text is painted by its fill.
  const fontColour = tag === 'font' ? attrs.get('color') : undefined;
  if (fontColour !== undefined && !css.has('color')) css.set('color', fontColour);
  const svgFill = SVG_TEXT.has(tag) ? (css.get('fill') ?? attrs.get('fill')) : undefined;
  if (svgFill !== undefined && !/^(?:none|currentcolor)$/i.test(svgFill.trim())) css.set('color', svgFill);
  let vars = parent.vars;
  for (const [k, v] of css) if (k.startsWith('--') && (vars.has(k) || vars.size < MAX_VARS)) vars = new Map([...vars, [k, v]]);
  for (const [k, v] of css) if (v.includes('var(')) css.set(k, resolveVars(v, vars));
  // The old bgcolor attribute (tables, cells, body) paints as a background colour would.
  const bgcolor = attrs.get('bgcolor');
  if (bgcolor !== undefined && !css.has('background-color') && !css.has('background')) css.set('background-color', bgcolor);
  // `background: currentColor` paints the text's own colour behind it.
  const ownColour = css.get('color');
  for (const k of ['background-color', 'background']) {
    const v = css.get(k);
    if (v !== undefined && /\bcurrentcolor\b/i.test(v)) css.set(k, v.replace(/\bcurrentcolor\b/gi, ownColour ?? (parent.colour ? `#${parent.colour.hex}` : '#000000')));
  }
  const background = backgroundOf(css);
  const opacity = parent.opacity * filterOpacity(css) * (() => {
    const o = css.get('opacity');
    const n = o === undefined ? NaN : o.endsWith('%') ? parseFloat(o) / 100 : parseFloat(o);
    return Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 1;
  })();
  const ownSize = fontSizeOf(css);
  const size = ownSize ?? parent.size;
  const context: Context = {
    background: background && background.alpha >= 0.5 ? blend(background.hex, parent.background, background.alpha) : parent.background,
    colour: cssColour(css.get('color')) ?? parent.colour,
    opacity,
    chain,
    vars,
    size,
  };
  const reason = ((): string | undefined => {
    if (NEVER_DRAWN.has(tag) || attrs.has('hidden')) return 'DISPLAY_NONE';
    if (/^none$/i.test(css.get('display') ?? '') || /^(?:hidden|collapse)$/i.test(css.get('visibility') ?? '')) return 'DISPLAY_NONE';
    if (opacity < MIN_VISIBLE_ALPHA) return 'DISPLAY_NONE';
    if (ownSize !== undefined && ownSize < MIN_READABLE_PX) return 'TINY_TEXT';
    if (scaleOf(css) < MIN_READABLE_SCALE || squeezed(css, size)) return 'TINY_TEXT';
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

/** SVG elements whose text `fill` paints. */
const SVG_TEXT = new Set(['svg', 'g', 'text', 'tspan', 'textpath']);

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

/** Ends of Markdown HTML blocks (the first blank line at or after a position), found by binary search. */
function blockEnds(text: string): (from: number) => number {
  const ends: number[] = [];
  for (const m of text.matchAll(/\n[ \t]*\n/g)) ends.push(m.index);
  return (from) => {
    let [lo, hi] = [0, ends.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    return ends[lo] ?? text.length;
  };
}

/**
 * Source ranges of hidden elements, each with its reason. A closed element hides up to its closing tag, as a browser
 * nests the Markdown between them; one never closed, to the end of its HTML block (the first blank line). A closing
 * tag closes the nearest open element of its name and those opened inside it. Linear: every element is pushed and
 * popped once, and a closing tag with no open element of its name is skipped at once.
 */
function hiddenRanges(text: string, sheet: Stylesheet, root: Context): Array<{ start: number; end: number; reason: string }> {
  const ranges: Array<{ start: number; end: number; reason: string }> = [];
  const stack: Open[] = [];
  const openByTag = new Map<string, number>();
  const blockEnd = blockEnds(text);
  const close = (o: Open, end: number) => {
    openByTag.set(o.tag, (openByTag.get(o.tag) ?? 1) - 1);
    if (o.reason) ranges.push({ start: o.start, end, reason: o.reason });
  };
  for (const m of text.matchAll(TAG)) {
    const [whole, slash, rawTag, attributes = '', selfClosing] = m;
    const tag = (rawTag ?? '').toLowerCase();
    const at = m.index;
    if (slash) {
      if (!openByTag.get(tag)) continue;
      // Elements opened inside and never closed end here, or at their own block's end if that comes first.
      for (let o = stack.pop(); o; o = stack.pop()) {
        if (o.tag === tag) {
          close(o, at + whole.length);
          break;
        }
        close(o, Math.min(blockEnd(o.start), at));
      }
      continue;
    }
    if (selfClosing || VOID.has(tag)) continue;
    const parent = stack[stack.length - 1]?.context ?? root;
    const { reason, context } = elementReason(tag, attributes, parent, sheet);
    stack.push({ tag, start: at, context, ...(reason ? { reason } : {}) });
    openByTag.set(tag, (openByTag.get(tag) ?? 0) + 1);
  }
  for (let o = stack.pop(); o; o = stack.pop()) close(o, blockEnd(o.start));
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The elements Markdown makes of a line, outermost first (a heading, a quote, a list item, a table row, a paragraph). */
function markdownElements(line: string): string[] {
  const heading = /^\s{0,3}(#{1,6})\s/.exec(line)?.[1];
  if (heading) return [`h${heading.length}`];
  if (/^\s{0,3}>/.test(line)) return ['blockquote', 'p'];
  if (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(line)) return [/^\s*\d/.test(line) ? 'ol' : 'ul', 'li'];
  if (/^\s*\|/.test(line)) return ['table', 'tr', 'td'];
  return ['p'];
}

/** Lines Markdown turns into elements a stylesheet hides (`<style>h6 { color: white }</style>` over `###### …`). */
function styledMarkdownLines(text: string, sheet: Stylesheet, root: Context): { text: string; hidden: RawHiddenLine[] } {
  const hidden: RawHiddenLine[] = [];
  const reasons = new Map<string, string | undefined>();
  const lines = text.split(/\r\n|\r|\n/);
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s{0,3}(?:```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || line.trim() === '' || /^\s*</.test(line)) continue;
    const tags = markdownElements(line);
    const key = tags.join(' ');
    if (!reasons.has(key)) {
      let context = root;
      let reason: string | undefined;
      for (const tag of tags) {
        const r = elementReason(tag, '', context, sheet);
        reason ??= r.reason;
        context = r.context;
      }
      reasons.set(key, reason);
    }
    const reason = reasons.get(key);
    if (reason) {
      hidden.push({ text: line, reason });
      lines[i] = '';
    }
  }
  return { text: lines.join('\n'), hidden };
}

/** `<style>`/`<script>` elements: their content is never text (a stylesheet's rules are read from it). */
const RAW_TEXT = /<(style|script)\b[^>]*>([\s\S]*?)(?:<\/\1\s*>|$)/gi;
/** The tags Markdown makes, whose rules in a `<style>` block restyle plain Markdown lines. */
const MARKDOWN_TAGS = new Set(['html', 'body', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'table', 'tr', 'td']);

/** The Markdown source with its hidden parts removed, and those parts as hidden lines in document order. */
export function splitMarkupHidden(source: string): { text: string; hidden: RawHiddenLine[] } {
  const hidden: RawHiddenLine[] = [];
  let text = source.replace(HTML_COMMENT, (whole, inner: string) => {
    hidden.push(...toLines(inner, 'HTML_COMMENT', 'comment'));
    // Keep the line count so Markdown paragraphs around a comment stay apart.
    return '\n'.repeat((whole.match(/\n/g) ?? []).length);
  });
  text = text.replace(BOGUS_COMMENT, (whole, pi?: string, cdata?: string, declaration?: string) => {
    hidden.push(...toLines(pi ?? cdata ?? declaration ?? '', 'HTML_COMMENT', 'comment'));
    return '\n'.repeat((whole.match(/\n/g) ?? []).length);
  });
  if (text.includes('<')) {
    let css = '';
    text = text.replace(RAW_TEXT, (whole, tag: string, inner: string) => {
      if (tag.toLowerCase() === 'style') css += `${inner}\n`;
      return '\n'.repeat((whole.match(/\n/g) ?? []).length);
    });
    const sheet = css ? indexRules(parseStylesheet(css)) : EMPTY_SHEET;
    // The page itself: the rules for :root, html and body.
    const root = css ? elementReason('body', '', elementReason('html', '', ROOT, sheet).context, sheet).context : ROOT;
    let out = '';
    let from = 0;
    for (const r of hiddenRanges(text, sheet, root)) {
      if (r.end <= from) continue;
      const start = Math.max(r.start, from);
      const whole = text.slice(start, r.end);
      hidden.push(...toLines(start === r.start ? whole.replace(/^<[^>]*>/, '') : whole, r.reason));
      out += text.slice(from, start) + '\n'.repeat((whole.match(/\n/g) ?? []).length);
      from = r.end;
    }
    text = out + text.slice(from);
    if ([...sheet.tags].some((t) => MARKDOWN_TAGS.has(t))) {
      const styled = styledMarkdownLines(text, sheet, root);
      text = styled.text;
      hidden.push(...styled.hidden);
    }
    // The tags left are markup, not text: a reader sees their content, never their attributes (a `title` tooltip, an
    // `alt`, an input's `value`), as Markdown's own images lose their alt text.
    // Two spans side by side ("<span>Company</span> <span>Nov 2020 – Present</span>", a template's left and right
    // halves) are two cells; a line ended by a tag is a hard break ("  " before it), never continued by the next line.
    text = text
      .replace(SIDE_BY_SIDE, '\t')
      .replace(SHOWN_TAG, (_whole, slash: string, name: string) => (name.toLowerCase() === 'br' || (slash && LINE_END_TAG.test(name)) ? '  \n' : slash && /^t[dh]$/i.test(name) ? '\t' : ''));
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
