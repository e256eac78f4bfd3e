// Who the résumé is about, for blind mode: the name (and its parts), e-mails and handles to hide wherever they recur.
// The name is the one the contact block gives (src/report/contact.ts: a name the e-mail or profile URL spells out,
// else the first name-shaped piece — the proper-noun run — of the contact block). Without one, the e-mail's local
// part and the profile URL's handle are split into words, and a word is kept only where the first lines also write it
// capitalised (so "anna.lindqvist@…" gives Anna and Lindqvist, but "data.team@…" gives nothing unless "Data" opens
// the résumé; a heading's word then is hidden too — blind mode prefers hiding a word too many to one too few).
import { looksLikeName, readContact } from '../report/contact.js';
import type { Profile } from '../types.js';
import { fold, foldVariants, NAME_PARTICLES } from './fold.js';

export interface Identity {
  /** The name as written, when found. */
  name?: string;
  /** Where the name came from: the contact block, or the e-mail/profile handle words (fallback). */
  nameFrom?: 'contact' | 'handle';
  /** Folded name parts (accents removed, lower case), particles left out; 3+ letters match in any case. */
  parts: string[];
  /** Folded parts of 1–2 letters ("Ek", "Wu"): matched only as a capitalised word. */
  shortParts: string[];
}

/** Lines searched for a handle's words written as a capitalised word. */
const HANDLE_LINES = 40;
/** A profile URL's handle (LinkedIn, GitHub …), possibly broken over two lines at a hyphen. */
const PROFILE_URL = /(?:linkedin\.com\/in|github\.com|gitlab\.com|xing\.com\/profile)\/([\p{L}\p{N}._-]+)/iu;
const EMAIL_LOCAL = /([\p{L}\p{N}._%+-]+)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

export function findIdentity(profile: Pick<Profile, 'lines' | 'sections'>): Identity {
  const top = profile.lines.slice(0, HANDLE_LINES);
  const handles = handleStrings(top);
  // 1. The contact block's name (src/report/contact.ts), and every other name-shaped run in the first lines that a
  //    handle backs: a name split over two lines, a second script ("Виктор Иванов" for viktor.ivanov@…), a long
  //    form ("Bartholomew" beside bart.nkemelu@…).
  const contact = readContact(profile).name;
  const backed = nameRuns(top).filter((run) => run !== contact && agreesWithHandle(run, handles));
  const names = [...(contact === undefined ? [] : [contact]), ...backed];
  if (names.length > 0) {
    const split = names.map(splitName);
    return { name: names[0] ?? '', nameFrom: contact === undefined ? 'handle' : 'contact', parts: unique(split.flatMap((s) => s.parts)), shortParts: unique(split.flatMap((s) => s.shortParts)) };
  }
  // 2. Else the handle's words that the first lines write capitalised.
  const words = handleWords(top, handles);
  if (words.length === 0) return { parts: [], shortParts: [] };
  return { name: words.join(' '), nameFrom: 'handle', ...splitName(words.join(' ')) };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Pieces of contact lines: bars, bullets, middle dots, dashes and ", " separate name, phone and place. */
const PIECES = /\s*(?:\t|\||·|•|–|—|,\s)\s*/;
/** One capitalised word alone on a line: half of a name set over two lines ("Mateus" / "Okonjo-Vidal"). */
const LONE_WORD = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;

/** Name-shaped runs of the first lines: pieces that look like a name, and two lone capitalised words in a row. */
function nameRuns(lines: Profile['lines']): string[] {
  const runs: string[] = [];
  lines.forEach((line, i) => {
    // Front matter and forms label the name ("title: …" in Markdown for pandoc, "Name: …").
    const text = line.text.replace(/^\s*(?:name|title|author|nom|nombre)\s*:\s*/iu, '');
    for (const piece of text.split(PIECES)) if (looksLikeName(piece)) runs.push(piece.trim());
    const next = lines[i + 1]?.text.trim() ?? '';
    if (LONE_WORD.test(line.text.trim()) && LONE_WORD.test(next)) runs.push(`${line.text.trim()} ${next}`);
  });
  return runs;
}

/** A run agrees when one of its words (4+ letters, transliterated) is written inside an e-mail or profile handle. */
function agreesWithHandle(run: string, handles: string[]): boolean {
  const words = (run.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => fold(transliterate(w))).filter((w) => w.length >= 4);
  return words.some((w) => handles.some((h) => fold(h).includes(w)));
}

/** E-mail local parts and profile-URL handles of the first lines (URLs broken at a hyphen or slash joined). */
function handleStrings(lines: Profile['lines']): string[] {
  const text = lines.map((l) => l.text).join('\n').replace(/([-/])\n/g, '$1');
  const found = [...text.matchAll(new RegExp(EMAIL_LOCAL.source, 'gu'))].map((m) => m[1] ?? '');
  found.push(...[...text.matchAll(new RegExp(PROFILE_URL.source, 'giu'))].map((m) => m[1] ?? ''));
  return found.filter((h) => fold(h).length >= 4);
}

/** Cyrillic to Latin as e-mail addresses write it ("Виктор Иванов" → viktor ivanov). */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

function transliterate(word: string): string {
  return word.toLowerCase().replace(/[\u0400-\u04ff]/gu, (c) => CYRILLIC[c] ?? c);
}

/** "Дмитрий Соколов (Dmitry Sokolov)", "Aoife O'Brien", "Jan van der Berg" → folded parts, particles dropped. */
export function splitName(name: string): { parts: string[]; shortParts: string[] } {
  const words = name.match(/[\p{L}\p{M}]+/gu) ?? [];
  const parts = new Set<string>();
  const shortParts = new Set<string>();
  for (const word of words) {
    if (NAME_PARTICLES.has(word.toLowerCase()) && word === word.toLowerCase()) continue;
    for (const variant of [...foldVariants(word), fold(transliterate(word))]) {
      if (variant.length >= 3) parts.add(variant);
      else if (variant.length === 2) shortParts.add(variant);
    }
  }
  return { parts: [...parts], shortParts: [...shortParts] };
}

/** Words of the e-mail's local part and the profile URL's handle that the first lines also write capitalised. */
function handleWords(lines: Profile['lines'], handles: string[]): string[] {
  const text = lines.map((l) => l.text).join('\n');
  const capitalised = new Set((text.match(/\p{Lu}[\p{L}\p{M}]+/gu) ?? []).map((w) => fold(w)));
  const words = new Set<string>();
  for (const handle of handles) {
    for (const piece of handle.split(/[._%+\-\d]+/)) {
      const folded = fold(piece);
      if (folded.length >= 3 && capitalised.has(folded)) words.add(folded);
    }
  }
  return [...words];
}
