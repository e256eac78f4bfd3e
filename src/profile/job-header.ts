// Title, organisation and location from a job's header lines (dates already cut out). Pieces are split on the
// separators résumés use ("—", "|", "·", tab, wide gaps, "at"); the title is the piece the title lexicon
// recognises, the organisation the piece with an organisation word or else the one next to the title, and a
// place-like piece is the location.
import { AT_SPLIT_RE, COUNTRY_RE, isEmploymentType, LOCATION_ALL_RE, LOCATION_RE, ORG_RE, STATE_CODE_RE, TITLE_RE } from './header-lexicon.js';

export interface HeaderPiece {
  text: string;
  /** Which header line (0-based within the entry) the piece came from. */
  line: number;
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


const PIECE_SPLIT = /\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*|\t+|\s{3,}/u;
const EDGE_PUNCT = /^[\s,;:|·•—–-]+|[\s,;:|·•—–-]+$/gu;

export function splitPieces(text: string, line: number): HeaderPiece[] {
  const out: HeaderPiece[] = [];
  for (const raw of text.split(PIECE_SPLIT)) {
    const t = raw.replace(EDGE_PUNCT, '').trim();
    if (t === '') continue;
    const at = AT_SPLIT_RE.exec(t);
    if (at && TITLE_RE.test(t.slice(0, at.index)) && !TITLE_RE.test(t.slice(at.index + at[0].length))) {
      out.push({ text: t.slice(0, at.index).trim(), line }, { text: t.slice(at.index + at[0].length).trim(), line });
    } else {
      out.push({ text: t, line });
    }
  }
  return out;
}

const words = (t: string): number => t.split(/\s+/).length;

/** A place word alone ("Remote", "Oslo"), or "City, Country" / "City, ST" / "Org, Remote"-shaped text. */
export function isLocation(text: string): boolean {
  if (words(text) > 5 || ORG_RE.test(text) || TITLE_RE.test(text)) return false;
  const comma = text.lastIndexOf(',');
  if (comma < 0) return onlyPlaceWords(text);
  const tail = text.slice(comma + 1).trim();
  const head = text.slice(0, comma).trim();
  return STATE_CODE_RE.test(tail) || (LOCATION_RE.test(tail) && words(tail) <= 3) || (LOCATION_RE.test(head) && words(head) <= 3);
}

function onlyPlaceWords(text: string): boolean {
  return LOCATION_RE.test(text) && text.replace(LOCATION_ALL_RE, '').replace(/[\s,.()-]+/gu, '') === '';
}

/**
 * "Stockholm, Sweden", "Kyiv, Ukraine", "Seattle, WA" are places; "Fabrikam Ads, München", "Tailspin Analytics,
 * Remote", "Contoso Media, Bellevue, WA" and "ETH Zürich, Zürich" are an organisation and a place.
 */
function isPlaceOnly(text: string): boolean {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 2) return parts.length < 2;
  const [head = '', tail = ''] = parts;
  if (head.includes(tail)) return false;
  if (onlyPlaceWords(head)) return true;
  const countryTail = STATE_CODE_RE.test(tail) || (COUNTRY_RE.test(tail) && onlyPlaceWords(tail));
  return countryTail && words(head) === 1;
}

/** "Northwind Retail, Oslo" → org and location, unless the tail is a legal suffix ("Acme, Inc."). */
function splitOrgLocation(org: string): { org: string; location?: string } {
  const comma = org.lastIndexOf(',');
  if (comma <= 0) return { org };
  const tail = org.slice(comma + 1).trim();
  const head = org.slice(0, comma).trim();
  if (tail === '' || ORG_RE.test(tail) || tail.split(/\s+/).length > 3) return { org };
  if (isLocation(tail) || isLocation(`${head.split(',').pop() ?? ''}, ${tail}`) || /^\p{Lu}/u.test(tail)) {
    const again = head.indexOf(',');
    return again > 0 && isLocation(head.slice(again + 1).trim() + ', ' + tail)
      ? { org: head.slice(0, again).trim(), location: `${head.slice(again + 1).trim()}, ${tail}` }
      : { org: head, location: tail };
  }
  return { org };
}

function others0(named: HeaderPiece[], titleIdx: number): HeaderPiece[] {
  return named.filter((_, i) => i !== titleIdx);
}

/** A lone "Senior Engineer, Acme Corp" piece: split at the comma only when the tail names an organisation. */
function splitTitleOrg(piece: HeaderPiece): { piece: HeaderPiece; org?: HeaderPiece } {
  const comma = piece.text.lastIndexOf(',');
  const tail = piece.text.slice(comma + 1).trim();
  if (comma <= 0 || !ORG_RE.test(tail) || TITLE_RE.test(tail)) return { piece };
  return { piece: { text: piece.text.slice(0, comma).trim(), line: piece.line }, org: { text: tail, line: piece.line } };
}

function titleScore(text: string): number {
  return TITLE_RE.test(text) ? (ORG_RE.test(text) ? 1 : 2) : 0;
}

export function assignHeader(allPieces: HeaderPiece[]): JobHeader | undefined {
  const employmentType = allPieces.find((p) => isEmploymentType(p.text))?.text.toLowerCase();
  const pieces = employmentType === undefined ? allPieces : allPieces.filter((p) => !isEmploymentType(p.text));
  let named = pieces.filter((p) => !isLocation(p.text));
  let places = pieces.filter((p) => isLocation(p.text));
  // "Tailspin Analytics, Remote" looks like "City, Country": with no other organisation, it is "Org, Place".
  const orgAndPlace = places.find((p) => !isPlaceOnly(p.text));
  if (named.length === 1 && orgAndPlace) {
    named = [...named, orgAndPlace].sort((a, b) => a.line - b.line);
    places = places.filter((p) => p !== orgAndPlace);
  }
  if (named.length === 0) return undefined;
  let titleIdx = -1;
  let best = 0;
  named.forEach((p, i) => {
    const s = titleScore(p.text);
    if (s > best) [best, titleIdx] = [s, i];
  });
  const titleMatched = titleIdx >= 0;
  if (!titleMatched) titleIdx = 0;
  const first = named[titleIdx];
  if (!first) return undefined;
  const title = others0(named, titleIdx).length === 0 ? splitTitleOrg(first) : { piece: first };
  const others = title.org ? [title.org] : others0(named, titleIdx);
  const withOrgWord = others.find((p) => ORG_RE.test(p.text) && !TITLE_RE.test(p.text));
  const orgPiece = withOrgWord ?? others.find((p) => p.line === title.piece.line) ?? others[0];
  const rest = others.filter((p) => p !== orgPiece);
  let location = places[0]?.text;
  let org = orgPiece?.text;
  if (org !== undefined && location === undefined) {
    const split = splitOrgLocation(org);
    org = split.org;
    location = split.location;
  }
  if (location === undefined && rest.length > 0 && (rest[0]?.text.split(/\s+/).length ?? 9) <= 3) location = rest[0]?.text;
  return {
    title: title.piece.text,
    ...(org !== undefined ? { org } : {}),
    ...(location !== undefined ? { location } : {}),
    titleMatched,
    orgOnOwnLine: orgPiece !== undefined && orgPiece.line !== title.piece.line,
    titleLine: title.piece.line,
    ...(employmentType !== undefined ? { employmentType } : {}),
  };
}
