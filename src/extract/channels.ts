// Helpers for readers whose text arrives in channels (body, header, footer, footnote, textbox): .doc, RTF, ODT and
// DOCX furniture. Headers and footers come first, each distinct line once, page-number fields dropped.
import type { Channel } from '../types.js';
import { isPageNumber } from './pdf/furniture.js';
import type { RawHiddenLine, RawPage } from './raw.js';

/** Headers rarely show a page number above this; a bare "2024" in a header is not a page number. */
const MAX_PAGE_FIELD = 99;
/** "Page of": a PAGE / NUMPAGES footer whose field results were never cached in the file. */
const EMPTY_PAGE_FIELD = /^(?:page|seite|página|pagina|side|strona|стр\.?|страница)?\s*(?:of|\/|von|de|di|av|z|из)?$/i;

/** Header/footer lines without page-number fields ("3", "Page 1 of 2", a "Page of" whose fields were never filled). */
export function withoutPageFields(lines: readonly string[]): string[] {
  return lines.filter((l) => !isPageNumber(l, MAX_PAGE_FIELD) && !EMPTY_PAGE_FIELD.test(l.trim()));
}

/** Each distinct line (case and spacing aside) once, in order; empty lines dropped. */
export function distinctLines(lines: readonly string[], seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const key = line.replace(/\s+/g, ' ').trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

export interface ChannelText {
  channel: Channel;
  lines: readonly string[];
}

/** One page of lines from channel groups, in the order given; `channels` only when some line is not body text. */
export function channelPage(groups: readonly ChannelText[], hidden: readonly RawHiddenLine[] = []): RawPage {
  const lines: string[] = [];
  const channels: Channel[] = [];
  for (const group of groups) {
    for (const line of group.lines) {
      lines.push(line);
      channels.push(group.channel);
    }
  }
  return {
    page: 1,
    lines,
    ...(channels.some((c) => c !== 'body') ? { channels } : {}),
    ...(hidden.length ? { hidden: [...hidden] } : {}),
  };
}
