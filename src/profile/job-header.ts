// Title, organisation and location from a job's header lines (dates already cut out). Pieces are split on the
// separators résumés use ("—", "|", "·", tab, wide gaps, "at", "Company: Title"); the title is decided by evidence
// (the title vocabulary), not by position; the organisation is the piece with an organisation cue, else the one
// beside the title; a place-like piece is the location. Dates, "Present", section headings and symbols are never
// a title or an organisation.
import { addressColonHeader, orgColonPlace } from './address-colon.js';
import { AT_SPLIT_RE, isColumnLabel, isEmploymentType, namesWorkKind, opensWithEmploymentType, ORG_RE, TITLE_RE } from './header-lexicon.js';
import { endsWithLegalForm } from './legal-forms.js';
import { isLocation, isPlaceOnly, splitOrgLocation } from './header-places.js';
import { isTitleQualifier, splitCommaHeader, splitOrgFirstComma } from './comma-header.js';
import { findDateRanges, parseRangeEnd } from './dates.js';
import { isSectionPhrase } from './sections.js';
import { isLowerCaseFirm, splitRunTogether, splitTitleThenName } from './run-together.js';
import { wordsOf } from './lexicon/index.js';
import { orderedComma, orderedPieces, type HeaderOrder, type HeaderShape } from './header-order.js';

export { isLocation } from './header-places.js';

export interface HeaderPiece {
  text: string;
  /** Which header line (0-based within the entry) the piece came from. */
  line: number;
  /** The separator written before this piece on its line ("" for the first piece of a line). */
  sep?: string;
  /** Named as the organisation by how the line is written ("Harbor Theme Park: Charlotte, NC"). */
  named?: true;
}

export interface JobHeader {
  title: string;
  org?: string;
  location?: string;
  /** The title lexicon recognised the title (false: fallback by position). */
  titleMatched: boolean;
  /** The organisation stood on a line of its own (a company heading that later roles may share). */
  orgOnOwnLine: boolean;
  /** Which header line (0-based within the entry) holds the title. */
  titleLine: number;
  /** LinkedIn-style employment type written beside the company ("Northwind · Internship"), lower-case. */
  employmentType?: string;
  /** How a header with a known title was written (header-order.ts learns the section's order from these). */
  shape?: HeaderShape;
  /**
   * "team": the organisation is an area or unit after the title's dash ("Engineer – Order Routing"); "company": the
   * company stood on a line of its own above such a title. Company headings (company-headings.ts) read the next role's
   * team under the company above.
   */
  team?: 'team' | 'company';
}

/**
 * Piece separators. A dash that lost one of its spaces still separates when a capital follows it ("Atom Freight LLC
 * -Courier —Alpharetta, GA", "Courier— Alpharetta"); a hyphen inside a word or a name never does ("Jean-Luc"). An
 * icon before a piece ("📍 Malmö, Sweden, 🔗 acme.example.se"; an icon font's private-use glyph; U+0000, what a glyph
 * without a Unicode mapping reads as) starts a new piece.
 */
const PIECE_SPLIT = /(\s+[—–|·•→⇒]\s+|\s+\/\/\s+|\s+-\s+|\s+[—–-](?=\p{Lu})|(?<=[\p{L}\p{N}])[—–]\s+(?=\p{Lu})|\s*\|\s*|\t+|\s{3,}|\s*[\u0000\p{Co}\p{Emoji_Presentation}]+\s*)/u;
const EDGE_PUNCT = /^[\s,;:|·•—–→⇒-]+|[\s,;:|·•—–→⇒-]+$|\s+\/\/$/gu;
/** "Company: Title" — a colon and a space after a short name. */
const COLON_SPLIT = /^([^:]{2,60}):\s+(\S.*)$/u;
const HAS_LETTER = /\p{L}/u;

/** "Fernhill Talent Partners: Senior Recruiter" is two pieces when one side is a title or an organisation. */
function splitColon(t: string): string[] {
  // "Company : Street 12, City: Title": the company, the title, and the place (the street dropped).
  const addressed = addressColonHeader(t);
  if (addressed) return [addressed.org, addressed.title, addressed.place];
  const m = COLON_SPLIT.exec(t);
  if (!m) return [t];
  const [, left = '', right = ''] = m;
  // "Maternity cover: Senior Analyst, Ferris & Lowe", "Earlier: Graduate Analyst at Taff Valley Water": a short
  // label that is neither a title nor an organisation, before a whole "Title, Company" header, is a note.
  if (isNoteLabel(left) && TITLE_RE.test(right) && (right.includes(', ') || AT_SPLIT_RE.test(right))) return [right.trim()];
  const evidence = TITLE_RE.test(right) || TITLE_RE.test(left) || ORG_RE.test(left);
  return evidence && left.split(/\s+/).length <= 7 ? [left.trim(), right.trim()] : [t];
}

/** Most words of a note before a header ("Maternity cover", "Earlier"). */
const MAX_NOTE_WORDS = 3;
const isNoteLabel = (left: string): boolean => left.trim().split(/\s+/).length <= MAX_NOTE_WORDS && !TITLE_RE.test(left) && !ORG_RE.test(left) && !isLocation(left);

/** An organisation's name starts with a capital or a digit ("at Google", "bei 1&1"); "Stagiaire en audit" is one title. */
const NAME_START = /^[\p{Lu}\p{N}]/u;
const LOWER_HANDLE = /^\p{Ll}[\p{Ll}\p{N}]*(?:[-.][\p{Ll}\p{N}]+)+$/u;

/**
 * "Title at Company" ("bei", "chez", "en", …) when the right side starts like a name and is not a title, and one
 * side shows it: a title on the left, or an organisation cue on the right ("Konstrukteurin bei Brandauer AG").
 */
function splitAt(t: string): string[] {
  const at = AT_SPLIT_RE.exec(t);
  if (!at) return [t];
  const left = t.slice(0, at.index).trim();
  const right = t.slice(at.index + at[0].length).trim();
  // Inside brackets it is an aside ("(maintainer of @Quillkit)"), not the employer.
  if (left.split('(').length > left.split(')').length) return [t];
  // "Trendyol @Istanbul, Turkey": the at sign before a place says where.
  if (left !== '' && isLocation(right)) return [left, right];
  // "Data Engineer @ Freelancer", "Designer at Self-employed": working for oneself is said where the employer goes.
  if (SELF_EMPLOYED.test(right) && TITLE_RE.test(left)) return [left, right];
  // A name in lower case counts only as one handle-like token ("moon-client", "acme.io").
  if (!(NAME_START.test(right) || LOWER_HANDLE.test(right)) || TITLE_RE.test(right)) return [t];
  // "STAGE BIJ ESSERS (GENK)": an internship named by its kind alone, then the employer.
  return TITLE_RE.test(left) || ORG_RE.test(right) || namesWorkKind(left) ? [left, right] : [t];
}

/** Working for oneself, written as the employer ("@ Freelancer", "at Self-Employed"). */
// LinkedIn's interfaces write it in their language: "Profesional independiente", "Autónomo", "Autônomo", "Indépendant",
// "Selbstständig".
const SELF_EMPLOYED = /^(?:freelancer?|self[- ]employed|independent(?: contractor| consultant)?|profesional independiente|trabajador(?:a)? (?:independiente|autónomo)|autónom[oa]|autônom[oa]|profissional autônom[oa]|indépendante?|selbst(?:st)?ändig|freiberuflich)$/iu;

/** "Clients: Northwind Bank, Orca Telecom" beside a consultant's header: who the work was for, never the employer. */
const CLIENT_PIECE = /^(?:clients?|customers?|kunden?|clientes?|klant(?:en)?)\s*:/iu;
const ARROW_SEP = /[→⇒]/u;
/**
 * An aside that says the role was the candidate's own ("(own company)", "(my own studio)"): the integrity check on
 * concurrent roles reads it, so it stays unless the title already says so ("Founder, Pixelbee (my own studio)").
 */
const SELF_MADE_WORDS = /\b(?:own|my|self[- ]employed|freelancer?|co-?founder|founder|owner|sole trader|proprietor|independent)\b/iu;
const DATED_ASIDE = /\s*\([^()]*\b(?:19|20)\d{2}\b[^()]*\)/gu;
const TITLE_OPENERS: ReadonlySet<string> = new Set(wordsOf('titleOpeners'));
/** A seniority step of a promotion chain ("Senior", "Staff", "Lead Engineer"). */
const isTitleStep = (t: string): boolean => TITLE_RE.test(t) || (t.split(/\s+/).length <= 2 && t.split(/\s+/).every((w) => TITLE_OPENERS.has(w.toLowerCase())));

/**
 * Pieces that belong together again: a promotion chain on one line ("Software Engineer → Senior → Staff") is one
 * title, and a bare seniority word before a dash keeps the area after it ("Lead — Recommendations, Larkhill
 * Media": the title is "Lead — Recommendations", the organisation comes after the comma).
 */
/** Small words an acronym may skip ("University College London" → UCL, "The Hut Group" → THG or HG). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', '&', 'for', 'de', 'la', 'für', 'und']);

/** "THG" before "The Hut Group", "UCL" before "University College London": one organisation, written twice. */
export function spellsOut(acronym: string, name: string): boolean {
  if (!/^\p{Lu}[\p{Lu}&]{1,6}$/u.test(acronym)) return false;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !words.every((w) => /^[\p{Lu}&]/u.test(w) || ACRONYM_SKIPS.has(w.toLowerCase()))) return false;
  const letters = acronym.replace(/&/g, '').toLowerCase();
  const all = words.map((w) => w[0] ?? '').join('').toLowerCase();
  const kept = words.filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase())).map((w) => w[0] ?? '').join('').toLowerCase();
  return letters === all || letters === kept;
}

function rejoin(pieces: HeaderPiece[]): HeaderPiece[] {
  const out: HeaderPiece[] = [];
  const perLine = new Map<number, number>();
  for (const p of pieces) perLine.set(p.line, (perLine.get(p.line) ?? 0) + 1);
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const comma = p.text.indexOf(', ');
    const head = comma > 0 ? p.text.slice(0, comma) : p.text;
    const sep = (p.sep ?? '').trim();
    const chain = ARROW_SEP.test(sep) && prev !== undefined && TITLE_RE.test(prev.text) && !ORG_RE.test(head) && isTitleStep(head);
    const area = /^[—–-]$/u.test(sep) && comma > 0 && prev !== undefined && prev.text.split(/\s+/).length === 1
      && TITLE_OPENERS.has(prev.text.toLowerCase()) && isTitleQualifier(head);
    // "Production Planner - Shipping Coordinator", "Senior Data Engineer | Tech Lead": two titles joined by a dash, a
    // slash or a bar are one combined title.
    // A bar joins two titles only when they are the whole line ("Sales Associate | Store Manager | Northwind" lists a
    // promotion: its first title stands).
    const barPair = sep !== '|' || (perLine.get(p.line) ?? 0) === 2;
    const combined = /^[-–—/|]$/u.test(sep) && barPair && prev !== undefined && comma < 0 && TITLE_RE.test(prev.text) && TITLE_RE.test(p.text)
      && !ORG_RE.test(prev.text) && !ORG_RE.test(p.text) && !isLocation(p.text);
    if (prev && prev.line === p.line && combined) {
      prev.text = `${prev.text} ${sep} ${p.text}`;
      continue;
    }
    if (prev && prev.line === p.line && spellsOut(prev.text, head)) {
      prev.text = `${prev.text} ${sep || '-'} ${head}`;
      if (comma > 0) out.push({ ...p, text: p.text.slice(comma + 2).trim(), sep: ',' });
      continue;
    }
    if (prev && prev.line === p.line && (chain || area)) {
      prev.text = `${prev.text} ${sep} ${head}`;
      if (comma > 0) out.push({ ...p, text: p.text.slice(comma + 2).trim() });
      continue;
    }
    out.push(p);
  }
  return out;
}

export function splitPieces(text: string, line: number): HeaderPiece[] {
  const out: HeaderPiece[] = [];
  // "Corvid Analytics (2016–2024), Manchester" with its dates cut out leaves "Corvid Analytics (), Manchester".
  // A year left in parentheses once the job's own dates are cut is an aside about the job, not a name or a title:
  // "Technical Lead (promoted from Senior Engineer, 2016)", "Pixelbee (my own app studio, closed 2012)".
  const chunks = text.replace(DATED_ASIDE, (m) => (SELF_MADE_WORDS.test(m) ? m : '')).replace(/\(\s*\)/gu, '').replace(/(?<=[\p{L}\p{N}.)])\s+,/gu, ',').split(PIECE_SPLIT);
  for (let i = 0; i < chunks.length; i += 2) {
    const t = (chunks[i] ?? '').replace(EDGE_PUNCT, '').trim();
    if (t === '' || CLIENT_PIECE.test(t)) continue;
    const sep = i > 0 ? (chunks[i - 1] ?? '') : '';
    // "Harbor Theme Park: Charlotte, NC": the company and its place.
    const placed = orgColonPlace(t);
    if (placed) {
      out.push({ text: placed.org, line, sep, named: true }, { text: placed.place, line, sep: ':' });
      continue;
    }
    splitColon(t).flatMap(splitAt).forEach((p, k) => out.push({ text: p, line, sep: k === 0 ? sep : ' ' }));
  }
  return rejoin(out);
}

/** LinkedIn's tenure of a job shorter than its unit ("2007 - 2007 (less than a year)"). */
const LESS_THAN_A_UNIT = /^\(?(?:less than a (?:year|month)|weniger als ein(?:en)? (?:jahr|monat))\)?$/iu;

/** A date, "Present", a section heading or a piece without letters is never a title or an organisation. */
function isNoise(text: string): boolean {
  if (!HAS_LETTER.test(text) || isColumnLabel(text) || LESS_THAN_A_UNIT.test(text.trim())) return true;
  if (findDateRanges(text).length > 0 || parseRangeEnd(text) !== undefined) return true;
  return isSectionPhrase(text) && !TITLE_RE.test(text);
}

function titleScore(text: string): number {
  if (opensWithEmploymentType(text)) return 2;
  if (!TITLE_RE.test(text)) return 0;
  if (!ORG_RE.test(text)) return 2;
  // "Board Member, Amsterdam Tech Meetup Foundation": a whole "Title, Organisation" header is as much a title as a
  // bare one (a running page header above it, "NAME ⇥ VP Engineering, Ads", must not win on a tie).
  const split = splitCommaHeader(text);
  return split?.org !== undefined && !ORG_RE.test(split.title) && ORG_RE.test(split.org) ? 2 : 1;
}

/**
 * The piece with the strongest title evidence; without any, the first piece that has no organisation cue, or, when every
 * piece has one, the first that does not end in a legal form ("Pentavo s.r.l." beside "Software Development").
 */
function pickTitle(named: readonly HeaderPiece[], anchorLine: number | undefined): { index: number; matched: boolean; unit?: HeaderPiece | undefined } {
  let index = -1;
  let best = 0;
  named.forEach((p, i) => {
    // On a tie, the piece beside the dates: a line above may be a running page header ("NAME  Title").
    const s = titleScore(p.text) + (p.line === anchorLine ? 0.5 : 0);
    if (s > best && s >= 1) [best, index] = [s, i];
  });
  if (index >= 0) return { index, matched: true };
  const narrowed = narrowedBy(named);
  if (narrowed >= 0) return { index: narrowed, matched: false };
  if (unitThenRole(named)) return { index: 2, matched: false, unit: named[1] };
  const placed = withoutPlacedName(named);
  if (placed >= 0) return { index: placed, matched: false };
  const plain = named.findIndex((p) => !ORG_RE.test(p.text) && p.named !== true);
  if (plain >= 0) return { index: plain, matched: false };
  const legal = named.some((p) => endsWithLegalForm(p.text)) ? named.findIndex((p) => !endsWithLegalForm(p.text) && p.named !== true) : -1;
  return { index: Math.max(0, legal), matched: false };
}

/**
 * "Party City, Plano, TX ⇥ 2013 – 2015" over "Front Of Store Retail Management": with no title word in either line, the
 * line that ends in its town ("…, City, ST") is the employer where it is, and the other line is the role. Returns the
 * index of that other line, or -1 (one line only, both or neither with a town, two pieces on one line).
 */
function withoutPlacedName(named: readonly HeaderPiece[]): number {
  if (named.length !== 2 || named[0]?.line === named[1]?.line) return -1;
  const placed = named.map((p) => splitOrgLocation(p.text).location !== undefined && p.text.includes(','));
  if (placed[0] === placed[1]) return -1;
  const other = placed[0] === true ? 1 : 0;
  return named[other]?.named === true ? -1 : other;
}

const wordSet = (t: string): Set<string> => new Set(t.toLowerCase().split(/\s+/u).filter((w) => w !== ''));

/**
 * "Norbeck Ltd. - Storage - Storage Engine R&D": with no title word anywhere, a piece whose every word a later piece
 * on its line repeats and goes beyond is the sector the role belongs to, and the later, narrower piece is the role.
 * Returns that later piece's index, or -1 ("Norbeck Ltd. - Storage Engine R&D - Gdańsk" names no sector).
 */
function narrowedBy(named: readonly HeaderPiece[]): number {
  for (let i = 0; i < named.length; i++) {
    const a = named[i];
    if (!a || ORG_RE.test(a.text)) continue;
    const aw = wordSet(a.text);
    const j = named.findIndex((b, k) => k > i && b.line === a.line && !ORG_RE.test(b.text) && isNarrowing(aw, wordSet(b.text)));
    if (j >= 0) return j;
  }
  return -1;
}

/** Most words of a department between a company and a role ("Database", "Cloud Storage"). */
const MAX_UNIT_WORDS = 2;

/**
 * "Norbeck Ltd. - Database - Kernel R&D": a line of exactly three pieces, an organisation first, then a short unit,
 * then a longer piece: the company, its department, the role (the role comes last in that shape). A single word last
 * ("Norbeck Ltd. - Storage Engine R&D - Gdańsk", "… - Data Platform - Search") may be a town or a team: not read.
 */
function unitThenRole(named: readonly HeaderPiece[]): boolean {
  const [org, unit, role] = named;
  if (named.length !== 3 || !org || !unit || !role || org.line !== unit.line || unit.line !== role.line) return false;
  const orgOnly = (t: string): boolean => ORG_RE.test(t) && !TITLE_RE.test(t);
  if (!orgOnly(org.text) || orgOnly(unit.text) || orgOnly(role.text)) return false;
  const words = (t: string): number => t.trim().split(/\s+/u).length;
  return words(unit.text) <= MAX_UNIT_WORDS && words(role.text) >= 2;
}

function isNarrowing(sector: ReadonlySet<string>, role: ReadonlySet<string>): boolean {
  return role.size > sector.size && [...sector].every((w) => role.has(w));
}

/** The sector piece a narrower role piece repeats ("Storage" before "Storage Engine R&D"): neither title, org nor place. */
function isSectorOf(sector: string, role: string): boolean {
  return !TITLE_RE.test(sector) && !ORG_RE.test(sector) && isNarrowing(wordSet(sector), wordSet(role));
}

/**
 * The organisation's line read whole ("Technion – Israel Institute of Technology") when the title is elsewhere:
 * pieces before the one with the organisation cue are part of its name (pieces after it are usually places).
 */
function wholeOrgLine(org: HeaderPiece, others: readonly HeaderPiece[], titleLine: number): { text: string; used: HeaderPiece[] } {
  if (org.line === titleLine) return { text: org.text, used: [org] };
  const at = others.indexOf(org);
  const sameLine = others.filter((p, i) => p.line === org.line && i <= at);
  if (sameLine.length < 2) return { text: org.text, used: [org] };
  const text = sameLine.map((p, i) => (i === 0 ? p.text : `${p.sep && p.sep.trim() !== '' ? ` ${p.sep.trim()} ` : ' '}${p.text}`)).join('');
  return { text, used: sameLine };
}

/**
 * Title, organisation and location of one entry's header pieces. A title that still holds its company in front
 * ("Lumen Freight Ltd. Head of Data Science", run-together.ts) gives it up: as the organisation when none was
 * found, or in place of a weaker one when the name ends in an organisation word.
 */
/**
 * A link printed after a title (RenderCV: "Cyber Security Intern. servintek.com ↗", the arrow an icon glyph that
 * reads as "2"): a domain with its top-level part, maybe a path, then at most one stray character. Not part of the
 * title; a title without one is left as it is, and so is a framework's name ("Developer, Vue.js", "Node.js").
 */
const TRAILING_LINK = /[.,;]?\s+(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?!(?:js|ts|py|rb|go|sh|md|net)\b)[a-z]{2,6}(?:\/\S*)?(?:\s+\S)?\.?$/u;

/**
 * The team a title names after it ("Software Developer in the Payments and Lending team", "Analyst on the Pricing
 * Squad"): where the person sat, not the role. A title whose area is not called a team keeps it ("Engineer in Test",
 * "Lecturer in Statistics").
 */
const TEAM_TAIL = /\s+(?:in|on|within|for)\s+(?:the\s+)?(?:[\p{L}\p{N}&'’-]+\s+){1,5}(?:team|squad|tribe|crew)$/iu;

/** "Vollzeit: Monteur …", "Part-time: Barista": an employment type as a label before the title. */
const TYPE_LABEL = /^([\p{L}-]+(?:\s[\p{L}-]+)?):\s+(?=\S)/u;

function withoutTrailingLink(header: JobHeader | undefined): JobHeader | undefined {
  if (!header) return header;
  const title = header.title.replace(TRAILING_LINK, '').trim().replace(TEAM_TAIL, '').trim();
  return title === '' || title === header.title ? header : { ...header, title };
}

export function assignHeader(allPieces: HeaderPiece[], anchorLine?: number, order: HeaderOrder = {}): JobHeader | undefined {
  const { pieces, agency } = takeAgency(allPieces);
  const read = withoutTrailingLink(withoutOrgBlurb(withAgency(assignPieces(pieces, anchorLine, order), agency)));
  if (!read?.titleMatched) return read;
  const header = read.org !== undefined ? withoutOpeningPlace(read) : read;
  const split = splitRunTogether(header.title);
  if (!split) return titleThenName(header);
  if (split.orgWordEnds && header.org === undefined) {
    // "New Modern Ltd. Hong Kong Programmer Trainee": the name, then where, then the title.
    return withoutOpeningPlace({ ...header, title: split.title, org: split.org, orgOnOwnLine: false });
  }
  // "Northgate Polytechnic Research Assistant, Transport Modelling Group": the name run into the title is the
  // employer, and the unit after the comma is the title's, as in "Research Assistant, Transport Modelling Group".
  if (split.orgWordEnds && header.shape?.kind === 'comma' && header.org !== undefined && UNIT_WORD.test(header.org)) {
    return { ...header, title: `${split.title}, ${header.org}`, org: split.org, orgOnOwnLine: false };
  }
  if (header.org !== undefined && !(split.orgWordEnds && !ORG_RE.test(header.org))) return header;
  return { ...header, title: split.title, org: split.org, orgOnOwnLine: false };
}

/**
 * "Sales Associate Fennick Outlet, Washington, PA" read as the title "Sales Associate Fennick Outlet" at "Washington":
 * when what was taken for the organisation is a place with the location, the name run into the title is the employer.
 */
function titleThenName(header: JobHeader): JobHeader {
  const firm = firmInTitle(header);
  if (firm) return firm;
  const place = header.org === undefined ? header.location : header.location !== undefined ? `${header.org}, ${header.location}` : header.org;
  if (header.org !== undefined && (place === undefined || !isLocation(place) || !isPlaceOnly(place) || ORG_RE.test(header.org))) return header;
  const split = splitTitleThenName(header.title, place !== undefined);
  if (!split) return header;
  return { ...header, title: split.title, org: split.org, ...(place !== undefined ? { location: place } : {}), orgOnOwnLine: false };
}

/**
 * "Lead DevOps smartblue AG, Munich" under an undated line with no organisation word ("Conceptual familiarization
 * with Docker containers", the end of the job above): the firm with its legal form on the title's own line is the
 * employer, not the line above.
 */
function firmInTitle(header: JobHeader): JobHeader | undefined {
  if (header.org === undefined || ORG_RE.test(header.org)) return undefined;
  let text = header.title;
  let location = header.location;
  const comma = text.lastIndexOf(', ');
  const tail = comma > 0 ? text.slice(comma + 2) : '';
  if (tail !== '' && isLocation(tail) && isPlaceOnly(tail)) {
    location = tail;
    text = text.slice(0, comma);
  }
  const split = splitTitleThenName(text, true);
  if (!split || !isLowerCaseFirm(split.org.split(/\s+/u))) return undefined;
  return { ...header, title: split.title, org: split.org, ...(location !== undefined ? { location } : {}), orgOnOwnLine: false };
}

/** Place words that are no proper name: a work mode or an area word opens a title of its own ("Remote Support Engineer"). */
const PLACE_NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const NOT_A_PLACE_NAME = new Set(['remote', 'hybrid', 'on-site', 'onsite', 'area', 'metro', 'metropolitan', 'greater', 'region', 'homeoffice']);
/** Most words of a place that opens a title. */
const MAX_OPENING_PLACE_WORDS = 3;

/**
 * "Skyscanner, Edinburgh Software Engineering Intern", "KPMG China, Hong Kong Trainee": the employer, then the town
 * run into the title. The town (capitalised words that make a known place) goes to the location; the rest is the
 * title when it ends in a title word ("Edinburgh" alone is left as written).
 */
function withoutOpeningPlace(header: JobHeader): JobHeader {
  const words = header.title.split(/\s+/u);
  for (let k = Math.min(MAX_OPENING_PLACE_WORDS, words.length - 1); k >= 1; k--) {
    const place = words.slice(0, k);
    const rest = words.slice(k).join(' ');
    if (!place.every((w) => PLACE_NAME_WORD.test(w) && !NOT_A_PLACE_NAME.has(w.toLowerCase()))) continue;
    const text = place.join(' ');
    if (!isLocation(text) || !isPlaceOnly(text) || !PLACE_NAME_WORD.test(words[k] ?? '')) continue;
    const core = rest.replace(/\s*\([^()]*\)$/u, '');
    if (!TITLE_RE.test(core.slice(core.lastIndexOf(' ') + 1)) || isLocation(rest)) continue;
    return { ...header, title: rest, ...(header.location === undefined ? { location: text } : {}) };
  }
  return header;
}

/** A unit inside an organisation ("Transport Modelling Group", "HCI Lab"), never a whole employer beside one. */
const UNIT_WORD = /\b(?:group|lab|laboratory|team|department|dept\.?|unit|division|centre|center)$/iu;

/** "(contract via Quillon Recruitment)", "(via Sterling Pace)": the agency that employed a contractor. */
const VIA_AGENCY = /\s*\(\s*(?:(?:on\s+)?contract(?:ed)?|contractor|freelance|placed|engaged)?\s*(?:via|through)\s+([\p{Lu}\p{N}][^()]*?)\s*\)/u;

/** The agency named in a title's parentheses, taken out of the piece. */
function takeAgency(pieces: readonly HeaderPiece[]): { pieces: HeaderPiece[]; agency?: string } {
  let agency: string | undefined;
  const out: HeaderPiece[] = [];
  for (const p of pieces) {
    const m = agency === undefined ? VIA_AGENCY.exec(p.text) : null;
    if (!m?.[1]) {
      out.push(p);
      continue;
    }
    agency = m[1].trim();
    const rest = (p.text.slice(0, m.index) + p.text.slice(m.index + m[0].length)).trim();
    if (rest !== '') out.push({ ...p, text: rest });
  }
  return { pieces: out, ...(agency !== undefined ? { agency } : {}) };
}

/** A contractor's employer is the agency: any other organisation in the header is the client (or a body line). */
function withAgency(header: JobHeader | undefined, agency: string | undefined): JobHeader | undefined {
  return header && agency !== undefined ? { ...header, org: agency, orgOnOwnLine: false } : header;
}

/**
 * What the company is, in parentheses after its name ("Quaystone (Series B fintech, 120 people)", "(startup, 40
 * employees)"): a description, not the name. A name's own parentheses stay ("(formerly AdLoom)", "(meetup)", "(UK)").
 */
const ORG_BLURB = /\s*\((?=[^()]*(?:\bseries [a-f]\b|\bseed\b|\bstart-?ups?\b|\bscale-?ups?\b|\b\d[\d,.]*\+?\s*(?:people|employees|staff|engineers|fte)\b|\bacquired by\b|\bfintech\b|\bsaas\b|\bb2[bc]\b))[^()]*\)\s*$/iu;

/**
 * A lower-case aside of two or more words after the name ("(civil service)", "(joined via the graduate scheme)"),
 * unless it tells the name's history ("(formerly AdLoom)", "(now part of …)").
 */
const ORG_ASIDE = /\s*\((?!(?:formerly|previously|now|ex|née|nee|vormals|ehemals|anciennement)\b)\p{Ll}[^()\s]*(?:\s+[^()\s]+)+\)\s*$/u;
/** A preposition alone where a range began: part of the dates ("From: 2012 – Present", "Since", "Seit"). */
const DATE_PREPOSITION = /^\s*(?:from|since|von|seit|ab|depuis|du|desde|de|dal|da|dalla|van|vanaf|sedan|från|с)\s*[:.]?\s*$/iu;

/** The industry in brackets after the name ("Orrin Consulting (Software Industry)", "(IT sector)"): not the name. */
const ORG_SECTOR_ASIDE = /\s*\((?:[\p{L}&/,-]+\s+){0,3}(?:industry|sector)\)\s*$/iu;
/** A lower-case description after a comma ("Hillcountry Staffing, various Austin hospitals"): not the name. */
const ORG_COMMA_BLURB = /,\s+\p{Ll}[\p{L}'’-]*(?:\s+[^,]+)+$/u;

/**
 * A full stop after a name's last word ("Title | Corvina Music.", a dot leader that shrank to one dot before the
 * dates): not part of the name. An abbreviation keeps its stop ("Pecan Street Print Co.", "Lumen Freight Ltd.",
 * "Harbour St.").
 */
const CLOSING_STOP = /(?<=\s\p{Lu}?\p{Ll}{2,}|^\p{Lu}?\p{Ll}{2,})\.$/u;
const KEEPS_STOP: ReadonlySet<string> = new Set(['st', 'ste', 'co', 'inc', 'ltd', 'corp', 'bros', 'jr', 'sr', 'intl', 'dept', 'univ', 'assn', 'mfg']);

/** Abbreviated title words keep their stop too ("Asst. Prof.", "Sales Rep."). */
const TITLE_KEEPS_STOP: ReadonlySet<string> = new Set([...KEEPS_STOP, 'prof', 'asst', 'assoc', 'mgr', 'eng', 'dir', 'exec', 'admin', 'tech', 'spec', 'coord', 'rep', 'res', 'adj']);

function withoutClosingStop(name: string, keeps: ReadonlySet<string> = KEEPS_STOP): string {
  if (!CLOSING_STOP.test(name)) return name;
  const last = name.slice(name.lastIndexOf(' ') + 1, -1);
  return keeps.has(last.toLowerCase()) ? name : name.slice(0, -1);
}

/** An employment type in brackets after the name ("Women in Machine Learning Berlin (volunteer)"). */
const TYPE_ASIDE = /\s*\(([^()]+)\)$/u;

function withoutTypeAside(header: JobHeader): JobHeader {
  const m = header.org !== undefined ? TYPE_ASIDE.exec(header.org) : null;
  const type = m?.[1]?.trim().toLowerCase();
  if (!m || type === undefined || !isEmploymentType(type) || SELF_MADE_WORDS.test(type) || header.org === undefined) return header;
  const org = header.org.slice(0, m.index).trim();
  if (org === '') return header;
  return { ...header, org, employmentType: header.employmentType ?? type };
}

function withoutOrgBlurb(found: JobHeader | undefined): JobHeader | undefined {
  // A title closed like a sentence ("• Shift Supervisor.", friggeri-cv's "Data Scientist."): the stop is not the title's.
  const title = found === undefined ? undefined : withoutClosingStop(found.title, TITLE_KEEPS_STOP);
  const titled = found === undefined || title === undefined || title === found.title ? found : { ...found, title };
  if (titled?.org === undefined) return titled;
  const header = withoutTypeAside(titled);
  if (header.org === undefined) return header;
  const keepSelfMade = (m: string): string => (SELF_MADE_WORDS.test(m) && !SELF_MADE_WORDS.test(header.title) ? m : '');
  const quoted = WRAPPED.exec(header.org.trim())?.[2];
  let org = withoutClosingStop((quoted ?? header.org).replace(ORG_BLURB, keepSelfMade).replace(ORG_ASIDE, keepSelfMade).trim());
  const tail = ORG_COMMA_BLURB.exec(org);
  if (tail && !ORG_RE.test(tail[0])) org = org.slice(0, tail.index).trim();
  return org === '' || org === header.org ? header : { ...header, org };
}

/** A piece wholly in brackets ("(Remote)", "(Berlin)") or in quotes ("“Orrin Consulting”") is read without them. */
const WRAPPED = /^\(([^()]+)\)$|^[“"«„]([^“”"«»„]+)[”"»“]$/u;

function unwrapPieces(pieces: readonly HeaderPiece[]): HeaderPiece[] {
  return pieces.flatMap((p) => {
    const m = WRAPPED.exec(p.text);
    const inner = (m?.[1] ?? m?.[2])?.trim() ?? p.text;
    const text = inner.replace(ORG_SECTOR_ASIDE, '').trim();
    const piece = text === p.text || text === '' ? p : { ...p, text };
    // "Vollzeit: Monteurin, Kessler Anlagenbau, Steyr": the employment type is a piece of its own.
    const label = TYPE_LABEL.exec(piece.text);
    if (!label || !isEmploymentType(label[1] ?? '')) return [piece];
    return [{ ...piece, text: label[1] ?? '' }, { ...piece, text: piece.text.slice(label[0].length) }];
  });
}

function assignPieces(rawPieces: HeaderPiece[], anchorLine?: number, order: HeaderOrder = {}): JobHeader | undefined {
  const allPieces = unwrapPieces(rawPieces);
  // "Riverside Chess Club ⇥ dates" / "Volunteer": a one-word role on its own line is the title when nothing else is one.
  const loneRole = allPieces.find((p) => isEmploymentType(p.text) && TITLE_RE.test(p.text) && !p.text.includes(' ')
    && !allPieces.some((q) => q !== p && q.line === p.line) && !allPieces.some((q) => q.line !== p.line && TITLE_RE.test(q.text)));
  const isType = (p: HeaderPiece): boolean => p !== loneRole && isEmploymentType(p.text);
  const typePiece = allPieces.find(isType);
  const employmentType = typePiece?.text.toLowerCase();
  // "Praktikum – Lindqvarn Bio GmbH", "Internship | Acme": with no other title, the employment type is the title.
  const typeIsTitle = typePiece !== undefined && (TITLE_RE.test(typePiece.text) || namesWorkKind(typePiece.text)) && !allPieces.some((p) => p !== typePiece && TITLE_RE.test(p.text));
  // The word that opened a range ("From: 2012 – Present") is part of the dates beside a real header; alone, it is
  // all the entry has, and the dated entry is kept with it.
  const pieces = allPieces.filter((p) => (typeIsTitle && p === typePiece) || (!isType(p) && !isNoise(p.text) && !(DATE_PREPOSITION.test(p.text) && allPieces.length > 1)));
  let named = pieces.filter((p) => !isLocation(p.text));
  let places = pieces.filter((p) => isLocation(p.text));
  // "Tailspin Analytics, Remote" looks like "City, Country": with no other organisation, it is "Org, Place".
  const orgAndPlace = places.find((p) => !isPlaceOnly(p.text));
  if (named.length === 1 && orgAndPlace) {
    named = [...named, orgAndPlace].sort((a, b) => a.line - b.line);
    places = places.filter((p) => p !== orgAndPlace);
  }
  if (named.length === 0) return roleWordAlone(allPieces, orgAndPlace);
  const picked = byOrder(pickTitle(named, anchorLine), named, order, anchorLine);
  const titlePiece = named[picked.index];
  if (!titlePiece) return undefined;
  // What the company does ("Online marketplace for home goods") is never its name; its web address is not while a
  // piece that can be is beside it.
  // "Pool Attendant | Greenfield country club - Greenfield, SC": the one piece beside the title on its line, with an
  // organisation word, names the employer even when written in sentence case.
  const lone = named.length === 2 ? named.find((p, i) => i !== picked.index && p.line === named[picked.index]?.line && ORG_RE.test(p.text)) : undefined;
  const undescribed = named.filter((p, i) => i !== picked.index && (p === lone || !isCompanyDescription(p.text)));
  const names = undescribed.filter((p) => !WEB_ADDRESS.test(p.text));
  let others = names.length > 0 ? names : undescribed;
  // "Board Member, Amsterdam Tech Meetup Foundation" names its organisation even beside other pieces without one.
  const split = others.length > 0 && !others.some((p) => ORG_RE.test(p.text)) ? splitCommaHeader(titlePiece.text) : undefined;
  if (split?.org !== undefined && ORG_RE.test(split.org) && !isTitleQualifier(split.org.split(/\s+/)[0] ?? '')) {
    const location = places[0]?.text ?? split.location;
    return {
      titleMatched: picked.matched, titleLine: titlePiece.line, ...(employmentType !== undefined ? { employmentType } : {}),
      title: split.title, org: split.org, ...(location !== undefined ? { location } : {}), orgOnOwnLine: false,
      ...(picked.matched ? { shape: { kind: 'comma' as const, titleFirst: true } } : {}),
    };
  }
  // "Norbeck Ltd. - Storage - Storage Engine R&D": the sector the role repeats is neither the company nor the place.
  // "Norbeck Ltd. - Infrastructure - Software Engineer": the department between company and role is not a place.
  const unit = picked.unit ?? (picked.index === 2 && unitThenRole(named) ? named[1] : undefined);
  others = others.filter((p) => p !== titlePiece && p !== unit && !(p.line === titlePiece.line && isSectorOf(p.text, titlePiece.text)));
  const base = { titleMatched: picked.matched, titleLine: titlePiece.line, ...(employmentType !== undefined ? { employmentType } : {}) };
  const placeText = places[0]?.text;
  if (others.length === 0) {
    // "Title (Company)": the organisation in brackets after the title, nothing else beside it.
    const bracketed = splitBracketedOrg(titlePiece.text);
    if (bracketed) return { ...base, title: bracketed.title, org: bracketed.org, ...(placeText !== undefined ? { location: placeText } : {}), orgOnOwnLine: false };
    // "“DigiwayMedia”, front-end developer": a quoted name beside the role.
    const quoted = splitQuotedOrg(titlePiece.text);
    if (quoted) return { ...base, title: quoted.title, org: quoted.org, ...(placeText !== undefined ? { location: placeText } : {}), orgOnOwnLine: false };
    // "Lisbon Python Meetup (Member)": the organisation, then its role in brackets.
    const role = splitBracketedRole(titlePiece.text);
    if (role) return { ...base, title: role.title, org: role.org, ...(placeText !== undefined ? { location: placeText } : {}), orgOnOwnLine: false };
    // "Company, Title" beside its place (a title second, a name first).
    const orgFirst = splitCommaHeader(titlePiece.text) === undefined ? splitOrgFirstComma(titlePiece.text) : undefined;
    const at = placeText !== undefined ? { location: placeText } : {};
    if (orgFirst?.org !== undefined) return { ...base, title: orgFirst.title, org: orgFirst.org, ...at, orgOnOwnLine: false, ...(picked.matched ? { shape: { kind: 'comma' as const, titleFirst: false } } : {}) };
    // "Glass Collector, Marrowfield Bistro": no title word, read in the order the section's other headers use.
    const ordered = !picked.matched && order.comma !== undefined ? orderedComma(titlePiece.text, order.comma) : undefined;
    if (ordered) return { ...base, title: ordered.title, org: ordered.org, ...at, orgOnOwnLine: false };
    // The whole header in one piece: "Title, Company, City".
    const split = splitCommaHeader(titlePiece.text);
    const location = placeText ?? split?.location;
    return {
      ...base, title: split?.title ?? titlePiece.text, ...(split?.org !== undefined ? { org: split.org } : {}),
      ...(location !== undefined ? { location } : {}), orgOnOwnLine: false,
      ...(picked.matched && split?.org !== undefined && split.location === undefined && !split.title.includes(',') && !split.org.includes(',') ? { shape: { kind: 'comma' as const, titleFirst: true } } : {}),
    };
  }
  // An organisation cue on the title's own line first: a line above may be the tail of the last job's body.
  // Working for oneself on a line of its own ("Profesional independiente" over "Desarrollador web") is where the
  // employer goes, as much as a name with an organisation word.
  const orgLike = (p: HeaderPiece): boolean => p.named === true || (ORG_RE.test(p.text) && !TITLE_RE.test(p.text)) || SELF_EMPLOYED.test(p.text);
  const onLine = others.filter((p) => p.line === titlePiece.line);
  // "INTERN | KELLAN WORKS" over "Associates Degree Program": the one name written beside the title after a bar is the
  // employer; a line below it, even with an organisation cue, says what the role was part of.
  const barred = onLine.length === 1 && onLine[0]?.sep?.trim() === '|' ? onLine[0] : undefined;
  const besideTitle = barred && NAME_START.test(barred.text) && !TITLE_RE.test(barred.text) && !isTitleQualifier(barred.text)
    && !others.some((p) => orgLike(p) && p.line < titlePiece.line) ? barred : undefined;
  // A section that writes each company on a line of its own over its title (LinkedIn) or under it: the name on the
  // line next to the title on that side is the company; lines further up end the last job's description ("A coaching
  // programme helping Youth and …").
  const adjacent = order.lines !== undefined && onLine.length === 0 ? nameNextToTitle(titlePiece, others, order.lines) : undefined;
  // Beside two titles ("Retail assistant • Duty manager • Frostway Foods", a promotion), the name is the piece that is
  // no title.
  // "Harrowgate Steel ⇥ May – August 2024" over "Design Engineer Intern – Structures": the one word after the title is
  // its area; the name alone on the dated line above is the employer.
  const dated = anchorLine !== undefined && anchorLine !== titlePiece.line ? others.filter((p) => p.line === anchorLine) : [];
  // "Técnico GIS · Desarrollo de Negocio" over "Esri Iberia · 2021 – 2023": the area beside the title, the name alone on
  // the dated line below it.
  const beside = onLine[0]?.text ?? '';
  const areaBeside = onLine.length === 1 && dated.length === 1 && !TITLE_RE.test(dated[0]?.text ?? '')
    && ((!beside.includes(' ') && dated[0]?.line === titlePiece.line - 1)
      || (dated[0]?.line === titlePiece.line + 1 && isAreaOrUnit(beside) && !ORG_RE.test(beside)));
  // "Rogers Media ⇥ Jan – Apr 2022" over "Android Developer Intern | Kotlin": the one word after the title's bar is its
  // stack or area when a lone name stands on the dated line right above; the bar names the employer only without one.
  const barredName = areaBeside && (onLine[0]?.sep ?? '').trim() === '|' ? undefined : besideTitle;
  const withOrgWord = adjacent ?? others.find((p) => orgLike(p) && p.line === titlePiece.line) ?? barredName ?? others.find(orgLike);
  const cued = withOrgWord ?? (areaBeside ? dated[0] : undefined) ?? onLine.find((p) => !TITLE_RE.test(p.text)) ?? onLine[0];
  const townOverName = cued === undefined ? townBesideDates(others, anchorLine, titlePiece.line) : undefined;
  const orgPiece = cued ?? townOverName?.name ?? nameAmong(others);
  if (!orgPiece) return undefined;
  const heading = companyAboveTeam(titlePiece, orgPiece, others);
  if (heading) {
    const team = `${titlePiece.text} ${(orgPiece.sep ?? '').trim()} ${orgPiece.text}`;
    return { ...base, title: team, org: heading.text, ...(placeText !== undefined ? { location: placeText } : {}), orgOnOwnLine: true, team: 'company' };
  }
  // The name picked among areas of work stands alone; the areas beside it are its department, not a place.
  const alone = cued === undefined && orgPiece !== others[0];
  const whole = alone ? { text: orgPiece.text, used: others.filter((p) => p.line === orgPiece.line) } : wholeOrgLine(orgPiece, others, titlePiece.line);
  const rest = others.filter((p) => !whole.used.includes(p) && p !== townOverName?.town && !(barredName === undefined && p === besideTitle));
  let org = whole.text;
  let location = placeText ?? townOverName?.town.text;
  if (location === undefined) {
    const split = splitOrgLocation(org);
    org = split.org;
    location = split.location;
  }
  // A short leftover piece is the place, unless it is a title ("ML Engineer" of the next, undated role), or the team
  // the title names after its dash ("Software Engineer II - RDS/DMS", "Data Scientist – Ads Ranking"): that stays in
  // the title, as the résumé writes it.
  const leftover = rest[0]?.text;
  const team = rest[0] !== undefined && leftover !== undefined && orgPiece.line !== titlePiece.line && isTeamAfterTitle(rest[0], titlePiece) ? leftover : undefined;
  if (location === undefined && team === undefined && leftover !== undefined && leftover.split(/\s+/).length <= 3 && !TITLE_RE.test(leftover) && !(besideTitle && orgLike(rest[0] ?? orgPiece))) location = leftover;
  // Two pieces on one line with a known title: how this writer orders title and company.
  const twoOnLine = named.length === 2 && orgPiece.line === titlePiece.line;
  // Or a line each ("Harrow Foods" over "Shift Supervisor"): which line the title stands on (two title-like lines say
  // nothing: which one is the title is what the vote decides; nor do a title and a place line with the dates between
  // them, "Online Marketing Specialist" / dates / "Citywest, Dublin").
  const twoLines = named.length === 2 && orgPiece.line !== titlePiece.line;
  const shape = picked.matched && twoOnLine ? { shape: { kind: 'pieces' as const, titleFirst: named.indexOf(titlePiece) < named.indexOf(orgPiece) } }
    : picked.matched && twoLines && Math.abs(titlePiece.line - orgPiece.line) === 1 && !bothTitles(named.filter((p) => anchorLine === undefined || p.line < anchorLine)) ? { shape: { kind: 'lines' as const, titleFirst: titlePiece.line < orgPiece.line } } : {};
  const teamOnly = cued !== undefined && others.length === 1 && orgPiece.line === titlePiece.line && /^[—–-]$/u.test((orgPiece.sep ?? '').trim())
    && (!ORG_RE.test(orgPiece.text) || UNIT_WORD.test(orgPiece.text)) && isAreaOrUnit(orgPiece.text);
  const title = team !== undefined ? `${titlePiece.text} ${(rest[0]?.sep ?? '-').trim()} ${team}` : titlePiece.text;
  return { ...base, title, org, ...(location !== undefined ? { location } : {}), orgOnOwnLine: orgPiece.line !== titlePiece.line, ...shape, ...(teamOnly ? { team: 'team' as const } : {}) };
}

/**
 * "Ostrander Markets" / "Software Engineer – Order Routing Platform ⇥ dates", "Harbour Advisory Board" / "Member – Chemistry
 * Department": under a company line of its own (one piece, no title word, no place), what follows the title's dash is
 * the team or unit the role sat in, not the employer — when it names no organisation other than a unit.
 */
/** A piece that names an area of work or a unit ("Credit Modelling ‑ Financial Risk", "Special Projects Group"). */
// Words of one or two letters are glue in any language ("и", "y", "e", "og"), never an area of work on their own.
const isAreaOrUnit = (t: string): boolean => UNIT_WORD.test(t) || t.split(/\s+/u).some((w) => w.length > 2 && !TEAM_CONNECTORS.has(w.toLowerCase()) && isTitleQualifier(w));

/**
 * "Credit Modelling ‑ Financial Risk | Harlow Advisory" on the company line (Awesome-CV, with no organisation word
 * anywhere): of the pieces on the first line, the name is the one that is no area of work or unit; else the first.
 */
function nameAmong(others: readonly HeaderPiece[]): HeaderPiece | undefined {
  const [first] = others;
  const line = others.filter((p) => p.line === first?.line);
  return line.length < 2 ? first : (line.find((p) => !isAreaOrUnit(p.text)) ?? first);
}

/**
 * The one piece on the line right over the title (right under it when titles come first), when lines further up hold
 * more pieces: a name (no place, no title word, no area of work without an organisation word: "Ads Ranking" over
 * "Software Engineer" is a team).
 */
function nameNextToTitle(title: HeaderPiece, others: readonly HeaderPiece[], titleFirst: boolean): HeaderPiece | undefined {
  const next = others.filter((p) => p.line === title.line + (titleFirst ? 1 : -1));
  const [name] = next;
  if (!name || next.length !== 1 || !others.some((p) => p.line < Math.min(name.line, title.line))) return undefined;
  if (isLocation(name.text) || TITLE_RE.test(name.text) || (!ORG_RE.test(name.text) && isAreaOrUnit(name.text))) return undefined;
  return name;
}

/** An acronym or two ("RDS/DMS", "AWS EC2"): a team's or product's name, never a town's. */
const ACRONYM_TEAM = /^[\p{Lu}\d]{2,}(?:[/&+]?[\p{Lu}\d]{2,})*(?:\s[\p{Lu}\d]{2,}(?:[/&+][\p{Lu}\d]{2,})*)?$/u;

/**
 * The piece right after the title on its own line, after a dash, that names a team: an area of work or an acronym,
 * and no place ("Software Engineer II - RDS/DMS"). The company stands on another line.
 */
function isTeamAfterTitle(piece: HeaderPiece, title: HeaderPiece): boolean {
  if (piece.line !== title.line || !/^[—–-]$/u.test((piece.sep ?? '').trim())) return false;
  if (isLocation(piece.text) || TITLE_RE.test(piece.text) || ORG_RE.test(piece.text)) return false;
  return ACRONYM_TEAM.test(piece.text.trim()) || isAreaOrUnit(piece.text);
}

/** Small words that are area words only as glue ("Head of the …"). */
const TEAM_CONNECTORS: ReadonlySet<string> = new Set(['and', '&', 'of', 'the', 'a']);

function companyAboveTeam(title: HeaderPiece, team: HeaderPiece, others: readonly HeaderPiece[]): HeaderPiece | undefined {
  if (team.line !== title.line || !/^[—–-]$/u.test((team.sep ?? '').trim())) return undefined;
  if (ORG_RE.test(team.text) && !UNIT_WORD.test(team.text)) return undefined;
  // A team is named by its area ("Order Routing Platform", "Payments") or as a unit; "Acme" after a name is a company.
  if (!isAreaOrUnit(team.text)) return undefined;
  const above = others.filter((p) => p.line < title.line);
  const [company] = above;
  // A title word inside a name with an organisation word is the name's ("Harbour College Student Union").
  if (!company || above.length !== 1 || (TITLE_RE.test(company.text) && !ORG_RE.test(company.text)) || isLocation(company.text)) return undefined;
  return company;
}

/** Two pieces on one line with no title word: the one standing where the section's titles stand. */
function byOrder<T extends { index: number; matched: boolean }>(picked: T, named: readonly HeaderPiece[], order: HeaderOrder, anchorLine?: number): T {
  // Both lines over the dates read as titles ("Freelancer.com" / "Full-stack Developer", "Become a Writer Today" /
  // "Company Owner"): the line the section's known titles stand on, when the other line can be a company there.
  const above = anchorLine === undefined ? named : named.filter((p) => p.line < anchorLine);
  if (picked.matched && above.length === 2 && bothTitles(above) && above.includes(named[picked.index] as HeaderPiece)) {
    const chosen = byLineOrder({ ...picked, index: above.indexOf(named[picked.index] as HeaderPiece) }, above, order);
    return { ...picked, index: named.indexOf(above[chosen.index] as HeaderPiece) };
  }
  if (picked.matched || named.length !== 2) return picked;
  // One piece on each of two lines: the line the section's known titles stand on.
  const titleFirst = named[0]?.line === named[1]?.line ? order.pieces : order.lines;
  if (titleFirst === undefined) return picked;
  const index = orderedPieces(named.map((p) => p.text), titleFirst);
  return index >= 0 ? { ...picked, index } : picked;
}

/** Two pieces, one on each of two lines, that both hold title words. */
const bothTitles = (named: readonly HeaderPiece[]): boolean =>
  named.length === 2 && named[0]?.line !== named[1]?.line && named.every((p) => titleScore(p.text) >= 1 && !isLocation(p.text));

/** Of two title-like lines, the one on the side the section's company-over-title (or title-over-company) order names. */
function byLineOrder<T extends { index: number; matched: boolean }>(picked: T, named: readonly HeaderPiece[], order: HeaderOrder): T {
  if (order.lines === undefined) return picked;
  const index = order.lines ? 0 : 1;
  const org = named[1 - index]?.text ?? '';
  // The company side must start like a name and hold more than a bare role ("Manager" over "Senior Manager" is a promotion).
  return /^[\p{Lu}\p{N}]/u.test(org) && !TITLE_ONLY.test(org) ? { ...picked, index } : picked;
}

/** A line that is nothing but a generic role word: never a company by position alone. */
const TITLE_ONLY = /^(?:manager|director|engineer|developer|consultant|analyst|intern|owner|founder|ceo|cto)$/iu;

/** Short words that names keep in lower case ("Bank of the West", "Société de …"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'at', 'de', 'la', 'le', 'du', 'des', 'der', 'die', 'das', 'und', 'van', 'von', 'y', 'e', 'et', 'di', 'da', 'do', 'dos']);
/** Fewest lower-case content words that make a piece a description rather than a name. */
const MIN_DESCRIPTION_WORDS = 2;

/**
 * A sentence-case phrase about what a company does ("Online marketplace for home goods", "Retail analytics
 * consultancy"): its first word capitalised, then only lower-case words (two or more besides connectors). Names are
 * capitalised word by word ("Juniper Lane Marketplace", "Bank of the West"), so they never read as one.
 */
export function isCompanyDescription(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < MIN_DESCRIPTION_WORDS + 1 || !/^\p{Lu}\p{Ll}/u.test(words[0] ?? '')) return false;
  const rest = words.slice(1);
  if (rest.some((w) => !/^\p{Ll}[\p{Ll}'’-]*[,.]?$/u.test(w))) return false;
  return rest.filter((w) => !NAME_CONNECTORS.has(w.replace(/[,.]$/u, ''))).length >= MIN_DESCRIPTION_WORDS;
}

/**
 * "LionLike MindState, Pomona, CA · June 2012 – Present" over a line "Volunteer" (OpenResume): the one word that is
 * an employment type or a heading word is the role when it stands on a line of its own and the dated line names an
 * organisation with its place. Beside anything else ("Northwind · Internship") it stays the employment type.
 */
function roleWordAlone(allPieces: readonly HeaderPiece[], orgAndPlace: HeaderPiece | undefined): JobHeader | undefined {
  const role = allPieces.find((p) => !allPieces.some((q) => q !== p && q.line === p.line) && (isEmploymentType(p.text) || isSectionPhrase(p.text)) && !p.text.includes(' '));
  if (!role || !orgAndPlace || role.line === orgAndPlace.line) return undefined;
  const { org, location } = splitOrgLocation(orgAndPlace.text);
  return { title: role.text, org, ...(location !== undefined ? { location } : {}), titleMatched: false, orgOnOwnLine: true, titleLine: role.line };
}

/** "Data Engineer (Ria Sensors Lda)": a title, then a bracketed name at the end of the piece. */
const BRACKETED_TAIL = /^(.*\S)\s+\(([^(),;]+)\)$/u;
/** A web address as the organisation's name ("otulea.example.de"). */
const DOMAIN_NAME = /^[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}$/u;
/** A web address, with or without its scheme ("https://acme.example.com/jobs", "www.acme.example", "acme.example.se"). */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?:\/\S*)?$/u;

/**
 * "Title (Company)" with nothing else in the header: the bracketed part is the organisation when it names one (an
 * organisation cue and a capitalised opening, or a web address) and is not a place, an employment type or a title.
 * "Engineer (Porto)", "Manager (Contract)", "Teacher (Chemistry, Biology)", "Lead (Search Infrastructure)" stay whole.
 */
export function splitBracketedOrg(text: string): { title: string; org: string } | undefined {
  const m = BRACKETED_TAIL.exec(text.trim());
  if (!m) return undefined;
  const [, title = '', inner = ''] = m;
  const org = inner.trim();
  if (title.split('(').length !== title.split(')').length || !HAS_LETTER.test(title)) return undefined;
  const named = DOMAIN_NAME.test(org) || (NAME_START.test(org) && ORG_RE.test(org));
  if (!named || TITLE_RE.test(org) || isLocation(org) || isEmploymentType(org) || isNoise(org)) return undefined;
  return { title: title.trim(), org };
}

/** Most words of a role in brackets after its organisation ("(Member)", "(Volunteer Workshop Leader)"). */
const MAX_BRACKETED_ROLE_WORDS = 4;

/**
 * "Lisbon Python Meetup (Member)", "Nidaros Chess Club (Volunteer)": a name with no title word, then a title in
 * brackets. "Engineer (Contract)" (a title first), "Science Teacher (Chemistry, Biology)" and "Data Platform (Lead)"
 * (an area, not a name) stay whole.
 */
export function splitBracketedRole(text: string): { title: string; org: string } | undefined {
  const m = BRACKETED_TAIL.exec(text.trim());
  if (!m) return undefined;
  const [, name = '', inner = ''] = m;
  const org = name.trim();
  const title = inner.trim();
  if (!TITLE_RE.test(title) || title.split(/\s+/u).length > MAX_BRACKETED_ROLE_WORDS || (isEmploymentType(title) && !/^\p{Lu}/u.test(title))) return undefined;
  if (!NAME_START.test(org) || TITLE_RE.test(org) || isTitleQualifier(org) || isLocation(org) || !HAS_LETTER.test(org)) return undefined;
  return { title, org };
}

/** Most words of a name written in quotation marks. */
const MAX_QUOTED_NAME_WORDS = 5;
/** "“Aweb System” markup, content-manager", "«Shishka», hookaman": the quoted name first, then the role. */
const QUOTED_FIRST = /^[“"«„]([^“”"«»„]+)[”"»“]\s*[,:–—-]?\s*(\S.*)$/u;
/** "Front-end developer, “DigiwayMedia”", "Developer in «Romashka»": the role, then the quoted name last. */
const QUOTED_LAST = /^(.*?\p{L}.*?)\s*[,:–—-]?\s+(?:in\s+|at\s+|w\s+|в\s+)?[“"«„]([^“”"«»„]+)[”"»“]$/u;

/**
 * A name in quotation marks beside a role, as Ukrainian, Russian and Polish résumés write employers
 * ("“DigiwayMedia”, front-end developer"): the quoted part is the organisation. A quoted project or product inside a
 * longer title ("Lead of the “Atlas” migration team") is neither at the start nor at the end, and stays in the title.
 */
export function splitQuotedOrg(text: string): { title: string; org: string } | undefined {
  const t = text.trim();
  const first = QUOTED_FIRST.exec(t);
  const last = first ? undefined : QUOTED_LAST.exec(t);
  const org = (first?.[1] ?? last?.[2] ?? '').trim();
  const title = (first?.[2] ?? last?.[1] ?? '').replace(/[\s,:–—-]+$/u, '').trim();
  if (org === '' || title === '' || !HAS_LETTER.test(org) || !HAS_LETTER.test(title)) return undefined;
  if (org.split(/\s+/u).length > MAX_QUOTED_NAME_WORDS || isLocation(title) || isNoise(title) || /[“”"«»„]/u.test(title)) return undefined;
  return { title, org };
}

/**
 * "Rumia | Kwi 2023 - Paź 2023" over "MOL POLSKA" over "Kasjer" (a Canva-like template): one capitalised word beside the
 * dates, a name in capitals on a line of its own below it, then the title: the word is the town, the capitals the
 * employer. A name in mixed case below ("Ads Ranking", a team) is not taken so.
 */
function townBesideDates(others: readonly HeaderPiece[], anchorLine: number | undefined, titleLine: number): { town: HeaderPiece; name: HeaderPiece } | undefined {
  if (others.length !== 2 || anchorLine === undefined) return undefined;
  const [town, name] = others;
  if (!town || !name || town.line !== anchorLine || name.line <= town.line || name.line >= titleLine) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(town.text.trim()) || ORG_RE.test(town.text) || TITLE_RE.test(town.text)) return undefined;
  const letters = name.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || TITLE_RE.test(name.text) || isAreaOrUnit(name.text)) return undefined;
  return { town, name };
}
