// Run properties that decide whether Word shows a run: hidden (w:vanish, w:specVanish), colour, size, scale,
// character spacing, shading and highlight.
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
  /** Run shading (RRGGBB). */
  fill?: string;
  /** Highlight (RRGGBB), or 'NONE' when a later layer takes one away; Word paints it over the shading. */
  highlight?: string;
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

export function hexColor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^auto$/i.test(value)) return 'AUTO';
  const hex = value.replace(/^#/, '');
  return /^[0-9a-f]{6}$/i.test(hex) ? hex.toUpperCase() : undefined;
}

/** A w:shd element's fill colour, ignoring 'auto' and clear fills. */
export function shadingFill(xml: string | undefined): string | undefined {
  if (xml === undefined) return undefined;
  const shd = /<w:shd\b[^>]*>/.exec(xml)?.[0];
  const fill = hexColor(shd ? attr(shd, 'w:fill') : undefined);
  return fill === 'AUTO' ? undefined : fill;
}

/** Properties set in one w:rPr element's content. */
export function parseRunProps(rPr: string): RunProps {
  const props: RunProps = {};
  const tag = (name: string) => new RegExp(`<w:${name}\\b[^>]*?/?>`).exec(rPr)?.[0];
  const vanish = toggle(tag('vanish')) ?? toggle(tag('specVanish'));
  if (vanish !== undefined) props.vanish = vanish;
  const colorTag = tag('color');
  const color = hexColor(colorTag ? attr(colorTag, 'w:val') : undefined);
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
  const fill = shadingFill(rPr);
  if (fill) props.fill = fill;
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
}

export interface Styles {
  defaults: RunProps;
  byId: Map<string, StyleDef>;
}

export function parseStyles(xml: string | undefined): Styles {
  const byId = new Map<string, StyleDef>();
  if (!xml) return { defaults: {}, byId };
  const defaultsXml = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml)?.[1] ?? '';
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1] ?? '', 'w:styleId');
    if (id === undefined) continue;
    const body = m[2] ?? '';
    const basedOn = /<w:basedOn\b[^>]*w:val="([^"]*)"/.exec(body)?.[1];
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const framePr = /<w:pPr>[\s\S]*?(<w:framePr\b[^>]*>)[\s\S]*?<\/w:pPr>/.exec(body)?.[1];
    byId.set(id, { ...(basedOn ? { basedOn } : {}), props: parseRunProps(rPr), ...(framePr ? { framePr } : {}) });
  }
  return { defaults: parseRunProps(defaultsXml), byId };
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
