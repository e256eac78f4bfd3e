// Word lists that tell a job title from an organisation and a location in a job's header lines (job-header.ts),
// compiled once from every language's lexicon (lexicon/<lang>.ts). Matching is case-insensitive on word
// boundaries (Unicode-aware), prefiltered by a Set lookup per word (lexicon/word-matcher.ts).
import { LEXICONS, wordsOf, wordsRe } from './lexicon/index.js';
import { rememberAnswers } from './lexicon/recent.js';

/** Words that make a piece of a header a job title (vocabulary: engineer, nurse, treasurer, board member…). */
export const TITLE_WORDS: readonly string[] = wordsOf('titleWords');
const TITLE_WORD_RE = wordsRe(TITLE_WORDS);
/**
 * "Staff" is the role only as the last word of a capitalised title ("Ad-hoc Staff", "Kitchen Staff, Marrowfield
 * Events"); first it is a seniority that needs its title word ("Staff RN, Medical-Surgical", "Staff Engineer"), and in
 * lower case it is the people someone managed ("Managed 12 staff").
 */
const STAFF_TAIL = /(?<=(?:^|[\s(])\p{Lu}[\p{L}'’-]*\s+)(?:Staff|STAFF)(?=\s*(?:$|[,;:|()—–/]|\s-\s))/u;
/**
 * "Server" is a restaurant's job when it opens a piece ("Server", "Server / Bartender", "Server at Luigi's") or
 * follows a word of hospitality ("Banquet Server", "Head Server"); after anything else it is a machine ("SQL Server",
 * "Windows Server", "MCP server"), and so is a server followed by what is done to it ("Server administration",
 * "server-side rendering").
 */
const SERVER_TITLE = new RegExp(String.raw`(?:^[\s•·*-]*|(?<![\p{L}\p{N}])(?:banquet|restaurant|cocktail|food|head|lead|catering|dining|events?|bar|breakfast|brunch|diner|caf[eé]|pizzeria|bistro|hotel|resort|part[- ]time|seasonal)\s+)server(?![\p{L}\p{N}])(?![-/](?:side|less)|\s+(?:side|less|admin|administration|administrator|management|maintenance|infrastructure|farm|rooms?|racks?|hardware|software|setup|migration|migrations|configuration|deployment|monitoring|logs?|code|engineer|developer)(?![\p{L}]))`, 'iu');
/** Languages that write a compound title as one word with its head noun last. */
const COMPOUNDING_LANGS: ReadonlySet<string> = new Set(['de', 'nl', 'sv']);
/**
 * Head nouns of compound titles: one-word title words of six letters or more in a compounding language. German,
 * Dutch and Swedish put the head last ("Jugendtrainerin", "Bauleiterin", "Softwareontwikkelaar",
 * "Mjukvaruutvecklare"), so a word that ends in one after three letters or more is a title. English heads are left
 * out ("nonresident" is no title).
 */
const MIN_HEAD_LETTERS = 6;
const MIN_COMPOUND_PREFIX = 3;
/** Longer tokens are never looked into (a hostile line of one long token stays linear). */
const MAX_COMPOUND_LETTERS = 40;
const COMPOUND_HEADS: ReadonlySet<string> = new Set(LEXICONS.filter((l) => COMPOUNDING_LANGS.has(l.lang))
  .flatMap((l) => l.titleWords.map((w) => w.toLowerCase())).filter((w) => w.length >= MIN_HEAD_LETTERS && /^\p{L}+$/u.test(w)));
/** Compounds that end in a head noun but are things, not people: "Halbleiter" (semiconductor), "Lautsprecher". */
const NOT_PEOPLE = /^(?:halbleiter|ableiter|lautsprecher)/u;

export function isCompoundTitle(text: string): boolean {
  for (const token of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (token.length < MIN_COMPOUND_PREFIX + MIN_HEAD_LETTERS || token.length > MAX_COMPOUND_LETTERS || NOT_PEOPLE.test(token)) continue;
    for (let k = MIN_COMPOUND_PREFIX; k <= token.length - MIN_HEAD_LETTERS; k++) if (COMPOUND_HEADS.has(token.slice(k))) return true;
  }
  return false;
}

export const TITLE_RE = {
  test: rememberAnswers((text: string): boolean => TITLE_WORD_RE.test(text) || STAFF_TAIL.test(text) || SERVER_TITLE.test(text) || isCompoundTitle(text)),
};

/** Words that make a piece an organisation (legal forms, institutions). */
export const ORG_WORDS: readonly string[] = wordsOf('orgWords');
/**
 * Two-letter legal forms that are also everyday words ("as", "ab", "sa"): an organisation cue only in capitals
 * ("Vipps AS", "Klarna AB", "Banco Exemplo SA"), never in a sentence ("things such as").
 */
const CAPITALS_ONLY = new Set(['as', 'ab', 'sa', 'ag', 'oy', 'bv', 'nv', 'kk', 'hf']);
const ORG_ANY_CASE = wordsRe(ORG_WORDS.filter((w) => !CAPITALS_ONLY.has(w)));
const ORG_CAPITALS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...CAPITALS_ONLY].map((w) => w.toUpperCase()).join('|')})(?![\\p{L}\\p{N}])`, 'u');
export const ORG_RE = { test: rememberAnswers((text: string): boolean => ORG_ANY_CASE.test(text) || ORG_CAPITALS.test(text)) };


/** Area words a title keeps after a comma ("Engineering Manager, Ads"). */
export const TITLE_QUALIFIER_WORDS: ReadonlySet<string> = new Set(wordsOf('titleQualifiers'));

/** Countries and regions: "City, Country" is a place, whatever the city. */
export const COUNTRY_WORDS: readonly string[] = wordsOf('countries');
/** Cities, work modes and area words: a piece made only of these is a location. */
export const PLACE_WORDS: readonly string[] = wordsOf('places');
export const COUNTRY_RE = wordsRe(COUNTRY_WORDS);
export const LOCATION_RE = wordsRe([...COUNTRY_WORDS, ...PLACE_WORDS]);
/** The piece without its place words, to see whether anything else is left. */
export const stripPlaceWords = (text: string): string => LOCATION_RE.strip(text);
/** "City, ST": a US state or Canadian province code after the comma (a sentence's full stop may follow: "Andover, MN."). */
export const STATE_CODE_RE = /^[A-Z]{2}\.?$/;

/** "Title at Company" and its translations; only split when the left side is a title. */
const AT_WORDS = wordsOf('atWords');
// "@" also binds straight to the name ("Software Engineer @Upplands Bank"), never after a letter (an e-mail address).
export const AT_SPLIT_RE = new RegExp(`\\s+(?:(?:${AT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+|@(?=[\\p{L}\\p{N}]))`, 'iu');

/** Employment types printed beside a company ("Northwind · Internship"): not an organisation, not a location. */
const EMPLOYMENT_TYPES: ReadonlySet<string> = new Set(wordsOf('employmentTypes'));
export function isEmploymentType(text: string): boolean {
  return EMPLOYMENT_TYPES.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Employment types that name a kind of work, not only its terms: an internship or volunteering ("Stage", "Prácticas",
 * "Apprenticeship", "Bénévolat"), where "Full-time" or "Contract" does not. Alone before an employer ("Stage bij
 * Essers", "STAGE CHEZ …"), one of them is the entry's title.
 */
const WORK_KIND_TYPES: ReadonlySet<string> = new Set([...wordsOf('internTitles'), ...wordsOf('volunteerTitles')].filter((w) => EMPLOYMENT_TYPES.has(w)));
export function namesWorkKind(text: string): boolean {
  return WORK_KIND_TYPES.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * A piece that opens with an employment type and goes on ("Full-time co-op positions", "Part-time barista"): it
 * describes the role. An organisation cue in it ("Contract Staffing Partners Ltd") makes it a name instead.
 */
export function opensWithEmploymentType(text: string): boolean {
  const words = text.trim().toLowerCase().split(/[\s,]+/);
  if (words.length < 2 || ORG_RE.test(text)) return false;
  return EMPLOYMENT_TYPES.has(words[0] ?? '') || EMPLOYMENT_TYPES.has(words.slice(0, 2).join(' '));
}

/** Column labels of a table's header row ("Company", "Title", "Dates"). */
const COLUMN_LABELS: ReadonlySet<string> = new Set(wordsOf('columnLabels'));
export function isColumnLabel(text: string): boolean {
  return COLUMN_LABELS.has(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** An education line ("MSc Health Data Science, University of …"): opens with a degree and names no job title. */
const DEGREE_WORDS = wordsRe(wordsOf('degreeWords'));
export function isDegreeLine(text: string): boolean {
  return DEGREE_WORDS.testStart(text.trim()) && !TITLE_RE.test(text);
}
