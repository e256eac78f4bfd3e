// A small, non-recursive XML tokenizer for ODF parts: start tags (with attributes), end tags, text. No DTD (the zip
// pre-check refused any), no entities beyond the five predefined and character references. Element names are
// rewritten to the ODF specification's usual prefixes ("text:p") whatever prefixes the file declares on its root,
// so a file that calls the text namespace "t:" reads the same.
import { decodeXmlText } from '../docx/parts.js';

export type XmlToken =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const NAMESPACES: Readonly<Record<string, string>> = {
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0': 'fo',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
  'urn:oasis:names:tc:opendocument:xmlns:meta:1.0': 'meta',
  'http://purl.org/dc/elements/1.1/': 'dc',
};

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)|</g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1] ?? ''] = decodeXmlText(m[2] ?? m[3] ?? '');
  return attrs;
}

/** Yields the tokens of `xml`; names and attribute names carry the canonical ODF prefixes. */
export function* tokenize(xml: string): Generator<XmlToken> {
  let prefixes: Map<string, string> | undefined;
  const canonical = (name: string): string => {
    const colon = name.indexOf(':');
    if (colon < 0 || !prefixes) return name;
    const prefix = prefixes.get(name.slice(0, colon));
    return prefix === undefined ? name : `${prefix}${name.slice(colon)}`;
  };
  for (const m of xml.matchAll(TAG)) {
    if (m[6] !== undefined) yield { type: 'text', text: decodeXmlText(m[6]) };
    else if (m[5] !== undefined) yield { type: 'text', text: m[5] };
    else if (m[2] !== undefined) {
      if (m[1]) {
        yield { type: 'close', name: canonical(m[2]) };
        continue;
      }
      const raw = attributes(m[3] ?? '');
      // The root declares the prefixes: learn them once.
      prefixes ??= new Map(Object.entries(raw).flatMap(([k, v]) => (k.startsWith('xmlns:') && NAMESPACES[v] ? [[k.slice(6), NAMESPACES[v]]] : [])));
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw)) attrs[canonical(k)] = v;
      yield { type: 'open', name: canonical(m[2]), attrs, selfClosing: m[4] === '/' };
    }
  }
}
