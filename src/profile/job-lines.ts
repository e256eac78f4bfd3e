// The role of each line in an experience-like section: a date line (anchor of a job), a header line (title,
// company, location), a body line (bullets, sentences), a LinkedIn duration line, or the end of a range that
// started on an earlier line ("2021 –" … "Present").
import type { Line } from '../types.js';
import { findDateRanges, parseRangeEnd, tokenize, type FoundRange, type ReadingLike } from './dates.js';
import { wholeSpan } from '../months.js';
import { completeRange, endsWithDateCell } from './date-join.js';
import { parseDuration } from './durations.js';
import { DOT_LEADER } from '../extract/normalize.js';
import { addressColonHeader, orgColonPlace } from './address-colon.js';
import { BIRTH_LABEL, isBulletLine, isCopyrightLine, isPageMarker, looksLikeProse, splitCells, stripBullet, wordCount } from './line-shape.js';
import { isColumnLabel, isEmploymentType, ORG_RE, TITLE_RE } from './header-lexicon.js';
import { isLocation } from './header-places.js';
import { employerName, formField, type FormValue } from './form-labels.js';
import { isEntryLabel } from './sections.js';

export type LineRole = 'blank' | 'body' | 'anchor' | 'header' | 'duration' | 'rangeEnd';

export interface ClassifiedLine {
  line: Line;
  role: LineRole;
  range?: FoundRange;
  /** Header text left on the line once the dates (and any range end taken by an earlier line) are cut out. */
  rest: string;
  /** A labelled field of a form-like entry ("Main activities and responsibilities …"): body of the job being read. */
  formBody?: boolean;
  /** What the job was, written on its header's line after the header ("… 2016 – 2018 - Used forensic tools …"). */
  tail?: string;
}

/** Header text beside a date longer than this is a sentence, not a job header. */
const MAX_HEADER_WORDS = 12;
/** A job header is never longer than this; longer lines are body text (and never reach the header regexes,
 *  whose edge-trimming would be quadratic on a hostile line full of separators). */
const MAX_HEADER_CHARS = 300;
/** How many lines below "2021 –" we look for its end. */
const SPLIT_RANGE_LOOKAHEAD = 3;
/** "Tech stack: Python, Go": a labelled list belongs to the body. */
const LABELLED_LIST = /^[\p{L}][\p{L} /&-]{1,30}:\s+\S/u;
/** Separators left at the edges once the dates are cut out (and the full stop after a year: "2017 - 2023. Company"). */
const EDGE = /^[\s,;:|·•—–-]*(?:\.(?=\s))?[\s,;:|·•—–-]+|[\s,;:|·•—–(-]+$|\s+\/\/\s*$/gu;

const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;
/** A parenthesised aside inside a header line. */
const ASIDE = /\s*\([^()]*\)/gu;

function cut(text: string, from: number, to: number): string {
  return withoutStatedDuration(`${text.slice(0, from)}\t${text.slice(to)}`.replace(EMPTY_BRACKETS, '')).replace(EDGE, '').trim();
}

/**
 * A duration the header states before its dates or at the end of a cell ("THG – The Hut Group ~ 7 years (2015 –
 * Present)", "Northwind · 2 yrs 3 mos"): not part of the organisation or title.
 */
export function withoutStatedDuration(text: string): string {
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const d = parseDuration(toks, i);
    if (!d) continue;
    const after = toks[d.next];
    const endsCell = after === undefined || after.wideBefore || (after.kind === 'close' && (toks[d.next + 1] === undefined || toks[d.next + 1]?.wideBefore));
    // After a lower-case word it is part of a sentence ("led 12 engineers for 3 years").
    const before = toks[i - 1];
    if (!endsCell || before === undefined || (before.kind === 'word' && !before.capital)) continue;
    const to = toks[d.next - 1]?.to ?? text.length;
    return withoutStatedDuration(`${text.slice(0, toks[i]?.from ?? 0).trimEnd()}${text.slice(to)}`);
  }
  return text;
}

/** A longer lead-in before a colon ("Tools I have been using on this team lately: …"). */
const LONG_LABELLED_LIST = /^[\p{L}][\p{L} /&'’-]{30,60}:\s+\S/u;
/** Fewest items of the list after a long lead-in. */
const MIN_LONG_LIST_ITEMS = 3;

/**
 * "Tools I have been using on this team lately: Go, Kafka, Terraform" (a bullet whose glyph was lost): a long
 * lead-in, then a list of three or more items, none of them a title. Too long for a company's name before its title.
 */
function isLongLabelledList(text: string): boolean {
  if (!LONG_LABELLED_LIST.test(text)) return false;
  const items = text.slice(text.indexOf(':') + 1).split(',').map((i) => i.trim());
  return items.length >= MIN_LONG_LIST_ITEMS && !items.some((i) => i === '' || TITLE_RE.test(i));
}

/** "Tech stack: Python, Go" is a labelled list; "Fernhill Talent Partners: Senior Recruiter" is a job header. */
function isLabelledList(text: string): boolean {
  if (isLongLabelledList(text)) return true;
  if (!LABELLED_LIST.test(text) || addressColonHeader(text) || orgColonPlace(text)) return false;
  const after = text.slice(text.indexOf(':') + 1).trim();
  // "Harbourview General Hospital: Charge Nurse, Acute Medical Unit": a title first, then its area, is a header;
  // "Clinical skills: IV therapy, venepuncture" (no title first) stays a list.
  const firstPart = after.split(',')[0] ?? '';
  if (!(TITLE_RE.test(firstPart) && wordCount(after) <= MAX_COLON_TITLE_WORDS)) return true;
  // A comma after the title needs a name before the colon (two words or an organisation cue), not "Tools: …".
  const before = text.slice(0, text.indexOf(':'));
  return after.includes(',') && wordCount(before) < 2 && !ORG_RE.test(before);
}

/**
 * "Python, Go, Java, SQL" is a list; "VP Engineering, Ads, Dovetail Social, Amsterdam" is a header (a title first),
 * and so is "Skerry Marketplace AB, Engineering Manager, Search Ranking<tab>Gothenburg, Sweden" (a title second).
 */
function isCommaList(text: string): boolean {
  // "Tallow Electronics, 12 Mill Rd, Greenwood, IN 46100— Seasonal Sales Advisor": the company's address, then a dash and a title.
  const dashed = /[—–]\s*(?=\S[^—–]*$)/u.exec(text);
  if (dashed && TITLE_RE.test(text.slice(dashed.index + dashed[0].length)) && !text.slice(dashed.index + dashed[0].length).includes(',')) return false;
  const parts = text.split(',');
  return parts.length > 4 || (parts.length === 4 && !TITLE_RE.test(parts[0] ?? '') && !TITLE_RE.test(parts[1] ?? ''));
}

/** Most words of the title in "Company: Title". */
const MAX_COLON_TITLE_WORDS = 8;
const LIST_SPLIT = /\s*[·•|]\s*|\s+\/\s+/u;
/** Items of a tech-stack line are short. */
const MAX_STACK_ITEM_WORDS = 3;

/** "Go · gRPC · Postgres", "Bristol / Remote · PyTorch · Spark": three or more short items, none a title or a company. */
function isTechStack(text: string): boolean {
  const items = text.split(LIST_SPLIT).filter((i) => i !== '');
  const named = items.filter((i) => !isLocation(i) && !isEmploymentType(i));
  if (named.length < 3) return false;
  return items.every((i) => wordCount(i) <= MAX_STACK_ITEM_WORDS && !TITLE_RE.test(i) && !ORG_RE.test(i));
}

/** A wrapped sentence whose words the PDF spaced out with tabs ("Lead\t22\tengineers\tand…"). */
function isTabbedProse(text: string): boolean {
  const cells = text.split(/\t+/);
  return cells.length >= 6 && cells.every((c) => wordCount(c) <= 1) && looksLikeProse(cells.join(' '));
}

/** The first sentence end followed by a capital ("…, London. Built recommendation models…"). */
/**
 * A full stop and a capital: a new sentence, unless the stop ends a name's abbreviation ("St. Aldhelm's", "Dr. Rao",
 * "Lumen Freight Ltd. Leeds") or a legal form follows it ("GmbH & Co. KG", "Smith & Co. LLP").
 */
const SENTENCE_BREAK = /(?<!\b(?:St|Ste|Mt|Ft|Pt|Dr|Mr|Mrs|Ms|Prof|Jr|Sr|Bros|No|Nr|Co|Inc|Ltd|Corp))\.\s+(?=\p{Lu})(?!(?:KG|KGaA|OHG|GmbH|AG|LLC|LLP|LP|Ltd|Inc|PLC|SE|SA|BV|NV|AB|AS|Oy)\b)/u;

/** "Research Scientist, Corvane AI Labs, London. Built models…" beside its dates (CVs): the header is the first sentence. */
/** Strong separators between the pieces of a one-line header ("Company · Title · Dates", "Title | Company"). */
const HEADER_PIECE_SEPARATOR = /\s[—–|·•]\s|\t/u;

/**
 * A long dated line made of two to four short pieces ("Meridian Advertising Technologies Europe GmbH (formerly AdLoom
 * Berlin) · Lead Data Scientist, Ads Relevance and Click Prediction") is a header, judged piece by piece: a long
 * company name and a long title do not make a sentence. Any piece that reads as prose, or is too long, and it is not.
 */
export function isPiecedHeader(rest: string): boolean {
  const pieces = rest.split(HEADER_PIECE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2 || pieces.length > 4) return false;
  return pieces.every((p) => wordCount(p) <= MAX_HEADER_WORDS && (!looksLikeProse(p) || isLowerCaseTitle(p))) && pieces.some((p) => TITLE_RE.test(p));
}

/** Most words of a title written in lower case ("engineer/tech", "sales assistant"). */
const MAX_LOWER_TITLE_WORDS = 3;
/** "engineer/tech | Generator Support Services LTD": a short title in lower case is a piece of a header, not a wrapped sentence. */
function isLowerCaseTitle(piece: string): boolean {
  return wordCount(piece) <= MAX_LOWER_TITLE_WORDS && TITLE_RE.test(piece) && !/[.!?;:,]$/u.test(piece);
}

/** Most words of one cell in a row of short cells. */
const MAX_ROW_CELL_WORDS = 6;

/**
 * "Syndicat des Eaux du Vercors<tab>Summer job.": a dated row of short cells, none of them a sentence once a closing
 * full stop is set aside (friggeri-cv ends its titles with one). A cell that reads as a sentence keeps the line a body
 * line ("2019<tab>Reduced costs by 20%.").
 */
function isShortCellRow(rest: string): boolean {
  if (!rest.includes('\t')) return false;
  const cells = splitCells(rest);
  return cells.length >= 2 && cells.every((c) => /\p{L}/u.test(c) && wordCount(c) <= MAX_ROW_CELL_WORDS && !looksLikeProse(c.replace(/\.$/u, '')));
}

/** Parts and words of a "Title, Unit, Organisation, City" header written out in full. */
const MIN_COMMA_PARTS = 3;
const MAX_COMMA_PARTS = 5;
const MAX_COMMA_PART_WORDS = 6;
const PART_START = /^[\p{Lu}\p{N}]/u;

/**
 * "Postdoctoral Research Fellow, MRC Unit for Lifecourse Epidemiology, University of Dunmore, Dunmore": an academic
 * appointment written out, longer than a header usually is but a header all the same: three to five comma parts,
 * each short and capitalised, a title first, and no sentence end. "Built the feature store, cut costs, …" is prose.
 */
function isLongCommaHeader(rest: string): boolean {
  // moderncv ends every entry with a full stop ("Monteurin, Kessler Anlagenbau, Steyr."): one is allowed, not "…".
  const t = rest.trim().replace(/(?<!\.)\.$/u, '');
  if (/[.!?;:]$/u.test(t) || t.includes('\t') || SENTENCE_BREAK.test(t)) return false;
  const parts = t.split(/,\s+/u);
  // The title outside any bracket: "Course (lecturer, 140 students), University" names no title of its own.
  if (parts.length < MIN_COMMA_PARTS || parts.length > MAX_COMMA_PARTS || !TITLE_RE.test((parts[0] ?? '').replace(/\([^)]*\)?/gu, ''))) return false;
  return parts.every((p) => PART_START.test(p) && wordCount(p) <= MAX_COMMA_PART_WORDS && !looksLikeProse(p));
}

/** `text` without the first occurrence of `part` (the header), tabs where the cuts were. */
function withoutText(text: string, part: string): string {
  const at = text.indexOf(part);
  return at < 0 ? text : `${text.slice(0, at)}\t${text.slice(at + part.length)}`;
}

/** A dash or colon, then what the job was: "… May 2016 – July 2016 - Used forensic tools to …". */
const DESCRIPTION_AFTER_DATES = /^\s*[-–—:]\s+\p{L}/u;

/**
 * "Forensic Analyst Intern · Ridgeline State Police, Morgantown, WV May 2016 – July 2016 - Used forensic tools …": a
 * header, its dates, then a dash and what the job was, in one paragraph. The header is what comes before the dates.
 */
function headerBeforeDates(text: string, range: { from: number; to: number }): string | undefined {
  if (!DESCRIPTION_AFTER_DATES.test(text.slice(range.to))) return undefined;
  const head = text.slice(0, range.from).replace(EDGE, '').trim();
  return head !== '' && TITLE_RE.test(head) && !looksLikeProse(head) && wordCount(head) <= MAX_HEADER_WORDS ? head : undefined;
}

/**
 * "12/2013 – 12/2015 ⇥ nordwerk GbR, Dresden": the dates in a cell of their own and, beside them, a short name with
 * an organisation word — a company, even one spelt in lower case (which alone reads as a wrapped sentence).
 */
function isOrgCell(dated: string, rest: string): boolean {
  const t = rest.trim();
  return dated.includes('\t') && !t.includes('\t') && ORG_RE.test(t) && wordCount(t) <= MAX_ORG_LINE_WORDS && !/[.!?;:]$/u.test(t);
}

/** "Software developer, analyst: surveying data …": a colon, then what the job was. */
const COLON_BREAK = /:\s+(?=\S)/u;
/** What the dates leave before the header: "May 2015 – Dec 2017. Software developer …". */
const LEADING_STOP = /^[\s.:;,–—-]+/u;

function headerBeforeSentence(rest: string): string | undefined {
  const t = rest.replace(LEADING_STOP, '');
  const stop = SENTENCE_BREAK.exec(t);
  const colon = COLON_BREAK.exec(t);
  const m = stop && colon ? (stop.index < colon.index ? stop : colon) : (stop ?? colon);
  if (!m) return undefined;
  const head = t.slice(0, m.index).trim();
  return TITLE_RE.test(head) && !looksLikeProse(head) && wordCount(head) <= MAX_HEADER_WORDS ? head : undefined;
}

/** "Company<tab>Title<tab>Dates": the header row of an experience table. */
function isColumnLabelRow(text: string): boolean {
  const cells = splitCells(text);
  return cells.length >= 2 && cells.every(isColumnLabel);
}

function isDurationOnly(text: string): boolean {
  return durationOnlyMonths(text) !== undefined;
}

/** The months of a line that is a duration alone ("3 years 3 months", LinkedIn's total under a company). */
export function durationOnlyMonths(text: string): number | undefined {
  const toks = tokenize(text);
  const d = parseDuration(toks, 0);
  return d !== undefined && d.next === toks.length ? d.months : undefined;
}

/** A last piece after " · " / " | " that is a duration alone: a company's total time beside its description. */
const LAST_PIECE = /\s[|·•]\s(?=[^|·•]*$)/u;

/** "Online marketplace for home goods · 9 years 6 months" → the text before the duration; otherwise the text. */
export function withoutTrailingDuration(text: string): string {
  const m = LAST_PIECE.exec(text);
  if (!m) return text;
  const head = text.slice(0, m.index).trim();
  return head !== '' && isDurationOnly(text.slice(m.index + m[0].length).trim()) ? head : text;
}

/** Markdown decoration around header text: "### Title", "**Title**", "_Company_". */
const MARKDOWN_DECORATION = /^#{1,6}\s+|\*\*|__|(?<![\p{L}\p{N}])[*_](?=\p{L})|(?<=[\p{L}.)])[*_](?![\p{L}\p{N}])/gu;

/** A form-like entry's labelled line: the dates, the position and the employer are read from the value alone. */
function classifyFormLine(line: Line, form: FormValue, pivot: ReadingLike): ClassifiedLine {
  if (form.value === '') return { line, role: 'blank', rest: '' };
  if (form.field === 'dates') {
    const c = classifyLine({ ...line, text: form.value }, pivot);
    return c.role === 'anchor' ? { ...c, line } : { line, role: 'body', rest: '', formBody: true };
  }
  // "Role: Lead Data Scientist | Feb 2020 – to date": a labelled header that carries its own dates is a dated header.
  if (form.field === 'position' || form.field === 'employer') {
    const c = classifyLine({ ...line, text: form.value }, pivot);
    if (c.role === 'anchor' && c.range && !c.range.single) return { ...c, line };
  }
  if (form.field === 'position') return { line, role: 'header', rest: form.value.slice(0, MAX_HEADER_CHARS) };
  if (form.field === 'employer') return { line, role: 'header', rest: employerName(form.value.slice(0, MAX_HEADER_CHARS)) };
  return { line, role: 'body', rest: '', formBody: true };
}

export function classifyLine(line: Line, pivot: ReadingLike): ClassifiedLine {
  const unmarked = /[#*_]/.test(line.text) ? line.text.replace(MARKDOWN_DECORATION, '') : line.text;
  // Dot leaders of a right tab stop are a cell gap (lines that did not come through normalize.ts: tests, callers).
  const text = unmarked.replace(DOT_LEADER, '\t').trim();
  if (text === '' || isPageMarker(text) || isColumnLabelRow(text) || isCopyrightLine(text)) return { line, role: 'blank', rest: '' };
  if (text.length > MAX_HEADER_CHARS || isBulletLine(text)) return { line, role: 'body', rest: '' };
  const form = formField(text);
  if (form) return classifyFormLine(line, form, pivot);
  const dated = undisplaceEnd(text);
  const ranges = findDateRanges(dated, pivot);
  const range = ranges.find((r) => !r.single) ?? ranges[0];
  if (range) {
    let rest = cut(dated, range.from, range.to);
    // "Date of birth  05/11/1990": personal details, never a job's dates.
    if (BIRTH_LABEL.test(rest)) return { line, role: 'body', rest: '' };
    // "Dates 01/03/2019 – present": a form's date label whose column gap the PDF closed is not a header.
    if (formField(rest)?.field === 'dates' || formField(`${rest}:`)?.field === 'dates') rest = '';
    // Asides in parentheses ("(acquired by Cobalt Retail in 2024)") do not make a header a sentence, when the
    // title is outside them.
    const bare = TITLE_RE.test(rest.replace(ASIDE, '')) ? rest.replace(ASIDE, '') : rest;
    if (isPiecedHeader(bare) || isShortCellRow(bare) || isLongCommaHeader(bare) || isOrgCell(dated, bare)) return { line, role: 'anchor', range, rest };
    if (looksLikeProse(bare) || wordCount(bare) > MAX_HEADER_WORDS) {
      const head = headerBeforeSentence(rest) ?? headerBeforeDates(dated, range);
      if (head === undefined) return { line, role: 'body', rest: '' };
      // The rest of the line is the job's own text (its evidence), quoted without the header and the dates.
      const tail = withoutText(cut(dated, range.from, range.to), head).replace(EDGE, '').trim();
      return { line, role: 'anchor', range, rest: head, ...(tail !== '' ? { tail } : {}) };
    }
    const head = SENTENCE_BREAK.test(rest) ? headerBeforeSentence(rest) : undefined;
    if (head !== undefined) return { line, role: 'anchor', range, rest: head };
    return { line, role: 'anchor', range, rest };
  }
  if (parseRangeEnd(text, pivot)) return { line, role: 'rangeEnd', rest: '' };
  if (isDurationOnly(text)) return { line, role: 'duration', rest: '' };
  const undurated = withoutTrailingDuration(text);
  if (undurated !== text) return classifyLine({ ...line, text: undurated }, pivot).role === 'header' ? { line, role: 'header', rest: undurated } : { line, role: 'body', rest: '' };
  if ((looksLikeProse(text) && !isLongTitle(text)) || isLabelledList(text) || isCommaList(text) || isTechStack(text) || isTabbedProse(text)) return { line, role: 'body', rest: '' };
  return { line, role: 'header', rest: text };
}

/** Most words of a long title written out ("Gas Turbine Engine Test Cell (GTC) Operation and Maintenance …"). */
const MAX_LONG_TITLE_WORDS = 14;
const TITLE_CASE_SMALL_WORDS = /^(?:and|of|for|the|in|on|at|to|&)$/u;

/**
 * "Gas Turbine Engine Test Cell (GTC) Operation and Maintenance Program Manager": longer than a header usually is,
 * but every word capitalised (or a small connector), no sentence end, and a title word last. A sentence is not
 * written so ("Managed the Gas Turbine Test Cell for the Northern Fleet" ends with no title).
 */
function isLongTitle(text: string): boolean {
  const ws = text.trim().split(/\s+/u);
  const last = ws[ws.length - 1] ?? '';
  if (ws.length > MAX_LONG_TITLE_WORDS || /[.!?;:,]$/u.test(last) || !TITLE_RE.test(last)) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || TITLE_CASE_SMALL_WORDS.test(w));
}

/** Take the end of a split range from the first of the next lines (a whole line or one of its cells) that holds it. */
function completeSplitRange(lines: ClassifiedLine[], i: number, pivot: ReadingLike): void {
  const anchor = lines[i];
  if (!anchor?.range || !(anchor.range.open || anchor.range.single)) return;
  for (let k = i + 1; k <= i + SPLIT_RANGE_LOOKAHEAD && k < lines.length; k++) {
    const next = lines[k];
    // A lone date in the next row ("03/2019<tab>Contoso Media") is the end we look for; a whole range is not.
    if (!next || (next.role === 'body' && !endsWithDateCell(next.line.text, pivot)) || (next.role === 'anchor' && !next.range?.single)) return;
    const cells = splitCells(next.line.text);
    const cellIdx = cells.findIndex((c) => parseRangeEnd(c, pivot) !== undefined);
    const cell = cells[cellIdx];
    if (cell === undefined) continue;
    // Whether the cell ends the range, and the joined range: date-join.ts (the date grammar's side of it).
    const beside = cells.filter((_, c) => c !== cellIdx).join(' ');
    const stacked = cellIdx === 0 && cells.length > 1 && anchor.line.text.slice(0, anchor.range.from).trim() === '' && ORG_RE.test(beside) && !TITLE_RE.test(beside);
    const joined = completeRange(anchor.range, anchor.line.text, cell, { nextLine: k === i + 1, wholeLine: cells.length === 1, stacked }, pivot);
    if (!joined) return;
    anchor.range = joined;
    const remaining = cells.filter((_, c) => c !== cellIdx).join('\t');
    const reread = remaining === '' ? undefined : classifyLine({ ...next.line, text: remaining }, pivot);
    lines[k] = reread ? { ...reread, line: next.line } : { line: next.line, role: 'blank', rest: '' };
    return;
  }
}

/** "… 2020<tab>2017 –" at a line end: a lone year, a cell separator, then an open range's start and its dash. */
const DISPLACED_END = /(^|\s)((?:19|20)\d{2})(?:\t+|\s+[·•|]\s+|\s{2,})((?:\p{L}{3,9}\.?\s+)?((?:19|20)\d{2}))\s*[–—-]\s*$/u;

/**
 * A right-aligned range that wrapped ("… Water<tab>2017 –" / "2020") and whose end a PDF reader put on the same row
 * but before it ("… Water 2020<tab>2017 –"): the lone year, later than the start, is the range's end.
 */
function undisplaceEnd(text: string): string {
  const m = DISPLACED_END.exec(text);
  if (!m || Number(m[2]) <= Number(m[4])) return text;
  return `${text.slice(0, m.index)}${m[1] ?? ''}\t${m[3] ?? ''} – ${m[2] ?? ''}`;
}

/** What may follow a season list's year at a line end when the list goes on below ("Summer 2014 and" / "2015"). */
const LIST_TAIL = /^(?:,|&|and|und|et|y|och|en)$/iu;
const YEARS_ONLY = /^\d{4}(?:\s*(?:,|&|and|und|et|y|och|en)\s*\d{4})*$/iu;

/**
 * A season list wrapped after its joining word ("… — Summer 2014 and" / "2015"): the line above is read again with
 * the years below it, when that makes one season list that takes them all.
 */
function continueSeasonList(lines: ClassifiedLine[], i: number, pivot: ReadingLike): void {
  const cur = lines[i];
  const next = lines[i + 1];
  if (!cur || !next || cur.role === 'blank' || !YEARS_ONLY.test(next.line.text.trim())) return;
  const text = cur.line.text.trimEnd();
  const lastWord = text.split(/\s+/u).pop() ?? '';
  if (!LIST_TAIL.test(lastWord) && !text.endsWith(',')) return;
  const joinedText = `${text} ${next.line.text.trim()}`;
  const range = findDateRanges(joinedText, pivot).find((r) => r.precision === 'season' && !r.single && r.to >= joinedText.length);
  if (!range) return;
  const again = classifyLine({ ...cur.line, text: joinedText }, pivot);
  if (again.role !== 'anchor' || again.range?.to !== range.to) return;
  lines[i] = again;
  lines[i + 1] = { line: next.line, role: 'blank', rest: '' };
}

const count = (t: string, ch: string): number => t.split(ch).length - 1;
/** Most words of the wrapped end of a header ("and Search)"). */
const MAX_WRAPPED_TAIL_WORDS = 6;

/** "… Platform (Home Feed" / "and Search)": the line that closes a header's parenthesis is still the header. */
function rejoinParenthesis(out: ClassifiedLine[], i: number): void {
  const prev = out[i - 1];
  const cur = out[i];
  if (!prev || !cur || cur.role !== 'body' || (prev.role !== 'anchor' && prev.role !== 'header')) return;
  const text = cur.line.text.trim();
  if (count(prev.rest, '(') <= count(prev.rest, ')') || !text.includes(')') || wordCount(text) > MAX_WRAPPED_TAIL_WORDS) return;
  out[i] = { line: cur.line, role: 'header', rest: text };
}

/** A body line ending in a comma or a small word ("…scikit-learn and") goes on: the next line is its end. */
const CONTINUES = /(?:,|\b(?:and|or|of|the|to|with|for|in|on|a|an|by|from|into|at|as|und|et|y|och|e)\s*)$/iu;
/** Most words of the end of a wrapped sentence read as a header by mistake. */
const MAX_SENTENCE_TAIL_WORDS = 4;

/** A sentence's end: the line after it may start anything. */
const SENTENCE_END = /[.!?:;)]$/u;
/** Starts with a lower-case word, not a name like "eBay" or "iRobot" (a capital right after the first letter). */
const LOWER_WORD_START = /^\p{Ll}(?!\p{Lu})/u;

/**
 * The short end of a wrapped bullet read as a header: after a line ending in a comma or a small word
 * ("…scikit-learn and" / "Spark"), or a lower-case word after a sentence that has not ended ("…for experiment" /
 * "analysis"). A title ("…and" / "Staff Engineer") and a name like "eBay" stay headers.
 */
function keepWrappedSentence(out: ClassifiedLine[], i: number): void {
  const prev = out[i - 1];
  const cur = out[i];
  if (prev?.role !== 'body' || cur?.role !== 'header') return;
  const before = prev.line.text.trim();
  // "> Prepared nursing students for the entrance" / "Exams.": a list item that had not ended, finished by a word and a stop.
  const finishesItem = isBulletLine(before) && !SENTENCE_END.test(before) && /\p{L}[.!?]$/u.test(cur.rest);
  const continues = CONTINUES.test(before) || (LOWER_WORD_START.test(cur.rest) && !SENTENCE_END.test(before)) || finishesItem;
  if (continues && wordCount(cur.rest) <= MAX_SENTENCE_TAIL_WORDS && !TITLE_RE.test(cur.rest)) out[i] = { line: cur.line, role: 'body', rest: '' };
}

/** A lower-case first word, then a capitalised one ("dubizzle Egypt", "trivago Hotel Search"). */
const LOWER_BRAND = /^\p{Ll}[\p{L}\p{N}.&'’-]*\s+\p{Lu}/u;
/** Most words of a lower-case brand line. */
const MAX_BRAND_WORDS = 4;

/**
 * A lower-case brand with a capitalised word ("dubizzle Egypt") right over a title and its bare dates (LinkedIn's
 * company / title / dates) is the company, not the end of the description above it. A lower-case tail alone
 * ("analysis", "sales team") or one that ends a sentence stays body.
 */
function brandOverTitle(out: ClassifiedLine[], i: number): boolean {
  const cur = out[i];
  if (cur?.role !== 'body' || cur.line.bullet === true || cur.formBody === true) return false;
  const text = cur.line.text.trim();
  if (!LOWER_BRAND.test(text) || wordCount(text) > MAX_BRAND_WORDS || SENTENCE_END.test(text) || /[,\t]/u.test(text)) return false;
  if (out[i + 1]?.role !== 'header' || !titleOverBareDates(out, i + 1)) return false;
  out[i] = { line: cur.line, role: 'header', rest: text };
  return true;
}

/**
 * "Korvel S.r.l., Security Intern ⇥ Vicenza, Italy" / "Internship in the security team. ⇥ 10/03/2025 –
 * 20/06/2025" (RenderCV): the entry's dates sit in the last cell of its first description line. Right under a
 * header line, a sentence whose last cell is a whole date range, or that opens with one ("2020, Jul–Okt. Die …"),
 * gives the entry its dates (the sentence stays out of the header). A dated sentence under another sentence is left
 * as it is.
 */
function datedSentenceUnderHeader(out: ClassifiedLine[], i: number, pivot: ReadingLike): void {
  const prev = out[i - 1];
  const cur = out[i];
  if (prev?.role !== 'header' || cur?.role !== 'body' || cur.formBody === true) return;
  const text = cur.line.text;
  const ranges = findDateRanges(text, pivot).filter((r) => !r.single);
  // "2020, Jul–Okt. Die Firma ist …": the description opens with the entry's dates.
  const opening = ranges.find((r) => text.slice(0, r.from).trim() === '');
  if (opening) {
    out[i] = { line: cur.line, role: 'anchor', range: opening, rest: '' };
    return;
  }
  const cells = text.split('\t');
  const last = cells[cells.length - 1]?.trim() ?? '';
  if (cells.length < 2 || last === '') return;
  const lastFrom = text.lastIndexOf(last);
  const range = ranges.find((r) => r.from >= lastFrom && r.to >= text.trimEnd().length);
  if (!range || text.slice(lastFrom, range.from).trim() !== '') return;
  out[i] = { line: cur.line, role: 'anchor', range, rest: '' };
}

export function classifyLines(lines: readonly Line[], pivot: ReadingLike): ClassifiedLine[] {
  // "Achievements/Tasks" under a job: the entry's own label, neither a header nor a place.
  const out = lines.map((l) => (isEntryLabel(l.text) ? { line: l, role: 'body' as const, rest: '' } : classifyLine(l, pivot)));
  // Every line since a list's lead-in has been body (inListAfterLeadIn): carried forward, one pass.
  let listOpen = false;
  let host: FoundRange | undefined;
  for (let i = 0; i < out.length; i++) {
    continueSeasonList(out, i, pivot);
    if (out[i]?.role === 'anchor') completeSplitRange(out, i, pivot);
    if (i > 0) rejoinParenthesis(out, i);
    if (!brandOverTitle(out, i) && i > 0) keepWrappedSentence(out, i);
    if (i > 0) datedSentenceUnderHeader(out, i, pivot);
    // A form field's value wrapped onto the next line is still that field.
    const cur = out[i];
    if (i > 0 && out[i - 1]?.formBody === true && cur?.role === 'body') cur.formBody = true;
    if (cur?.role === 'header' && (LIST_LEAD_IN.test(cur.rest) || isActivitiesLabel(cur.rest)) && (!ORG_RE.test(cur.rest) || wordCount(cur.rest) > MAX_ORG_LINE_WORDS)) out[i] = { line: cur.line, role: 'body', rest: '' };
    else if (listOpen && cur?.role === 'header' && isListItem(cur) && !titleOverBareDates(out, i)) out[i] = { line: cur.line, role: 'body', rest: '' };
    else if (listOpen && cur?.role === 'anchor' && isDatedListItem(cur, host)) out[i] = { line: cur.line, role: 'body', rest: '' };
    else if (cur?.role === 'anchor' && cur.range && !cur.range.single) host = cur.range;
    const now = out[i];
    // A form label with nothing after it ("Aufgaben:", "Responsibilities:") opens a list as a body lead-in does.
    const leadIn = now !== undefined && (LIST_LEAD_IN.test(now.line.text) || isActivitiesLabel(now.line.text)) && (now.role === 'body' || (now.role === 'blank' && now.line.text.trim() !== ''));
    listOpen = leadIn || (now?.role === 'body' && listOpen);
  }
  for (let i = 0; i < out.length; i++) {
    const cur = out[i];
    if (cur?.role === 'header' && cur.line.bullet === true && !itemIsHeader(out, i)) out[i] = { line: cur.line, role: 'body', rest: '' };
    else if (cur?.role === 'body' && isBulletedCapsTitle(cur.line.text) && titleLess(nearestRole(out, i, 1))) {
      out[i] = { line: cur.line, role: 'header', rest: stripBullet(cur.line.text).trim() };
    }
  }
  for (let i = 0; i < out.length; i++) if (out[i]?.role === 'anchor' && out[i]?.rest !== '') stoppedTailAbove(out, i);
  return out;
}

/** A line that ends a sentence: a word of four letters or more, then a full stop ("Data Base Maintenance."). */
const SENTENCE_STOP = /\p{L}{4,}\.$/u;

/**
 * "…Outlook VBA for mailing reports." / "Software Testing and Upgrading." / "Data Base Maintenance." over "Fiverr,
 * International ⇥ May 2017 – Jan. 2018": a Word list whose bullets the PDF did not keep leaves its short last items as
 * plain lines. Above a dated line that holds its own header, the lines right over it that end in a full stop, with no
 * title or organisation word, are the last job's body (not the section's first lines: nothing of a job is above them).
 */
function stoppedTailAbove(out: ClassifiedLine[], anchor: number): void {
  let top = anchor;
  while (top > 0) {
    const prev = out[top - 1];
    if (prev?.role !== 'header' || prev.line.bullet === true) break;
    const t = prev.line.text.trim();
    if (!SENTENCE_STOP.test(t) || ORG_RE.test(t) || TITLE_RE.test(t)) break;
    top--;
  }
  if (top === anchor || top === 0) return;
  for (let j = top; j < anchor; j++) {
    const cur = out[j];
    if (cur) out[j] = { line: cur.line, role: 'body', rest: '' };
  }
}

/** Lines looked at beside a list item for the date line it belongs to. */
const ITEM_HEADER_REACH = 2;
/** Most words of a title given as the first item under a dated line ("• Shift Supervisor."). */
const MAX_ITEM_TITLE_WORDS = 6;

/** The index of the nearest line that is not blank, `step` lines at a time (-1 above, +1 below); -1 if none is near. */
function nearestIndex(out: readonly ClassifiedLine[], i: number, step: 1 | -1): number {
  for (let k = i + step, n = 0; n < ITEM_HEADER_REACH && k >= 0 && k < out.length; k += step, n++) {
    if (out[k]?.role !== 'blank') return k;
  }
  return -1;
}

/** The nearest line that is not blank, `step` lines at a time (-1 above, +1 below). */
const nearestRole = (out: readonly ClassifiedLine[], i: number, step: 1 | -1): ClassifiedLine | undefined => out[nearestIndex(out, i, step)];

/** The line above is the second header line of a dated entry ("Midvale s.r.l. ⇥ 2023" over "App Developer ⇥ Prato, IT"). */
function underCompleteEntry(out: readonly ClassifiedLine[], i: number): boolean {
  const above = nearestIndex(out, i, -1);
  return above >= 0 && out[above]?.role === 'header' && nearestRole(out, above, -1)?.role === 'anchor';
}

/**
 * A list item is the body of the entry above ("• Contributions to WordPress Core in 3.8", "• Theme Reviewer for the
 * Theme Directory"), whatever its shape, unless it heads a dated line ("• Google<tab>Mountain View" over "Software
 * Engineer<tab>Oct 2016 – Present": templates that bullet the company) or is the title the dated line above it lacks
 * ("Bill's Superette, Andover. 02/2018 – 08/2019." over "• Shift Supervisor."). Dated items are entries already.
 */
function itemIsHeader(out: readonly ClassifiedLine[], i: number): boolean {
  // An item right under a dated entry's two header lines is that entry's first bullet, even when the next entry's dated
  // line follows it (a job with one bullet).
  if (nearestRole(out, i, 1)?.role === 'anchor') return !underCompleteEntry(out, i);
  const cur = out[i];
  return nearestRole(out, i, -1)?.role === 'anchor' && cur !== undefined && TITLE_RE.test(cur.rest) && wordCount(cur.rest) <= MAX_ITEM_TITLE_WORDS;
}

/** Most words of a title written in capitals after a bullet. */
const MAX_CAPS_TITLE_WORDS = 6;

/**
 * "> DEVOPS ENGINEER INTERN (CONSULTANT)" right over "Company, Town, 2023": a template that bullets each entry's title
 * in capitals. A bullet in capitals with a title word is that title when the dated line under it names none; a
 * sentence in capitals, or a bullet over a dated line that has its own title, stays body.
 */
function isBulletedCapsTitle(text: string): boolean {
  if (!isBulletLine(text)) return false;
  const t = stripBullet(text).trim();
  return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && wordCount(t) <= MAX_CAPS_TITLE_WORDS && TITLE_RE.test(t.toLowerCase()) && !/[.!?]$/u.test(t);
}

const titleLess = (c: ClassifiedLine | undefined): boolean => c?.role === 'anchor' && c.rest !== '' && !TITLE_RE.test(c.rest);

/**
 * A line that introduces a list ("These include things such as:", "Responsibilities:"): never a header itself; a short
 * one with an organisation cue ("Acme Corp:" above its title) is.
 */
const LIST_LEAD_IN = /:\s*$/u;

/**
 * "Duties and responsibilities", "Key Responsibilities" alone on a line under each job, without a colon: the label of
 * the job's list, as "Responsibilities:" is, never its title or company.
 */
function isActivitiesLabel(text: string): boolean {
  const form = formField(text.trim());
  return form?.field === 'activities' && form.value === '';
}

/**
 * An undated line in the list a lead-in opened (every line since the lead-in is body) that names no organisation
 * ("Managing Linux servers", "Patching ( Foreman )"; "Systems Administrator, Orrin Labs Ltd" is a header).
 */
const isListItem = (cur: ClassifiedLine): boolean => !ORG_RE.test(cur.rest) && wordCount(cur.rest) <= MAX_LIST_ITEM_WORDS;

/**
 * A title right over a line of bare dates ("Librarian" / "Agustus 2023 - Oktober 2023"): the next role's header, even
 * inside the list the last role's description opened.
 */
function titleOverBareDates(out: readonly ClassifiedLine[], i: number): boolean {
  const cur = out[i];
  const next = out[i + 1];
  return cur !== undefined && TITLE_RE.test(cur.rest) && next?.role === 'anchor' && next.rest === '';
}

/**
 * A dated line in the list a lead-in opened under a job ("Courses Assisted:" / "Numerical Methods (CS357) ⇥ Spring &
 * Fall 2021", "Key projects:" / "Billing rewrite ⇥ 2020"): an item of that job, not a job, when its dates fall within
 * the job's and it names no title or organisation. A later job's dated line ("Skyscanner ⇥ 2016 – 2018") lies outside
 * them.
 */
function isDatedListItem(cur: ClassifiedLine, host: FoundRange | undefined): boolean {
  if (!host || !cur.range || TITLE_RE.test(cur.rest) || ORG_RE.test(cur.rest)) return false;
  const outer = wholeSpan(host);
  const inner = wholeSpan(cur.range);
  return inner.first >= outer.first && inner.last <= outer.last;
}

/** Most words of a company line that ends in a colon ("Fernhill Talent Partners Ltd:"). */
const MAX_ORG_LINE_WORDS = 5;
/** Most words of an unbulleted list item under a lead-in. */
const MAX_LIST_ITEM_WORDS = 8;
