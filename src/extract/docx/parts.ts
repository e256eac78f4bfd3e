// The DOCX parts mammoth ignores, read as plain text nodes: headers, footers, core properties.
// Only <w:t> text is taken; no DTD processing happens (the pre-check already refused any DTD).
import type { DocumentMeta } from '../../types.js';
import { distinctLines } from '../channels.js';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITY[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Tracked deletions and moved-from text: Word's final view does not show them (mammoth skips them in the body). */
const REVISED_AWAY = /<w:(del|moveFrom)\b[^>]*(?<!\/)>[\s\S]*?<\/w:\1>/g;

/** Paragraph texts of a WordprocessingML part: <w:t> runs joined, <w:tab/> as tab, <w:br/> as a new line. */
export function paragraphTexts(xml: string): string[] {
  const lines: string[] = [];
  for (const paragraph of xml.replace(REVISED_AWAY, '').split(/<\/w:p>/)) {
    let text = '';
    for (const m of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
      if (m[2] === 'tab') text += '\t';
      else if (m[2] === 'br' || m[2] === 'cr') text += '\n';
      else text += decodeXmlText(m[1] ?? '');
    }
    lines.push(...text.split('\n'));
  }
  return lines.filter((l) => l.trim().length > 0);
}

/** Header and footer lines, each distinct text once, headers first, in part-name order. */
export function headerFooterLines(parts: ReadonlyMap<string, string>): string[] {
  const names = [...parts.keys()].filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n));
  names.sort((a, b) => Number(b.includes('header')) - Number(a.includes('header')) || a.localeCompare(b, 'en', { numeric: true }));
  const seen = new Set<string>();
  return names.flatMap((name) => distinctLines(paragraphTexts(parts.get(name) ?? ''), seen));
}

export function element(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = m?.[1] === undefined ? undefined : decodeXmlText(m[1]).replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, 300) : undefined;
}

export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The elements that hold a format's document properties (the first present author tag wins). */
export interface MetaTags {
  title: string;
  authors: readonly string[];
  created: string;
  modified: string;
}

/** Title, author and dates from a properties part (DOCX docProps/core.xml, ODT meta.xml). */
export function metaFromXml(xml: string | undefined, tags: MetaTags): DocumentMeta {
  if (!xml) return {};
  const meta: DocumentMeta = {};
  const title = element(xml, tags.title);
  const author = tags.authors.map((t) => element(xml, t)).find((a) => a !== undefined);
  const created = isoDate(element(xml, tags.created));
  const modified = isoDate(element(xml, tags.modified));
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (created) meta.created = created;
  if (modified) meta.modified = modified;
  return meta;
}

export function metaFromCoreXml(xml: string | undefined): DocumentMeta {
  return metaFromXml(xml, { title: 'dc:title', authors: ['dc:creator'], created: 'dcterms:created', modified: 'dcterms:modified' });
}

/** A toggle element is on unless its w:val says 0/false/off. */
const on = (tag: string | undefined): boolean => tag !== undefined && !/\bw:val="(?:0|false|off)"/i.test(tag);

/**
 * The header and footer parts Word never shows (`word/header2.xml` …): those sections reference only as a first-page
 * header when no section has a different first page (`w:titlePg`; what is left after "Different First Page" is
 * unticked), or as an even-page one when the settings have no different odd and even pages (`w:evenAndOddHeaders`).
 * A part referenced as a default, or referenced by no section at all (some generators write none), is taken as shown;
 * so is every part when the relationships cannot be read. Sections are read together.
 */
export function unshownHeaderFooterParts(parts: ReadonlyMap<string, string>): Set<string> {
  const document = parts.get('word/document.xml');
  const rels = parts.get('word/_rels/document.xml.rels');
  if (!document || !rels) return new Set();
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, `word/${target.replace(/^\.?\//, '').replace(/^word\//, '')}`);
  }
  const evenAndOdd = on(/<w:evenAndOddHeaders\b[^>]*>/.exec(parts.get('word/settings.xml') ?? '')?.[0]);
  const sections = [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  const titlePg = sections.some((sect) => on(/<w:titlePg\b[^>]*>/.exec(sect)?.[0]));
  const shown = new Set<string>();
  const unshown = new Set<string>();
  for (const sect of sections) {
    for (const m of sect.matchAll(/<w:(?:header|footer)Reference\b[^>]*>/g)) {
      const type = /\bw:type="([^"]*)"/.exec(m[0])?.[1] ?? 'default';
      const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
      const target = id === undefined ? undefined : targets.get(id);
      if (!target) continue;
      if ((type === 'first' && !titlePg) || (type === 'even' && !evenAndOdd)) unshown.add(target);
      else shown.add(target);
    }
  }
  for (const t of shown) unshown.delete(t);
  return unshown;
}
