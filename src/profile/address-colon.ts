// "Nordlicht Logistik GmbH : Hafenstraße 12, Hamburg: Data Engineer": the company, its address, then the title,
// each after a colon (a header some CV generators and German templates write). The address is not the title's
// organisation and not a labelled list; its last comma part is the place.
import { ORG_RE, TITLE_RE } from './header-lexicon.js';
import { isLocation } from './header-places.js';

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
