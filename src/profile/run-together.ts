// A company name and a title run together on one line with no separator: the bold company and the italic title of
// a JSON-Resume theme or a LaTeX description list ("Lumen Freight Ltd. Head of Data Science", "Marigold Transit Lead
// Product Designer"). Split only on evidence: the name ends in an organisation word ("Ltd.", "Insurance",
// "Polytechnic") or the title opens with a seniority word ("Lead", "Senior", "Head"); both sides have two words or
// more, the name holds no title word, the title holds one. "Machine Learning Engineer", "Senior Staff Engineer"
// and "Retail Media Sales Manager"-like titles are never split.
import { ORG_RE, TITLE_RE } from './header-lexicon.js';
import { isTitleQualifier } from './comma-header.js';
import { wordsOf } from './lexicon/index.js';

const OPENERS: ReadonlySet<string> = new Set(wordsOf('titleOpeners'));

export interface RunTogether {
  org: string;
  title: string;
  /** The organisation word ends the name (stronger evidence than a seniority word). */
  orgWordEnds: boolean;
}

/** Most words a run-together header may have. */
const MAX_WORDS = 12;
const MIN_SIDE_WORDS = 2;
/** A word of a name: capitalised, a number-free token, or a connector. */
const NAME_WORD = /^(?:[\p{Lu}][\p{L}.'’&-]*|&|of|for|and|the|de|du|la|von|van|der)$/u;
const CAPITALISED = /^\p{Lu}/u;

const isTitlePart = (w: string): boolean => OPENERS.has(w.toLowerCase()) || isTitleQualifier(w) || TITLE_RE.test(w);

/**
 * "Studio Larkspur UX Designer": the name opens with an organisation word and goes on with a word of its own
 * ("Larkspur": no title, area or organisation word), and the rest is made only of title words (area and seniority
 * words and a title word). "Group Product Manager Lead" has no name word; "Studio Larkspur Design Lead Europe"
 * ends in a word no title has.
 */
function orgWordOpens(name: readonly string[], title: readonly string[]): boolean {
  const [first = ''] = name;
  if (!ORG_RE.test(first) || TITLE_RE.test(first)) return false;
  const ownWord = name.slice(1).some((w) => !isTitlePart(w) && !ORG_RE.test(w));
  return ownWord && title.every(isTitlePart) && TITLE_RE.test(title[title.length - 1] ?? '');
}

export function splitRunTogether(text: string): RunTogether | undefined {
  if (text.includes(',') || !TITLE_RE.test(text)) return undefined;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 * MIN_SIDE_WORDS || words.length > MAX_WORDS) return undefined;
  for (let k = MIN_SIDE_WORDS; k <= words.length - MIN_SIDE_WORDS; k++) {
    const head = words[k] ?? '';
    const lastOfName = words[k - 1] ?? '';
    // "New Modern Technology Ltd.": a legal form after an organisation word is still the name's.
    if (!CAPITALISED.test(head) || !NAME_WORD.test(lastOfName) || LEGAL_FORMS.has(head.toLowerCase().replace(/\.$/u, ''))) continue;
    const orgWordEnds = ORG_RE.test(lastOfName) && !TITLE_RE.test(lastOfName);
    const org = words.slice(0, k).join(' ');
    const title = words.slice(k).join(' ');
    if (!orgWordEnds && !OPENERS.has(head.toLowerCase()) && !orgWordOpens(words.slice(0, k), words.slice(k))) continue;
    if (!words.slice(0, k).every((w) => NAME_WORD.test(w)) || TITLE_RE.test(org) || isTitleQualifier(org)) continue;
    if (OPENERS.has((words[0] ?? '').toLowerCase()) || !TITLE_RE.test(title)) continue;
    return { org, title, orgWordEnds };
  }
  return undefined;
}

/**
 * "Sales Associate Fennick Outlet, Washington, PA": a title, then a name with no separator, then its place. The title
 * is the shortest opening that ends in a title word; the name after it is capitalised words with no title, seniority
 * or area word in them ("Sales Associate Team Lead", "Software Engineer Payments" are never split). A name of one word
 * ("Barista Starbucks") only when `placed` (a place after it says where the name ends).
 */
export function splitTitleThenName(text: string, placed: boolean): { title: string; org: string } | undefined {
  if (text.includes(',') || !TITLE_RE.test(text)) return undefined;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return undefined;
  const firm = titleThenFirm(words);
  if (firm) return firm;
  for (let k = 1; k < words.length; k++) {
    const title = words.slice(0, k);
    const name = words.slice(k);
    if (!TITLE_RE.test(title[title.length - 1] ?? '') || !TITLE_RE.test(title.join(' '))) continue;
    if (name.length < (placed ? 1 : MIN_SIDE_WORDS) || !CAPITALISED.test(name[0] ?? '')) return undefined;
    if (!name.every((w) => NAME_WORD.test(w) && !isTitlePart(w)) || ORG_RE.test(title.join(' '))) return undefined;
    return { title: title.join(' '), org: name.join(' ') };
  }
  return undefined;
}

/**
 * "Lead Infrastructure DevOps smartblue AG": a firm's legal form ends the line, so the firm is the longest run of
 * brand words before it (no title, seniority or area word), and the title, ending in a title word, is the rest.
 */
function titleThenFirm(words: readonly string[]): { title: string; org: string } | undefined {
  const form = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/u, '');
  if (!LEGAL_FORMS.has(form)) return undefined;
  let j = words.length - 1;
  // "Labs", "Group": an organisation word is the firm's even where a title could hold it.
  const firmWord = (w: string): boolean => w === '&' || (isBrandWord(w) && (!isTitlePart(w) || (ORG_RE.test(w) && !TITLE_RE.test(w))));
  while (j > 0 && words.length - j < MAX_FIRM_WORDS && firmWord(words[j - 1] ?? '')) j--;
  const title = words.slice(0, j);
  const name = words.slice(j);
  const last = title[title.length - 1] ?? '';
  if (name.length < 2 || name[0] === '&' || !TITLE_RE.test(last) || (ORG_RE.test(last) && !TITLE_RE.test(last))) return undefined;
  return { title: title.join(' '), org: name.join(' ') };
}

/** A word of a brand name: letters only, not a connector of a sentence ("the team at", "for 3 clients"). */
const isBrandWord = (w: string): boolean => (w === '&' || /^[\p{L}][\p{L}'’&-]*$/u.test(w)) && !/^(?:the|at|for|of|and|in|bei|und|für|with|mit)$/iu.test(w);

/** Legal forms that end a firm's name whatever the case of the name before them ("draglet gmbh", "nfon AG"). */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'gmbh', 'ag', 'kg', 'ug', 'se', 'ltd', 'limited', 'inc', 'llc', 'plc', 'corp', 'bv', 'b.v', 'nv', 'oy', 'ab', 'sarl', 'sas',
  'srl', 's.r.l', 'spa', 's.p.a', 'pty', 'gbr', 'mbh',
]);
/** Most words of a lower-case firm's name with its legal form ("cleversoft gmbh", "blue pixel labs gmbh"). */
const MAX_FIRM_WORDS = 4;

/**
 * "Cloud Architect draglet gmbh": a brand written in lower case, then its legal form, run into the title before it.
 * The legal form says where the name ends; the brand words are letters only ("the team at", "for 3 clients" are not).
 */
export function isLowerCaseFirm(name: readonly string[]): boolean {
  const form = (name[name.length - 1] ?? '').toLowerCase().replace(/\.$/u, '');
  if (name.length < 2 || name.length > MAX_FIRM_WORDS || !LEGAL_FORMS.has(form)) return false;
  return name.slice(0, -1).every(isBrandWord);
}
