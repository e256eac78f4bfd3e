// Header text of one job entry as pieces: wrapped header lines joined back (a one-line header that wrapped, a
// title wrapped beside its dates), then split into title / organisation / location candidates (job-header.ts).
import type { ClassifiedLine } from './job-lines.js';
import { splitPieces, type HeaderPiece } from './job-header.js';
import { isLocation } from './header-places.js';
import { ORG_RE, TITLE_RE } from './header-lexicon.js';
import { isTitleQualifier } from './comma-header.js';
import { wordsOf } from './lexicon/index.js';

export interface EntryHeaders {
  headers: ClassifiedLine[];
  anchor?: ClassifiedLine;
}

const HAS_SEPARATOR = /\s[—–|·]\s/u;
const ENDS_WITH_SEPARATOR = /\s[—–|·-]$/u;

/** A one-line header that wrapped ("Manager — Wide World" / "Importers — Kraków — dates") is one line again. */
function joinWrappedHeaders(entry: EntryHeaders): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  entry.headers.forEach((c, i) => {
    if (c.rest === '') return;
    const prev = out[out.length - 1];
    if (prev && prev.line === i - 1 && HAS_SEPARATOR.test(prev.text) && (ENDS_WITH_SEPARATOR.test(prev.text) || HAS_SEPARATOR.test(c.rest))) {
      prev.text = `${prev.text} ${c.rest}`;
      prev.line = i;
      return;
    }
    // "Senior Analyst, Whitcliffe Infrastructure" / "Holdings plc, Stafford"; "Treasurer, Riverside Orchestra," / "Stafford".
    if (prev && prev.line === i - 1 && continuesName(prev.text, c.rest)) {
      prev.text = `${prev.text} ${c.rest}`.replace(/,\s*,/g, ',');
      prev.line = i;
      return;
    }
    // After a date cell that opens the line ("12/2014 – 3/2015 ⇥ Korvin Technologie" / "Programmierer") the line
    // below is the next part of the entry, unless the line above is visibly cut (an open bracket, a trailing comma).
    const anchor = entry.headers[i - 1];
    if (prev && prev.line === i - 1 && anchor === entry.anchor && continuesTitle(prev.text, c.rest, datesOpenLine(anchor))) {
      prev.text = `${prev.text} ${c.rest}`;
      return;
    }
    out.push({ text: c.rest, line: i });
  });
  return out;
}

/** The anchor line opens with its date range ("12/2014 – 3/2015 ⇥ Company", "seit 6/2015 ⇥ Company"). */
function datesOpenLine(anchor: ClassifiedLine | undefined): boolean {
  const from = anchor?.range?.from;
  return from !== undefined && anchor !== undefined && anchor.line.text.slice(0, from).trim() === '';
}

const FIRST_WORD = /^[\p{L}.&'’-]+/u;

/** A comma header wrapped at a line end: the line above ends in a comma, or this one opens with a legal form. */
function continuesName(prev: string, next: string): boolean {
  if (!prev.includes(',') || HAS_SEPARATOR.test(prev) || HAS_SEPARATOR.test(next) || TITLE_RE.test(next)) return false;
  if (prev.trimEnd().endsWith(',')) return next.split(/\s+/).length <= 4;
  // Only the tail of a name ("Holdings plc"), not a new one ("University of Edinburgh", "Hogeschool Lindevoort": an
  // institution word and then its own name), after a name, not an area.
  const first = FIRST_WORD.exec(next)?.[0] ?? '';
  const name = next.split(',')[0]?.trim() ?? '';
  const last = name.split(/\s+/).pop() ?? '';
  const lastPart = prev.slice(prev.lastIndexOf(',') + 1).trim();
  return first !== '' && ORG_RE.test(first) && ORG_RE.test(last) && name.split(/\s+/).length <= 2 && !isTitleQualifier(lastPart) && !prev.trimEnd().endsWith('.');
}

/** A title wrapped beside its dates: "Senior Machine Learning<tab>dates" / "Engineer", "Manager,<tab>dates" / "Recommendations". */
function continuesTitle(prev: string, next: string, onlyIfCut = false): boolean {
  if (next.split(/\s+/).length > 3 || isLocation(next) || ORG_RE.test(next) || HAS_SEPARATOR.test(prev)) return false;
  // "LionLike MindState, Pomona, CA · June 2012 – Present" / "Volunteer": a line that ends in its place is whole.
  const comma = prev.indexOf(', ');
  if (comma > 0 && isLocation(prev.slice(comma + 2))) return false;
  // "Volunteer Mentor" under a company cell is a title of its own, not the end of the line above.
  if (TITLE_RE.test(next) && next.split(/\s+/).length >= 2 && !/[,&/-]$/.test(prev)) return false;
  if (/[,&/-]$/.test(prev) || prev.split('(').length > prev.split(')').length) return true;
  // "Riverside Chess Club ⇥ dates" / "Volunteer", "Python Porto" / "Member": a role that is a title on its own, under
  // a name, is that name's role. Only the start of a title ("Senior Machine Learning" / "Engineer": seniority and
  // area words) goes on in it.
  if (TITLE_RE.test(next) && !isTitleStem(prev)) return false;
  return !onlyIfCut && !TITLE_RE.test(prev) && TITLE_RE.test(`${prev} ${next}`);
}

const TITLE_OPENERS: ReadonlySet<string> = new Set(wordsOf('titleOpeners'));

/** Words that open a title and need its title word after them: seniority and area words only. */
function isTitleStem(text: string): boolean {
  return text.trim().split(/\s+/u).every((w) => TITLE_OPENERS.has(w.toLowerCase()) || isTitleQualifier(w));
}

export function piecesOf(entry: EntryHeaders): HeaderPiece[] {
  return joinWrappedHeaders(entry).flatMap((h) => splitPieces(h.text, h.line));
}

