// A whole job header written with commas: "Principal Engineer, Revontuli Payments Oy, Helsinki",
// "VP Engineering, Ads, Dovetail Social, Amsterdam" (a title may itself hold a comma),
// "Treasurer, International Students Association", "Undergraduate Research Assistant, HCI Lab, Lakemont University".
// The title comes first and is known by its vocabulary; the organisation starts at the first part with an
// organisation cue, or is the last part; a place at the end is the location; area words ("Ads", "Statistics")
// after a title stay in the title.
import { isEmploymentType, ORG_RE, STATE_CODE_RE, TITLE_QUALIFIER_WORDS, TITLE_RE } from './header-lexicon.js';
import { isLocation, onlyPlaceWords } from './header-places.js';

export interface CommaHeader {
  title: string;
  org?: string;
  location?: string;
}

/** A company named by its web address, in lower case ("quillmark.io, Venue Lead"). */
const DOMAIN = /^[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.(?!(?:js|ts|py|rb|sh|md)$)\p{Ll}{2,}$/u;

/** A bracketed aside after a legal form ("Inc. (Cloud Division)"). */
const FORM_ASIDE = /\s+\([^()]*\)$/u;

/** A comma followed by a space (not "1,500"); a legal form alone after it ("Acme, Inc.") stays with its name. */
function partsOf(text: string): string[] {
  const parts: string[] = [];
  for (const raw of text.split(/,\s+/u)) {
    const p = raw.trim();
    const prev = parts.length - 1;
    // "SuccessFactors, Inc. (Cloud Division)": the legal form keeps an aside in brackets after it.
    const form = p.replace(FORM_ASIDE, '');
    if (parts.length > 0 && ORG_RE.test(form) && form.split(/\s+/).length === 1 && !TITLE_RE.test(form)) parts[prev] = `${parts[prev] ?? ''}, ${p}`;
    else if (p !== '') parts.push(p);
  }
  return parts;
}

/** Every word an area word ("Ads Ranking", "Mid-Market", "Acute Medical Unit"): part of a title, never an organisation. */
export function isTitleQualifier(part: string): boolean {
  const ws = part.toLowerCase().split(/\s+/u).map((w) => w.replace(/^[("'“]+|[)"'”.,]+$/gu, '')).filter((w) => w !== '');
  return ws.length > 0 && ws.every((w) => TITLE_QUALIFIER_WORDS.has(w));
}

const isOrgLike = (p: string): boolean => ORG_RE.test(p) && !TITLE_RE.test(p);

/** A single capitalised word that is neither title, organisation nor area word: an unknown city ("Oulu"). */
function looksLikeTown(p: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]+$/u.test(p) && !TITLE_RE.test(p) && !ORG_RE.test(p) && !isTitleQualifier(p);
}

/** Most words of an unknown town ("Glen Ora", "Port Elmsby"). */
const MAX_TOWN_WORDS = 2;

/**
 * An unknown town of one or two capitalised words, neither title, organisation nor area word ("Oulu", "Glen Ora",
 * moderncv's "…, Port Elmsby, CT."); a full stop may close it.
 */
function looksLikeTownName(p: string): boolean {
  const ws = p.replace(/\.$/u, '').split(/\s+/u);
  return ws.length <= MAX_TOWN_WORDS && ws.every(looksLikeTown) && !TITLE_RE.test(p) && !ORG_RE.test(p) && !isTitleQualifier(p);
}

/** "Hale & Morrow LLP", "Jones and Partners": a firm named after its partners. */
const PARTNERS = /^\p{Lu}[\p{L}'’-]+\s+(?:&|and|und|en|et)\s+\p{Lu}/u;

/**
 * A partner's surname before a firm named after partners belongs to it ("Clifton, Hale & Morrow LLP",
 * "Smith, Jones & Co."): one capitalised word that is no title, area word or place.
 */
function isPartnerName(part: string, next: string): boolean {
  return PARTNERS.test(next) && looksLikeTown(part) && !isLocation(part) && !onlyPlaceWords(part);
}

/** Split a comma header whose first part is a title; undefined when it is not one. */
export function splitCommaHeader(text: string): CommaHeader | undefined {
  const parts = partsOf(text);
  if (parts.length < 2 || !TITLE_RE.test(parts[0] ?? '') || isOrgLike(parts[0] ?? '')) return undefined;
  let end = parts.length;
  let location: string | undefined;
  const last = parts[end - 1] ?? '';
  const known = isLocation(last) || onlyPlaceWords(last);
  const town = parts[end - 2] ?? '';
  // "…, Flagstaff, AZ": a state code and the town before it are one place, when a title and a name are left.
  if (end >= 4 && STATE_CODE_RE.test(last) && (looksLikeTownName(town) || isLocation(town)) && !isOrgLike(town)) {
    location = `${town}, ${last}`;
    end -= 2;
  } else if (known || (end >= 3 && looksLikeTownName(last) && !isTitleQualifier(town))) {
    // An unknown one-word town at the end counts as the location only when an organisation is left before it.
    location = last;
    end--;
  }
  const rest = parts.slice(0, end);
  // An area made only of area words ("Software Engineering") is the title's, even where one of them ends company names.
  let orgStart = rest.findIndex((p, i) => i > 0 && isOrgLike(p) && !isTitleQualifier(p));
  if (orgStart < 0) {
    // "Women in Machine Learning Berlin (volunteer)": a bracketed aside after the name says how, not who.
    const tail = withoutTrailingAside(rest[rest.length - 1] ?? '');
    orgStart = rest.length >= 2 && tail !== '' && !isTitleQualifier(tail) && !TITLE_RE.test(tail) ? rest.length - 1 : -1;
  }
  while (orgStart > 1 && isPartnerName(rest[orgStart - 1] ?? '', rest[orgStart] ?? '')) orgStart--;
  const title = (orgStart < 0 ? rest : rest.slice(0, orgStart)).join(', ');
  const org = orgStart < 0 ? undefined : rest.slice(orgStart).join(', ');
  return { title, ...(org !== undefined ? { org } : {}), ...(location !== undefined ? { location } : {}) };
}

/** A one-word aside in brackets at the end ("(volunteer)", "(Part-time)"). */
const TRAILING_ASIDE = /\s*\(([\p{L}-]+)\)$/u;

/** The part without a trailing employment type or lower-case word in brackets. */
function withoutTrailingAside(part: string): string {
  const m = TRAILING_ASIDE.exec(part);
  const inner = m?.[1] ?? '';
  return m && (isEmploymentType(inner) || /^\p{Ll}/u.test(inner)) ? part.slice(0, m.index) : part;
}

/** A seniority word alone before a comma is the start of the title ("Senior, Backend Engineer"), not a name. */
const SENIORITY = /^(?:senior|junior|lead|principal|staff|chief|head|associate|assistant|deputy|interim|acting|sr\.?|jr\.?)$/iu;
/** Most words of the organisation in front of its title ("Kestrel Freight, Backend Engineer"). */
const MAX_FRONT_ORG_WORDS = 6;
/** Most words of one with an organisation word, which may name two ("Tarn Travel Technologies / Corporate Travel Group"). */
const MAX_FRONT_CUED_ORG_WORDS = 10;

/**
 * "Company, Title" (RenderCV's Harvard theme writes "Company, Title – City, ST"): the second part a title (the rest
 * of the parts its area), the first a capitalised name that is no title, area word or place. "Engineering Manager, Recommendations" (a title
 * first), "Austin, Backend Engineer" (a place first) and "Senior, Backend Engineer" (an area word) are not.
 */
export function splitOrgFirstComma(text: string): CommaHeader | undefined {
  const parts = partsOf(text);
  if (parts.length < 2) return undefined;
  const [org = '', first = ''] = parts;
  // The title may hold a comma of its own ("Engineering Manager, Personalization").
  const title = parts.slice(1).join(', ');
  if (!TITLE_RE.test(first) || TITLE_RE.test(org) || isTitleQualifier(org) || isLocation(org) || onlyPlaceWords(org)) return undefined;
  const maxWords = ORG_RE.test(org) ? MAX_FRONT_CUED_ORG_WORDS : MAX_FRONT_ORG_WORDS;
  if (!(/^[\p{Lu}\p{N}]/u.test(org) || DOMAIN.test(org)) || org.split(/\s+/u).length > maxWords || SENIORITY.test(org)) return undefined;
  return { title, org };
}
