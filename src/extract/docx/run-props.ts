// Run properties that decide whether Word shows a run: hidden (w:vanish, w:specVanish), colour, size, scale,
// character spacing, shading and highlight. Theme colours (w:themeColor, w:themeFill, with their tint and shade) are
// read from the document's theme, as Word draws them: over the RGB value written beside them.
// Read from styles.xml (document defaults, paragraph and character styles with their basedOn chains) and from
// direct formatting; later layers override earlier ones, as Word applies them.

export interface RunProps {
  vanish?: boolean;
  /** RRGGBB upper case, or 'AUTO'. */
  color?: string;
  /** Half-points. */
  size?: number;
  /** Character scale in percent (w:w). */
  scale?: number;
  /** Character spacing in twentieths of a point (w:spacing; negative is condensed). */
  spacing?: number;
  /** The width the run is squeezed or stretched to fit, in twentieths of a point (w:fitText, Word's Fit Text). */
  fitText?: number;
  /** Run shading (RRGGBB). */
  fill?: string;
  /** Highlight (RRGGBB), or 'NONE' when a later layer takes one away; Word paints it over the shading. */
  highlight?: string;
  /** The run's font for Latin text (w:rFonts w:ascii, else w:hAnsi), as named. */
  font?: string;
  /**
   * Opacity (0–1) of the text fill Word 2010's text effects set (`w14:textFill`: No fill is 0, a solid fill's
   * transparency `w14:alpha` taken off 1); undefined when the run has none. Its colour, when solid, is in `color`.
   */
  fillOpacity?: number;
  /** The text effects draw a visible outline (`w14:textOutline` with a fill): the glyphs show whatever their fill. */
  outline?: boolean;
}

const attr = (xml: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** A toggle property is on unless its w:val says 0/false/off. */
const toggle = (tag: string | undefined): boolean | undefined => {
  if (tag === undefined) return undefined;
  const v = attr(tag, 'w:val');
  return v === undefined || !/^(?:0|false|off)$/i.test(v);
};

/** Highlight colour names Word writes (w:highlight), as RRGGBB. */
const HIGHLIGHT: Record<string, string> = {
  white: 'FFFFFF', black: '000000', yellow: 'FFFF00', green: '00FF00', cyan: '00FFFF', blue: '0000FF', red: 'FF0000',
  magenta: 'FF00FF', darkBlue: '000080', darkCyan: '008080', darkGreen: '008000', darkMagenta: '800080', darkRed: '800000',
  darkYellow: '808000', darkGray: '808080', lightGray: 'C0C0C0',
};

/** A document theme's colour scheme: scheme slot (dk1, lt1, accent1, hlink…) → RRGGBB. */
export type Theme = ReadonlyMap<string, string>;

/** Office's default scheme for the slots a theme part may leave out (or a document without a theme part). */
const DEFAULT_SCHEME: Record<string, string> = { dk1: '000000', lt1: 'FFFFFF', dk2: '44546A', lt2: 'E7E6E6' };
/** w:themeColor / w:themeFill names → scheme slots, with Word's default mapping (background 1 is light 1, text 1 dark 1). */
const THEME_SLOT: Record<string, string> = {
  dark1: 'dk1', light1: 'lt1', dark2: 'dk2', light2: 'lt2', text1: 'dk1', background1: 'lt1', text2: 'dk2', background2: 'lt2',
  accent1: 'accent1', accent2: 'accent2', accent3: 'accent3', accent4: 'accent4', accent5: 'accent5', accent6: 'accent6',
  hyperlink: 'hlink', followedHyperlink: 'folHlink',
};

/** The colour scheme of a theme part (word/theme/theme1.xml): srgbClr values, or a system colour's lastClr. */
export function parseTheme(xml: string | undefined): Theme {
  const scheme = new Map(Object.entries(DEFAULT_SCHEME));
  const body = xml ? /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(xml)?.[0] : undefined;
  for (const m of (body ?? '').matchAll(/<a:(dk[12]|lt[12]|accent[1-6]|hlink|folHlink)>\s*<a:(?:srgbClr\b[^>]*?\bval|sysClr\b[^>]*?\blastClr)="([0-9A-Fa-f]{6})"/g)) {
    if (m[1] && m[2]) scheme.set(m[1], m[2].toUpperCase());
  }
  return scheme;
}

/**
 * A theme colour as Word draws it: the scheme slot's colour, lightened by a tint (00–FF: the share kept, the rest
 * white) or darkened by a shade (the share kept, the rest black). Undefined when the slot is unknown.
 */
export function themeColour(name: string | undefined, theme: Theme, tint?: string, shade?: string): string | undefined {
  const base = name === undefined ? undefined : theme.get(THEME_SLOT[name] ?? '');
  if (base === undefined) return undefined;
  const share = (v: string | undefined) => (v !== undefined && /^[0-9a-f]{2}$/i.test(v) ? parseInt(v, 16) / 255 : undefined);
  const [t, sh] = [share(tint), share(shade)];
  let out = '';
  for (let i = 0; i < 6; i += 2) {
    let c = parseInt(base.slice(i, i + 2), 16);
    if (t !== undefined) c = 255 - (255 - c) * t;
    if (sh !== undefined) c *= sh;
    out += Math.round(c).toString(16).padStart(2, '0');
  }
  return out.toUpperCase();
}

export function hexColor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^auto$/i.test(value)) return 'AUTO';
  const hex = value.replace(/^#/, '');
  return /^[0-9a-f]{6}$/i.test(hex) ? hex.toUpperCase() : undefined;
}

/** The share of a shading a pattern (w:shd w:val) paints in its pattern colour (w:color): solid all of it, pctN N %. */
function patternShare(val: string | undefined): number {
  if (val === 'solid') return 1;
  const pct = /^pct(\d{1,2})$/.exec(val ?? '')?.[1];
  return pct === undefined ? 0 : Number(pct) / 100;
}

/** RRGGBB of `over` laid at `share` on `under`. */
function mix(over: string, under: string, share: number): string {
  let out = '';
  for (let i = 0; i < 6; i += 2) out += Math.round(share * parseInt(over.slice(i, i + 2), 16) + (1 - share) * parseInt(under.slice(i, i + 2), 16)).toString(16).padStart(2, '0');
  return out.toUpperCase();
}

/**
 * A w:shd element's colour (its theme fill first), ignoring 'auto' and clear fills. A pattern (Borders and Shading ▸
 * Patterns: `solid`, `pct10`…`pct95`) paints its share in the pattern colour (w:color, its theme colour first; auto is
 * black) over the fill (auto: white), as Word draws it: `<w:shd w:val="solid" w:color="1F3864" w:fill="FFFFFF"/>` is navy.
 */
export function shadingFill(xml: string | undefined, theme?: Theme): string | undefined {
  if (xml === undefined) return undefined;
  const shd = /<w:shd\b[^>]*>/.exec(xml)?.[0];
  if (!shd) return undefined;
  const themed = theme && themeColour(attr(shd, 'w:themeFill'), theme, attr(shd, 'w:themeFillTint'), attr(shd, 'w:themeFillShade'));
  const raw = hexColor(attr(shd, 'w:fill'));
  const fill = themed ?? (raw === 'AUTO' ? undefined : raw);
  const share = patternShare(attr(shd, 'w:val'));
  if (share === 0) return fill;
  const patternThemed = theme && themeColour(attr(shd, 'w:themeColor'), theme, attr(shd, 'w:themeTint'), attr(shd, 'w:themeShade'));
  const pattern = patternThemed ?? hexColor(attr(shd, 'w:color'));
  return mix(pattern === undefined || pattern === 'AUTO' ? '000000' : pattern, fill ?? 'FFFFFF', share);
}

/** Properties set in one w:rPr element's content (theme colours resolved with `theme`, when given). */
export function parseRunProps(rPr: string, theme?: Theme): RunProps {
  const props: RunProps = {};
  const tag = (name: string) => new RegExp(`<w:${name}\\b[^>]*?/?>`).exec(rPr)?.[0];
  const vanish = toggle(tag('vanish')) ?? toggle(tag('specVanish'));
  if (vanish !== undefined) props.vanish = vanish;
  const colorTag = tag('color');
  const themed = colorTag && theme ? themeColour(attr(colorTag, 'w:themeColor'), theme, attr(colorTag, 'w:themeTint'), attr(colorTag, 'w:themeShade')) : undefined;
  const color = themed ?? hexColor(colorTag ? attr(colorTag, 'w:val') : undefined);
  if (color) props.color = color;
  const szTag = tag('sz');
  const size = szTag ? Number(attr(szTag, 'w:val')) : NaN;
  if (Number.isFinite(size)) props.size = size;
  const wTag = tag('w');
  const scale = wTag ? Number(attr(wTag, 'w:val')) : NaN;
  if (Number.isFinite(scale)) props.scale = scale;
  const spacingTag = tag('spacing');
  const spacing = spacingTag ? Number(attr(spacingTag, 'w:val')) : NaN;
  if (Number.isFinite(spacing)) props.spacing = spacing;
  const fitTag = tag('fitText');
  const fit = fitTag ? Number(attr(fitTag, 'w:val')) : NaN;
  if (Number.isFinite(fit) && fit >= 0) props.fitText = fit;
  const fill = shadingFill(rPr, theme);
  if (fill) props.fill = fill;
  // Word 2010 text effects (Format ▸ Font ▸ Text Effects): the text fill Word draws instead of w:color.
  const textFill = /<w14:textFill\b[^>]*>([\s\S]*?)<\/w14:textFill>/.exec(rPr)?.[1];
  if (textFill !== undefined) {
    const solid = /<w14:solidFill\b[^>]*>([\s\S]*?)<\/w14:solidFill>/.exec(textFill)?.[1];
    if (/<w14:noFill\b/.test(textFill)) props.fillOpacity = 0;
    else if (solid !== undefined) {
      const rgb = /<w14:srgbClr\b[^>]*\bw14:val="([0-9A-Fa-f]{6})"/.exec(solid)?.[1];
      const scheme = /<w14:schemeClr\b[^>]*\bw14:val="([A-Za-z0-9]+)"/.exec(solid)?.[1];
      const fillColour = rgb?.toUpperCase() ?? (scheme && theme ? theme.get(scheme === 'tx1' ? 'dk1' : scheme === 'bg1' ? 'lt1' : scheme === 'tx2' ? 'dk2' : scheme === 'bg2' ? 'lt2' : scheme) : undefined);
      if (fillColour) props.color = fillColour;
      const transparency = Number(/<w14:alpha\b[^>]*\bw14:val="(\d+)"/.exec(solid)?.[1] ?? 0);
      props.fillOpacity = Math.max(0, Math.min(1, 1 - transparency / 100_000));
    }
  }
  const textOutline = /<w14:textOutline\b[^>]*>([\s\S]*?)<\/w14:textOutline>/.exec(rPr)?.[1];
  if (textOutline !== undefined && /<w14:solidFill\b/.test(textOutline) && !/<w14:alpha\b[^>]*\bw14:val="(?:9\d{4}|100000)"/.test(textOutline)) props.outline = true;
  const fontsTag = tag('rFonts');
  const font = fontsTag ? (attr(fontsTag, 'w:ascii') ?? attr(fontsTag, 'w:hAnsi')) : undefined;
  if (font !== undefined) props.font = font;
  const highlightTag = tag('highlight');
  const highlightName = highlightTag ? attr(highlightTag, 'w:val') : undefined;
  if (highlightName !== undefined) props.highlight = HIGHLIGHT[highlightName] ?? 'NONE';
  return props;
}

export const mergeProps = (...layers: Array<RunProps | undefined>): RunProps => Object.assign({}, ...layers.filter(Boolean)) as RunProps;

interface StyleDef {
  basedOn?: string;
  props: RunProps;
  /** A paragraph style's frame (its w:pPr's w:framePr element), placing its paragraphs as a frame does. */
  framePr?: string;
  /** A table style's formats: the whole table's (`wholeTable`) and its conditional ones (w:tblStylePr), by type. */
  table?: Map<string, TableFormat>;
}

/** What a table style (or one of its conditional formats) gives a cell: run properties and a shading. */
export interface TableFormat {
  props: RunProps;
  fill?: string;
}

/**
 * The conditional formats of a table style in the order Word applies them, later ones winning: the whole table, the
 * column then row bands, the first/last column, the first/last row, the corner cells.
 */
export const TABLE_FORMAT_ORDER = ['wholeTable', 'band1Vert', 'band2Vert', 'band1Horz', 'band2Horz', 'firstCol', 'lastCol', 'firstRow', 'lastRow', 'neCell', 'nwCell', 'seCell', 'swCell'] as const;

/** One table-style format from its XML (a w:style's own content, or a w:tblStylePr's). */
function tableFormat(xml: string, theme?: Theme): TableFormat {
  const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
  // A cell's shading (w:tcPr), else the table's (w:tblPr): both paint behind the cell's text.
  const fill = shadingFill(/<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(xml)?.[1], theme) ?? shadingFill(/<w:tblPr>([\s\S]*?)<\/w:tblPr>/.exec(xml)?.[1], theme);
  return { props: parseRunProps(rPr, theme), ...(fill ? { fill } : {}) };
}

function tableFormats(body: string, theme?: Theme): Map<string, TableFormat> {
  const out = new Map<string, TableFormat>();
  out.set('wholeTable', tableFormat(body.replace(/<w:tblStylePr\b[\s\S]*?<\/w:tblStylePr>/g, ''), theme));
  for (const m of body.matchAll(/<w:tblStylePr\b[^>]*w:type="([A-Za-z0-9]+)"[^>]*>([\s\S]*?)<\/w:tblStylePr>/g)) {
    const [type, inner] = [m[1] ?? '', m[2] ?? ''];
    const f = tableFormat(inner, theme);
    // wholeTable given as a conditional format adds to the style's own.
    const prior = out.get(type);
    out.set(type, prior ? { props: mergeProps(prior.props, f.props), ...(f.fill ?? prior.fill ? { fill: f.fill ?? prior.fill } : {}) } : f);
  }
  return out;
}

/** A table style's formats with its basedOn chain applied (a derived style's format overrides its base's, per type). */
export function tableStyle(styles: Styles, id: string | undefined): Map<string, TableFormat> | undefined {
  const chain: Array<Map<string, TableFormat>> = [];
  const seen = new Set<string>();
  for (let at = id; at !== undefined && !seen.has(at) && chain.length < 20; ) {
    seen.add(at);
    const def = styles.byId.get(at);
    if (!def) break;
    if (def.table) chain.unshift(def.table);
    at = def.basedOn;
  }
  if (chain.length === 0) return undefined;
  const out = new Map<string, TableFormat>();
  for (const formats of chain) {
    for (const [type, f] of formats) {
      const prior = out.get(type);
      out.set(type, prior ? { props: mergeProps(prior.props, f.props), ...(f.fill ?? prior.fill ? { fill: f.fill ?? prior.fill } : {}) } : f);
    }
  }
  return out;
}

export interface Styles {
  defaults: RunProps;
  byId: Map<string, StyleDef>;
  /** The document theme's colours, for the theme colours of runs and fills. */
  theme?: Theme;
}

export function parseStyles(xml: string | undefined, theme?: Theme): Styles {
  const byId = new Map<string, StyleDef>();
  const themed = theme ? { theme } : {};
  if (!xml) return { defaults: {}, byId, ...themed };
  const defaultsXml = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml)?.[1] ?? '';
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1] ?? '', 'w:styleId');
    if (id === undefined) continue;
    const body = m[2] ?? '';
    const basedOn = /<w:basedOn\b[^>]*w:val="([^"]*)"/.exec(body)?.[1];
    const isTable = attr(m[1] ?? '', 'w:type') === 'table';
    // A table style's run properties are its cells' (applied by tableStyle), never a paragraph's or run's.
    const own = isTable ? '' : body;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(own)?.[1] ?? '';
    const framePr = /<w:pPr>[\s\S]*?(<w:framePr\b[^>]*>)[\s\S]*?<\/w:pPr>/.exec(own)?.[1];
    const table = isTable ? { table: tableFormats(body, theme) } : {};
    byId.set(id, { ...(basedOn ? { basedOn } : {}), props: parseRunProps(rPr, theme), ...(framePr ? { framePr } : {}), ...table });
  }
  return { defaults: parseRunProps(defaultsXml, theme), byId, ...themed };
}

/** The frame a paragraph style (or the nearest style it is based on) sets, if any. */
export function styleFrame(styles: Styles, id: string | undefined): string | undefined {
  const seen = new Set<string>();
  for (let at = id; at !== undefined && !seen.has(at) && seen.size < 20; ) {
    seen.add(at);
    const def = styles.byId.get(at);
    if (!def) return undefined;
    if (def.framePr) return def.framePr;
    at = def.basedOn;
  }
  return undefined;
}

/** A style's run properties with its basedOn chain applied (cycles and deep chains cut). */
export function styleProps(styles: Styles, id: string | undefined): RunProps {
  const chain: RunProps[] = [];
  const seen = new Set<string>();
  for (let at = id; at !== undefined && !seen.has(at) && chain.length < 20; ) {
    seen.add(at);
    const def = styles.byId.get(at);
    if (!def) break;
    chain.unshift(def.props);
    at = def.basedOn;
  }
  return mergeProps(...chain);
}
