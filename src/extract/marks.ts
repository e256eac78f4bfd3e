// Where lines came from and whether a reader sees them, carried from a reader's raw pages to numbered lines.
// Hidden lines are numbered after every visible line, so the visible lines keep contiguous indices (a profile
// built from them alone points at the same line numbers the user sees in `profile --format lines`).
import type { Channel, Line } from '../types.js';
import { normalizeLineText, normalizeLines } from './normalize.js';
import type { RawDocument, RawPage } from './raw.js';

export interface MarkedText {
  text: string;
  channel?: Channel;
}

/** A page's taken raw lines, normalised; per line (keeping each one's channel) when the reader gave channels. */
export function normalizePage(page: RawPage, taken: string[], joinHyphens: boolean): MarkedText[] {
  const channels = page.channels;
  if (!channels) return normalizeLines(taken, { joinHyphens }).map((text) => ({ text }));
  const out: MarkedText[] = [];
  taken.forEach((raw, i) => {
    const text = normalizeLineText(raw);
    const channel = channels[i];
    if (text.length > 0) out.push(channel && channel !== 'body' ? { text, channel } : { text });
  });
  return out;
}

/** Appends every page's hidden text after the visible lines, each marked with its reason. */
export function appendHidden(lines: Line[], raw: RawDocument): void {
  for (const page of raw.pages) {
    for (const h of page.hidden ?? []) {
      const text = normalizeLineText(h.text);
      if (text.length === 0) continue;
      const line: Line = { text, page: page.page, index: lines.length, hidden: { reason: h.reason } };
      if (h.channel && h.channel !== 'body') line.channel = h.channel;
      lines.push(line);
    }
  }
}
