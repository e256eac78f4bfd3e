// Visual rows of one column → logical lines: lines a word-wrap broke are joined back into one paragraph (so a
// phrase split across two printed lines, "large-scale / distributed systems", stays findable), after the merges
// inside table-like cells (cell-merges.ts).
import { endsWithYear, startsWithDateToken, type HyphenPolicy } from '../normalize.js';
import { mergeOpenRanges, mergeWrappedCells, mergeWrappedFirstCells } from './cell-merges.js';
import type { Row } from './rows.js';
import { splitRailCells } from './date-rail.js';
import { findTableRuns, tableRunLines } from './table-runs.js';
import { closeBelow, INDENT_TOLERANCE, joinParts, STARTS_ITEM, textStart, toVisualLine, type Cell, type VisualLine } from './visual-line.js';

/**
 * A wrapped line holds a run of words: the longest item of a one-per-line list ("Kubernetes", "Senior Engineer")
 * reaches the column's edge too, and must not swallow the next item.
 */
const MIN_WORDS_IN_WRAPPED_LINE = 4;
/** Without wrap evidence in the column, a line this long (a sentence) may still wrap before a capital. */
const MIN_WORDS_IN_LONG_LINE = 8;
/** Line pairs that must look wrapped before any pair of the column is joined. */
const MIN_WRAP_PAIRS = 2;
/** Slack (in font sizes) when deciding that the next line's first word would not have fitted. */
const WRAP_SLACK_EM = 0.5;


function firstWordWidth(cell: Cell): number {
  const first = cell.items[0];
  if (!first) return 0;
  const word = /^\S+/.exec(first.str.trimStart())?.[0] ?? '';
  return first.str.length > 0 ? (first.w * word.length) / first.str.length : 0;
}

/** b continues a's paragraph: single cells, same font and size, close below, same indent, and a wrap happened. */
function continues(a: VisualLine, b: VisualLine, start: number, right: number): boolean {
  const ac = a.cells[0];
  const bc = b.cells[0];
  if (!ac || !bc || a.cells.length !== 1 || b.cells.length !== 1 || !closeBelow(a, b)) return false;
  if (Math.abs(a.size - b.size) > 0.5) return false;
  // "– May 2016" under "… Sep 2014" finishes a range; any other dash or glyph at the start opens a list item.
  const finishesRange = /^[-–—]\s/.test(bc.text) && endsWithYear(ac.text) && startsWithDateToken(bc.text.slice(2));
  if (STARTS_ITEM.test(bc.text) && !finishesRange) return false;
  // A line that is only a date range is an entry's dates, never the rest of a sentence.
  if (DATE_LINE.test(bc.text.trim()) && !ENDS_WITH_MONTH.test(ac.text.trimEnd())) return false;
  // A short line may still wrap when it cannot end there: "Engineering Manager," over "Recommendations" in a narrow
  // column. Then only the line-breaker's evidence below (the next word did not fit) joins it.
  const short = ac.text.trim().split(/\s+/).length < MIN_WORDS_IN_WRAPPED_LINE;
  if (short && !finishesRange && !endsDangling(a)) return false;
  if (ac.items[ac.items.length - 1]?.font !== bc.items[0]?.font) return false;
  if (Math.abs(bc.x0 - start) > INDENT_TOLERANCE && !hangsUnderBullet(ac, bc, start, a.size) && !hyphenatedUnderHang(ac, bc, start, right, a.size)) return false;
  // A lower-case start after a line of several words, same font, indent and spacing, is a wrapped sentence.
  if (!short && startsLowerOrDigit(b) && /^\p{Ll}/u.test(bc.text.trimStart())) return true;
  // Otherwise the first word of b must not have fitted at the end of a: the line-breaker, not the author, broke
  // here. Half an em of slack: writers measure the trailing space and kerning differently.
  return ac.x1 + 0.3 * a.size + firstWordWidth(bc) > right - WRAP_SLACK_EM * a.size;
}

/** Where a list item's text starts is unknown when pdf.js gave the bullet and the text as one item ("• Moved…"). */
const MAX_BULLET_INDENT_EM = 2;

/**
 * b is the first continuation of a list item whose bullet came in the same item as its text: b starts right of the
 * bullet, at most two font sizes in (a LaTeX label box, a Word hanging indent), and a starts with the bullet.
 */
function hangsUnderBullet(ac: Cell, bc: Cell, start: number, size: number): boolean {
  return start === ac.x0 && STARTS_ITEM.test(ac.text) && bc.x0 > start + INDENT_TOLERANCE && bc.x0 - start <= MAX_BULLET_INDENT_EM * size;
}

/** A word broken by the typesetter: letters, a hyphen, at the right edge of the column ("… Manch-"). */
const BROKEN_WORD_END = /(?<![\p{L}-])\p{L}{2,}[-\u00AD]$/u;

/**
 * "Castor & Vale … Manch-" / "ester": a word the typesetter broke at the right edge, continued in lower case on the
 * next line of a hanging indent (a description list's term, then its wrapped text), is one word even though the
 * continuation starts further in. Only a lone fragment of letters joins ("state-of-the-" has its own hyphens).
 */
function hyphenatedUnderHang(ac: Cell, bc: Cell, start: number, right: number, size: number): boolean {
  return BROKEN_WORD_END.test(ac.text.trimEnd()) && right - ac.x1 < size && /^\p{Ll}/u.test(bc.text.trimStart())
    && bc.x0 > start + INDENT_TOLERANCE && bc.x0 - start <= MAX_HANG_INDENT_EM * size;
}

/** Deepest hanging indent of a wrapped line (LaTeX's description list indents 2.5 em). */
const MAX_HANG_INDENT_EM = 3;

/** "2020 – Present", "Jan 2018 – Dec 2019", "03/2015 – 03/2019", "2013 – 2017": a line of dates only. */
const DATE_LINE = /^(?:\p{L}{3,9}\.?\s+)?(?:\d{1,2}[/.])?(?:19|20)\d\d\s*[-–—]\s*(?:(?:\p{L}{3,9}\.?\s+)?(?:\d{1,2}[/.])?(?:19|20)\d\d|\p{L}+)$/u;

/** "… Dubai — Jan" over "2016 – Dec 2019": a range wrapped after its month still continues. */
const ENDS_WITH_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mär|mai|okt|dez|janv|févr|avr|juil|déc|ene|abr|ago|dic)\p{L}*\.?$/iu;

/** A long line (a sentence, not a list item) may wrap before a capital once the column shows any wrap at all. */
const longWrap = (line: VisualLine, wrapPairs: number) =>
  wrapPairs >= 1 && (line.cells[0]?.text.trim().split(/\s+/).length ?? 0) >= MIN_WORDS_IN_LONG_LINE;
/** A line ending in a closing bracket is complete: a capital after it starts a new line ("(3 years)" / "Oslo"). */
const endsComplete = (line: VisualLine) => /[)\]]$/.test(line.cells[0]?.text.trimEnd() ?? '');
const startsLowerOrDigit = (line: VisualLine) => /^[\p{Ll}\d(+&%$€£]/u.test(line.cells[0]?.text.trimStart() ?? '');

/**
 * Words a line cannot end with unless the sentence goes on ("Norwegian University of Science and" / "Technology"):
 * English, German, French, Spanish, Italian, Portuguese, Polish and Scandinavian connectives.
 */
const DANGLING_WORD = /(?:^|\s)(?:and|or|of|the|for|in|at|with|to|a|an|on|by|from|&|und|oder|der|die|das|für|von|et|ou|de|des|du|la|le|les|y|o|del|el|e|di|da|do|i|w|z|og|av|för|och|på)$/i;
/** …and a comma: a list or a sentence that goes on ("Spark, Kafka," / "Kubernetes, Go"). */
const endsDangling = (line: VisualLine) => DANGLING_WORD.test(line.cells[0]?.text.trimEnd() ?? '') || /,$/.test(line.cells[0]?.text.trimEnd() ?? '');

/** A line that is one e-mail address or web address and nothing else (a contact line). */
const CONTACT_TOKEN = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?)$/i;
const isContactToken = (line: VisualLine) => line.cells.length === 1 && CONTACT_TOKEN.test(line.cells[0]?.text.trim() ?? '');

/**
 * Lower-case continuations always qualify; capitals only after an incomplete line in a column that wraps. A line
 * that is only an e-mail or web address continues nothing unless the line before leads into it ("reach me at" / "…:").
 */
function joinable(prev: VisualLine, line: VisualLine, wrapped: boolean, wrapPairs: number): boolean {
  if (isContactToken(line)) return endsDangling(prev) || /:$/.test(prev.cells[0]?.text.trimEnd() ?? '');
  if (startsLowerOrDigit(line)) return true;
  return !endsComplete(prev) && (wrapped || longWrap(prev, wrapPairs) || endsDangling(prev));
}

/** A token that ends like a whole address ("…@example.org", "site.dev") and a line that starts a new one ("github.com/…"). */
const ENDS_WITH_DOMAIN = /\.\p{L}{2,}$/u;
const STARTS_ADDRESS = /^[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?:\/|$)/u;

/**
 * An e-mail address or URL longer than its column, broken mid-token ("…@example.co" / "m"). A complete address
 * followed by another one ("…@example.org" / "github.com/…": the longest line of a contact block ends where the
 * block does) is two lines.
 */
function brokenToken(a: VisualLine, b: VisualLine, right: number): boolean {
  const ac = a.cells[0];
  const bc = b.cells[0];
  if (!ac || !bc || a.cells.length !== 1 || b.cells.length !== 1 || !closeBelow(a, b)) return false;
  const longToken = /^\S*[@/.]\S*$/.test(ac.text.trim()) && right - ac.x1 < a.size;
  // The rest is one token, or (after a break at "-" or "/") a token followed by more words.
  const rest = /[-/]$/.test(ac.text.trim()) ? (bc.text.trim().split(/\s+/)[0] ?? '') : bc.text.trim();
  const fragment = /^[\p{Ll}\d./-]\S*$/u.test(rest) && !/@|^www\.|^https?:/i.test(rest);
  const anotherAddress = ENDS_WITH_DOMAIN.test(ac.text.trim()) && STARTS_ADDRESS.test(rest);
  return longToken && fragment && !anotherAddress && Math.abs(bc.x0 - ac.x0) <= INDENT_TOLERANCE;
}

/** The rows of one column in reading order → its lines (cells joined by tabs, wrapped lines re-joined). */
export function paragraphLines(rows: readonly Row[], policy: HyphenPolicy): string[] {
  const lines = splitRailCells(mergeWrappedCells(mergeWrappedFirstCells(mergeOpenRanges(rows.map(toVisualLine)), policy), policy));
  const right = Math.max(...lines.flatMap((l) => l.cells.map((c) => c.x1)));
  // Wrap evidence: word-wrapped text has several mid-sentence (lower-case) continuations. Without that evidence
  // only lower-case continuations are joined, so a list's longest item ("Svenska (Native or Bilingual)") does not
  // swallow the next one ("English (Full Professional)").
  let wrapPairs = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a?.cells[0] && b && startsLowerOrDigit(b) && continues(a, b, textStart(a.cells[0]), right)) wrapPairs++;
  }
  const wrapped = wrapPairs >= MIN_WRAP_PAIRS;
  const out: string[] = [];
  let prev: VisualLine | undefined;
  let start = 0;
  const runs = findTableRuns(lines);
  for (let i = 0; i < lines.length; i++) {
    const run = runs.find((r) => r.start === i);
    if (run) {
      // A table whose cells wrap: read cell by cell (table-runs.ts); nothing joins across its edges.
      out.push(...tableRunLines(lines.slice(run.start, run.end), policy));
      i = run.end - 1;
      prev = undefined;
      continue;
    }
    const line = lines[i];
    if (!line || line.cells.length === 0) continue;
    if (prev && brokenToken(prev, line, right)) {
      out[out.length - 1] = `${out[out.length - 1] ?? ''}${line.cells[0]?.text.trim() ?? ''}`;
    } else if (prev && joinable(prev, line, wrapped, wrapPairs) && continues(prev, line, start, right)) {
      out[out.length - 1] = joinParts(out[out.length - 1] ?? '', line.cells[0]?.text ?? '', policy);
      // The first continuation under a bullet shows where the item's text starts.
      if (prev.cells[0] && line.cells[0] && hangsUnderBullet(prev.cells[0], line.cells[0], start, prev.size)) start = line.cells[0].x0;
    } else {
      out.push(line.cells.map((c) => c.text).join('\t'));
      start = line.cells[0] ? textStart(line.cells[0]) : 0;
    }
    prev = line;
  }
  return out;
}
