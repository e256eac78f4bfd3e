// Where lines came from and whether a reader sees them, carried from a reader's raw pages to numbered lines.
// Hidden lines are numbered after every visible line, so the visible lines keep contiguous indices (a profile
// built from them alone points at the same line numbers the user sees in `profile --format lines`).
import type { Channel, Line } from '../types.js';
import { normalizeLineMarked, normalizeLineText, normalizeMarkedLines, type MarkedLine } from './normalize.js';
import type { RawDocument, RawPage } from './raw.js';

export interface MarkedText extends MarkedLine {
  channel?: Channel;
}

/** A page's taken raw lines, normalised; per line (keeping each one's channel) when the reader gave channels. */
export function normalizePage(page: RawPage, taken: string[], joinHyphens: boolean): MarkedText[] {
  const channels = page.channels;
  if (!channels) return normalizeMarkedLines(taken, { joinHyphens });
  const out: MarkedText[] = [];
  taken.forEach((raw, i) => {
    const line = normalizeLineMarked(raw);
    const channel = channels[i];
    if (line.text.length > 0) out.push(channel && channel !== 'body' ? { ...line, channel } : line);
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
