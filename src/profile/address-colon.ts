// "Nordlicht Logistik GmbH : Hafenstraße 12, Hamburg: Data Engineer": the company, its address, then the title,
// each after a colon (a header some CV generators and German templates write). The address is not the title's
// organisation and not a labelled list; its last comma part is the place.
import { ORG_RE, TITLE_RE } from './header-lexicon.js';
import { isLocation } from './header-places.js';
import { formField } from './form-labels.js';

const ADDRESS_COLON = /^([^:]{2,60}?)\s*:\s+([^:]{2,80}?)\s*:\s+(\S[^:]*)$/u;
/** Most words of the title after the last colon. */
const MAX_TITLE_WORDS = 8;

export interface AddressColonHeader {
  org: string;
  place: string;
  title: string;
}

/**
 * The three parts when the last is a title, the first a name (an organisation cue or two words or more, starting
 * with a capital or a digit, not a title) and the middle an address (a house number, a comma, or a place alone).
 * "Skills: Python, SQL: advanced" (no title), "Awards: Best Paper, 2019: …" (a one-word label first) are not.
 */
export function addressColonHeader(text: string): AddressColonHeader | undefined {
  const m = ADDRESS_COLON.exec(text.trim());
  if (!m) return undefined;
  const org = (m[1] ?? '').trim();
  const address = (m[2] ?? '').trim();
  const title = (m[3] ?? '').trim();
  if (!TITLE_RE.test(title) || title.split(/\s+/).length > MAX_TITLE_WORDS) return undefined;
  if (!/^[\p{Lu}\p{N}]/u.test(org) || TITLE_RE.test(org) || (!ORG_RE.test(org) && org.split(/\s+/).length < 2)) return undefined;
  if (!/\d/.test(address) && !address.includes(',') && !isLocation(address)) return undefined;
  const place = (address.split(',').at(-1) ?? address).trim();
  return { org, place, title };
}

/** Most words of the name before the colon. */
const MAX_ORG_WORDS = 5;
/** Small words a name keeps in lower case ("Bank of the West"). */
const NAME_SMALL_WORDS = /^(?:of|the|and|&|for|at|de|la|du|von|van)$/u;

/**
 * "Harbor Theme Park: Charlotte, NC" (a Google Docs template's "Company: City, ST" line over "Title, Summer 2024"):
 * a name, every word capitalised, then a colon and a place. "Location: Boston, MA" (one word) and "Willing to
 * relocate: Boston, MA" (words in lower case) are labels.
 */
export function orgColonPlace(text: string): { org: string; place: string } | undefined {
  const at = text.indexOf(':');
  if (at < 0) return undefined;
  const org = text.slice(0, at).trim();
  const place = text.slice(at + 1).trim();
  const words = org.split(/\s+/u);
  if (words.length < 2 || words.length > MAX_ORG_WORDS || !isLocation(place) || !place.includes(',')) return undefined;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_SMALL_WORDS.test(w)) || TITLE_RE.test(org) || formField(`${org}:`)) return undefined;
  return { org, place };
}
