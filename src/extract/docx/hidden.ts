// What Word shows of a DOCX, decided from its WordprocessingML (mammoth shows everything): runs that are hidden
// (w:vanish), white or the colour of the shading or highlight behind them, too small to read or condensed to a smear,
// text in a text box or frame placed off the page, a text box under a picture or filled shape anchored over it,
// and text that only the mc:Fallback of an mc:AlternateContent holds (Word renders the Choice; mammoth reads the Fallback). Paragraphs know their channel (body, textbox, header,
// footer, footnote).
import type { Channel } from '../../types.js';
import { decodeXmlText } from './parts.js';
import { backdropAt, bodyCovers, coverAnchors, coveredAt, type BodyCover } from './cover.js';
import { anchorOffPage, frameOffPage, pageGeometry, vmlOffPage, type PageGeometry } from './placement.js';
import { hexColor, mergeProps, parseRunProps, shadingFill, styleFrame, styleProps, tableStyle, TABLE_FORMAT_ORDER, type RunProps, type Styles, type TableFormat } from './run-props.js';

export interface DocxRun {
  text: string;
  hidden?: string;
}

export interface DocxParagraph {
  runs: DocxRun[];
  channel: Channel;
}

/** Below this many half-points (4 pt) text is not read by a person: Word's smallest menu size is 8 half-points. */
export const MIN_READABLE_HALF_POINTS = 8;
/** Character scale (w:w) below this percent squeezes text to a smear. */
const MIN_READABLE_SCALE = 20;
/** Word's size when nothing sets one (w:sz, half-points). */
const DEFAULT_HALF_POINTS = 20;
/** A glyph's average advance, as a share of the font size (Latin text fonts: about half an em). */
const AVERAGE_ADVANCE_EM = 0.5;
/** Colours closer than this contrast ratio (WCAG; 1 = same colour, 21 = black on white) cannot be told apart. */
const MIN_CONTRAST = 1.3;
const WHITE = 'FFFFFF';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** A colour seen through `alpha` over `background` (both RRGGBB). */
export function blend(color: string, background: string, alpha: number): string {
  const a = Math.max(0, Math.min(1, alpha));
  let out = '';
  for (let i = 0; i < 6; i += 2) {
    const mixed = a * parseInt(color.slice(i, i + 2), 16) + (1 - a) * parseInt(background.slice(i, i + 2), 16);
    out += Math.round(mixed).toString(16).padStart(2, '0');
  }
  return out.toUpperCase();
}

/**
 * The share of its normal advance a run's characters keep once condensed (w:spacing, twentieths of a point, added to
 * every character's advance): below MIN_READABLE_SCALE percent they pile onto each other, as w:w squeezes them.
 */
export function condensedShare(p: RunProps): number {
  if (p.spacing === undefined || p.spacing >= 0) return 1;
  const advance = (((p.size ?? DEFAULT_HALF_POINTS) / 2) * AVERAGE_ADVANCE_EM * (p.scale ?? 100)) / 100;
  return advance > 0 ? Math.max(0, (advance + p.spacing / 20) / advance) : 1;
}

/** The share of its natural width a run of `chars` characters keeps when Fit Text squeezes it into w:fitText. */
export function fitShare(p: RunProps, chars: number): number {
  if (p.fitText === undefined || chars === 0) return 1;
  const natural = chars * ((p.size ?? DEFAULT_HALF_POINTS) / 2) * AVERAGE_ADVANCE_EM * ((p.scale ?? 100) / 100) * 20;
  return natural > 0 ? p.fitText / natural : 1;
}

/**
 * An exact row height or line spacing (twips) under this cuts the text in it off to a sliver (4 pt: below the smallest
 * readable font); a spacer row or line holds no text.
 */
export const MIN_EXACT_TWIPS = 80;

/**
 * Fonts whose letters are pictures (Word draws "Built recommender systems" in Wingdings as a row of symbols) or Greek
 * (Symbol): Latin text in them is not what a reader sees. A symbol-font bullet or icon is one character.
 */
const SYMBOL_FONTS = new Set(['wingdings', 'wingdings 2', 'wingdings 3', 'webdings', 'symbol', 'marlett', 'zapf dingbats', 'zapfdingbats', 'itc zapf dingbats', 'mt extra', 'bookshelf symbol 7', 'ms outlook', 'ms reference specialty']);
/** Latin letters in a row that make a word rather than an icon or bullet (Wingdings "l" is a dot, "Ø" an arrow). */
const LATIN_WORD = /[A-Za-z]{3}/;

/** Latin words set in a symbol font: what Word shows there is symbols, not those words. */
export const inSymbolFont = (p: RunProps, text: string): boolean => p.font !== undefined && SYMBOL_FONTS.has(p.font.trim().toLowerCase()) && LATIN_WORD.test(text);

/** A text fill this transparent or more is not seen, whatever its colour (as for PDF and Markdown). */
const MIN_VISIBLE_OPACITY = 0.1;

export function hiddenReason(p: RunProps, background: string): string | undefined {
  if (p.vanish) return 'VANISH';
  if (p.size !== undefined && p.size < MIN_READABLE_HALF_POINTS) return 'TINY_TEXT';
  if (p.scale !== undefined && p.scale < MIN_READABLE_SCALE) return 'TINY_TEXT';
  if (condensedShare(p) * 100 < MIN_READABLE_SCALE) return 'TINY_TEXT';
  // A text fill made transparent by Word's text effects (No fill, or transparency 90 % or more), with no outline drawn.
  if (p.fillOpacity !== undefined && p.fillOpacity < MIN_VISIBLE_OPACITY && !p.outline) return 'TRANSPARENT_TEXT';
  // Outlined glyphs (text effects) show whatever their fill.
  if (p.outline || p.color === undefined || p.color === 'AUTO') return undefined;
  // Word paints a highlight over any shading: the text is read against it.
  const behind = p.highlight !== undefined && p.highlight !== 'NONE' ? p.highlight : background;
  if (p.fillOpacity !== undefined && contrast(blend(p.color, behind, p.fillOpacity), behind) < MIN_CONTRAST && contrast(p.color, behind) >= MIN_CONTRAST) return 'TRANSPARENT_TEXT';
  if (contrast(p.color, behind) >= MIN_CONTRAST) return undefined;
  return contrast(behind, WHITE) < MIN_CONTRAST ? 'WHITE_TEXT' : 'COLOUR_MATCHES_SHADING';
}

const TOKEN = /<(\/?)([A-Za-z][\w.-]*(?::[\w.-]+)?)\b([^>]*?)(\/?)>|([^<]+)/g;
const squash = (t: string) => t.replace(/\s+/g, '').toLowerCase();

/** Characters searched in one Choice's text for its Fallback's runs before the rest count as not in it (hostile input). */
const MAX_CHOICE_SEARCH = 20_000_000;

/**
 * Whether a Fallback run's text is in the Choice's: searched from where the last run was found (the Fallback repeats
 * the Choice in order, so an honest one is one pass), then from the start; past a budget of searching, not in it.
 */
function inChoice(fb: { choice: string; cursor: number; cost: number }, text: string): boolean {
  const ahead = fb.choice.indexOf(text, fb.cursor);
  if (ahead >= 0) {
    fb.cost += ahead - fb.cursor + text.length;
    fb.cursor = ahead + text.length;
    return true;
  }
  fb.cost += fb.choice.length - fb.cursor;
  if (fb.cost > MAX_CHOICE_SEARCH) return false;
  const at = fb.choice.indexOf(text);
  fb.cost += at < 0 ? fb.cursor : at;
  if (at >= 0) fb.cursor = at + text.length;
  return at >= 0;
}

/** Characters of a shape's XML read before its text box (its properties come first; a real one is a few KB). */
const MAX_SHAPE_CHARS = 65_536;

/**
 * Where tags open and close in one part's XML, found once each (one indexOf pass per tag), so that the shape holding
 * each text box is found by binary search: searching backwards from every text box was quadratic (20,000 VML text
 * boxes: 505 s).
 */
export class Marks {
  private readonly found = new Map<string, number[]>();
  constructor(readonly xml: string) {}

  /** The last position of `tag` at or before `at`, or -1. */
  last(tag: string, at: number): number {
    let list = this.found.get(tag);
    if (!list) {
      list = [];
      for (let i = this.xml.indexOf(tag); i >= 0; i = this.xml.indexOf(tag, i + 1)) list.push(i);
      this.found.set(tag, list);
    }
    let [lo, hi] = [0, list.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (list[lo - 1] ?? -1) : -1;
  }

  /** The latest of several tags' last positions. */
  lastOf(tags: readonly string[], at: number): number {
    return Math.max(...tags.map((t) => this.last(t, at)));
  }

  /** The XML from `from` to `to`, or undefined when that is longer than a shape's head can be. */
  head(from: number, to: number): string | undefined {
    return from >= 0 && to - from <= MAX_SHAPE_CHARS ? this.xml.slice(from, to) : undefined;
  }
}

const VML_SHAPES = ['<v:shape', '<v:rect', '<v:roundrect'];
const VML_CLOSES = ['</v:shape>', '</v:rect>', '</v:roundrect>'];

/** DrawingML alpha (1/1000 of a percent) below which a fill shows what is under it. */
const HALF_OPAQUE = 50000;

/** The fill painted behind a text box: the nearest shape opening before it (VML fillcolor or DrawingML solidFill). */
function textboxFill(marks: Marks, at: number): string | undefined {
  const shape = marks.head(marks.lastOf(['<wps:wsp', ...VML_SHAPES], at), at);
  if (shape === undefined) return undefined;
  const spPr = /<wps:spPr>[\s\S]*?<\/wps:spPr>/.exec(shape)?.[0] ?? '';
  if (/filled="(?:f|false)"/.test(shape) || /<a:noFill\/>/.test(spPr)) return undefined;
  // A fill more than half transparent (LibreOffice writes a frame without background as white at alpha 0) is none.
  const alpha = /<a:solidFill>\s*<a:srgbClr\b[^>]*>\s*<a:alpha val="(\d+)"/.exec(spPr)?.[1];
  if (alpha !== undefined && Number(alpha) < HALF_OPAQUE) return undefined;
  const vml = /fillcolor="#?([0-9a-fA-F]{6})"/.exec(shape)?.[1];
  const dml = /<wps:spPr>[\s\S]*?<a:solidFill>\s*<a:srgbClr val="([0-9a-fA-F]{6})"/.exec(shape)?.[1];
  return (vml ?? dml)?.toUpperCase();
}

/** The open VML shape holding position `at` (its opening tag), when the nearest shape there is VML and still open. */
function openVml(marks: Marks, at: number): string | undefined {
  const vml = marks.lastOf(VML_SHAPES, at);
  if (vml < 0 || marks.lastOf(VML_CLOSES, at) > vml) return undefined;
  return /^<v:[a-z]+\b[^>]*>/i.exec(marks.head(vml, Math.min(at, vml + MAX_SHAPE_CHARS)) ?? '')?.[0] ?? '';
}

/** Whether the text box opening at `at` sits in a floating shape placed off the page (DrawingML anchor or VML style). */
function boxOffPage(marks: Marks, at: number, page: PageGeometry): boolean {
  const anchor = marks.last('<wp:anchor', at);
  const vml = marks.lastOf(VML_SHAPES, at);
  if (anchor > vml && anchor > marks.last('</wp:anchor>', at)) {
    const head = marks.head(anchor, at);
    return head !== undefined && anchorOffPage(head, page);
  }
  const open = openVml(marks, at);
  const style = open === undefined ? undefined : /\sstyle="([^"]*)"/.exec(open)?.[1];
  return style !== undefined && vmlOffPage(style, page);
}

/**
 * Whether the shape holding the text box opening at `at` is hidden (Word's Selection Pane eye: `hidden="1"` on the
 * DrawingML anchor's wp:docPr, `visibility:hidden` in the VML shape's style).
 */
function boxHidden(marks: Marks, at: number): boolean {
  const drawing = marks.lastOf(['<wp:anchor', '<wp:inline'], at);
  const vml = marks.lastOf(VML_SHAPES, at);
  if (drawing > vml && drawing > marks.lastOf(['</wp:anchor>', '</wp:inline>'], at)) {
    const docPr = /<wp:docPr\b[^>]*>/.exec(marks.head(drawing, Math.min(at, drawing + MAX_SHAPE_CHARS)) ?? '')?.[0] ?? '';
    return /\shidden="(?:1|true|on)"/.test(docPr);
  }
  const open = openVml(marks, at);
  return open !== undefined && /(?:^|;)\s*visibility\s*:\s*hidden/i.test(/\sstyle="([^"]*)"/.exec(open)?.[1] ?? '');
}

/** Which parts of a table its style's conditional formats apply to (w:tblLook: attributes, or the older w:val bit mask). */
export interface TableLook {
  firstRow: boolean;
  lastRow: boolean;
  firstColumn: boolean;
  lastColumn: boolean;
  noHBand: boolean;
  noVBand: boolean;
}

/** Word's default look (w:val 04A0): header row, first column and row bands. */
const DEFAULT_LOOK: TableLook = { firstRow: true, lastRow: false, firstColumn: true, lastColumn: false, noHBand: false, noVBand: true };

export function tableLook(tag: string | undefined): TableLook {
  if (!tag) return DEFAULT_LOOK;
  const bits = /\sw:val="([0-9A-Fa-f]{1,4})"/.exec(tag)?.[1];
  const mask = bits === undefined ? undefined : parseInt(bits, 16);
  const flag = (name: string, bit: number) => {
    const v = new RegExp(`\\sw:${name}="([^"]*)"`).exec(tag)?.[1];
    if (v !== undefined) return /^(?:1|true|on)$/i.test(v);
    return mask === undefined ? DEFAULT_LOOK[name as keyof TableLook] : (mask & bit) !== 0;
  };
  return { firstRow: flag('firstRow', 0x20), lastRow: flag('lastRow', 0x40), firstColumn: flag('firstColumn', 0x80), lastColumn: flag('lastColumn', 0x100), noHBand: flag('noHBand', 0x200), noVBand: flag('noVBand', 0x400) };
}

/**
 * What a table style gives the cell at (row, col), 0-based: its formats merged in Word's order (rows and columns
 * counted only when the style has last-row or last-column formats; bands of one row or column).
 */
export function cellFormat(formats: ReadonlyMap<string, TableFormat>, look: TableLook, row: number, col: number, rows?: number, cols?: number): TableFormat {
  const on = new Set<string>(['wholeTable']);
  const [first, last] = [look.firstRow && row === 0, look.lastRow && rows !== undefined && row === rows - 1];
  const [firstCol, lastCol] = [look.firstColumn && col === 0, look.lastColumn && cols !== undefined && col === cols - 1];
  const hBand = row - (look.firstRow ? 1 : 0);
  if (!look.noHBand && hBand >= 0 && !first && !last) on.add(hBand % 2 === 0 ? 'band1Horz' : 'band2Horz');
  const vBand = col - (look.firstColumn ? 1 : 0);
  if (!look.noVBand && vBand >= 0 && !firstCol && !lastCol) on.add(vBand % 2 === 0 ? 'band1Vert' : 'band2Vert');
  if (first) on.add('firstRow');
  if (last) on.add('lastRow');
  if (firstCol) on.add('firstCol');
  if (lastCol) on.add('lastCol');
  if (first && firstCol) on.add('nwCell');
  if (first && lastCol) on.add('neCell');
  if (last && firstCol) on.add('swCell');
  if (last && lastCol) on.add('seCell');
  let out: TableFormat = { props: {} };
  for (const type of TABLE_FORMAT_ORDER) {
    const f = on.has(type) ? formats.get(type) : undefined;
    if (f) out = { props: mergeProps(out.props, f.props), ...(f.fill ?? out.fill ? { fill: f.fill ?? out.fill } : {}) };
  }
  return out;
}

/** Rows of the table whose w:tblPr ends at `from`, and its widest row's cells (nested tables skipped). */
function tableSize(xml: string, from: number): { rows: number; cols: number } {
  const re = /<(\/?)w:(tbl|tr|tc)\b[^>]*?(\/?)>/g;
  re.lastIndex = from;
  let [depth, rows, cols, cells] = [1, 0, 0, 0];
  for (let m = re.exec(xml); m !== null && depth > 0; m = re.exec(xml)) {
    if (m[3] === '/') continue;
    const closing = m[1] === '/';
    if (m[2] === 'tbl') depth += closing ? -1 : 1;
    else if (depth === 1 && !closing && m[2] === 'tr') [rows, cells] = [rows + 1, 0];
    else if (depth === 1 && !closing && m[2] === 'tc') cols = Math.max(cols, ++cells);
  }
  return { rows, cols };
}

/** Table nesting depth down to which last-row and last-column formats are applied (rows counted). */
const MAX_SIZED_DEPTH = 3;

interface Table {
  formats?: Map<string, TableFormat>;
  look: TableLook;
  /** The table's own shading (w:tblPr w:shd). */
  fill?: string;
  row: number;
  col: number;
  size?: { rows: number; cols: number };
  /** The current row is held at an exact height too low for a line of text (w:trHeight w:hRule="exact"): Word cuts its cells' text off. */
  clipped?: boolean;
}

interface Cell {
  fill?: string;
  props?: RunProps;
}

/** The page colour (w:background, Design ▸ Page Colour) of a document part. */
export function pageColour(xml: string): string | undefined {
  const c = hexColor(/<w:background\b[^>]*w:color="([^"]*)"/.exec(xml)?.[1]);
  return c === 'AUTO' ? undefined : c;
}

interface Fallback {
  end: number;
  choice: string;
  /** Where in the choice's text the last run was found (runs come in the same order), and what searching has cost. */
  cursor: number;
  cost: number;
  /** The Choice Word renders is a shape placed off the page. */
  offPage: boolean;
  /** The Choice Word renders is a text box under a picture or filled shape. */
  covered: boolean;
  /** The Choice Word renders is a hidden shape. */
  hidden: boolean;
  /** What the Choice's text box is painted on: its own fill, or the filled shape behind it. */
  fill?: string;
}

/** Where an mc:AlternateContent starting at `at` ends, and where its Fallback starts (depth-aware). */
function alternateContent(xml: string, at: number, page: PageGeometry, anchors: ReturnType<typeof coverAnchors>): { end: number; fallback?: number; choice: string; offPage: boolean; covered: boolean; hidden: boolean; fill?: string } {
  const re = /<(\/?)mc:(AlternateContent|Fallback)\b[^>]*?(\/?)>/g;
  re.lastIndex = at;
  let depth = 0;
  let fallback: number | undefined;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    if (m[2] === 'AlternateContent' && m[3] !== '/') depth += m[1] === '/' ? -1 : 1;
    else if (m[2] === 'Fallback' && m[1] !== '/' && depth === 1 && fallback === undefined) fallback = m.index;
    if (depth === 0) {
      const choiceEnd = fallback ?? m.index;
      const choice = [...xml.slice(at, choiceEnd).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXmlText(t[1] ?? '')).join('');
      const choiceXml = xml.slice(at, choiceEnd);
      const box = choiceXml.indexOf('<w:txbxContent');
      const marks = new Marks(choiceXml);
      const offPage = box >= 0 && boxOffPage(marks, box, page);
      const covered = box >= 0 && coveredAt(anchors, at + box);
      const hidden = box >= 0 && boxHidden(marks, box);
      const fill = box >= 0 ? textboxFill(marks, box) ?? backdropAt(anchors, at + box) : undefined;
      return { end: m.index + m[0].length, ...(fallback !== undefined ? { fallback } : {}), choice: squash(choice), offPage, covered, hidden, ...(fill !== undefined ? { fill } : {}) };
    }
  }
  return { end: xml.length, choice: '', offPage: false, covered: false, hidden: false };
}

interface Frame {
  runs: DocxRun[];
  style: RunProps;
  /** Where it opens in the part's XML, its largest run size (half-points) and its spacing (w:spacing, twips). */
  at: number;
  size?: number;
  spacing?: { before: number; after: number; line?: number };
  /** A paragraph of the body's own flow (not in a table, text box or frame): the ones a body cover is placed among. */
  flow: boolean;
  fill?: string;
  /** A paragraph frame (w:framePr) placed off the page. */
  offPage?: boolean;
  /** Exact line spacing too low for a line of text (w:spacing w:lineRule="exact"): Word cuts every line off to a sliver. */
  clipped?: boolean;
  channel: Channel;
}

interface Box {
  fill: string | undefined;
  offPage: boolean;
  covered: boolean;
  hidden: boolean;
}

/** Line height as a share of the font size (Word's single spacing for common fonts). */
const LINE_HEIGHT_EM = 1.17;

/** A paragraph's estimated height in points: its characters' width over the column gives its lines, plus its spacing. */
function paragraphHeight(p: Frame, columnWidth: number): number {
  const size = (p.size ?? DEFAULT_HALF_POINTS) / 2;
  const chars = p.runs.reduce((n, r) => n + r.text.length, 0);
  const lines = Math.max(1, Math.ceil((chars * size * AVERAGE_ADVANCE_EM) / Math.max(1, columnWidth)));
  const line = p.spacing?.line !== undefined && p.spacing.line > 0 ? p.spacing.line / 240 : 1;
  return lines * size * LINE_HEIGHT_EM * line + ((p.spacing?.before ?? 0) + (p.spacing?.after ?? 0)) / 20;
}

/**
 * Body paragraphs under a picture or shape placed in front of them (bodyCovers), by an estimate of where each
 * paragraph falls below the one holding the cover's anchor: a paragraph four fifths of whose height lies under the
 * cover is COVERED. Fed the body's flow paragraphs as they close.
 */
class BodyCoverTracker {
  private next = 0;
  private y = 0;
  private readonly active: Array<{ top: number; bottom: number }> = [];
  constructor(private readonly covers: readonly BodyCover[], private readonly columnWidth: number) {}

  /** Whether the paragraph (closing at `end`) lies under a cover; moves the estimate past it. */
  covered(p: Frame, end: number): boolean {
    const top = this.y;
    for (let c = this.covers[this.next]; c && c.at < end; c = this.covers[++this.next]) {
      if (c.at >= p.at) this.active.push({ top: top + c.top, bottom: top + c.bottom });
    }
    const height = paragraphHeight(p, this.columnWidth);
    this.y += height;
    const bottom = this.y;
    for (let i = this.active.length - 1; i >= 0; i--) if ((this.active[i]?.bottom ?? 0) < top) this.active.splice(i, 1);
    return height > 0 && this.active.some((c) => (Math.min(bottom, c.bottom) - Math.max(top, c.top)) / height >= 0.8);
  }
}

/**
 * Paragraphs of one WordprocessingML part with each run's visibility, in the order they close. `geometry`: the page
 * (from the document's w:sectPr; a header or footer part has none of its own), `page`: the page colour (the
 * document's w:background; headers and footers are drawn on it too).
 */
export function readParagraphs(xml: string, styles: Styles, channel: Channel, geometry: PageGeometry = pageGeometry(xml), page: string | undefined = pageColour(xml)): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const paragraphs: Frame[] = [];
  const cells: Cell[] = [];
  const tables: Table[] = [];
  /** Inside tracked deletions or moved-from text (w:del, w:moveFrom): Word's final view does not show it, mammoth skips it. */
  let deleted = 0;
  const covers = channel === 'body' ? bodyCovers(xml, [geometry.left, geometry.width - geometry.right]) : [];
  const underCover = covers.length ? new BodyCoverTracker(covers, geometry.width - geometry.left - geometry.right) : undefined;
  const boxes: Box[] = [];
  const fallbacks: Fallback[] = [];
  const anchors = coverAnchors(xml);
  const marks = new Marks(xml);
  /** Where each block's closing tag was last found (or found missing) from where: each search runs once over the XML. */
  const closes = new Map<string, { from: number; at: number }>();
  let run: RunProps | undefined;
  let runStyle: RunProps = {};
  let inText = false;
  const add = (text: string) => {
    const p = paragraphs[paragraphs.length - 1];
    if (!p || run === undefined || deleted > 0) return;
    const cell = cells[cells.length - 1];
    const props = mergeProps(styles.defaults, cell?.props, p.style, runStyle, run);
    if (text.trim()) p.size = Math.max(p.size ?? 0, props.size ?? DEFAULT_HALF_POINTS);
    const background = props.fill ?? p.fill ?? cell?.fill ?? boxes[boxes.length - 1]?.fill ?? page ?? WHITE;
    const fb = fallbacks[fallbacks.length - 1];
    let reason = hiddenReason(props, background);
    // Fit Text squeezing a run into a sliver of its width piles its characters up, as w:w does.
    if (reason === undefined && fitShare(props, text.trim().length) * 100 < MIN_READABLE_SCALE) reason = 'TINY_TEXT';
    if (reason === undefined && inSymbolFont(props, text)) reason = 'SYMBOL_FONT';
    if (reason === undefined && (p.clipped || tables.some((t) => t.clipped))) reason = 'CLIPPED';
    if (reason === undefined && (boxes.some((b) => b.hidden) || fallbacks.some((f) => f.hidden))) reason = 'SHAPE_HIDDEN';
    if (reason === undefined && (p.offPage || boxes.some((b) => b.offPage) || fallbacks.some((f) => f.offPage))) reason = 'OFF_PAGE';
    if (reason === undefined && (boxes.some((b) => b.covered) || fallbacks.some((f) => f.covered))) reason = 'COVERED';
    if (reason === undefined && fb && text.trim() && !inChoice(fb, squash(text))) reason = 'ALTERNATE_CONTENT_FALLBACK';
    p.runs.push(reason ? { text, hidden: reason } : { text });
  };
  const re = new RegExp(TOKEN.source, 'g');
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    while (fallbacks.length && m.index >= (fallbacks[fallbacks.length - 1]?.end ?? 0)) fallbacks.pop();
    if (m[5] !== undefined) {
      if (inText) add(decodeXmlText(m[5]));
      continue;
    }
    const [closing, tag, selfClosing] = [m[1] === '/', m[2] ?? '', m[4] === '/'];
    const blockEnd = (name: string) => {
      const known = closes.get(name);
      const from = re.lastIndex;
      const end = known && known.from <= from && (known.at < 0 || known.at >= from) ? known.at : xml.indexOf(`</${name}>`, from);
      closes.set(name, { from, at: end });
      const body = end < 0 ? '' : xml.slice(re.lastIndex, end);
      if (end >= 0) re.lastIndex = end + name.length + 3;
      return body;
    };
    switch (tag) {
      case 'w:p':
        if (selfClosing) break;
        if (!closing) paragraphs.push({ runs: [], style: {}, channel: boxes.length ? 'textbox' : channel, at: m.index, flow: boxes.length === 0 && cells.length === 0 && paragraphs.length === 0 && fallbacks.length === 0 });
        else {
          const p = paragraphs.pop();
          if (p && p.flow && !p.offPage && underCover?.covered(p, m.index)) for (const r of p.runs) if (!r.hidden && r.text.trim()) r.hidden = 'COVERED';
          if (p) out.push({ runs: p.runs, channel: p.channel });
        }
        break;
      case 'w:pPr': {
        if (closing || selfClosing) break;
        const body = blockEnd('w:pPr');
        const p = paragraphs[paragraphs.length - 1];
        if (!p) break;
        const pStyle = /<w:pStyle\b[^>]*w:val="([^"]*)"/.exec(body)?.[1];
        p.style = styleProps(styles, pStyle);
        const fill = shadingFill(body.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/, ''), styles.theme);
        if (fill) p.fill = fill;
        const framePr = /<w:framePr\b[^>]*>/.exec(body)?.[0] ?? styleFrame(styles, pStyle);
        if (framePr && frameOffPage(framePr, geometry)) p.offPage = true;
        if (framePr) p.flow = false;
        const spacing = /<w:spacing\b[^>]*>/.exec(body.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/, ''))?.[0];
        if (spacing) {
          const twips = (name: string) => Number(new RegExp(`\\sw:${name}="(\\d+)"`).exec(spacing)?.[1] ?? 0);
          const auto = !/w:lineRule="(?:exact|atLeast)"/.test(spacing);
          p.spacing = { before: twips('before'), after: twips('after'), ...(auto && twips('line') > 0 ? { line: twips('line') } : {}) };
          if (/w:lineRule="exact"/.test(spacing) && twips('line') > 0 && twips('line') < MIN_EXACT_TWIPS) p.clipped = true;
        }
        break;
      }
      case 'w:r':
        if (!closing && !selfClosing) [run, runStyle] = [{}, {}];
        else if (closing) run = undefined;
        break;
      case 'w:rPr': {
        if (closing || selfClosing || run === undefined) break;
        const body = blockEnd('w:rPr');
        runStyle = styleProps(styles, /<w:rStyle\b[^>]*w:val="([^"]*)"/.exec(body)?.[1]);
        run = parseRunProps(body, styles.theme);
        break;
      }
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:tab':
        if (selfClosing) add('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (selfClosing) add('\n');
        break;
      case 'w:del':
      case 'w:moveFrom':
        if (!closing && !selfClosing) deleted++;
        else if (closing) deleted = Math.max(0, deleted - 1);
        break;
      case 'w:tbl':
        if (!closing && !selfClosing) tables.push({ look: DEFAULT_LOOK, row: -1, col: -1 });
        else if (closing) tables.pop();
        break;
      case 'w:tblPr': {
        const t = tables[tables.length - 1];
        if (closing || selfClosing || !t) break;
        const body = blockEnd('w:tblPr');
        t.look = tableLook(/<w:tblLook\b[^>]*>/.exec(body)?.[0]);
        const fill = shadingFill(body, styles.theme);
        if (fill) t.fill = fill;
        const formats = tableStyle(styles, /<w:tblStyle\b[^>]*w:val="([^"]*)"/.exec(body)?.[1]);
        if (formats) t.formats = formats;
        // Counting rows scans the table: done for the outer few levels only, so nested tables stay linear.
        if (formats && tables.length <= MAX_SIZED_DEPTH && ['lastRow', 'lastCol', 'neCell', 'seCell', 'swCell'].some((k) => formats.has(k))) t.size = tableSize(xml, re.lastIndex);
        break;
      }
      case 'w:tr': {
        const t = tables[tables.length - 1];
        if (!closing && !selfClosing && t) [t.row, t.col, t.clipped] = [t.row + 1, -1, false];
        break;
      }
      case 'w:trPr': {
        const t = tables[tables.length - 1];
        if (closing || selfClosing || !t) break;
        const height = /<w:trHeight\b[^>]*>/.exec(blockEnd('w:trPr'))?.[0];
        const twips = Number(/\sw:val="(\d+)"/.exec(height ?? '')?.[1] ?? 0);
        t.clipped = height !== undefined && /w:hRule="exact"/.test(height) && twips > 0 && twips < MIN_EXACT_TWIPS;
        break;
      }
      case 'w:tc':
        if (!closing && !selfClosing) {
          const t = tables[tables.length - 1];
          const outer = cells[cells.length - 1];
          if (t) t.col++;
          const format = t?.formats ? cellFormat(t.formats, t.look, Math.max(0, t.row), Math.max(0, t.col), t.size?.rows, t.size?.cols) : undefined;
          const fill = format?.fill ?? t?.fill ?? outer?.fill;
          cells.push({ ...(fill ? { fill } : {}), ...(format ? { props: format.props } : {}) });
        } else if (closing) cells.pop();
        break;
      case 'w:tcPr': {
        const cell = cells[cells.length - 1];
        if (closing || selfClosing || !cell) break;
        const fill = shadingFill(blockEnd('w:tcPr'), styles.theme);
        if (fill) cell.fill = fill;
        break;
      }
      case 'w:txbxContent':
        // The Fallback's text box (VML) is painted as its Choice's (DrawingML) is: its fill, or the shape behind it.
        if (!closing && !selfClosing) boxes.push({ fill: textboxFill(marks, m.index) ?? backdropAt(anchors, m.index) ?? fallbacks[fallbacks.length - 1]?.fill, offPage: boxOffPage(marks, m.index, geometry), covered: coveredAt(anchors, m.index), hidden: boxHidden(marks, m.index) });
        else if (closing) boxes.pop();
        break;
      case 'mc:AlternateContent': {
        if (closing || selfClosing) break;
        const alt = alternateContent(xml, m.index, geometry, anchors);
        // Word renders the Choice; mammoth reads only the Fallback, so that is what our lines hold.
        if (alt.fallback === undefined) re.lastIndex = alt.end;
        else {
          fallbacks.push({ end: alt.end, choice: alt.choice, cursor: 0, cost: 0, offPage: alt.offPage, covered: alt.covered, hidden: alt.hidden, ...(alt.fill !== undefined ? { fill: alt.fill } : {}) });
          re.lastIndex = alt.fallback;
        }
        break;
      }
    }
  }
  return out;
}
