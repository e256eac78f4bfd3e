// Who a candidate is, for the ranking: the name and e-mail from the contact block at the top of the résumé. The
// profile stage does not pick these out (it needs neither), so the report reads them from the first lines with a
// small heuristic that prefers saying nothing to naming the wrong thing.
import { stripPlaceWords, ORG_RE, TITLE_RE } from '../profile/header-lexicon.js';
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
  const email = lines.map((l) => EMAIL.exec(l.replace(/^mailto:/i, ''))?.[0]).find((e) => e !== undefined);
  // 1. A name the e-mail or profile URL spells out, on the first lines (a LinkedIn export puts its sidebar — Contact,
  //    Top Skills, Languages — before the name, and a sidebar heading in another language may not be known);
  // 2. else the first name-shaped piece of the contact block.
  // 3. else a name set over two lines at the top (a narrow sidebar: "Halldóra" / "Quansah-Pietersen") that the
  //    e-mail or profile URL backs with one of its words.
  const top = profile.lines.slice(0, HANDLE_LINES);
  const name = nameFromHandles(top, email) ?? firstNamePiece(lines, () => true) ?? stackedName(lines, handlesOf(top, email));
  if (name) candidate.name = name.trim().replace(/\s+/g, ' ');
  if (email) candidate.email = email;
  return candidate;
}

/** How far down a name confirmed by the e-mail or profile URL is looked for. */
const HANDLE_LINES = 40;
/** A profile URL's handle (LinkedIn, GitHub …), possibly broken over two lines at a hyphen. */
const PROFILE_URL = /(?:linkedin\.com\/in|github\.com|gitlab\.com|xing\.com\/profile)\/([\p{L}\p{N}._-]+)/iu;

/** Letters that e-mail addresses spell out rather than drop an accent from. */
const SPELLED: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
/** German-style spellings of umlauts ("Müller" → muller or mueller). */
const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/** Lower-case letters only, accents removed: "Lindqvist-Åberg" → "lindqvistaberg", "Søren" → "soren". */
function letters(text: string, umlauts = false): string {
  const lower = text.toLowerCase().replace(/[øæœßłđðþı]/gu, (c) => SPELLED[c] ?? c);
  const spelled = umlauts ? lower.replace(/[äöü]/gu, (c) => UMLAUTS[c] ?? c) : lower;
  return spelled.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}]/gu, '');
}

/**
 * A name on the first lines whose words all appear in the e-mail's local part or a profile URL's handle ("Anna
 * Lindqvist" for anna.lindqvist@… or linkedin.com/in/anna-lindqvist-…): a reference, a manager or a company named
 * there does not agree with the handle and is not taken.
 */
function nameFromHandles(lines: Profile['lines'], email: string | undefined): string | undefined {
  const usable = handlesOf(lines, email);
  if (usable.length === 0) return undefined;
  const agrees = (name: string): boolean => {
    const words = name.split(/\s+/).filter((w) => !PARTICLES.has(w) && letters(w).length >= 2);
    return words.length >= 2 && usable.some((h) => words.every((w) => h.includes(letters(w)) || h.includes(letters(w, true))));
  };
  return firstNamePiece(lines.map((l) => l.text), (piece) => agrees(piece.trim()));
}

/** The e-mail's local part and a profile URL's handle, as letters only; those of 4 letters or more. */
function handlesOf(lines: Profile['lines'], email: string | undefined): string[] {
  const handles: string[] = [];
  if (email) handles.push(letters(email.slice(0, email.indexOf('@'))));
  const text = lines.map((l) => l.text).join('\n').replace(/-\n/g, '-');
  const url = PROFILE_URL.exec(text)?.[1];
  if (url) handles.push(letters(url));
  return handles.filter((h) => h.length >= 4);
}

/** One capitalised word alone on its line. */
const LONE_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
/** A handle word backs a stacked name when it has at least this many letters. */
const MIN_BACKING_LETTERS = 4;

/**
 * Two lines of one capitalised word each, one after the other, that make a name, one of whose words (4+ letters) the
 * handle spells: "Halldóra" / "Quansah-Pietersen" beside halldora.qp@…. A heading and its first item ("Contact" /
 * "Berlin") are not backed by the handle.
 */
function stackedName(lines: readonly string[], handles: readonly string[]): string | undefined {
  if (handles.length === 0) return undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = (lines[i] ?? '').trim();
    const b = (lines[i + 1] ?? '').trim();
    if (!LONE_WORD.test(a) || !LONE_WORD.test(b)) continue;
    // A heading or a place alone on its line is not half of a name.
    if ([a, b].some((w) => HEADINGS.has(w.toLowerCase()) || NOT_A_NAME.test(w) || stripPlaceWords(w).trim() === '')) continue;
    const run = `${a} ${b}`;
    if (!nameShaped(run) || !looksLikeName(run)) continue;
    const backed = [a, b].some((w) => letters(w).length >= MIN_BACKING_LETTERS && handles.some((h) => h.includes(letters(w)) || h.includes(letters(w, true))));
    if (backed) return run;
  }
  return undefined;
}

/**
 * The first piece of these lines that looks like a name and is `accepted`. In a headline ("Engineering Manager, Ads
 * Ranking") only the pieces before the job title count ("Ada Quill, Engineering Manager" still gives "Ada Quill").
 * The cheap shape test runs first: most pieces of most lines are not name-shaped.
 */
function firstNamePiece(lines: readonly string[], accept: (piece: string) => boolean): string | undefined {
  for (const line of lines) {
    const pieces = line.split(PIECES);
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k] ?? '';
      if (!nameShaped(piece) || !accept(piece) || !looksLikeName(piece)) continue;
      if (!pieces.slice(0, k).some((p) => TITLE_RE.test(p))) return piece;
    }
  }
  return undefined;
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
  const twice = TWICE.exec(piece);
  if (twice) return looksLikeName(twice[1] ?? '') && looksLikeName(twice[2] ?? '');
  if (!nameShaped(piece)) return false;
  // A place is a piece made only of place words ("New York", "Bay Area"); a name may contain one ("Georgia Evans").
  const onlyPlace = stripPlaceWords(piece).replace(/[\s,]+/g, '') === '';
  return !TITLE_RE.test(piece) && !ORG_RE.test(piece) && !onlyPlace;
}

const TWICE = /^([^()]+?)\s*\(([^()]+)\)$/u;

/** The shape of a name, before any word list is consulted: 2–5 capitalised words, no digits or symbols. */
function nameShaped(text: string): boolean {
  const piece = text.trim();
  const twice = TWICE.exec(piece);
  if (twice) return nameShaped(twice[1] ?? '') && nameShaped(twice[2] ?? '');
  if (piece.length < 3 || piece.length > 50 || NOT_A_NAME.test(piece) || HEADINGS.has(piece.toLowerCase().replace(/[:：]$/, ''))) return false;
  if (/^top\s/i.test(piece)) return false; // "Top Skills", "Top Languages" (LinkedIn's sidebar)
  if (/[\d@/:;()[\]{}<>#&+=_!?"]/.test(piece)) return false;
  const words = piece.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w))) return false;
  return NAME_WORD.test(words[0] ?? '') && NAME_WORD.test(words.at(-1) ?? '');
}
