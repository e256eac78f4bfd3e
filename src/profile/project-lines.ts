// A dated project listed among jobs ("Building an HTML5 puzzle game ⇥ 2019 – 2020", "Personal finance tracker
// app"): its header is a phrase in sentence case with no title word and no organisation, so nothing in it names an
// employer or a role. Names are capitalised word by word ("Halden Systems", "Ferrow Logistics": a dated company
// with no title is a job), so a name never reads as one.
import { ORG_RE, TITLE_RE, opensWithEmploymentType } from './header-lexicon.js';
import { wordsOf, wordsRe } from './lexicon/index.js';

/** Time out of work ("Career break to care for my father"): reported as a career break, not dropped as a project. */
const CAREER_BREAK = wordsRe(wordsOf('careerBreaks'));

/** Short words that names and phrases keep in lower case: they count neither way. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'into', 'de', 'la', 'le', 'du', 'des',
  'der', 'die', 'das', 'und', 'van', 'von', 'y', 'e', 'et', 'di', 'da', 'do', 'dos', '&',
]);
/** Fewest lower-case content words that make a header a phrase rather than a name. */
const MIN_PHRASE_WORDS = 2;
/** A capitalised word with lower-case letters after its capital ("Kafka", "Halden"): a name's word. */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Words that say an entry is a project whatever its case ("Puzzle Game (personal project)", "Hackathon Entry"), in
 * the languages read. Only whole words: "Projektleiter" is a title.
 */
const PROJECT_CUE = /(?<![\p{L}\p{N}])(?:(?:personal|side|hobby|pet|university|student|course|class|school|capstone|group|team|final[- ]year|open[- ]source)\s+projects?|hackathons?|capstone|projekt|projet|proyecto|progetto|projeto)(?![\p{L}\p{N}])/iu;

/** The header text of a dated entry that names neither a role nor an employer: a project, not a job. */
export function isProjectPhrase(text: string): boolean {
  if (TITLE_RE.test(text) || ORG_RE.test(text) || opensWithEmploymentType(text) || CAREER_BREAK.test(text)) return false;
  if (PROJECT_CUE.test(text)) return true;
  const words = text.trim().split(/\s+/u).map((w) => w.replace(/^[("'“]+|[)"'”.,:;]+$/gu, '')).filter((w) => w !== '');
  if (words.length < MIN_PHRASE_WORDS + 1 || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  const rest = words.slice(1).filter((w) => !CONNECTORS.has(w.toLowerCase()));
  if (rest.some((w) => NAME_WORD.test(w))) return false;
  return rest.filter((w) => /^\p{Ll}/u.test(w)).length >= MIN_PHRASE_WORDS;
}
