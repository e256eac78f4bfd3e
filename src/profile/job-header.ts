// Title, organisation and location from a job's header lines (dates already cut out). Pieces are split on the
// separators résumés use ("—", "|", "·", tab, wide gaps, "at", "Company: Title"); the title is decided by evidence
// (the title vocabulary), not by position; the organisation is the piece with an organisation cue, else the one
// beside the title; a place-like piece is the location. Dates, "Present", section headings and symbols are never
// a title or an organisation.
import { AT_SPLIT_RE, isColumnLabel, isEmploymentType, ORG_RE, TITLE_RE } from './header-lexicon.js';
import { isLocation, isPlaceOnly, splitOrgLocation } from './header-places.js';
import { isTitleQualifier, splitCommaHeader, splitOrgFirstComma } from './comma-header.js';
import { findDateRanges, parseRangeEnd } from './dates.js';
import { isSectionPhrase } from './sections.js';
import { splitRunTogether } from './run-together.js';

export { isLocation } from './header-places.js';

export interface HeaderPiece {
  text: string;
  /** Which header line (0-based within the entry) the piece came from. */
  line: number;
  /** The separator written before this piece on its line ("" for the first piece of a line). */
  sep?: string;
}

export interface JobHeader {
  title: string;
  org?: string;
  location?: string;
  /** The title lexicon recognised the title (false: fallback by position). */
  titleMatched: boolean;
  /** The organisation stood on a line of its own (a company heading that later roles may share). */
  orgOnOwnLine: boolean;
  /** Which header line (0-based within the entry) holds the title. */
  titleLine: number;
  /** LinkedIn-style employment type written beside the company ("Northwind · Internship"), lower-case. */
  employmentType?: string;
}

const PIECE_SPLIT = /(\s+[—–|·•→⇒]\s+|\s+-\s+|\s*\|\s*|\t+|\s{3,})/u;
const EDGE_PUNCT = /^[\s,;:|·•—–→⇒-]+|[\s,;:|·•—–→⇒-]+$/gu;
/** "Company: Title" — a colon and a space after a short name. */
const COLON_SPLIT = /^([^:]{2,60}):\s+(\S.*)$/u;
const HAS_LETTER = /\p{L}/u;

/** "Fernhill Talent Partners: Senior Recruiter" is two pieces when one side is a title or an organisation. */
function splitColon(t: string): string[] {
  const m = COLON_SPLIT.exec(t);
  if (!m) return [t];
  const [, left = '', right = ''] = m;
  const evidence = TITLE_RE.test(right) || TITLE_RE.test(left) || ORG_RE.test(left);
  return evidence && left.split(/\s+/).length <= 7 ? [left.trim(), right.trim()] : [t];
}

/** An organisation's name starts with a capital or a digit ("at Google", "bei 1&1"); "Stagiaire en audit" is one title. */
const NAME_START = /^[\p{Lu}\p{N}]/u;

/**
 * "Title at Company" ("bei", "chez", "en", …) when the right side starts like a name and is not a title, and one
 * side shows it: a title on the left, or an organisation cue on the right ("Konstrukteurin bei Brandauer AG").
 */
function splitAt(t: string): string[] {
  const at = AT_SPLIT_RE.exec(t);
  if (!at) return [t];
  const left = t.slice(0, at.index).trim();
  const right = t.slice(at.index + at[0].length).trim();
  if (!NAME_START.test(right) || TITLE_RE.test(right)) return [t];
  return TITLE_RE.test(left) || ORG_RE.test(right) ? [left, right] : [t];
}

export function splitPieces(text: string, line: number): HeaderPiece[] {
  const out: HeaderPiece[] = [];
  const chunks = text.split(PIECE_SPLIT);
  for (let i = 0; i < chunks.length; i += 2) {
    const t = (chunks[i] ?? '').replace(EDGE_PUNCT, '').trim();
    if (t === '') continue;
    const sep = i > 0 ? (chunks[i - 1] ?? '') : '';
    splitColon(t).flatMap(splitAt).forEach((p, k) => out.push({ text: p, line, sep: k === 0 ? sep : ' ' }));
  }
  return out;
}

/** A date, "Present", a section heading or a piece without letters is never a title or an organisation. */
function isNoise(text: string): boolean {
  if (!HAS_LETTER.test(text) || isColumnLabel(text)) return true;
  if (findDateRanges(text).length > 0 || parseRangeEnd(text) !== undefined) return true;
  return isSectionPhrase(text) && !TITLE_RE.test(text);
}

function titleScore(text: string): number {
  return TITLE_RE.test(text) ? (ORG_RE.test(text) ? 1 : 2) : 0;
}

/** The piece with the strongest title evidence; without any, the first piece that has no organisation cue. */
function pickTitle(named: readonly HeaderPiece[], anchorLine: number | undefined): { index: number; matched: boolean } {
  let index = -1;
  let best = 0;
  named.forEach((p, i) => {
    // On a tie, the piece beside the dates: a line above may be a running page header ("NAME  Title").
    const s = titleScore(p.text) + (p.line === anchorLine ? 0.5 : 0);
    if (s > best && s >= 1) [best, index] = [s, i];
  });
  if (index >= 0) return { index, matched: true };
  const plain = named.findIndex((p) => !ORG_RE.test(p.text));
  return { index: Math.max(0, plain), matched: false };
}

/**
 * The organisation's line read whole ("Technion – Israel Institute of Technology") when the title is elsewhere:
 * pieces before the one with the organisation cue are part of its name (pieces after it are usually places).
 */
function wholeOrgLine(org: HeaderPiece, others: readonly HeaderPiece[], titleLine: number): { text: string; used: HeaderPiece[] } {
  if (org.line === titleLine) return { text: org.text, used: [org] };
  const at = others.indexOf(org);
  const sameLine = others.filter((p, i) => p.line === org.line && i <= at);
  if (sameLine.length < 2) return { text: org.text, used: [org] };
  const text = sameLine.map((p, i) => (i === 0 ? p.text : `${p.sep && p.sep.trim() !== '' ? ` ${p.sep.trim()} ` : ' '}${p.text}`)).join('');
  return { text, used: sameLine };
}

/**
 * Title, organisation and location of one entry's header pieces. A title that still holds its company in front
 * ("Lumen Freight Ltd. Head of Data Science", run-together.ts) gives it up: as the organisation when none was
 * found, or in place of a weaker one when the name ends in an organisation word.
 */
export function assignHeader(allPieces: HeaderPiece[], anchorLine?: number): JobHeader | undefined {
  const header = assignPieces(allPieces, anchorLine);
  if (!header?.titleMatched) return header;
  const split = splitRunTogether(header.title);
  if (!split || (header.org !== undefined && !(split.orgWordEnds && !ORG_RE.test(header.org)))) return header;
  return { ...header, title: split.title, org: split.org, orgOnOwnLine: false };
}

function assignPieces(allPieces: HeaderPiece[], anchorLine?: number): JobHeader | undefined {
  const employmentType = allPieces.find((p) => isEmploymentType(p.text))?.text.toLowerCase();
  const pieces = allPieces.filter((p) => !isEmploymentType(p.text) && !isNoise(p.text));
  let named = pieces.filter((p) => !isLocation(p.text));
  let places = pieces.filter((p) => isLocation(p.text));
  // "Tailspin Analytics, Remote" looks like "City, Country": with no other organisation, it is "Org, Place".
  const orgAndPlace = places.find((p) => !isPlaceOnly(p.text));
  if (named.length === 1 && orgAndPlace) {
    named = [...named, orgAndPlace].sort((a, b) => a.line - b.line);
    places = places.filter((p) => p !== orgAndPlace);
  }
  if (named.length === 0) return undefined;
  const picked = pickTitle(named, anchorLine);
  const titlePiece = named[picked.index];
  if (!titlePiece) return undefined;
  let others = named.filter((_, i) => i !== picked.index);
  // "Board Member, Amsterdam Tech Meetup Foundation" names its organisation even beside other pieces without one.
  const split = others.length > 0 && !others.some((p) => ORG_RE.test(p.text)) ? splitCommaHeader(titlePiece.text) : undefined;
  if (split?.org !== undefined && ORG_RE.test(split.org) && !isTitleQualifier(split.org.split(/\s+/)[0] ?? '')) {
    const location = places[0]?.text ?? split.location;
    return {
      titleMatched: picked.matched, titleLine: titlePiece.line, ...(employmentType !== undefined ? { employmentType } : {}),
      title: split.title, org: split.org, ...(location !== undefined ? { location } : {}), orgOnOwnLine: false,
    };
  }
  others = others.filter((p) => p !== titlePiece);
  const base = { titleMatched: picked.matched, titleLine: titlePiece.line, ...(employmentType !== undefined ? { employmentType } : {}) };
  const placeText = places[0]?.text;
  if (others.length === 0) {
    // "Title (Company)": the organisation in brackets after the title, nothing else beside it.
    const bracketed = splitBracketedOrg(titlePiece.text);
    if (bracketed) return { ...base, title: bracketed.title, org: bracketed.org, ...(placeText !== undefined ? { location: placeText } : {}), orgOnOwnLine: false };
    // "Company, Title" beside its place (a title second, a name first).
    const orgFirst = splitCommaHeader(titlePiece.text) === undefined ? splitOrgFirstComma(titlePiece.text) : undefined;
    if (orgFirst?.org !== undefined) return { ...base, title: orgFirst.title, org: orgFirst.org, ...(placeText !== undefined ? { location: placeText } : {}), orgOnOwnLine: false };
    // The whole header in one piece: "Title, Company, City".
    const split = splitCommaHeader(titlePiece.text);
    const location = placeText ?? split?.location;
    return {
      ...base, title: split?.title ?? titlePiece.text, ...(split?.org !== undefined ? { org: split.org } : {}),
      ...(location !== undefined ? { location } : {}), orgOnOwnLine: false,
    };
  }
  const withOrgWord = others.find((p) => ORG_RE.test(p.text) && !TITLE_RE.test(p.text));
  const orgPiece = withOrgWord ?? others.find((p) => p.line === titlePiece.line) ?? others[0];
  if (!orgPiece) return undefined;
  const whole = wholeOrgLine(orgPiece, others, titlePiece.line);
  const rest = others.filter((p) => !whole.used.includes(p));
  let org = whole.text;
  let location = placeText;
  if (location === undefined) {
    const split = splitOrgLocation(org);
    org = split.org;
    location = split.location;
  }
  // A short leftover piece is the place, unless it is a title ("ML Engineer" of the next, undated role).
  const leftover = rest[0]?.text;
  if (location === undefined && leftover !== undefined && leftover.split(/\s+/).length <= 3 && !TITLE_RE.test(leftover)) location = leftover;
  return { ...base, title: titlePiece.text, org, ...(location !== undefined ? { location } : {}), orgOnOwnLine: orgPiece.line !== titlePiece.line };
}

/** "Data Engineer (Ria Sensors Lda)": a title, then a bracketed name at the end of the piece. */
const BRACKETED_TAIL = /^(.*\S)\s+\(([^(),;]+)\)$/u;
/** A web address as the organisation's name ("otulea.example.de"). */
const DOMAIN_NAME = /^[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}$/u;

/**
 * "Title (Company)" with nothing else in the header: the bracketed part is the organisation when it names one (an
 * organisation cue and a capitalised opening, or a web address) and is not a place, an employment type or a title.
 * "Engineer (Porto)", "Manager (Contract)", "Teacher (Chemistry, Biology)", "Lead (Search Infrastructure)" stay whole.
 */
export function splitBracketedOrg(text: string): { title: string; org: string } | undefined {
  const m = BRACKETED_TAIL.exec(text.trim());
  if (!m) return undefined;
  const [, title = '', inner = ''] = m;
  const org = inner.trim();
  if (title.split('(').length !== title.split(')').length || !HAS_LETTER.test(title)) return undefined;
  const named = DOMAIN_NAME.test(org) || (NAME_START.test(org) && ORG_RE.test(org));
  if (!named || TITLE_RE.test(org) || isLocation(org) || isEmploymentType(org) || isNoise(org)) return undefined;
  return { title: title.trim(), org };
}
