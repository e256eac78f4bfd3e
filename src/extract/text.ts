// Plain text and Markdown résumés: decode, then (for Markdown) strip markup down to plain lines.
import type { Diagnostic } from '../types.js';
import { detectUtf16 } from './encoding.js';
import { splitInvisibleChars } from './invisible-chars.js';
import { decodeEntities, splitMarkupHidden } from './markup-hidden.js';
import type { RawDocument, RawHiddenLine } from './raw.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-16 LE/BE (by BOM or by where its zero bytes fall), else UTF-8 (BOM tolerated); bytes that are not UTF-8 are
 * read as Windows-1252 and flagged. Stray NUL characters are dropped and flagged (the sniffer lets only a few through).
 */
export function decodeText(bytes: Uint8Array, warnings: Diagnostic[]): string {
  const text = decodeBytes(bytes, warnings);
  if (!text.includes('\0')) return text;
  warnings.push({ code: 'NUL_BYTES_DROPPED', severity: 'warning', data: {} });
  return text.replace(/\0/g, '');
}

function decodeBytes(bytes: Uint8Array, warnings: Diagnostic[]): string {
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    warnings.push({ code: 'TEXT_ENCODING', severity: 'info', data: { assumed: utf16 } });
    return new TextDecoder(utf16).decode(bytes); // drops the BOM, replaces a lone surrogate
  }
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    warnings.push({ code: 'TEXT_ENCODING', severity: 'warning', data: { assumed: 'windows-1252' } });
    return new TextDecoder('windows-1252').decode(body);
  }
}

const MD_FENCE = /^\s*(```|~~~)/;
const MD_RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const MD_TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Pandoc's attributes after a heading or a span: "{#experience}", "{.unnumbered}", "{#id .class key=value}". */
const PANDOC_ATTRIBUTES = /\s*\{[#.][\w-]+(?:\s+(?:[#.][\w-]+|[\w-]+=\S+))*\}\s*$/u;

/** One Markdown line to plain text; table rows become tab-separated cells like PDF/DOCX rows. */
export function stripMarkdownLine(line: string): string {
  let text = line
    .replace(/^\s{0,3}#{1,6}\s+/, '') // ATX heading
    .replace(/\s+#+\s*$/, '') // closing hashes
    .replace(PANDOC_ATTRIBUTES, '') // "### Experience {#experience}"
    .replace(/^\s*>\s?/, '') // block quote
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '') // list marker
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images vanish (alt text is not résumé content)
    .replace(/\[([^\]]+)\]\(([^)]*)\)/g, '$1') // links keep their text
    .replace(/<(https?:[^>]+|[^@>\s]+@[^>\s]+)>/g, '$1') // autolinks
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2') // strong
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3') // emphasis, not snake_case or C++
    .replace(/`([^`]+)`/g, '$1'); // inline code
  if (/^\s*\|.*\|\s*$/.test(text)) {
    text = text.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join('\t');
  }
  return text;
}

const MD_BLOCK_START = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\|)/;
const MD_HEADING_OR_TABLE = /^\s{0,3}(?:#{1,6}\s|\|)/;
/** Source lines at least this long are taken as wrapped by an editor (hard-wrapped Markdown wraps at 72–120). */
const MD_WRAPPED_LINE_CHARS = 60;
/** Two trailing spaces or a backslash: a Markdown hard line break. */
const MD_HARD_BREAK = /(?: {2,}|\\)$/;

/**
 * Markdown → plain lines. A long text line continued on the next source line (same paragraph or list item) is
 * joined with it, as Markdown renders it, so a phrase wrapped in the source stays findable; short lines (a
 * headline over a contact line), headings, list items, table rows and hard breaks stay apart; code fences,
 * rules and table separator rows are dropped.
 */
export function markdownToLines(text: string): string[] {
  const out: string[] = [];
  let open = false;
  // A fenced block is preformatted: a plain-text résumé pasted into a README between ``` lines keeps its line breaks
  // and column gaps, and its "*", "#" and "_" are text.
  let fence: string[] | undefined;
  for (const source of text.split(/\r\n|\r|\n/)) {
    if (MD_FENCE.test(source)) {
      if (fence) out.push(...plainTextToLines(fence.join('\n')));
      fence = fence ? undefined : [];
      open = false;
      continue;
    }
    if (fence) {
      fence.push(source);
      continue;
    }
    // HTML left in the line (its tags are gone: markup-hidden.ts) still has its character references.
    open = markdownLine(decodeEntities(source), open, out);
  }
  // A fence never closed runs to the end of the file.
  if (fence) out.push(...plainTextToLines(fence.join('\n')));
  return out;
}

/** One rendered Markdown line into `out`; returns whether the next line may continue it. */
function markdownLine(line: string, open: boolean, out: string[]): boolean {
  if (MD_RULE.test(line) || MD_TABLE_SEPARATOR.test(line) || line.trim() === '') return false;
  const stripped = stripMarkdownLine(line.replace(MD_HARD_BREAK, ''));
  if (open && !MD_BLOCK_START.test(line)) out[out.length - 1] = `${out[out.length - 1] ?? ''} ${stripped.trim()}`;
  else out.push(stripped);
  // Only a long line was wrapped by the author's editor; a short one ("Head of Data Science") ends on purpose.
  return !MD_HEADING_OR_TABLE.test(line) && !MD_HARD_BREAK.test(line) && line.trim().length >= MD_WRAPPED_LINE_CHARS;
}

/** A gap of three spaces or more inside a line: the author's column gap ("2018-2023    Salsify, Staff SE"). */
const COLUMN_GAP = /(?<=\S) {3,}(?=\S)/g;
/** A leader of dashes, underscores or equals signs between two pieces ("Salsify, Senior SE ---------- Boston MA"). */
const RULE_LEADER = /(?<=\S)\s+[-_=~–—]{4,}\s+(?=\S)/gu;
/** A line that ends a sentence or a list (then the next line starts a new one). */
const ENDS_CLAUSE = /[.!?:;)\]]\s*$/;
/** A line that opens a list item, or starts with a date: never the rest of the line above. */
const OPENS_ITEM = /^\s*(?:[-*+•·▪◦‣–—]\s|\d{1,3}[.)]\s|(?:19|20)\d\d\b|\d{1,2}[/.](?:19|20)?\d\d\b)/u;
const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/**
 * Plain text: a long line (≥ MD_WRAPPED_LINE_CHARS) was hard-wrapped by an editor when the next line starts in lower
 * case, or, inside an indented paragraph, when the next line has the same indent and the long line ends mid-clause
 * ("… and software implementation for" / "     Catalog Sites. …"); the two are one line. Anything else keeps the
 * author's line breaks. Column gaps (three spaces or more) and dash leaders between pieces become cell gaps, as a
 * PDF's or a DOCX table's cells do.
 */
export function plainTextToLines(text: string): string[] {
  const out: string[] = [];
  let prevIndent = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const indent = indentOf(raw);
    const line = raw.replace(RULE_LEADER, '\t').replace(COLUMN_GAP, '\t');
    const prev = out[out.length - 1];
    const long = prev !== undefined && prev.trim().length >= MD_WRAPPED_LINE_CHARS && !prev.includes('\t');
    const lower = /^\s*\p{Ll}/u.test(line);
    const indented = indent >= 2 && indent === prevIndent && prev !== undefined && !ENDS_CLAUSE.test(prev) && !OPENS_ITEM.test(line) && !line.includes('\t');
    if (long && (lower || indented)) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
    prevIndent = indent;
  }
  return out;
}

/** Front-matter keys a site generator or pandoc prints on the page (the name, the headline, contact details). */
const SHOWN_FRONT_KEYS: ReadonlySet<string> = new Set(['title', 'subtitle', 'author', 'name', 'date', 'email', 'phone', 'mobile', 'location',
  'address', 'website', 'headline', 'position', 'role', 'city']);
/** Lines a front matter may hold at most: a longer block is no front matter (a rule, then a page of text). */
const MAX_FRONT_MATTER_LINES = 60;
const FRONT_KEY = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u;

/**
 * YAML front matter ("---" / "key: value" lines / "---" at the top of a Markdown file): metadata for Jekyll, Hugo or
 * pandoc. The values a page shows (title, author, contact) stay as lines; the rest ("layout: cv", "keywords: …",
 * "description: …") is never printed, so it is a hidden line (a comment: reported only when it names the rubric's
 * terms), never evidence.
 */
export function splitFrontMatter(text: string): { text: string; hidden: RawHiddenLine[] } {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') return { text, hidden: [] };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 2 || end > MAX_FRONT_MATTER_LINES) return { text, hidden: [] };
  const block = lines.slice(1, end);
  // Every line is YAML: a key, an item, an indented continuation, a comment or blank.
  if (!block.every((l) => l.trim() === '' || FRONT_KEY.test(l) || /^\s+\S/u.test(l) || /^\s*(?:-\s|#)/u.test(l))) return { text, hidden: [] };
  const shown: string[] = [];
  const hidden: RawHiddenLine[] = [];
  let key: string | undefined;
  for (const l of block) {
    const m = FRONT_KEY.exec(l);
    if (m) key = (m[1] ?? '').toLowerCase();
    const value = (m ? (m[2] ?? '') : l).trim().replace(/^["'](.*)["']$/u, '$1').replace(/^[-|>]\s*$/u, '');
    if (value === '' || value.startsWith('#')) continue;
    if (key !== undefined && SHOWN_FRONT_KEYS.has(key) && /^[A-Za-z_]/u.test(l)) shown.push(value);
    else hidden.push({ text: value.replace(/^-\s+/u, ''), reason: 'FRONT_MATTER', channel: 'comment' });
  }
  // The block keeps its line count, so the Markdown after it is read as before.
  const kept = [...shown, ...new Array<string>(Math.max(0, end + 1 - shown.length)).fill('')];
  return { text: [...kept, ...lines.slice(end + 1)].join('\n'), hidden };
}

export function extractText(bytes: Uint8Array, markdown: boolean): RawDocument {
  const warnings: Diagnostic[] = [];
  // Tag characters and right-to-left overrides carry text no one sees (or sees backwards): taken out, kept as hidden lines.
  const invisible = splitInvisibleChars(decodeText(bytes, warnings));
  const text = invisible.text;
  if (!markdown) {
    const hidden = invisible.hidden.length ? { hidden: invisible.hidden } : {};
    return { kind: 'text', pages: [{ page: 1, lines: plainTextToLines(text), ...hidden }], pageCount: 1, meta: {}, warnings };
  }
  // Comments, hidden elements and comment-like link definitions never render: taken out, kept as hidden lines.
  const front = splitFrontMatter(text);
  const split = splitMarkupHidden(front.text);
  const allHidden = [...invisible.hidden, ...front.hidden, ...split.hidden];
  const page = { page: 1, lines: markdownToLines(split.text), ...(allHidden.length ? { hidden: allHidden } : {}) };
  return { kind: 'text', pages: [page], pageCount: 1, meta: {}, warnings };
}
