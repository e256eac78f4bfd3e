// What Word shows of a DOCX, decided from its WordprocessingML (mammoth shows everything): runs that are hidden
// (w:vanish), white or the colour of the shading or highlight behind them, too small to read or condensed to a smear,
// text in a text box or frame placed off the page, a text box under a picture or filled shape anchored over it,
// and text that only the mc:Fallback of an mc:AlternateContent holds (Word renders the Choice; mammoth reads the Fallback). Paragraphs know their channel (body, textbox, header,
// footer, footnote).
import type { Channel } from '../../types.js';
import { decodeXmlText } from './parts.js';
import { backdropAt, coverAnchors, coveredAt } from './cover.js';
import { anchorOffPage, frameOffPage, pageGeometry, vmlOffPage, type PageGeometry } from './placement.js';
import { mergeProps, parseRunProps, shadingFill, styleFrame, styleProps, type RunProps, type Styles } from './run-props.js';

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

export function hiddenReason(p: RunProps, background: string): string | undefined {
  if (p.vanish) return 'VANISH';
  if (p.size !== undefined && p.size < MIN_READABLE_HALF_POINTS) return 'TINY_TEXT';
  if (p.scale !== undefined && p.scale < MIN_READABLE_SCALE) return 'TINY_TEXT';
  if (condensedShare(p) * 100 < MIN_READABLE_SCALE) return 'TINY_TEXT';
  if (p.color === undefined || p.color === 'AUTO') return undefined;
  // Word paints a highlight over any shading: the text is read against it.
  const behind = p.highlight !== undefined && p.highlight !== 'NONE' ? p.highlight : background;
  if (contrast(p.color, behind) >= MIN_CONTRAST) return undefined;
  return contrast(behind, WHITE) < MIN_CONTRAST ? 'WHITE_TEXT' : 'COLOUR_MATCHES_SHADING';
}

const TOKEN = /<(\/?)([A-Za-z][\w.-]*(?::[\w.-]+)?)\b([^>]*?)(\/?)>|([^<]+)/g;
const squash = (t: string) => t.replace(/\s+/g, '').toLowerCase();

/** DrawingML alpha (1/1000 of a percent) below which a fill shows what is under it. */
const HALF_OPAQUE = 50000;

/** The fill painted behind a text box: the nearest shape opening before it (VML fillcolor or DrawingML solidFill). */
function textboxFill(xml: string, at: number): string | undefined {
  const from = Math.max(xml.lastIndexOf('<wps:wsp', at), xml.lastIndexOf('<v:shape', at), xml.lastIndexOf('<v:rect', at), xml.lastIndexOf('<v:roundrect', at));
  if (from < 0) return undefined;
  const shape = xml.slice(from, at);
  const spPr = /<wps:spPr>[\s\S]*?<\/wps:spPr>/.exec(shape)?.[0] ?? '';
  if (/filled="(?:f|false)"/.test(shape) || /<a:noFill\/>/.test(spPr)) return undefined;
  // A fill more than half transparent (LibreOffice writes a frame without background as white at alpha 0) is none.
  const alpha = /<a:solidFill>\s*<a:srgbClr\b[^>]*>\s*<a:alpha val="(\d+)"/.exec(spPr)?.[1];
  if (alpha !== undefined && Number(alpha) < HALF_OPAQUE) return undefined;
  const vml = /fillcolor="#?([0-9a-fA-F]{6})"/.exec(shape)?.[1];
  const dml = /<wps:spPr>[\s\S]*?<a:solidFill>\s*<a:srgbClr val="([0-9a-fA-F]{6})"/.exec(shape)?.[1];
  return (vml ?? dml)?.toUpperCase();
}

/** Whether the text box opening at `at` sits in a floating shape placed off the page (DrawingML anchor or VML style). */
function boxOffPage(xml: string, at: number, page: PageGeometry): boolean {
  const anchor = xml.lastIndexOf('<wp:anchor', at);
  const vml = Math.max(xml.lastIndexOf('<v:shape', at), xml.lastIndexOf('<v:rect', at), xml.lastIndexOf('<v:roundrect', at));
  if (anchor > vml && anchor > xml.lastIndexOf('</wp:anchor>', at)) return anchorOffPage(xml.slice(anchor, at), page);
  if (vml >= 0 && !/<\/v:(?:shape|rect|roundrect)>/.test(xml.slice(vml, at))) {
    const open = /^<v:[a-z]+\b[^>]*>/i.exec(xml.slice(vml, at))?.[0] ?? '';
    const style = /\sstyle="([^"]*)"/.exec(open)?.[1];
    return style !== undefined && vmlOffPage(style, page);
  }
  return false;
}

interface Fallback {
  end: number;
  choice: string;
  /** The Choice Word renders is a shape placed off the page. */
  offPage: boolean;
  /** The Choice Word renders is a text box under a picture or filled shape. */
  covered: boolean;
  /** What the Choice's text box is painted on: its own fill, or the filled shape behind it. */
  fill?: string;
}

/** Where an mc:AlternateContent starting at `at` ends, and where its Fallback starts (depth-aware). */
function alternateContent(xml: string, at: number, page: PageGeometry, anchors: ReturnType<typeof coverAnchors>): { end: number; fallback?: number; choice: string; offPage: boolean; covered: boolean; fill?: string } {
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
      const offPage = box >= 0 && boxOffPage(choiceXml, box, page);
      const covered = box >= 0 && coveredAt(anchors, at + box);
      const fill = box >= 0 ? textboxFill(xml, at + box) ?? backdropAt(anchors, at + box) : undefined;
      return { end: m.index + m[0].length, ...(fallback !== undefined ? { fallback } : {}), choice: squash(choice), offPage, covered, ...(fill !== undefined ? { fill } : {}) };
    }
  }
  return { end: xml.length, choice: '', offPage: false, covered: false };
}

interface Frame {
  runs: DocxRun[];
  style: RunProps;
  fill?: string;
  /** A paragraph frame (w:framePr) placed off the page. */
  offPage?: boolean;
  channel: Channel;
}

interface Box {
  fill: string | undefined;
  offPage: boolean;
  covered: boolean;
}

/**
 * Paragraphs of one WordprocessingML part with each run's visibility, in the order they close. `geometry`: the page
 * (from the document's w:sectPr; a header or footer part has none of its own).
 */
export function readParagraphs(xml: string, styles: Styles, channel: Channel, geometry: PageGeometry = pageGeometry(xml)): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const page = /<w:background\b[^>]*w:color="([0-9a-fA-F]{6})"/.exec(xml)?.[1]?.toUpperCase();
  const paragraphs: Frame[] = [];
  const cells: Array<string | undefined> = [];
  const boxes: Box[] = [];
  const fallbacks: Fallback[] = [];
  const anchors = coverAnchors(xml);
  let run: RunProps | undefined;
  let runStyle: RunProps = {};
  let inText = false;
  const add = (text: string) => {
    const p = paragraphs[paragraphs.length - 1];
    if (!p || run === undefined) return;
    const props = mergeProps(styles.defaults, p.style, runStyle, run);
    const background = props.fill ?? p.fill ?? cells[cells.length - 1] ?? boxes[boxes.length - 1]?.fill ?? page ?? WHITE;
    const fb = fallbacks[fallbacks.length - 1];
    let reason = hiddenReason(props, background);
    if (reason === undefined && (p.offPage || boxes.some((b) => b.offPage) || fallbacks.some((f) => f.offPage))) reason = 'OFF_PAGE';
    if (reason === undefined && (boxes.some((b) => b.covered) || fallbacks.some((f) => f.covered))) reason = 'COVERED';
    if (reason === undefined && fb && text.trim() && !fb.choice.includes(squash(text))) reason = 'ALTERNATE_CONTENT_FALLBACK';
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
      const end = xml.indexOf(`</${name}>`, re.lastIndex);
      const body = end < 0 ? '' : xml.slice(re.lastIndex, end);
      if (end >= 0) re.lastIndex = end + name.length + 3;
      return body;
    };
    switch (tag) {
      case 'w:p':
        if (selfClosing) break;
        if (!closing) paragraphs.push({ runs: [], style: {}, channel: boxes.length ? 'textbox' : channel });
        else {
          const p = paragraphs.pop();
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
      case 'w:tc':
        if (!closing && !selfClosing) cells.push(undefined);
        else if (closing) cells.pop();
        break;
      case 'w:tcPr':
        if (!closing && !selfClosing) cells[cells.length - 1] = shadingFill(blockEnd('w:tcPr'), styles.theme);
        break;
      case 'w:txbxContent':
        // The Fallback's text box (VML) is painted as its Choice's (DrawingML) is: its fill, or the shape behind it.
        if (!closing && !selfClosing) boxes.push({ fill: textboxFill(xml, m.index) ?? backdropAt(anchors, m.index) ?? fallbacks[fallbacks.length - 1]?.fill, offPage: boxOffPage(xml, m.index, geometry), covered: coveredAt(anchors, m.index) });
        else if (closing) boxes.pop();
        break;
      case 'mc:AlternateContent': {
        if (closing || selfClosing) break;
        const alt = alternateContent(xml, m.index, geometry, anchors);
        // Word renders the Choice; mammoth reads only the Fallback, so that is what our lines hold.
        if (alt.fallback === undefined) re.lastIndex = alt.end;
        else {
          fallbacks.push({ end: alt.end, choice: alt.choice, offPage: alt.offPage, covered: alt.covered, ...(alt.fill !== undefined ? { fill: alt.fill } : {}) });
          re.lastIndex = alt.fallback;
        }
        break;
      }
    }
  }
  return out;
}
