// Document information dictionary → DocumentMeta, with PDF date strings turned into ISO 8601.
import type { DocumentMeta } from '../../types.js';

/** "D:YYYYMMDDHHmmSSOHH'mm'" (every part after the year optional; O is +, - or Z). */
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([+\-Zz])?(\d{2})?'?(\d{2})?'?/;

export function parsePdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = PDF_DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const zone = sign === undefined || sign === 'Z' || sign === 'z' ? 'Z' : `${sign}${oh}:${om}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed.length > 0 ? trimmed.slice(0, 300) : undefined;
}

export function metaFromInfo(info: unknown): DocumentMeta {
  if (typeof info !== 'object' || info === null) return {};
  const dict = new Map(Object.entries(info));
  const meta: DocumentMeta = {};
  const title = text(dict.get('Title'));
  const author = text(dict.get('Author'));
  const producer = text(dict.get('Producer'));
  const created = parsePdfDate(dict.get('CreationDate'));
  const modified = parsePdfDate(dict.get('ModDate'));
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (created) meta.created = created;
  if (modified) meta.modified = modified;
  if (producer) meta.producer = producer;
  return meta;
}
