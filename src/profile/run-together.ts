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
    if (!CAPITALISED.test(head) || !NAME_WORD.test(lastOfName)) continue;
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
