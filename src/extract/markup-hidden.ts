// Markdown/HTML text that a rendered résumé never shows: comments, elements hidden by style or attribute, and link
// reference definitions written as comments ("[//]: # (…)"). Taken out of the text and handed back as hidden lines.
import type { RawHiddenLine } from './raw.js';

/** HTML comments, across lines. */
const HTML_COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
/** Inline styles and attributes that hide an element, each with its reason (white only on a default white page). */
const HIDING_STYLES: ReadonlyArray<[RegExp, string]> = [
  [/display\s*:\s*none/i, 'DISPLAY_NONE'],
  [/visibility\s*:\s*hidden/i, 'DISPLAY_NONE'],
  [/(?:^|[;\s"'])(?:font-size\s*:\s*0(?:\.\d+)?(?:px|pt|em|rem)?\s*(?:[;"']|$))/i, 'TINY_TEXT'],
  [/opacity\s*:\s*0(?:\.0\d*)?\s*(?:[;"']|$)/i, 'DISPLAY_NONE'],
  [/(?:^|[;\s"'])color\s*:\s*(?:white|#fff(?:fff)?\b|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))/i, 'WHITE_TEXT'],
];
/** An opening tag with attributes, its content and its closing tag (no nesting of the same tag). */
const ELEMENT = /<([a-z][a-z0-9]*)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
/** A link reference definition that renders nothing and only carries a title: "[//]: # (text)", "[x]: <> (text)". */
const LINK_REF_COMMENT = /^\s{0,3}\[[^\]]*\]:\s*(?:#|<>|<#>)?\s*(?:"([^"]*)"|'([^']*)'|\(([^)]*)\))\s*$/;

function hidingReason(attributes: string): string | undefined {
  if (/(?:^|\s)hidden(?:\s|=|$)/i.test(attributes) || /aria-hidden\s*=\s*["']?true/i.test(attributes) && /display|visibility/i.test(attributes)) return 'DISPLAY_NONE';
  const style = /style\s*=\s*("[^"]*"|'[^']*')/i.exec(attributes)?.[1];
  if (!style) return undefined;
  return HIDING_STYLES.find(([re]) => re.test(style))?.[1];
}

const toLines = (text: string, reason: string, channel?: RawHiddenLine['channel']): RawHiddenLine[] =>
  text
    .replace(/<[^>]*>/g, ' ')
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim().length > 0)
    .map((l) => ({ text: l, reason, ...(channel ? { channel } : {}) }));

/** The Markdown source with its hidden parts removed, and those parts as hidden lines in document order. */
export function splitMarkupHidden(source: string): { text: string; hidden: RawHiddenLine[] } {
  const hidden: RawHiddenLine[] = [];
  let text = source.replace(HTML_COMMENT, (whole, inner: string) => {
    hidden.push(...toLines(inner, 'HTML_COMMENT', 'comment'));
    // Keep the line count so Markdown paragraphs around a comment stay apart.
    return '\n'.repeat((whole.match(/\n/g) ?? []).length);
  });
  text = text.replace(ELEMENT, (whole, _tag: string, attributes: string, inner: string) => {
    const reason = hidingReason(attributes);
    if (!reason) return whole;
    hidden.push(...toLines(inner, reason));
    return '\n'.repeat((whole.match(/\n/g) ?? []).length);
  });
  const kept: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = LINK_REF_COMMENT.exec(line);
    const title = m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
    if (title === undefined) kept.push(line);
    else {
      if (title.trim()) hidden.push({ text: title, reason: 'LINK_REFERENCE_COMMENT', channel: 'comment' });
      kept.push('');
    }
  }
  return { text: kept.join('\n'), hidden };
}
