// Is a header piece a place? "Stockholm, Sweden", "Atlanta, Georgia, United States", "Remote" and "Seattle, WA"
// are places; "Tailspin Analytics, Remote" and "Contoso Media, Bellevue, WA" are an organisation and a place.
import { rememberAnswers } from './lexicon/recent.js';
import { COUNTRY_RE, stripPlaceWords, LOCATION_RE, ORG_RE, STATE_CODE_RE, TITLE_RE } from './header-lexicon.js';

const words = (t: string): number => t.split(/\s+/).length;

/** A piece made only of place words ("Remote", "Oslo", "Bay Area"). */
export function onlyPlaceWords(text: string): boolean {
  return LOCATION_RE.test(text) && stripPlaceWords(text).replace(/[\s,.()/-]+/gu, '') === '';
}

/** The US states' and DC's postal codes: "Boston MA" is a place; "Vipps AS", "Acme AB" are not. */
const US_STATES: ReadonlySet<string> = new Set(('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ '
  + 'NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY').split(' '));
/** "Boston MA", "Salt Lake City UT", "St. Paul MN": a town of one to three capitalised words, then a state's code. */
const TOWN_THEN_STATE = /^((?:\p{Lu}[\p{Ll}'’.-]*\.?\s+){1,3})([A-Z]{2})$/u;
function isTownThenState(text: string): boolean {
  const m = TOWN_THEN_STATE.exec(text.trim());
  return m !== null && US_STATES.has(m[2] ?? '');
}

/** A place word alone, or "City, Country" / "City, ST" / "City ST" / "Org, Remote"-shaped text. */
/**
 * A postal code before a town, as European addresses write it: "25548 KELLINGHUSEN", "75011 Paris", "D-04109 Leipzig",
 * "00-950 Warszawa", "1012 AB Amsterdam", "8001 Zürich". A four-digit code that could be a year ("2019 Berlin") is not.
 */
const POSTCODE_TOWN = /^(?:[A-Z]{1,2}-)?(?:\d{5}|\d{2}-\d{3}|(?!(?:19|20)\d\d\b)\d{4}(?:\s?[A-Z]{2}(?=\s))?)\s+\p{Lu}[\p{L}.'’-]*(?:[\s/-]+(?:\p{Lu}[\p{L}.'’-]*|a\.\s?d\.|am|an|im|bei|sur|en|de|del|la|le))*$/u;
const MAX_POSTCODE_TOWN_WORDS = 4;
export function isPostcodeTown(text: string): boolean {
  const t = text.trim();
  return words(t) <= MAX_POSTCODE_TOWN_WORDS + 1 && POSTCODE_TOWN.test(t);
}

export const isLocation: (text: string) => boolean = rememberAnswers(isLocationText);

function isLocationText(text: string): boolean {
  if (isPostcodeTown(text)) return true;
  if (words(text) > 6 || ORG_RE.test(text) || TITLE_RE.test(text)) return false;
  const comma = text.lastIndexOf(',');
  if (comma < 0) return onlyPlaceWords(text) || isTownThenState(text);
  const tail = text.slice(comma + 1).trim();
  const head = text.slice(0, comma).trim();
  // The tail is a place as a whole ("…, Remote", "…, Sweden"), not a name holding one ("…, SV Grün-Weiß Leipzig").
  return STATE_CODE_RE.test(tail) || (words(tail) <= 3 && onlyPlaceWords(tail)) || (LOCATION_RE.test(head) && words(head) <= 3);
}

/** A region or country after a city ("Georgia", "United States", "WA"); a city is not one ("Proseware, Redmond, WA"). */
function isRegion(part: string): boolean {
  return STATE_CODE_RE.test(part) || (COUNTRY_RE.test(part) && onlyPlaceWords(part));
}

/** Only a place (no organisation in it): the city is a known place or a single word before known regions. */
export function isPlaceOnly(text: string): boolean {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 2) return true;
  const [head = '', ...tails] = parts;
  // "Northwind Sweden, Sweden" names a company; "Mexico City, Mexico", "Kuwait City, Kuwait" name a capital.
  if (tails.length === 1 && head === `${tails[0] ?? ''} City` && onlyPlaceWords(tails[0] ?? '')) return true;
  if (tails.some((t) => head.includes(t) && t !== '')) return false;
  if (onlyPlaceWords(head)) return true;
  return tails.every(isRegion) && (words(head) === 1 || isPrefixedTown(head) || (tails.length >= 2 && isTownName(head)));
}

/** Most words of an unknown town before a region and a country ("Fairhaven Park, ON, Canada"). */
const MAX_TOWN_NAME_WORDS = 3;

/**
 * "Fairhaven Park" before "ON, Canada": capitalised words with no organisation or title word. Only before two regions
 * (a state and its country) does an unknown name of several words read as a town; before one it may be a company
 * ("Tailspin Analytics, Remote").
 */
function isTownName(head: string): boolean {
  const ws = head.split(/\s+/u);
  return ws.length <= MAX_TOWN_NAME_WORDS && ws.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) && !ORG_RE.test(head) && !TITLE_RE.test(head);
}

/** Words that open a town's name ("St. Paul", "Fort Collins", "San Mateo", "Lake Oswego"). */
const TOWN_PREFIX = /^(?:St\.?|Ste\.?|Saint|Sainte|Ft\.?|Fort|Mt\.?|Mount|Port|New|San|Santa|Los|Las|El|La|Le|Lake|North|South|East|West|Glen|Grand|Palm|Cape)$/u;
/** Most words of a town name with a prefix. */
const MAX_TOWN_WORDS = 3;

/** "St. Paul", "Fort Collins": a town prefix and capitalised words, no organisation or title word. */
function isPrefixedTown(head: string): boolean {
  const ws = head.split(/\s+/u);
  if (ws.length < 2 || ws.length > MAX_TOWN_WORDS || !TOWN_PREFIX.test(ws[0] ?? '')) return false;
  return ws.slice(1).every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) && !ORG_RE.test(head) && !TITLE_RE.test(head);
}

/** "Northwind Retail, Oslo" → org and location, unless the tail is a legal suffix ("Acme, Inc."). */
/** A street address's first part: a house number and a street ("12 Mill Rd", "400 U.S. Hwy 9 N", "7 Quay Street"). */
const STREET_PART = /^\d{1,6}[A-Za-z]?\s+(?:[\p{L}\d.'’-]+\s+){0,4}(?:rd|road|st|street|ave|avenue|blvd|boulevard|dr|drive|hwy|highway|ln|lane|way|ct|court|pl|place|pkwy|parkway|cir|circle|ter|terrace|sq|square)\.?(?:\s+[\p{L}\d]{1,3}\.?)*$/iu;
/** A postcode after a US state code ("IN 46100", "TX 78700-1234"). */
const ZIP_AFTER_STATE = /(\b\p{Lu}{2})\s+\d{5}(?:-\d{4})?$/u;

/**
 * "Tallow Electronics, 12 Mill Rd, Greenwood, IN 46100": the company, then its street address — the name is what comes before
 * the street, the place is the rest without the postcode ("Greenwood, IN").
 */
function withoutStreetAddress(org: string): { org: string; location?: string } | undefined {
  const parts = org.split(/,\s*/u);
  const at = parts.findIndex((p, i) => i > 0 && STREET_PART.test(p.trim()));
  if (at < 1) return undefined;
  const place = parts.slice(at + 1).join(', ').replace(ZIP_AFTER_STATE, '$1').trim();
  return { org: parts.slice(0, at).join(', ').trim(), ...(place !== '' ? { location: place } : {}) };
}

export function splitOrgLocation(org: string): { org: string; location?: string } {
  const addressed = withoutStreetAddress(org);
  if (addressed) return addressed;
  const comma = org.lastIndexOf(',');
  if (comma <= 0) return { org };
  const tail = org.slice(comma + 1).trim();
  const head = org.slice(0, comma).trim();
  if (tail === '' || ORG_RE.test(tail) || tail.split(/\s+/).length > 3) return { org };
  if (isLocation(tail) || isLocation(`${head.split(',').pop() ?? ''}, ${tail}`) || /^\p{Lu}/u.test(tail)) {
    // The place may hold a comma itself ("San Francisco, CA", "Atlanta, Georgia, United States"): the longest
    // place after a comma of the head wins.
    for (const again of [head.indexOf(','), head.lastIndexOf(',')]) {
      if (again > 0 && isLocation(head.slice(again + 1).trim() + ', ' + tail)) return { org: head.slice(0, again).trim(), location: `${head.slice(again + 1).trim()}, ${tail}` };
    }
    return townAfterName(head, tail) ?? { org: head, location: tail };
  }
  return { org };
}

/** Most words of a town written after a company's name with no comma between ("Target Corporation Dorchester"). */
const MAX_GLUED_TOWN_WORDS = 2;
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * "Target Corporation Dorchester, MA", "Nuvera Fuel Cells, LLC Billerica, MA": before a bare state code, the one or two
 * capitalised words after the name's last organisation word (a legal form, "Corporation") are the town, written with
 * no comma after the name. A name without an organisation word, or with nothing after it, keeps every word
 * ("Boston Consulting Group, MA", "Northwind Harbor, ME").
 */
function townAfterName(head: string, state: string): { org: string; location: string } | undefined {
  if (!STATE_CODE_RE.test(state) || state.length !== 2) return undefined;
  const words = head.split(/\s+/u);
  let last = -1;
  words.forEach((w, i) => { if (ORG_RE.test(w.replace(/[.,]+$/u, ''))) last = i; });
  const town = words.slice(last + 1);
  if (last < 0 || town.length === 0 || town.length > MAX_GLUED_TOWN_WORDS) return undefined;
  if (!town.every((w) => CAPITALISED_WORD.test(w)) || ORG_RE.test(town.join(' ')) || TITLE_RE.test(town.join(' '))) return undefined;
  return { org: words.slice(0, last + 1).join(' '), location: `${town.join(' ')}, ${state}` };
}
