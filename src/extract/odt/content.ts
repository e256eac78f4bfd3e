// ODF text → lines per channel: paragraphs and headings are lines; spans, links and fields are inline; tabs, line
// breaks and runs of spaces as written; a table row's cells joined by tabs (a cell's last paragraph ends with the
// tab, the row with a line end), as the DOCX, .doc and RTF readers give them. Notes, text boxes and annotations go
// to their channels; what is never on the page (tracked deletions, alt text, form controls) is not read; text a
// style hides (text:display="none"), hidden paragraphs and hidden sections are set aside with their reason.
import { stylesWhere } from '../style-chain.js';
import type { Channel } from '../../types.js';
import type { RawHiddenLine } from '../raw.js';
import { tokenize } from './xml.js';

/** `text:s` repeats a space `text:c` times; more than this in a row adds nothing to a line's meaning. */
const MAX_SPACES = 64;
/** Elements whose content is never page text. */
const SKIPPED = new Set([
  'text:tracked-changes', 'text:note-citation', 'svg:title', 'svg:desc', 'office:forms', 'text:sequence-decls',
  'office:annotation-end', 'draw:image', 'office:binary-data', 'text:bibliography-source', 'office:event-listeners',
]);
const PARAGRAPH = new Set(['text:p', 'text:h']);
const CHANNEL_OF: Readonly<Record<string, Channel>> = {
  'text:note-body': 'footnote',
  'draw:text-box': 'textbox',
  'office:annotation': 'comment',
  'style:header': 'header',
  'style:header-left': 'header',
  'style:header-first': 'header',
  'style:footer': 'footer',
  'style:footer-left': 'footer',
  'style:footer-first': 'footer',
};

export interface OdtText {
  byChannel: Map<Channel, string[]>;
  hidden: RawHiddenLine[];
}

interface Frame {
  name: string;
  channel: Channel;
  hidden: boolean;
  skipped: boolean;
  inCell: boolean;
  /** A text:hidden-paragraph field inside this paragraph hides all of it. */
  paraHidden?: boolean;
}

/** Style names (text and paragraph families) whose text properties say text:display="none", parents followed. */
export function hiddenStyles(...xmls: string[]): Set<string> {
  const own = new Map<string, boolean>();
  const parent = new Map<string, string>();
  let current: string | undefined;
  for (const xml of xmls) {
    for (const t of tokenize(xml)) {
      if (t.type === 'open' && t.name === 'style:style') {
        current = t.attrs['style:name'];
        const base = t.attrs['style:parent-style-name'];
        if (current !== undefined && base !== undefined) parent.set(current, base);
        if (t.selfClosing) current = undefined;
      } else if (t.type === 'close' && t.name === 'style:style') current = undefined;
      else if (t.type === 'open' && t.name === 'style:text-properties' && current !== undefined) {
        const display = t.attrs['text:display'];
        if (display !== undefined) own.set(current, display === 'none');
      }
    }
  }
  return stylesWhere(own, parent);
}

/** Reads the text under `root` elements (office:text in content.xml; style:master-page in styles.xml). */
export function readOdtText(xml: string, root: string, hiddenStyleNames: ReadonlySet<string>, defaultChannel: Channel): OdtText {
  const out: OdtText = { byChannel: new Map(), hidden: [] };
  const stack: Frame[] = [];
  let inside = 0;
  // The text being built, per channel and visibility: a note inside a paragraph does not break the body's line.
  const open = new Map<string, string>();
  const keyOf = (channel: Channel, hidden: boolean): string => `${channel}\0${hidden ? 1 : 0}`;
  const append = (text: string): void => {
    const top = stack[stack.length - 1];
    if (!top || top.skipped) return;
    const key = keyOf(top.channel, top.hidden);
    open.set(key, (open.get(key) ?? '') + text);
  };
  for (const t of tokenize(xml)) {
    if (t.type === 'text') {
      if (inside > 0) append(t.text.replace(/[\t\r\n]+/g, ' '));
      continue;
    }
    if (t.type === 'open') {
      if (t.name === root) inside++;
      if (inside === 0) continue;
      const frame = openFrame(t.name, t.attrs, stack[stack.length - 1], hiddenStyleNames, defaultChannel);
      if (t.name === 'text:tab') append('\t');
      else if (t.name === 'text:line-break') append('\n');
      else if (t.name === 'text:s') append(' '.repeat(Math.min(MAX_SPACES, Math.max(1, Number(t.attrs['text:c'] ?? 1) || 1))));
      else if (t.name === 'text:hidden-text' && t.attrs['text:is-hidden'] !== 'false' && t.attrs['text:string-value']) {
        out.hidden.push({ text: t.attrs['text:string-value'], reason: 'VANISH' });
      }
      if (t.name === 'text:hidden-paragraph' && t.attrs['text:is-hidden'] !== 'false') {
        const paragraph = [...stack].reverse().find((f) => PARAGRAPH.has(f.name));
        if (paragraph) paragraph.paraHidden = true;
      }
      if (!t.selfClosing) stack.push(frame);
      continue;
    }
    const frame = stack.pop();
    if (t.name === root) inside = Math.max(0, inside - 1);
    if (!frame || frame.skipped) continue;
    if (PARAGRAPH.has(frame.name)) {
      if (frame.paraHidden) moveToHidden(open, frame.channel);
      // In a table cell a paragraph ends a piece of the row, which the row's end writes out.
      if (frame.inCell) for (const h of [false, true]) open.set(keyOf(frame.channel, h), `${open.get(keyOf(frame.channel, h)) ?? ''}\n`);
      else flush(open, out, frame.channel);
    } else if (frame.name === 'table:table-cell') {
      // The cell's last line end becomes the separator between cells.
      const key = keyOf(frame.channel, false);
      open.set(key, `${(open.get(key) ?? '').replace(/\n$/, '')}\t`);
    } else if (frame.name === 'table:table-row' && !frame.inCell) flush(open, out, frame.channel);
  }
  for (const channel of new Set([...open.keys()].map((k) => k.split('\0')[0] as Channel))) flush(open, out, channel);
  return out;
}

function openFrame(name: string, attrs: Readonly<Record<string, string>>, parent: Frame | undefined, hiddenStyleNames: ReadonlySet<string>, defaultChannel: Channel): Frame {
  const channel = CHANNEL_OF[name] ?? parent?.channel ?? defaultChannel;
  return {
    name,
    channel,
    hidden: (parent?.hidden ?? false) || hiddenStyleNames.has(attrs['text:style-name'] ?? '') || isHiddenElement(name, attrs),
    skipped: (parent?.skipped ?? false) || SKIPPED.has(name) || name === 'office:annotation',
    // Inside a cell of the same channel (a note or text box in a cell starts its own lines).
    inCell: name === 'table:table-cell' || (channel === parent?.channel && parent.inCell),
  };
}

/** Writes out the channel's finished lines, visible and hidden. */
function flush(open: Map<string, string>, out: OdtText, channel: Channel): void {
  for (const hidden of [false, true]) {
    const key = `${channel}\0${hidden ? 1 : 0}`;
    const text = open.get(key);
    open.delete(key);
    for (const line of (text ?? '').split('\n')) {
      if (line.replace(/\t/g, '').trim() === '') continue;
      if (hidden) out.hidden.push({ text: line, reason: 'VANISH', ...(channel === 'body' ? {} : { channel }) });
      else {
        const lines = out.byChannel.get(channel) ?? [];
        lines.push(line);
        out.byChannel.set(channel, lines);
      }
    }
  }
}

function isHiddenElement(name: string, attrs: Readonly<Record<string, string>>): boolean {
  if (name === 'text:section') return attrs['text:display'] === 'none';
  return false;
}


/** The channel's visible text so far goes to its hidden text (a paragraph a field hides). */
function moveToHidden(open: Map<string, string>, channel: Channel): void {
  const visible = `${channel}\0${0}`;
  const hidden = `${channel}\0${1}`;
  open.set(hidden, `${open.get(hidden) ?? ''}${open.get(visible) ?? ''}`);
  open.delete(visible);
}
