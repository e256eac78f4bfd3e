// Who a candidate is, for the ranking: the name and e-mail from the contact block at the top of the résumé. The
// profile stage does not pick these out (it needs neither), so the report reads them from the first lines with a
// small heuristic that prefers saying nothing to naming the wrong thing.
import { LOCATION_ALL_RE, ORG_RE, TITLE_RE } from '../profile/header-lexicon.js';
import { SECTION_PHRASES } from '../profile/section-lexicon.js';
import type { Profile } from '../types.js';

export interface Candidate {
  name?: string;
  email?: string;
}

/** Contact blocks are short: a name is on the first lines or nowhere we can trust. */
const CONTACT_LINES = 12;
/** Section headings ("Top Skills", "Work Experience") look like names: two capitalised words. */
const HEADINGS = new Set(Object.values(SECTION_PHRASES).flat().map((p) => p.toLowerCase()));

const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/u;
/** A line's pieces: contact lines join name, phone and place with bars, bullets or middle dots. */
const PIECES = /\s*(?:\t|\||·|•|–|—|,\s)\s*/;
/** Headings that top a résumé instead of a name (several languages). */
const NOT_A_NAME = /^(?:curriculum vitae|cv|r[ée]sum[ée]|lebenslauf|contact|contact (?:information|details)|personal (?:details|information)|profile|summary|about me)$/iu;
/** Words of names: a capital, then letters, apostrophes, hyphens or a final dot (initials). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
/** Lower-case particles inside names (van der Berg, da Silva, bin Salman, de la Cruz). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'binti', 'al', 'el', 'y', 'ter', 'ten', 'zu']);

/** The candidate's name and e-mail as written in the contact block, when they can be told apart from the rest. */
export function readContact(profile: Pick<Profile, 'lines' | 'sections'>): Candidate {
  const lines = contactLines(profile).map((l) => l.text.replace(/^\s*(?:name|nom|name:)\s*:\s*/i, ''));
  const candidate: Candidate = {};
  const name = lines.flatMap(namePieces).find(looksLikeName);
  if (name) candidate.name = name.trim().replace(/\s+/g, ' ');
  const email = lines.map((l) => EMAIL.exec(l.replace(/^mailto:/i, ''))?.[0]).find((e) => e !== undefined);
  if (email) candidate.email = email;
  return candidate;
}

/**
 * The pieces of a line that may be a name: in a headline ("Engineering Manager, Ads Ranking") only the pieces before
 * the job title count ("Ada Quill, Engineering Manager" still gives "Ada Quill").
 */
function namePieces(line: string): string[] {
  const pieces = line.split(PIECES);
  const title = pieces.findIndex((p) => TITLE_RE.test(p));
  return title < 0 ? pieces : pieces.slice(0, title);
}

/** The lines before the first section that is not the contact block (a sidebar's "Top Skills" ends it), at most 12. */
function contactLines(profile: Pick<Profile, 'lines' | 'sections'>): Profile['lines'] {
  const firstOther = profile.sections.find((s) => s.kind !== 'contact')?.start ?? profile.lines.length;
  return profile.lines.slice(0, Math.min(firstOther, CONTACT_LINES));
}

/** 2–5 words, each capitalised (or a known particle), no digits or symbols, and not a title, company or place. */
export function looksLikeName(text: string): boolean {
  const piece = text.trim();
  // A name written twice, in two scripts: "Дмитрий Соколов (Dmitry Sokolov)".
  const twice = /^([^()]+?)\s*\(([^()]+)\)$/u.exec(piece);
  if (twice) return looksLikeName(twice[1] ?? '') && looksLikeName(twice[2] ?? '');
  if (piece.length < 3 || piece.length > 50 || NOT_A_NAME.test(piece) || HEADINGS.has(piece.toLowerCase().replace(/[:：]$/, ''))) return false;
  if (/^top\s/i.test(piece)) return false; // "Top Skills", "Top Languages" (LinkedIn's sidebar)
  if (/[\d@/:;()[\]{}<>#&+=_!?"]/.test(piece)) return false;
  const words = piece.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w))) return false;
  if (!NAME_WORD.test(words[0] ?? '') || !NAME_WORD.test(words.at(-1) ?? '')) return false;
  // A place is a piece made only of place words ("New York", "Bay Area"); a name may contain one ("Georgia Evans").
  const onlyPlace = piece.replace(LOCATION_ALL_RE, '').replace(/[\s,]+/g, '') === '';
  return !TITLE_RE.test(piece) && !ORG_RE.test(piece) && !onlyPlace;
}
