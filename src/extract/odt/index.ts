// ODT (OpenDocument text) reader on fflate, which the project already has: the shared zip pre-check (entry count,
// real inflated bytes, per-part cap, no DTDs) → content.xml body, styles.xml headers and footers (master pages),
// meta.xml properties. Text a style hides is set aside as hidden lines.
import { ScreenError, type DocumentMeta } from '../../types.js';
import { channelPage, distinctLines, withoutPageFields } from '../channels.js';
import { metaFromXml } from '../docx/parts.js';
import type { RawDocument } from '../raw.js';
import { precheckZip } from '../zip.js';
import { hiddenStyles, readOdtText } from './content.js';

export interface OdtLimits {
  maxDocxEntries: number;
  maxDocxInflatedBytes: number;
  maxDocxPartBytes: number;
}

const KEPT_PART = /^(?:content|styles|meta)\.xml$|^META-INF\/manifest\.xml$/;

export function extractOdt(bytes: Uint8Array, limits: OdtLimits): RawDocument {
  // 1. Pre-check the zip before anything is parsed (the same caps as DOCX: both are zips of XML).
  const { parts } = precheckZip(
    bytes,
    { kind: 'odt', required: 'content.xml', keep: KEPT_PART },
    { maxEntries: limits.maxDocxEntries, maxInflatedBytes: limits.maxDocxInflatedBytes, maxPartBytes: limits.maxDocxPartBytes },
  );
  const content = parts.get('content.xml') ?? '';
  const styles = parts.get('styles.xml') ?? '';
  // 2. A password-protected ODT keeps its parts encrypted inside an ordinary zip: the manifest says so.
  if (/<manifest:encryption-data\b/.test(parts.get('META-INF/manifest.xml') ?? '') || !content.trimStart().startsWith('<')) {
    throw new ScreenError('ENCRYPTED', { kind: 'odt' });
  }
  // 3. Styles that hide text, then the body and the master pages' headers and footers.
  const hiddenNames = hiddenStyles(styles, content);
  const body = readOdtText(content, 'office:text', hiddenNames, 'body');
  const furniture = readOdtText(styles, 'office:master-styles', hiddenNames, 'header');
  const seen = new Set<string>();
  const lines = (text: typeof body, channel: Parameters<typeof body.byChannel.get>[0]): string[] => text.byChannel.get(channel) ?? [];
  const page = channelPage(
    [
      { channel: 'header', lines: distinctLines(withoutPageFields(lines(furniture, 'header')), seen) },
      { channel: 'footer', lines: distinctLines(withoutPageFields(lines(furniture, 'footer')), seen) },
      { channel: 'body', lines: lines(body, 'body') },
      { channel: 'textbox', lines: lines(body, 'textbox') },
      { channel: 'footnote', lines: lines(body, 'footnote') },
    ],
    [...body.hidden, ...furniture.hidden],
  );
  return { kind: 'odt', pages: [page], pageCount: 1, meta: metaFromOdt(parts.get('meta.xml')), warnings: [] };
}

function metaFromOdt(xml: string | undefined): DocumentMeta {
  return metaFromXml(xml, { title: 'dc:title', authors: ['meta:initial-creator', 'dc:creator'], created: 'meta:creation-date', modified: 'dc:date' });
}
