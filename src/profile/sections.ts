// Sections by heading wording and shape. A line is a heading when it is short, not a bullet, holds no date range,
// and either its wording is in the lexicon (section-lexicon.ts) or its shape says so (ALL CAPS, trailing colon,
// a Markdown '#'). Inside experience-like sections only strong headings switch section, so a company name in
// capitals or "Key achievements" under a job does not cut the job off.
import { DURATION_UNIT_WORDS } from './durations.js';
import type { Line, Section, SectionKind } from '../types.js';
import { SECTION_PHRASES, MAX_HEADING_WORDS } from './section-lexicon.js';
import { findDateRanges } from './dates.js';
import { isBulletLine, looksLikeProse, splitCells, wordCount } from './line-shape.js';
import { isEmploymentType, TITLE_RE } from './header-lexicon.js';
import { wordsOf, wordsRe } from './lexicon/index.js';
import { formField } from './form-labels.js';
import { rememberAnswers } from './lexicon/recent.js';

export interface HeadingMatch {
  kind: SectionKind;
  /** Exact lexicon wording, ALL CAPS or Markdown: may end an experience section. */
  strong: boolean;
  /** Found by wording, not by shape alone. */
  lexicon: boolean;
}

const PHRASE_KIND: ReadonlyMap<string, SectionKind> = new Map(
  (Object.entries(SECTION_PHRASES) as [SectionKind, readonly string[]][]).flatMap(([kind, phrases]) => phrases.map((p) => [p, kind] as const)),
);
/** Phrases by their last word, longest first: a heading is looked up by its last word, not against every phrase. */
const PHRASES_BY_LAST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const p of [...PHRASE_KIND.keys()].sort((a, b) => b.length - a.length)) {
    const last = p.slice(p.lastIndexOf(' ') + 1);
    map.set(last, [...(map.get(last) ?? []), p]);
  }
  return map;
})();

const MARKDOWN_HEADING = /^#{1,6}\s+/;
/** Numbering, rules, bullets, icon-font glyphs (private use) and emoji around a heading ("💼 WORK HISTORY"). */
/** One letter, a space, then a word: the letter may be an icon read without its Unicode map. */
const ICON_LETTER = /^\p{L} (?=\p{L}{3})/u;
const DECORATION = /^[\s\d.)#*■▪●•◆►▶\-–—_=|:\p{Extended_Pictographic}\p{So}\p{Co}\uFE0F\u200D]+|[\s*■▪●•◆◀\-–—_=|:\p{Extended_Pictographic}\p{So}\p{Co}\uFE0F\u200D]+$/gu;
/** "E X P E R I E N C E", "E D U C AT I O N" (kerning pairs stay together), "W O R K   H I S T O R Y". */
const LETTER_SPACED = /^\p{L}{1,2}(?: {1,3}\p{L}{1,2}){3,}$/u;
const HAS_DIGIT = /\d/;

function joinLetterSpaced(t: string): string {
  const tokens = t.split(/\s+/);
  const singles = tokens.filter((x) => x.length === 1).length;
  if (singles * 4 < tokens.length * 3) return t;
  return t.split(/\s{2,}/).map((w) => w.replace(/ /g, '')).join(' ');
}
/** Heading phrases without their spaces ("professionalexperience"), for a heading whose letters came out in fragments. */
const SQUASHED_PHRASES: ReadonlyMap<string, string> = new Map([...PHRASE_KIND.keys()].map((p) => [p.replace(/[^\p{L}]/gu, ''), p] as const));
/** What joins two headings in one line ("PROJECTS & EXTRACURRICULAR"). */
const FRAGMENT_JOINER = /^(?:&|\/|\||\+|and|AND)$/u;
/** Longest fragment of a word a letter-spaced heading is cut into ("PERI", "ENCE"). */
const MAX_FRAGMENT = 4;
/** Longest mean fragment: a heading cut into fragments is mostly one- and two-letter pieces. */
const MAX_MEAN_FRAGMENT = 2.5;

/**
 * "EDU C AT I ON", "PR O FE SS I ON AL E X PERI ENCE", "SK ILL S": a letter-spaced heading (Word's character spacing)
 * whose letters the PDF grouped unevenly, so neither the single spaces nor the wider ones mark its words. In capitals,
 * cut into short pieces with a single letter among them, each part between joiners ("&") is read without its spaces,
 * and the line is read so only when one part then is a heading phrase ("IT HR QA", "Q A LEAD" stay as written).
 */
function joinedFragments(t: string): string {
  if (HAS_LOWER.test(t)) return t;
  const tokens = t.split(/\s+/);
  const pieces = tokens.filter((x) => !FRAGMENT_JOINER.test(x));
  if (pieces.length < 3 || !pieces.every((x) => x.length <= MAX_FRAGMENT && /^\p{L}+$/u.test(x))) return t;
  if (!pieces.some((x) => x.length === 1)) return t;
  if (pieces.reduce((n, x) => n + x.length, 0) / pieces.length > MAX_MEAN_FRAGMENT) return t;
  const parts: string[][] = [[]];
  const joiners: string[] = [];
  for (const x of tokens) {
    if (FRAGMENT_JOINER.test(x)) { joiners.push(x); parts.push([]); } else parts[parts.length - 1]?.push(x);
  }
  const words = parts.map((p) => p.join('').toLowerCase());
  if (!words.some((w) => SQUASHED_PHRASES.has(w))) return t;
  return words.map((w, i) => (i === 0 ? '' : ` ${joiners[i - 1] ?? ''} `) + (SQUASHED_PHRASES.get(w) ?? w)).join('');
}
const PART_SPLIT = /\s*(?:\/|\||&|,|·|\band\b|\bund\b|\bet\b|\by\b|\boch\b|\be\b|\bи\b)\s*/u;
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const ENDS_SENTENCE = /[.!?]$/;

/** The number of items a theme prints after a heading ("Work Experience (4)", "Volunteer (1)"). */
const ITEM_COUNT = /\s*\(\d{1,3}\)$/u;

/**
 * The total a résumé states beside its heading ("Опыт работы 3 месяца", "Experience — 7 years", "Berufserfahrung (5
 * Jahre)", "Experience (3 years 2 months)"): not part of the heading's words.
 */
const UNIT = `(?:${[...DURATION_UNIT_WORDS].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const HEADING_TOTAL = new RegExp(`\\s*[—–:·|(-]?\\s*\\d{1,2}(?:[.,]\\d)?\\+?\\s*${UNIT}(?:\\s+\\d{1,2}\\s*${UNIT})?\\s*\\)?$`, 'iu');

/** The heading's wording, lower-case, without decoration, counts and totals (asked of the same text by many checks). */
export const normaliseHeading: (text: string) => string = rememberAnswers(normalisedHeading);

function normalisedHeading(text: string): string {
  let t = text.replace(MARKDOWN_HEADING, '').replace(DECORATION, '').replace(ITEM_COUNT, '').replace(HEADING_TOTAL, '').trim();
  if (LETTER_SPACED.test(t)) t = joinLetterSpaced(t);
  if (!PHRASE_KIND.has(t.toLowerCase())) t = joinedFragments(t);
  return t.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * One-word phrases that also end organisation names and titles ("Trey Research", "Acme Leadership", "Team Work"):
 * a heading only when written alone, never as the end of a longer line.
 */
const EXACT_ONLY: ReadonlySet<string> = new Set([
  'research', 'teaching', 'work', 'roles', 'leadership', 'community', 'writing', 'events', 'portfolio', 'training',
  'career', 'engagement', 'tools', 'positions', 'appointments', 'recognition', 'military', 'speaking', 'grants',
  'courses', 'conferences', 'forschung', 'lehre', 'recherche', 'investigación', 'ricerca', 'pesquisa', 'forskning',
]);

function kindOfWording(part: string): { kind: SectionKind; exact: boolean } | undefined {
  const exact = PHRASE_KIND.get(part);
  if (exact) return { kind: exact, exact: true };
  for (const phrase of PHRASES_BY_LAST_WORD.get(part.slice(part.lastIndexOf(' ') + 1)) ?? []) {
    if (EXACT_ONLY.has(phrase)) continue;
    if (part.endsWith(` ${phrase}`)) return { kind: PHRASE_KIND.get(phrase) ?? 'other', exact: false };
  }
  return undefined;
}

/** Shortest last word whose singular or plural is tried ("Certification", "Working Experiences"); "as", "us" are not. */
const MIN_NUMBER_WORD = 5;

/** German and Dutch plurals of abstract nouns ("Erfahrungen", "Tätigkeiten", "ervaringen"): the singular is the phrase. */
const EN_PLURAL = /(?:ung|heit|keit|schaft|ing)en$/u;

/**
 * The heading's wording, or the same with its last word's number changed: people write "CERTIFICATION" for
 * "Certifications", "Working Experiences" or "Other Experiences" for "… Experience", "Praktische Erfahrungen" for
 * "… Erfahrung".
 */
function kindOfPart(part: string): { kind: SectionKind; exact: boolean } | undefined {
  const hit = kindOfWording(part);
  if (hit) return hit;
  const last = part.slice(part.lastIndexOf(' ') + 1);
  if (last.length < MIN_NUMBER_WORD || !/^\p{L}+$/u.test(last)) return undefined;
  if (EN_PLURAL.test(last)) return kindOfWording(part.slice(0, -2));
  const other = last.endsWith('s') ? part.slice(0, -1) : `${part}s`;
  return kindOfWording(other);
}

/** The text is a section heading phrase exactly ("Education", "PREVIOUS ROLES"), whatever its decoration. */
export function isSectionPhrase(text: string): boolean {
  return PHRASE_KIND.has(normaliseHeading(text));
}

/** Words of armed forces and civilian service ("Zivildienst", "Wehrdienst"): headings of their own, also titles. */
const SERVICE_WORDS = wordsRe(wordsOf('militaryWords'));

/**
 * "Volunteer", "Internship": one word that is also a title or an employment type is weak inside an entry. A service
 * heading ("Zivildienst") is not, though the entry under it takes the same word as its title.
 */
function isEntryWord(norm: string): boolean {
  return !norm.includes(' ') && (TITLE_RE.test(norm) || isEmploymentType(norm)) && !SERVICE_WORDS.test(norm);
}

/** One word that is a job title ("Zivildienst", "Volunteer"). */
function isTitleWord(text: string): boolean {
  const norm = normaliseHeading(text);
  return norm !== '' && !norm.includes(' ') && TITLE_RE.test(norm);
}

/** A date line with its range and no title beside it ("09/2010 – 05/2011 ⇥ Lebenshilfe e.V., Schwabach"). */
function awaitsTitle(text: string): boolean {
  const range = findDateRanges(text).find((r) => !r.single);
  return range !== undefined && !TITLE_RE.test(text.slice(0, range.from) + text.slice(range.to));
}

/** "Education and qualifications", "Skills / Tools": every part is a heading phrase, so the whole is one. */
function allPartsExact(norm: string): boolean {
  const parts = norm.split(PART_SPLIT).filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => PHRASE_KIND.has(p));
}

/**
 * "EXPERIENCE & PROJECTS", "Work and Volunteering": a heading made of heading phrases, one of them for jobs, holds jobs
 * whatever its last word.
 */
function jobsFirst(parts: readonly string[]): SectionKind | undefined {
  if (parts.length < 2 || !parts.every((p) => PHRASE_KIND.has(p))) return undefined;
  const kinds = parts.map((p) => PHRASE_KIND.get(p));
  if (kinds.includes('experience')) return 'experience';
  // "Awards & Leadership" lists honours with a year each: a leadership or volunteering part holds the section only
  // beside other job-like parts or projects ("Leadership & Projects").
  return kinds.includes('volunteering') && kinds.every((k) => k === 'volunteering' || k === 'projects') ? 'volunteering' : undefined;
}

/** A dash with spaces around it, between a heading and what it is about. */
const QUALIFIER_DASH = / [—–] /u;

/**
 * "EDUCATION — COMPUTER SCIENCE, B.S.", "EXPERIENCE – RETAIL": in capitals, a heading phrase exactly, then a dash and
 * what the section is about. Not a word that also ends names ("TRAINING — ACME"), nor a phrase with a title after it
 * ("PROJECTS — LEAD ENGINEER").
 */
function qualifiedHeading(norm: string): SectionKind | undefined {
  const at = norm.search(QUALIFIER_DASH);
  if (at <= 0) return undefined;
  const head = norm.slice(0, at);
  const tail = norm.slice(at + 3);
  if (EXACT_ONLY.has(head) || TITLE_RE.test(tail)) return undefined;
  return PHRASE_KIND.get(head);
}

/** Classify one line as a heading, or undefined when it is not one. */
/** Strokes a rule is typed with after a heading ("Erfahrung ______________", "SKILLS ----------"). */
const RULE_STROKES = new Set(['_', '-', '=', '–', '—']);
/** Fewest strokes of a typed rule. */
const MIN_RULE_STROKES = 4;

/** The text without a typed rule at its end (one stroke, four times or more), found from the end (linear). */
function withoutTypedRule(text: string): string {
  const t = text.trimEnd();
  const stroke = t[t.length - 1];
  if (stroke === undefined || !RULE_STROKES.has(stroke)) return text;
  let i = t.length - 1;
  while (i > 0 && t[i - 1] === stroke) i--;
  return t.length - i >= MIN_RULE_STROKES ? t.slice(0, i) : text;
}

/** Each line is classified for the headings written twice, then again in order (the answer is never changed). */
export const classifyHeading: (text: string) => HeadingMatch | undefined = rememberAnswers(headingOf);

function headingOf(text: string): HeadingMatch | undefined {
  const trimmed = withoutTypedRule(text).trim();
  if (trimmed.length < 3 || trimmed.length > 60 || isBulletLine(trimmed)) return undefined;
  // Its qualifier may end in a stop ("EDUCATION — COMPUTER SCIENCE, B.S.").
  const qualified = HAS_UPPER.test(trimmed) && !HAS_LOWER.test(trimmed) && !HAS_DIGIT.test(trimmed) ? qualifiedHeading(normaliseHeading(trimmed)) : undefined;
  if (qualified) return { kind: qualified, strong: true, lexicon: true };
  if (ENDS_SENTENCE.test(trimmed)) return undefined;
  if (!HAS_LETTER.test(trimmed)) return undefined;
  const norm = normaliseHeading(trimmed);
  if (norm === '' || norm.split(' ').length > MAX_HEADING_WORDS) return undefined;
  if (findDateRanges(trimmed).length > 0) return undefined;
  const markdown = MARKDOWN_HEADING.test(trimmed);
  const allCaps = !HAS_LOWER.test(trimmed.replace(MARKDOWN_HEADING, ''));
  const colon = trimmed.endsWith(':');
  const parts = norm.split(PART_SPLIT).filter((p) => p !== '');
  // An icon glyph that came out as a letter ("R Jobs", "_ Experience" from an icon font without a Unicode map).
  const iconless = ICON_LETTER.test(norm) ? [norm.slice(2)] : [];
  for (const part of [norm, ...iconless, ...parts]) {
    const hit = part === '' ? undefined : kindOfPart(part);
    // "Engineering Manager, Recommendations": a heading word after a job title is the title's area, not a section.
    if (hit && !(hit.exact && part === norm) && parts.some((p) => p !== part && !PHRASE_KIND.has(p) && TITLE_RE.test(p))) return undefined;
    if (hit) return { kind: jobsFirst(parts) ?? hit.kind, strong: (hit.exact && !isEntryWord(norm)) || allCaps || markdown || allPartsExact(norm), lexicon: true };
  }
  // Shape alone never ends an experience section: "### Senior ML Engineer" in Markdown is a job, not a section.
  if (HAS_DIGIT.test(norm)) return undefined;
  if ((allCaps && norm.split(' ').length <= 3) || (colon && norm.split(' ').length <= 4) || markdown) {
    return { kind: 'other', strong: false, lexicon: false };
  }
  return undefined;
}

/** JSON Resume's name for a job's list of achievements, which its themes print above the list. */
const ENTRY_LIST_WORDS: ReadonlySet<string> = new Set(['highlights', 'key highlights']);

/**
 * Inside an experience section, the head of one job's list, not a new section: "Highlights" (JSON Resume themes,
 * whatever the case), or a form label for what the job was, alone before its colon ("Highlights:", "Achievements:",
 * "Responsibilities:", moderncv). An all-capitals "ACHIEVEMENTS:" may still be a section of its own.
 */
function isEntryListLabel(text: string): boolean {
  const t = text.trim();
  if (ENTRY_LIST_WORDS.has(normaliseHeading(t))) return true;
  if (!t.endsWith(':') || !HAS_LOWER.test(t)) return false;
  const form = formField(t);
  return form?.field === 'activities' && form.value === '';
}

/**
 * "Projekte:⇥Migration einer …", "Key projects:" under a job: the job's own list of projects, not a section, when the
 * experience heading is written without a colon (a résumé whose headings all end in one writes "Projects:" as a
 * section). Mixed case only: "PROJECTS:" may still be a section of its own.
 */
function isEntryProjectsLabel(text: string, heading: HeadingMatch, sectionHeading: string): boolean {
  if (heading.kind !== 'projects' || sectionHeading.trim().endsWith(':')) return false;
  const first = (splitCells(text)[0] ?? '').trim();
  return first.endsWith(':') && HAS_LOWER.test(first);
}

/** A side label with its colon ("Projekte: ⇥ …") in mixed case, under a section heading written without one. */
function isEntryFieldLabel(text: string, sectionHeading: string): boolean {
  const first = (splitCells(text)[0] ?? '').trim();
  return first.endsWith(':') && HAS_LOWER.test(first) && !sectionHeading.trim().endsWith(':');
}

const EXPERIENCE_LIKE: ReadonlySet<SectionKind> = new Set(['experience', 'volunteering']);

export function isExperienceLike(kind: SectionKind): boolean {
  return EXPERIENCE_LIKE.has(kind);
}

/** Split the document into sections; the untitled top (name, contact lines) is a 'contact' section. */
export function detectSections(lines: readonly Line[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: 'contact', start: 0, end: lines.length };
  let seenLexiconHeading = false;
  let prev: Line | undefined;
  const repeated = headingsWrittenTwice(lines);
  for (const line of lines) {
    const before = prev;
    prev = line;
    const label = sideLabel(line.text);
    const heading = label ?? classifyHeading(line.text);
    if (!heading) continue;
    // "09/2010 – 05/2011 ⇥ Lebenshilfe e.V." / "Zivildienst": a one-word title right under an entry's date line that
    // names no title is that entry's title, though the same word heads a section elsewhere.
    if (!label && isTitleWord(line.text) && before !== undefined && awaitsTitle(before.text)) continue;
    // "· Interpersonal and Communication" / "· Strong Management and Leadership": an item of a bulleted list (the
    // glyph stripped from both) is never a heading, whatever heading word it ends in.
    if (!label && line.bullet === true && before?.bullet === true) continue;
    // A name in capitals at the top is not a section: shape alone counts only after a worded heading.
    if (!heading.lexicon && !seenLexiconHeading) continue;
    seenLexiconHeading ||= heading.lexicon;
    if (isExperienceLike(current.kind) && current.heading !== undefined && (!heading.strong || isEntryListLabel(line.text))) continue;
    if (isExperienceLike(current.kind) && current.heading !== undefined && isEntryProjectsLabel(line.text, heading, current.heading)) continue;
    // "Projekte: ⇥ Migration einer …" inside a job: a label with its colon, its value beside it, is the entry's own field
    // (as for isEntryProjectsLabel: in mixed case, under a heading written without a colon).
    if (label && isExperienceLike(current.kind) && current.heading !== undefined && isEntryFieldLabel(line.text, current.heading)) continue;
    // "…ran the scheduling system for evening" / "courses": a lower-case heading word under a capitalised section heading
    // is the end of a wrapped line (a template that writes its headings in lower case writes them all so).
    if (isExperienceLike(current.kind) && current.heading !== undefined && !HAS_UPPER.test(line.text) && HAS_UPPER.test(current.heading)) continue;
    // "Achievements/Tasks" under every job: a label written on two lines or more is the entries', the last one too.
    if (isExperienceLike(current.kind) && current.heading !== undefined && !label && repeated.has(line.index) && isEntryLabel(line.text)) continue;
    if (current.kind !== 'contact' || current.heading !== undefined || line.index > 0) {
      current.end = line.index;
      if (current.end > current.start || current.heading !== undefined) sections.push(current);
    }
    // A side label shares its line with the section's first content, so the section has no heading line of its own.
    current = label ? { kind: heading.kind, start: line.index, end: lines.length } : { kind: heading.kind, heading: line.text.trim(), start: line.index, end: lines.length };
  }
  sections.push(current);
  return splitUntitledSummary(sections, lines);
}

/**
 * Lines whose heading wording is written on another line too ("Achievements" under each of two jobs): a section
 * heading is written once, a label inside each entry as often as there are entries.
 */
function headingsWrittenTwice(lines: readonly Line[]): Set<number> {
  const byWording = new Map<string, number[]>();
  for (const line of lines) {
    if (!classifyHeading(line.text)) continue;
    const norm = normaliseHeading(line.text);
    byWording.set(norm, [...(byWording.get(norm) ?? []), line.index]);
  }
  return new Set([...byWording.values()].filter((at) => at.length >= 2).flat());
}

/** Most words of a label written inside an entry ("Achievements/Tasks", "Key Responsibilities"). */
const MAX_LABEL_WORDS_IN_ENTRY = 3;

/**
 * A label an entry may hold ("Achievements", "Achievements/Tasks"): a short heading whose wording, or one part of it,
 * is a heading phrase exactly, of a section that is not experience. Inside an experience section it is the entry's
 * own label: neither a header nor a place. A company whose name merely ends like a heading ("Northwind Projects")
 * and a title ("Volunteer") are not.
 */
export function isEntryLabel(text: string): boolean {
  const heading = classifyHeading(text);
  if (!heading?.lexicon || isExperienceLike(heading.kind)) return false;
  const norm = normaliseHeading(text);
  if (norm.split(' ').length > MAX_LABEL_WORDS_IN_ENTRY || TITLE_RE.test(norm)) return false;
  return norm.split(PART_SPLIT).some((p) => p !== '' && PHRASE_KIND.has(p) && !isExperienceLike(PHRASE_KIND.get(p) ?? 'other'));
}

/** Fewest words of a sentence that makes the untitled top a summary. */
const MIN_SUMMARY_WORDS = 8;
const CONTACT_DETAIL = /@|https?:|www\.|\+?\d[\d ()-]{6,}\d/u;

/** A sentence about the candidate ("I build ranking systems …") written under the name without a heading. */
function isUntitledSummaryLine(text: string): boolean {
  const t = text.trim();
  return wordCount(t) >= MIN_SUMMARY_WORDS && looksLikeProse(t) && /[.!?]$/u.test(t) && !CONTACT_DETAIL.test(t);
}

/**
 * The untitled top holds the name and contact lines, and often a few sentences about the candidate with no
 * "Summary" heading: from the first such sentence on, the top is a summary (the contact lines above it stay contact).
 */
function splitUntitledSummary(sections: Section[], lines: readonly Line[]): Section[] {
  const top = sections[0];
  if (!top || top.kind !== 'contact' || top.heading !== undefined) return sections;
  const first = lines.find((l) => l.index > top.start && l.index < top.end && isUntitledSummaryLine(l.text));
  if (!first) return sections;
  return [{ ...top, end: first.index }, { kind: 'summary', start: first.index, end: top.end }, ...sections.slice(1)];
}

/**
 * The first line of a section opened by a side label ("Work<tab>Halcyon Commerce") without the label: the rest of
 * the line is the section's first content. Undefined when the line does not open with a side label.
 */
export function afterSideLabel(text: string): string | undefined {
  if (!sideLabel(text)) return undefined;
  const cells = splitCells(text);
  return text.slice(text.indexOf(cells[0] ?? '') + (cells[0] ?? '').length).trim();
}

/** Most words of a section label in a side column. */
const MAX_LABEL_WORDS = 3;

/** "Experience<tab>Senior Developer, …": a short first cell that is a heading phrase, beside the section's content. */
function sideLabel(text: string): HeadingMatch | undefined {
  const cells = splitCells(text);
  const first = cells[0];
  if (cells.length < 2 || first === undefined || first.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  const kind = PHRASE_KIND.get(normaliseHeading(first));
  return kind === undefined || isEntryWord(normaliseHeading(first)) ? undefined : { kind, strong: true, lexicon: true };
}
