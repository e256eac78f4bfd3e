// Text a Word style shows in capitals (<w:caps/>): "On-campus involvement" in a caps heading style reads, and prints
// to PDF, as "ON-CAMPUS INVOLVEMENT". mammoth keeps the typed case; the reader applies the style, as Word does, so a
// DOCX and its PDF read alike.
import { stylesWhere } from '../style-chain.js';

/** `<w:caps/>` or `<w:caps w:val="true|1|on"/>`: on; `w:val="false|0|off"`: off. */
const CAPS = /<w:caps(?:\s+w:val="([^"]*)")?\s*\/>/;
const STYLE = /<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g;
const BASED_ON = /<w:basedOn\s+w:val="([^"]+)"/;

/** Style ids whose run properties (directly or through `w:basedOn`) turn capitals on. */
export function capsStyleIds(stylesXml: string | undefined): Set<string> {
  const own = new Map<string, boolean | undefined>();
  const parent = new Map<string, string>();
  for (const m of (stylesXml ?? '').matchAll(STYLE)) {
    const [, id = '', body = ''] = m;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const caps = CAPS.exec(rPr);
    own.set(id, caps ? !/^(?:false|0|off)$/i.test(caps[1] ?? 'true') : undefined);
    const base = BASED_ON.exec(body)?.[1];
    if (base) parent.set(id, base);
  }
  return stylesWhere(own, parent);
}

/** The slice of mammoth's document tree we touch. */
interface DocNode {
  type: string;
  value?: string;
  styleId?: string | null;
  isAllCaps?: boolean;
  children?: DocNode[];
}

/** Upper-cases, in place, the text of runs shown in capitals (their own property, their style, their paragraph's style). */
export function applyCaps<T>(document: T, capsStyles: ReadonlySet<string>): T {
  const visit = (node: DocNode, caps: boolean): void => {
    const on = caps || node.isAllCaps === true || (node.styleId != null && capsStyles.has(node.styleId));
    if (node.type === 'text' && on && typeof node.value === 'string') node.value = node.value.toUpperCase();
    for (const child of node.children ?? []) visit(child, on);
  };
  visit(document as DocNode, false);
  return document;
}
