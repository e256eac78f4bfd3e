// The shape of a line: bullet, cells, prose or header. Job parsing (jobs.ts) and section detection use these
// to tell a job's header lines from its body.

import { ORG_RE, TITLE_RE } from './header-lexicon.js';
import { rememberAnswers } from './lexicon/recent.js';
import { ABBREVIATION_END, MULTIWORD_LEGAL_FORM } from './legal-forms.js';

/** Bullet glyphs and list markers that start a body line. */
const BULLET_START = /^\s*(?:[•●◦▪▫■□‣⁃∙·*►▶➢✓✔-]|[–>»](?=\s)|\d{1,2}[.)](?=\s))\s*/u;
/** Extraction joins the cells of one visual row with a tab or a wide gap. */
const CELL_SPLIT = /\t+|\s{3,}/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.+#&-]*/gu;
const STARTS_LOWER = /^\p{Ll}/u;
/** A company named by its web address ("quillmark.example", "tallow-works.io"): lower case, but a name, not a sentence's start ("node.js" is a framework). */
const DOMAIN_FIRST_WORD = /^[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.(?!(?:js|ts|py|rb|sh|md)\b)\p{Ll}{2,}(?=[\s,]|$)/u;
const PAGE_MARKER = /^(?:page\s+\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*(?:of|\/)\s*\d+|-- \d+ of \d+ --)$/i;

export function isBulletLine(text: string): boolean {
  return BULLET_START.test(text);
}

export function stripBullet(text: string): string {
  return text.replace(BULLET_START, '');
}

export function splitCells(text: string): string[] {
  return text.split(CELL_SPLIT).map((c) => c.trim()).filter((c) => c !== '');
}

export function wordCount(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/**
 * A running header on a later page: the candidate's name (two to four capitalised words), a separator and the page
 * ("______ Jordan Avery Quinn, PG. 2", "Jordan Quinn – Page 2 of 3"), after a typed rule or not.
 */
const NAMED_PAGE_HEADER = /^[_\s]*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s*[,|·•–—-]\s*(?:page|pg\.?|p\.)\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/u;

/**
 * Labels of a date of birth in the languages read (personal details, never a job): "Date of birth 05/11/1990",
 * "Data urodzenia: 1988-02-23", "Data nașterii 08/03/1997".
 */
export const BIRTH_LABEL = /(?<![\p{L}\p{N}])(?:date of birth|birth ?date|d\.o\.b\.?|dob|born on|geburtsdatum|geboren am|date de naissance|née? le|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|data na[sșş]terii|f[øö]dselsdato|f[öø]delsedatum)(?![\p{L}\p{N}])/iu;

/**
 * A copyright notice ("© European Union, 2002-2013 | europass…", "Copyright (c) 2019–2024"), as a template's footer
 * prints it: its years are the template's, never a job's.
 */
const COPYRIGHT = /^(?:©|\(c\)\s*\d|copyright\b)/iu;
export function isCopyrightLine(text: string): boolean {
  return COPYRIGHT.test(text.trim());
}

export function isPageMarker(text: string): boolean {
  const t = text.trim();
  return PAGE_MARKER.test(t) || NAMED_PAGE_HEADER.test(t.replace(/\b(?:PAGE|PG|Page|Pg)\b/u, (m) => m.toLowerCase()));
}

/** "Advised a startup…", "Built the…": a line opening with a past-tense verb is a sentence. */
const PAST_TENSE_OPENING = /^(?!(?:Applied|Embedded|Distributed|Advanced|Automated|Connected|Integrated|Licensed|Certified|Qualified|Experienced|Seasoned|Unified|Accredited|Chartered|Registered|Red|Based|Trusted|Shared)\s)\p{Lu}\p{Ll}{2,}ed\s+\S+\s+\S+/u;
/** Past participles that also open titles and names as adjectives ("Applied Scientist", "Integrated Systems Lead"). */
const ADJECTIVE_OPENING = /^(?:Applied|Embedded|Distributed|Advanced|Automated|Connected|Integrated|Unified|Shared|Trusted)\s/u;
/** An adjective opening stays a sentence when its first piece has at least this many words … */
const MIN_ADJECTIVE_SENTENCE_WORDS = 5;
/** … of which at least this many are lower-case content words ("Integrated the Tally engine and its modeler in …"). */
const MIN_LOWER_CONTENT_WORDS = 2;

/**
 * "Integrated Camunda BPMN engine and BPMN.IO modeler in …" (a bullet whose glyph the extraction removed): an
 * adjective-like opening followed by lower-case content words is a sentence; "Integrated Marketing Manager",
 * "Applied Scientist, ads ranking" (the lower case after a separator) and "Shared services manager" (short) are not.
 */
function isAdjectiveSentence(t: string): boolean {
  if (!ADJECTIVE_OPENING.test(t)) return false;
  const piece = t.split(/[,|·•—–(]|\s-\s|\t/u)[0] ?? '';
  const ws = piece.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const lower = ws.filter((w) => /^\p{Ll}/u.test(w) && !NAME_CONNECTORS.has(w.toLowerCase()));
  return ws.length >= MIN_ADJECTIVE_SENTENCE_WORDS && lower.length >= MIN_LOWER_CONTENT_WORDS;
}
/** Action verbs that open résumé bullets whose glyph the extraction removed ("Lead" is left out: "Lead Engineer"). */
const ACTION_OPENING = /^(?:built|build|builds|led|ran|run|runs|grew|grow|drove|drive|wrote|write|own|owns|made|make|set|took|won|manage|manages|design|designs|develop|develops|create|creates|deliver|delivers|launch|launches|implement|implements|improve|improves|reduce|reduces|increase|increases|mentor|mentors|hire|hires|use|uses|work|works|introduce|introduces|define|defines|scale|scales|ship|ships|migrate|migrates|maintain|maintains|support|supports|partner|help|helps|oversee|oversaw|sponsor|sponsors|assist|assists|serves|coordinate|coordinates|conduct|conducts|analyze|analyzes|analyse|analyses|prepare|prepares|researches|edits|organize|organizes|organise|organises|handles|perform|performs|provide|provides|processes|plans|trains|teaches|leads|reviews|collaborate|collaborates|communicate|communicates|monitors|ensure|ensures|facilitate|facilitates|generate|generates|identify|identifies|establish|establishes|evaluate|evaluates|optimize|optimizes|optimise|optimises|operates|produces|recruit|recruits|schedules|tracks|updates|answers|advise|advises|negotiate|negotiates|resolve|resolves|respond|responds|assemble|assembles),?\s+(?![|·•—–-]\s)\S+\s+\S+/iu;
/** More words than this without separators is a sentence, not a header. */
const MAX_PLAIN_HEADER_WORDS = 10;
const PIECE_SEPARATORS = /\s[—–|·•-]\s|\||\t|\s{3,}/u;

/** Small words a name or title leaves in lower case ("Head of Recommendations", "Bank of the West"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'at', 'on', 'de', 'du', 'des', 'la', 'le', 'der', 'die', 'und', 'y', 'e', 'del', 'di', 'da', 'do', 'van', 'von', '&']);
/** "R." alone is the end of a wrapped sentence, not a name. */
const MIN_NAME_LETTERS = 3;
/** Most words a header line ending in "." or "!" may have ("Product Manager | Flintlock Books."). */
const MAX_NAME_WORDS = 9;

/**
 * "Consolidated Grain Cooperative of the Upper Midwest", "United Airlines": a name opening with a past participle,
 * every word capitalised (or a connector) and an organisation word in it. "Reduced Costs By 20%" has none.
 */
function isCapitalisedOrgName(t: string): boolean {
  const ws = t.split(/\s+/u);
  return ws.length <= MAX_NAME_WORDS && !/[.!?;:]$/u.test(t) && ORG_RE.test(t)
    && ws.every((w) => /^[\p{Lu}\p{N}("'“‘]/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()));
}

/** "Acme Ltd.", "Yippee!", "Senior Engineer | Corvina Music.": every word capitalised (or a connector), no verb opening. */
function isTitleCaseName(t: string): boolean {
  if (!/[.!]$/.test(t) || /[.!?]\s+\p{L}/u.test(t.slice(0, -1))) return false;
  const ws = t.split(/[\s,|·•—–-]+/u).filter((w) => /\p{L}/u.test(w));
  if (ws.length === 0 || ws.length > MAX_NAME_WORDS || t.replace(/[^\p{L}]/gu, '').length < MIN_NAME_LETTERS) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}("'“‘]/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()) || ORG_RE.test(w));
}

/**
 * A bullet written as a noun phrase, the usual style of German, French, Spanish and Italian résumés (and common in
 * English): an action noun and its object, "Entwicklung eines Prüfstands", "Abstimmung mit Lieferanten", "Gestion des
 * stocks", "Development of the billing API". Once the bullet glyph is gone, such a line has no
 * verb to tell it from a header. A German noun before an indefinite article is one too ("Erstellen
 * einer CI-Pipeline"). Never when its first word is a title word ("Leiter der …") or an organisation word ("Institut
 * für …", "Department of …"); an organisation named later is the bullet's object ("Entwicklung eines Systems …").
 */
// German action nouns without a suffix ("Aufbau von Vorlagen", "Betrieb der Plattform") count too.
const ACTION_NOUN = '(?:\\p{Lu}\\p{Ll}+(?:ung|tion|sion|ment|age|ción|sión|miento|zione|mento)|Aufbau|Ausbau|Umbau|Einbau|Abbau|Betrieb|Einsatz|Austausch|Erhalt)';
const NOUN_LINK = "(?:eine[rsm]?|des|dem|den|der|von|vom|zur|zum|mit|für|im|of|for|de|des|du|d['’]|del|della|dei|degli|di)";
const NOMINAL_OPENING = new RegExp(`^${ACTION_NOUN}\\s+${NOUN_LINK}(?:\\s+|(?<=['’]))\\S+`, 'u');
const GERMAN_NOUN_ARTICLE = /^\p{Lu}\p{Ll}+\s+(?:eine[rsm]?|einen)\s+\S+/u;
/** Polish verbal nouns and a few action nouns before a lower-case object: "Planowanie tras …", "Obsługa klienta …". */
const POLISH_ACTION_NOUN = /^(?:\p{Lu}\p{Ll}+(?:anie|enie|ęcie)|Obsługa|Współpraca)\s+\p{Ll}\S*\s+\S+/u;
function isNominalBullet(t: string): boolean {
  if (!NOMINAL_OPENING.test(t) && !GERMAN_NOUN_ARTICLE.test(t) && !POLISH_ACTION_NOUN.test(t)) return false;
  const first = t.split(/\s+/u)[0] ?? '';
  return !TITLE_RE.test(first) && !ORG_RE.test(first);
}

/**
 * Sentence-like text: many words, a sentence end, starting in lower case (a wrapped line), or a verb opening. Asked
 * of the same header text by several checks: answers are kept per text.
 */
export const looksLikeProse: (text: string) => boolean = rememberAnswers(isProse);

function isProse(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  const words = wordCount(t.replace(MULTIWORD_LEGAL_FORM, 'Ltd'));
  if (words > 16) return true;
  if (words > MAX_PLAIN_HEADER_WORDS && !PIECE_SEPARATORS.test(t)) return true;
  if (/[.!?;]$/.test(t) && !ABBREVIATION_END.test(t) && !isTitleCaseName(t)) return true;
  if (t.includes('; ') && words > 3) return true;
  if (STARTS_LOWER.test(t) && /^\p{Ll}{2}/u.test(t) && words > 1 && !DOMAIN_FIRST_WORD.test(t)) return true;
  return (PAST_TENSE_OPENING.test(t) && !isCapitalisedOrgName(t)) || isAdjectiveSentence(t) || (ACTION_OPENING.test(t) && !opensWithTitle(t)) || isNominalBullet(t)
    || isGerundSentence(t);
}

/** A capitalised "-ing" word, then lower-case words ("Building industry-leading platform solutions…"). */
const GERUND_OPENING = /^\p{Lu}\p{Ll}{2,}ing\s+(?:\p{Ll}[\p{Ll}'’-]*,?\s+){2}/u;
/** Fewest words of a description opened by an "-ing" word; the words a title would be in are looked at for one. */
const MIN_GERUND_SENTENCE_WORDS = 5;
const GERUND_TITLE_REACH = 4;

/**
 * A description opened by what the job was doing, in sentence case ("Building industry-leading platform solutions
 * that scale", "Working mainly on developing Odoo modules"). A title in its first words ("Training and development
 * manager", "Consulting engineer for …") keeps it a header.
 */
function isGerundSentence(t: string): boolean {
  if (ROLE_STATEMENT.test(t)) return true;
  if (!GERUND_OPENING.test(t) || wordCount(t) < MIN_GERUND_SENTENCE_WORDS) return false;
  return !TITLE_RE.test(t.split(/\s+/u).slice(0, GERUND_TITLE_REACH).join(' '));
}

/**
 * A sentence that states the role or speaks in the first person ("Working as a devops engineer", "I have collaborated
 * across teams…", "Trabajé como programador…", "Trabalhei como analista…"): a description, whatever title it names.
 */
const ROLE_STATEMENT = /^(?:(?:Working|Worked|Serving|Served|Employed|Hired|Acting)\s+as\s+\S|I\s+(?:am|was|have|had|worked|work|led|lead|built|build|joined|collaborated|developed|managed|helped|designed|created|started|contributed)\s+\S|(?:Trabajé|Estuve|Desempeñé|Me desempeñé|Participé|Colaboré|Trabalhei|Atuei|Participei|Colaborei|J['’]ai travaillé|J['’]ai été)\s+\S)/u;

/**
 * A capitalised verb that opens a title or a name, not a sentence: "Support Engineer, …" (the verb heads a title),
 * "Design for Neighbours Volunteer Mentor" (every word capitalised or a connector, and a title word in it).
 * "Support the on-call rota" and "Design Figma components for…" stay sentences.
 */
const TWO_CAPITALISED_WORDS = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}-]*/u;
function opensWithTitle(t: string): boolean {
  const two = TWO_CAPITALISED_WORDS.exec(t)?.[0];
  if (two !== undefined && TITLE_RE.test(two)) return true;
  // Separators between the title and its company ("Support Team Manager — Lindqvist Ledger AB") are not words.
  const ws = t.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return ws.length <= MAX_NAME_WORDS && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase())) && TITLE_RE.test(t);
}
