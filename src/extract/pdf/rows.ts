// Positioned text items → visual rows (shared baseline) → row text with cells split at wide gaps.
import { attachDetachedAccents, endsWithYear, startsWithDateToken, visibleSoftHyphens } from '../normalize.js';
import type { PdfTextItem } from './load.js';

/** A text item in page space, y growing upwards (PDF user space). */
export interface Item {
  str: string;
  x: number;
  y: number;
  /** Advance width. */
  w: number;
  /** Font size (approximately the glyph height). */
  size: number;
  /** pdf.js font id: a change of font (bold title after regular body) ends a paragraph. */
  font: string;
  /** Its letters were closed up (closeSpacedLetters): each such item is a word of its own. */
  spaced?: true;
}

export interface Row {
  /** Baseline of the row's first item. */
  y: number;
  /** Sorted by x. */
  items: Item[];
}

/** Items on baselines closer than this fraction of the font size share a row (sub/superscripts included). */
const BASELINE_TOLERANCE_EM = 0.45;
/**
 * A gap wider than this (in font sizes) separates cells: table columns, right-aligned dates, moderncv's date
 * column (1 em from the title). Word spaces are ~0.3 em; pdf.js already puts real spaces inside the string.
 */
export const CELL_GAP_EM = 0.75;
/** A gap wider than this means a word space pdf.js did not emit. */
const WORD_GAP_EM = 0.12;
/** Between letter-spaced words pdf.js gave apart: any gap wider than this (pt) is a word gap. */
const MIN_SPACED_WORD_GAP_PT = 0.5;

/** An item whose every character stands alone between single spaces: letter-spacing that pdf.js read as spaces. */
const SPACED_LETTERS = /^(?:\S ){2,}\S$/u;
/** Letter-spaced words on a page before its two-letter words are closed up too. */
const MIN_SPACED_ITEMS = 5;
const SPACED_PAIR = /^\p{L} \p{L}$/u;
/** Where a lower-case letter meets a capital inside a word run together ("CaoThangHighSchool"). */
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})/gu;
/** A run of words needs this many capitals inside it before it is split at them ("GitHub", "LinkedIn" stay whole). */
const MIN_CAMEL_WORDS = 3;

/**
 * Canva and other designers' PDFs letter-space their text: pdf.js then gives one item per word with a space between
 * every letter ("p r o j e c t s"). The letters are closed up; an item that held several words run together
 * ("C a o T h a n g H i g h S c h o o l") is split where a capital follows a lower-case letter.
 */
export function closeSpacedLetters(str: string): string {
  if (!SPACED_LETTERS.test(str)) return str;
  const closed = str.replace(/ /g, '');
  const words = closed.split(CAMEL);
  return words.length >= MIN_CAMEL_WORDS ? words.join(' ') : closed;
}

export function toItems(raw: ReadonlyArray<PdfTextItem | { type: string }>): Item[] {
  const items: Item[] = [];
  for (const it of raw) {
    if (!('str' in it) || it.str.trim() === '') continue; // whitespace items and marked-content markers
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = it.transform;
    const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), it.height, 1);
    const str = visibleSoftHyphens(it.str);
    const closed = closeSpacedLetters(str);
    items.push({ str: closed, x: e, y: f, w: Math.max(it.width, 0), size, font: it.fontName ?? '', ...(closed !== str ? { spaced: true as const } : {}) });
  }
  // On a letter-spaced page two-letter words are spaced too ("i n", "a t").
  if (items.filter((i) => i.spaced).length >= MIN_SPACED_ITEMS) {
    for (const item of items) if (SPACED_PAIR.test(item.str)) Object.assign(item, { str: item.str.replace(' ', ''), spaced: true });
  }
  markLetterBullets(items);
  lowerOrdinalSuffixes(items);
  return items;
}

/** An ordinal's suffix Word raises and shrinks ("82" + "nd", "18" + "th", "1" + "er"). */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|e|er|re|ème|o|a|º|ª)$/iu;
/** The suffix's type is at most this share of the number's. */
const MAX_SUPERSCRIPT_SHARE = 0.8;
/** Gap between the number's end and its suffix (pt): they touch. */
const MAX_SUFFIX_GAP_PT = 1.5;
/** More candidates than this on a page are no ordinals (and a hostile page must not cost candidates × items). */
const MAX_SUFFIXES = 200;

/**
 * "52nd Street Grocers", "the 18th floor": Word draws an ordinal's suffix as a superscript, smaller and raised by
 * about a third of the line's size, which put it on a row of its own ("nd" over "Cashier – 52 · Street
 * Grocers"). A short suffix right after a number's last digit, smaller than it and raised by less than half the
 * number's size, is put on the number's baseline.
 */
function lowerOrdinalSuffixes(items: Item[]): void {
  const suffixes = items.filter((it) => ORDINAL_SUFFIX.test(it.str.trim()));
  if (suffixes.length === 0 || suffixes.length > MAX_SUFFIXES) return;
  for (const sfx of suffixes) {
    const number = items.find((n) => n !== sfx && /\d$/u.test(n.str) && sfx.size <= MAX_SUPERSCRIPT_SHARE * n.size
      && sfx.y > n.y && sfx.y - n.y < n.size / 2 && Math.abs(sfx.x - (n.x + n.w)) <= MAX_SUFFIX_GAP_PT);
    if (number) sfx.y = number.y;
  }
}

/** A glyph a symbol font draws as a bullet but that reads as a letter; letters that are words stay letters. */
const LETTER_GLYPH = /^(?![aeiouywzàèéìíòùá])[\p{Ll}§Ø]$/u;
/** A bullet glyph at the same x as the others of its list. */
const SAME_X_PT = 1;
/** Fewest such glyphs on a page that make them a list's bullets. */
const MIN_LETTER_BULLETS = 3;
/** More lone letters than this on a page are no list's bullets. */
const MAX_LETTER_ITEMS = 400;
/** Items are looked up in horizontal bands this tall (points). */
const BAND_PT = 4;

/**
 * Word's bullets in Symbol or Wingdings, drawn in a font without a Unicode map (or a stand-in font): the text layer
 * holds a letter ("l" for ●, "§" for ▪, "Ø" for ➢, "q" for ❑). Such a glyph, alone in its own item and in another
 * font than the text beside it on its baseline, at one x at least three times on the page, is a bullet ("•").
 */
function markLetterBullets(items: Item[]): void {
  const letters = items.filter((it) => LETTER_GLYPH.test(it.str.trim()));
  // A page of lone letters is letter-spaced text, not a list (and a hostile one must not cost letters × items).
  if (letters.length < MIN_LETTER_BULLETS || letters.length > MAX_LETTER_ITEMS) return;
  const byBand = new Map<number, Item[]>();
  for (const it of items) {
    const band = Math.floor(it.y / BAND_PT);
    const list = byBand.get(band);
    if (list) list.push(it);
    else byBand.set(band, [it]);
  }
  const besideText = (it: Item): boolean => {
    const band = Math.floor(it.y / BAND_PT);
    for (let b = band - 2; b <= band + 2; b++) {
      for (const o of byBand.get(b) ?? []) if (o !== it && o.font !== it.font && Math.abs(o.y - it.y) < it.size / 2 && o.x > it.x && o.x - it.x < it.size * 4) return true;
    }
    return false;
  };
  const candidates = letters.filter(besideText);
  if (candidates.length < MIN_LETTER_BULLETS) return;
  const bullets = candidates.filter((c) => candidates.filter((o) => Math.abs(o.x - c.x) <= SAME_X_PT && o.str.trim() === c.str.trim()).length >= MIN_LETTER_BULLETS);
  for (const b of bullets) b.str = '•';
}

/** Groups items into rows, top of the page first, each row's items left to right. */
export function groupRows(items: readonly Item[]): Row[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Row[] = [];
  let current: Row | undefined;
  let currentSize = 0;
  // Compared with the row's lowest item so far: small caps ("P" large, "ROJECTS" small) and a drop cap sit a little
  // apart from the first item and still belong to its row.
  let lowest = 0;
  for (const item of sorted) {
    const tolerance = BASELINE_TOLERANCE_EM * Math.min(currentSize || item.size, item.size);
    if (current && lowest - item.y <= tolerance) {
      current.items.push(item);
      currentSize = Math.max(currentSize, item.size);
      lowest = Math.min(lowest, item.y);
      continue;
    }
    current = { y: item.y, items: [item] };
    currentSize = item.size;
    lowest = item.y;
    rows.push(current);
  }
  for (const row of rows) row.items.sort((p, q) => p.x - q.x);
  return rows;
}

/** A row's items split into cells at gaps wider than CELL_GAP_EM (a justified line stays one or two cells). */
export function cellsOf(items: readonly Item[]): Item[][] {
  const cells: Item[][] = [];
  let prev: Item | undefined;
  for (const item of items) {
    const gap = prev ? item.x - (prev.x + prev.w) : Infinity;
    const last = cells[cells.length - 1];
    if (prev && last && gap <= CELL_GAP_EM * Math.max(prev.size, item.size)) last.push(item);
    else cells.push([item]);
    prev = item;
  }
  return unjustify(cells);
}

/** A justified line has this many stretched word gaps at least (a table row has few cells, unequal gaps). */
const MIN_JUSTIFIED_GAPS = 3;
/**
 * Stretched word gaps of one line are equal (pt, or this share of the gap, whichever is larger). TeX stretches the
 * space after a comma a quarter more (space factor 1250) and a bold word's space is wider: "Research Assistant,
 * Systems Lab, Brazos …" justified has gaps of 8.3 and 9.5 pt.
 */
const EQUAL_GAP_PT = 0.6;
const EQUAL_GAP_SHARE = 0.16;
/** Word gaps wider than this (in font sizes) are columns, however equal. */
const MAX_JUSTIFIED_GAP_EM = 4;
/** A date range (or one date) at the end of a line: kept as a right-hand cell when the rest is merged. */
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|avr|juil|déc|ene|abr|ago|dic|spring|summer|fall|autumn|winter)\\p{L}*\\.?\\s+';
const ONE_DATE = `(?:${MONTH_WORD})?(?:\\d{1,2}[/.])?(?:19|20)\\d\\d`;
const DATE_TAIL = new RegExp(`^${ONE_DATE}(?:\\s*(?:[-–—]|to|bis|à)\\s*(?:${ONE_DATE}|\\p{L}+))?$`, 'iu');

const gapBetween = (a: Item[], b: Item[]) => {
  const last = a[a.length - 1];
  return (b[0]?.x ?? 0) - (last ? last.x + last.w : 0);
};

/**
 * A justified line (Word, LibreOffice, or a line ended by a manual break in a justified paragraph) stretches every
 * word gap to the same width, often past the cell gap: its words are one cell, not a table row. A date range at
 * its end stays a cell of its own ("Engineer, Acme Corp ⇥ 2019 – 2021"), as a right-aligned date would be.
 */
export function unjustify(cells: Item[][]): Item[][] {
  if (cells.length <= MIN_JUSTIFIED_GAPS) return cells;
  const gaps = cells.slice(1).map((c, i) => gapBetween(cells[i] ?? [], c));
  const equal = (g: number, ref: number) => Math.abs(g - ref) <= Math.max(EQUAL_GAP_PT, EQUAL_GAP_SHARE * ref);
  const out: Item[][] = [];
  let i = 0;
  while (i < cells.length) {
    // The longest stretch of equal gaps from cell i: a justified line, or the justified part of a table row.
    const ref = gaps[i] ?? Infinity;
    let j = i;
    while (j < gaps.length && ref <= MAX_JUSTIFIED_GAP_EM * (cells[i]?.[0]?.size ?? 0) && equal(gaps[j] ?? Infinity, ref)) j++;
    if (j - i >= MIN_JUSTIFIED_GAPS) {
      out.push(...splitDateTail(cells.slice(i, j + 1)));
      i = j + 1;
    } else {
      out.push(cells[i] ?? []);
      i++;
    }
  }
  return out;
}

/** The words of one justified stretch → one cell, or two when it ends with a date range. */
function splitDateTail(words: Item[][]): Item[][] {
  const text = (from: number) => words.slice(from).map((c) => cellText(c)).join(' ');
  const dateStart = words.findIndex((_, i) => i > 0 && DATE_TAIL.test(text(i)));
  return dateStart < 0 ? [words.flat()] : [words.slice(0, dateStart).flat(), words.slice(dateStart).flat()];
}

/**
 * Letter-spaced capitals ("H E A D", "O F"): browsers and design tools draw each word of a tracked heading as its own
 * run, pdf.js puts a space between its letters. Two such runs apart by a word gap are joined by two spaces, the
 * word boundary that closeLetterSpacing (normalize.ts) keeps when it closes the letters up.
 */
const SPACED_ITEM = /^\s*\p{Lu}(?: \p{Lu})*\s*$/u;
const SPACED_TAIL = /(?:^|\s{2})\p{Lu}(?: \p{Lu})*\s*$/u;

/**
 * Text of one cell: items joined directly, or by a space where pdf.js left a word gap without one. A gap between
 * two date tokens is where a range separator was drawn but has no text (a glyph with no character; a drawn U+00AD,
 * which pdf.js drops, is put back first where the page's glyph runs hold it: soft-hyphens.ts): it becomes an en dash.
 */
export function cellText(items: readonly Item[]): string {
  let out = '';
  let prev: Item | undefined;
  for (const item of items) {
    if (prev) {
      const gap = item.x - (prev.x + prev.w);
      // Letter-spaced words (closed up) are apart by any visible gap: tracking narrows the word gap to a letter gap.
      // (Not after a lone capital: the larger initial of a small-caps heading, "E" + "XPERIENCE".)
      const spacedWords = (prev.spaced || item.spaced) && !/^\p{Lu}$/u.test(prev.str);
      const needsSpace = gap > (spacedWords ? MIN_SPACED_WORD_GAP_PT : WORD_GAP_EM * Math.max(prev.size, item.size));
      const lostDash = needsSpace && endsWithYear(out) && startsWithDateToken(item.str);
      if (lostDash) out = `${out.trimEnd()} – `;
      else if (needsSpace && SPACED_TAIL.test(out) && SPACED_ITEM.test(item.str)) out = `${out.trimEnd()}  `;
      else if (needsSpace && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
    }
    out += item.str;
    prev = item;
  }
  // A soft hyphen at the end of one run and letters at the start of the next: the same visible hyphen. An accent TeX
  // drew apart from its vowel (OT1 fonts) joins it.
  return attachDetachedAccents(visibleSoftHyphens(out));
}

/** Text of one row: cells joined by a tab (the stage-wide cell separator). */
export function rowText(items: readonly Item[]): string {
  return cellsOf(items).map(cellText).join('\t');
}
