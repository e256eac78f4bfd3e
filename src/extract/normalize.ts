// Text normalisation shared by the PDF, DOCX and text readers.
// Input: raw lines of one page (a tab separates table cells / row cells). Output: clean, non-empty lines.
// Order matters: soft hyphens are resolved before NFKC, bullets after icon glyphs are gone, hyphenation last.

/** Zero-width characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** No character a reader sees: whitespace and zero-width characters only (Google Docs draws a lone ZWSP, transparent, where a styled run begins). */
export const isBlankText = (text: string): boolean => text.replace(ZERO_WIDTH, '').trim() === '';
/** Spaces other than the plain one (NBSP, en/em/thin spaces, narrow NBSP, ideographic space…). */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Private-use code points: icon fonts (Font Awesome phone/mail glyphs, Symbol-font bullets such as U+F0B7). */
const PRIVATE_USE = /[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]|[\u{100000}-\u{10FFFD}]/gu;
/**
 * Word's list bullets in its symbol fonts, opening a line or a cell: Symbol U+F0B7 (•), Wingdings U+F0A7 (▪),
 * U+F076 (❖), U+F0D8 (➢), U+F0FC (✓), U+F06E (■). A reader sees a bullet there, so the line is a list item.
 */
const SYMBOL_FONT_BULLET = /(^|\t)([ \t]*)[\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF06E]/gu;
/**
 * Emoji and pictographs used as icons before headings, dates and contact details ("💼 WORK HISTORY", "📅 2021",
 * "☎ +47 …"): each becomes a space. Kept: ©, ®, ™ (parts of names) and arrows U+2190–21FF (range separators such
 * as "02/21 ↔ Now" are read by the date grammar).
 */
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3]/gu;
const KEPT_SYMBOL = /^[\u00A9\u00AE\u2122\u2190-\u21FF]$/u;
const stripPictographs = (text: string) => text.replace(PICTOGRAPH, (ch) => (KEPT_SYMBOL.test(ch) ? ch : ' '));

/**
 * A bullet glyph at line start, followed by whitespace (a dash or asterisk only counts when a space follows: "-5%",
 * "**bold**"). A C1 control character or U+FFFD before a space is a bullet whose glyph has no character (pdfLaTeX's
 * itemize bullet from the Computer Modern symbol font reads as U+0088); "{" before a space is moderncv's bullet as
 * its symbol font maps it; "+" before a space and a word is a bullet too (a hollow bullet of a symbol font reads so).
 */
const LEADING_BULLET = /^(?:[•◦▪▫‣●○■□◆◇►▸▹▶➢➤✓✔∙·]|[-–—‐‑‒*{\u0080-\u009F\uFFFD](?=\s)|\+(?=\s\p{L}))\s*/u;

// A date-ish token on each side of a soft hyphen: LaTeX templates (moderncv & co.) join "2015\u00AD2019"; the right
// side may be MM/YYYY, DD/MM/YYYY or DD.MM.YYYY ("03/04/2013\u00AD30/09/2013").
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_LEFT = new RegExp(`(?:\\b(?:19|20)\\d\\d|\\b${MONTH}|\\b\\d{1,2}/(?:19|20)\\d\\d)\\s*$`, 'i');
const DATE_RIGHT = new RegExp(`^\\s*(?:(?:19|20)\\d\\d\\b|${MONTH}\\s*(?:19|20)?\\d\\d|(?:\\d{1,2}[/.]){1,2}(?:19|20)\\d\\d|present\\b|current\\b|now\\b|today\\b)`, 'i');

/**
 * Word beginnings that form real hyphenated compounds when broken at the end of a line ("e-" + "mail",
 * "co-" + "founded"): the hyphen is kept. Everything else broken before a lower-case continuation is
 * treated as typesetting hyphenation and joined without the hyphen.
 */
export const COMPOUND_PREFIXES: ReadonlySet<string> = new Set([
  'e', 'co', 'non', 'self', 'cross', 'multi', 'inter', 'pre', 're', 'sub', 'ex', 'anti', 'semi', 'post',
  'real', 'end', 'high', 'low', 'large', 'long', 'full', 'part', 'well', 'open', 'data', 'state', 'third',
  'first', 'second', 'cloud', 'user', 'team', 'cost', 'test', 'fine', 'on', 'off', 'in', 'up', 'out', 'one',
  'two', 'client', 'server', 'front', 'back', 'machine', 'mission', 'customer', 'decision', 'award',
]);

/** Text ends with a year ("2016", "03/2016"): the left side of a range whose dash left no text. */
export const endsWithYear = (text: string): boolean => /(?:^|[^\d])(?:19|20)\d\d\s*$/.test(text);
/** Text starts with a date-ish token or an end word (Present, current…): the right side of a range. */
export const startsWithDateToken = (text: string): boolean => DATE_RIGHT.test(text);

/**
 * A soft hyphen that a PDF *draws*: between letters or digits ("32\u00ADGPU") it is the hyphen the reader sees ("LLM\u00ADpowered" is
 * "LLM-powered"; some producers map every hyphen glyph to U+00AD). Between two dates it stays, and becomes the range
 * dash below; at the end of a text run it is a line-end break, which the PDF line joiner resolves.
 * Not for DOCX or text, where U+00AD is an invisible hyphenation hint.
 */
export function visibleSoftHyphens(text: string): string {
  return mapSoftHyphens(text, (before, after) =>
    !isDateDash(before, after) && /[\p{L}\d]$/u.test(before) && /^[\p{L}\d]/u.test(after) ? '-' : '\u00AD');
}

/** Soft hyphen between two date-ish tokens becomes an en dash; anywhere else it is an invisible break hint. */
export function resolveSoftHyphens(text: string): string {
  // Spaced on both sides when it is on either ("Sep. 2023 \u00ADMar. 2024" → "Sep. 2023 – Mar. 2024"), else closed up.
  // One after a date at the end of a cell opens a range ("2023 \u00AD" is "2023 –", since 2023).
  return mapSoftHyphens(text, (before, after) => {
    if (DATE_LEFT.test(before) && /^\s*(?:\t|$)/u.test(after)) return ' –';
    return !isDateDash(before, after) ? '' : /\s$/u.test(before) || /^\s/u.test(after) ? ' – ' : '–';
  });
}

const isDateDash = (before: string, after: string): boolean => DATE_LEFT.test(before) && DATE_RIGHT.test(after);

/** Each U+00AD replaced by what `pick` says from the text before it (already rewritten) and the text after it. */
function mapSoftHyphens(text: string, pick: (before: string, after: string) => string): string {
  if (!text.includes('\u00AD')) return text;
  const parts = text.split('\u00AD');
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i] ?? '';
    out += pick(out, next) + next;
  }
  return out;
}

/**
 * U+2219 BULLET OPERATOR between spaces is the middle dot of "Company · City" (Scribus and some fonts map the
 * periodcentered glyph to it): read as U+00B7, which the job grammar splits on. At a line's start it stays a bullet.
 */
const SEPARATOR_DOT = /(?<=\S\s+)\u2219(?=\s+\S)/gu;

/**
 * A date run into the word after it, where a space was lost ("May 2019 - August 2019Assistant Machine Operator",
 * "April 2023 - CurrentParking Lot Supervisor"): a year or an end word directly followed by a capitalised word.
 */
const GLUED_AFTER_DATE = /(?<=\b(?:(?:19|20)\d\d|Present|Current|Now|Today|Ongoing))(?=\p{Lu}\p{Ll})/gu;

/**
 * A dot leader (LaTeX \\dotfill, a Word tab leader: "Title, Company ........ Jan 2022 – present") between a name and its
 * dates: four dots or more, spaced or not (an ellipsis is three). Each dot takes at most one space after it, so a
 * line of spaces costs one pass (the cell's own spaces are trimmed later).
 */
export const DOT_LEADER = /(?:\.[ \t]?){4,}/gu;

/**
 * TeX without T1 font encoding (OT1, the default) draws an accented letter as two glyphs, the accent over the letter:
 * pdf.js writes the spacing accent ("¨", "´", NFKC: a space and the combining mark) before the letter, often after a
 * gap it reads as a space ("M ¨arz", "Montr ´eal", "f ¨ur"). Accent and vowel are made the one letter a reader sees
 * when they compose (NFC). The gap before it goes only inside a word: after a letter and before a lower-case vowel
 * that more letters follow ("Montréal"); "´Ecole", a lone "`a" and "l’ ´equipe" keep theirs. Only vowels (and n, for
 * ñ) take the accent, so "it´s", "you´re" and "o´clock" (an accent typed as an apostrophe) stay as written.
 * PDF text only (rows.ts): a Markdown or text résumé's backtick opens code.
 */
const SPACING_ACCENTS: Readonly<Record<string, string>> = {
  '\u00A8': '\u0308', '\u00B4': '\u0301', '\u0060': '\u0300', '\u02C6': '\u0302', '\u005E': '\u0302', '\u02DC': '\u0303',
  '\u02DA': '\u030A', '\u02C7': '\u030C', '\u02D8': '\u0306', '\u02DD': '\u030B',
  '\u0308': '\u0308', '\u0301': '\u0301', '\u0300': '\u0300', '\u0302': '\u0302', '\u0303': '\u0303', '\u030A': '\u030A',
  '\u030C': '\u030C', '\u0306': '\u0306', '\u030B': '\u030B',
};
const DETACHED_ACCENT = /(\p{L})?([ \t]{0,3})([\u00A8\u00B4\u0060\u02C6\u005E\u02DC\u02DA\u02C7\u02D8\u02DD\u0308\u0301\u0300\u0302\u0303\u030A\u030C\u0306\u030B])([AEIOUYaeiouyNn])(?=(\p{L})?)/gu;

export function attachDetachedAccents(text: string): string {
  if (!/[\u00A8\u00B4\u0060\u02C6\u005E\u02DC\u02DA\u02C7\u02D8\u02DD\u0300-\u030C]/u.test(text)) return text;
  return text.replace(DETACHED_ACCENT, (whole, before: string | undefined, gap: string, accent: string, vowel: string, after: string | undefined, at: number) => {
    // A spacing accent written straight after a letter with no gap and followed by a capital is an apostrophe ("L´Oreal").
    // In a word written in capitals ("EXP´ERIENCE", "COMP´ETENCES") it is the capital's accent; after one capital
    // alone ("L´OREAL", "D´ARCY") it is an elision's apostrophe.
    const inCapitals = before !== undefined && /\p{Lu}{2}$/u.test(text.slice(0, at + 1)) && after !== undefined && /\p{Lu}/u.test(after);
    if (before !== undefined && gap === '' && /\p{Lu}/u.test(vowel) && !/[\u0300-\u030C]/u.test(accent) && !inCapitals) return whole;
    const mark = SPACING_ACCENTS[accent];
    const letter = mark === undefined ? undefined : (vowel + mark).normalize('NFC');
    if (letter === undefined || letter.length !== 1) return whole;
    const inWord = before !== undefined && /\p{Ll}/u.test(letter) && after !== undefined;
    return (before ?? '') + (inWord ? '' : gap) + letter;
  });
}

/** One line's character-level clean-up; cells (tab-separated) are cleaned one by one. */
export function normalizeLineText(raw: string): string {
  return normalizeLineMarked(raw).text;
}

/** A clean line, and whether it opened with a list bullet (which the clean-up takes off). */
export interface MarkedLine {
  text: string;
  bullet?: true;
}

/** normalizeLineText, saying whether the line was a list item. */
export function normalizeLineMarked(raw: string): MarkedLine {
  const text = resolveSoftHyphens(raw)
    .replace(ZERO_WIDTH, '')
    .normalize('NFKC')
    .replace(SYMBOL_FONT_BULLET, '$1$2•')
    .replace(PRIVATE_USE, ' ')
    .replace(ODD_SPACES, ' ')
    .replace(SEPARATOR_DOT, '\u00B7')
    .replace(GLUED_AFTER_DATE, ' ')
    .replace(DOT_LEADER, '\t');
  return cleanCells(stripPictographs(text));
}

/** A heading set with letter spacing that became spaces: "E D U C AT I O N" (kerned pairs stay together). */
const LETTER_SPACED = /^(?:\p{Lu}{1,2} ){3,}\p{Lu}{1,2}$/u;
/** A short word of a letter-spaced heading ("O F", "A D S", "&"): letter-spaced only beside a long one. */
const LETTER_SPACED_SHORT = /^(?:(?:\p{Lu}{1,2} ){0,2}\p{Lu}{1,2}|&)$/u;

/**
 * "E X P E R I E N C E   H I S T O R Y" → "EXPERIENCE HISTORY", "H E A D  O F  A D S" → "HEAD OF ADS": words apart by
 * wider gaps (two spaces or more), letters closed up. Short words ("O F") are closed only beside a long
 * letter-spaced word, so "A B C" or "Q A" alone stay as written.
 */
export function closeLetterSpacing(cell: string): string {
  const words = cell.trim().split(/ {2,}/);
  if (!words.some((w) => LETTER_SPACED.test(w))) return cell;
  if (!words.every((w) => LETTER_SPACED.test(w) || LETTER_SPACED_SHORT.test(w))) return cell;
  return words.map((w) => w.replace(/ /g, '')).join(' ');
}

function cleanCells(text: string): MarkedLine {
  let bullet = false;
  let first = true;
  const cells: string[] = [];
  for (const raw of text.split('\t')) {
    const spaced = closeLetterSpacing(raw.replace(/[\r\n\f\v]+/g, ' ')).replace(/ +/g, ' ').trim();
    const cell = stripBullet(spaced);
    // The line's first cell with text says whether the line is a list item.
    if (first && spaced !== '') {
      bullet = cell !== spaced;
      first = false;
    }
    if (cell.length > 0) cells.push(cell);
  }
  const out = cells.join('\t');
  return bullet && out !== '' ? { text: out, bullet: true } : { text: out };
}

function stripBullet(cell: string): string {
  // "– May 2016" is the end of a range wrapped onto its own line, not a list item.
  if (/^[-–—]\s/.test(cell) && DATE_RIGHT.test(cell.slice(2))) return cell;
  let out = cell;
  // Some templates stack glyphs ("• ▪ item"); a couple of passes is enough.
  for (let i = 0; i < 2 && LEADING_BULLET.test(out); i++) out = out.replace(LEADING_BULLET, '');
  return out.trim();
}

/** Last word fragment before a line-final hyphen, e.g. "recommen" in "…the recommen-" (or a drawn soft hyphen). */
const TRAILING_FRAGMENT = /([\p{L}][\p{L}-]*)[-\u00AD]$/u;
/**
 * A continuation that is only the end of a word ("man-" + "agement", "per-" + "formance", "recom-" + "mendation"):
 * at most four letters before a bound suffix, so real second halves ("collaborative-" + "filtering", "deep-" +
 * "learning", "rule-" + "based", "ad-" + "serving") are not matched: "-ing" is left out, too many real words end so.
 */
const WORD_ENDING = /^\p{Ll}{0,4}(?:ment|ments|tion|tions|ation|ations|sion|sions|ity|ities|ness|ance|ances|ence|ences|ical|ically|ally|ous|ously|ive|ively|ize|ized|izes|ise|ised|ization|isation|ist|ists|ism|ology|ular|ure|ures|ient|ients|ial|ially|able|ibly|ably)$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * How to treat a word broken at a line-final hyphen when the next line continues in lower case:
 * - `drop` (default for plain lines): typesetting hyphenation ("recommen-" + "dation" → "recommendation");
 * - `keep`: a real hyphen the line-breaker broke at ("collaborative-" + "filtering"), as pdfkit, Word and
 *   browsers do (they do not hyphenate words, only break after existing hyphens).
 * Either way the hyphen is kept when the word already has one ("state-of-the-" + "art") or its beginning is a
 * known compound prefix ("e-" + "mail"), and dropped when the joined word occurs elsewhere in `vocabulary`.
 */
export interface HyphenPolicy {
  fallback: 'drop' | 'keep';
  vocabulary?: ReadonlySet<string>;
}

/** `left` ends with "word-" and `right` continues it: the joined text, or undefined when it is not a break. */
export function joinHyphenBreak(left: string, right: string, policy: HyphenPolicy): string | undefined {
  const fragment = TRAILING_FRAGMENT.exec(left)?.[1];
  if (fragment === undefined || !STARTS_LOWER.test(right)) return undefined;
  const nextWord = /^[\p{L}]+/u.exec(right)?.[0] ?? '';
  const joinedWord = `${fragment}${nextWord}`.toLowerCase();
  const compound = fragment.includes('-') || COMPOUND_PREFIXES.has(fragment.toLowerCase());
  // A drawn soft hyphen at a line end is the typesetter's break, never a hyphen the author typed.
  const typesetBreak = left.endsWith('\u00AD') || WORD_ENDING.test(nextWord);
  const known = policy.vocabulary?.has(joinedWord) === true;
  const keep = compound || (!known && !typesetBreak && policy.fallback === 'keep');
  return keep ? `${left.slice(0, -1)}-${right}` : `${left.slice(0, -1)}${right}`;
}

/**
 * Joins end-of-line hyphenation with the next line. Only when the next line starts with a lower-case letter and
 * neither line holds table cells (tabs): a capital or digit after the break means the lines are separate
 * ("Jan 2018 -" / "Present"). The whole continuation line joins: a wrapped sentence is one line, not two halves.
 */
export function joinHyphenation(lines: string[], policy: HyphenPolicy = { fallback: 'drop' }): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const joined = prev === undefined || prev.includes('\t') || line.includes('\t') ? undefined : joinHyphenBreak(prev, line, policy);
    if (joined !== undefined) out[out.length - 1] = joined;
    else out.push(line);
  }
  return out;
}

/**
 * Full clean-up of one page's lines: character normalisation, empty lines dropped, hyphenation joined (not for
 * PDFs, whose reader already re-joined wrapped lines knowing the geometry, nor DOCX, whose paragraphs are whole).
 */
export function normalizeLines(rawLines: readonly string[], options: { joinHyphens: boolean } = { joinHyphens: true }): string[] {
  return normalizeMarkedLines(rawLines, options).map((l) => l.text);
}

/** normalizeLines, each line saying whether it was a list item (a line joined to the one above keeps that one's). */
export function normalizeMarkedLines(rawLines: readonly string[], options: { joinHyphens: boolean } = { joinHyphens: true }): MarkedLine[] {
  const cleaned = stripLetterBullets(rawLines.map(normalizeLineMarked).filter((l) => l.text.length > 0));
  if (!options.joinHyphens) return cleaned;
  const out: MarkedLine[] = [];
  for (const line of cleaned) {
    const prev = out[out.length - 1];
    const joined = prev === undefined ? undefined : joinHyphenation([prev.text, line.text]);
    if (prev !== undefined && joined?.length === 1 && joined[0] !== undefined) out[out.length - 1] = { ...prev, text: joined[0] };
    else out.push(line);
  }
  return out;
}

/**
 * A bullet glyph that came out as a letter ("f Contributed to …" from a symbol font without a Unicode map; Word's
 * "o" sub-bullet in Courier New; Word's Symbol-font bullet drawn in another font as an "l" a tab stop away): a lone
 * lower-case letter, then a space or a cell gap and a capitalised word, opening at least three lines
 * of the page ("ó" from an icon font too). Letters that are words in the languages read ("a", "e", "è", "i", "y", "u",
 * "w", "z" …) are never bullets.
 */
const LETTER_BULLET = /^((?![aeiuywzàèéìíòùá])\p{Ll})[ \t]+(?=\p{Lu})/u;
const MIN_LETTER_BULLETS = 3;

function stripLetterBullets(lines: MarkedLine[]): MarkedLine[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const letter = LETTER_BULLET.exec(l.text)?.[1];
    if (letter) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  }
  const bullets = new Set([...counts].filter(([, n]) => n >= MIN_LETTER_BULLETS).map(([letter]) => letter));
  if (bullets.size === 0) return lines;
  return lines.map((l) => {
    const letter = LETTER_BULLET.exec(l.text)?.[1];
    return letter && bullets.has(letter) ? { text: l.text.replace(LETTER_BULLET, ''), bullet: true } : l;
  });
}
