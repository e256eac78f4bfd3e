// The contracts between pipeline stages (DESIGN.md §2). Stages exchange only these shapes.
// Findings are data: a `code` plus `data`; English wording lives in src/report/messages.ts.

// ─── extract ────────────────────────────────────────────────────────────────
/** The input formats read: one per entry of the reader registry (src/extract/formats.ts). */
export type { DocKind } from './extract/formats.js';
import type { DocKind } from './extract/formats.js';

/** Where a line came from in the file (DESIGN.md §7). */
export type Channel = 'body' | 'header' | 'footer' | 'footnote' | 'textbox' | 'comment';

/** Why a reader cannot see a line: stable codes (src/extract/visibility-codes.ts). */
export interface Hidden {
  reason: string;
}

/** One normalised line of résumé text; every later piece of evidence points back to one. */
export interface Line {
  text: string;
  /** 1-based page number (DOCX and text: 1). */
  page: number;
  /** 0-based position in Document.lines. */
  index: number;
  /** Absent means `body` (kept absent so profiles of ordinary résumés read as before). */
  channel?: Channel;
  /** Set when a reader of the rendered page cannot see the text. Hidden lines come after all visible ones. */
  hidden?: Hidden;
  /** Visible text that must not count as the candidate's evidence (INSTRUCTION_TEXT, KEYWORD_LIST, POSTING_COPY). */
  suspect?: string;
  /** The line opened with a list bullet (or a Word list item's), which the text no longer holds. */
  bullet?: true;
}

export interface DocumentMeta {
  title?: string;
  author?: string;
  /** ISO 8601 date-time strings, when the file says. */
  created?: string;
  modified?: string;
  producer?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: string;
  severity: Severity;
  data?: Record<string, unknown>;
  /** Line index the finding is about, if any. */
  line?: number;
}

export interface Document {
  source: string;
  kind: DocKind;
  lines: Line[];
  pages: number;
  meta: DocumentMeta;
  warnings: Diagnostic[];
}

/** Stable error codes: a public contract (JSON output, journals, CI). */
export const ERROR_CODES = [
  'ENCRYPTED',
  'NO_TEXT_LAYER',
  'CORRUPT',
  'EMPTY',
  'UNSUPPORTED_TYPE',
  'TOO_LARGE',
  'TIMEOUT',
  'OUT_OF_MEMORY',
  'CRASHED',
  'UNREADABLE',
  'NOT_FOUND',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A known, expected failure on one input. Never carries résumé text. */
export class ScreenError extends Error {
  readonly code: ErrorCode;
  readonly data: Record<string, unknown>;
  constructor(code: ErrorCode, data: Record<string, unknown> = {}) {
    super(code);
    this.name = 'ScreenError';
    this.code = code;
    this.data = data;
  }
}

// ─── profile ────────────────────────────────────────────────────────────────
/** month is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

export type Precision = 'month' | 'season' | 'year';

export interface DateRange {
  start: YearMonth;
  end: YearMonth | 'present';
  precision: Precision;
  /** The text the range was read from, as written. */
  raw: string;
  /** Line index where the range starts. */
  line: number;
  /** A duration the résumé states itself, e.g. LinkedIn "(4 years 11 months)", used as a cross-check. */
  statedMonths?: number;
  /** The stated duration is a count of years alone ("3 years"): people round those, so it is a claim to within a year. */
  statedRounded?: boolean;
}

export type JobKind = 'employment' | 'academic' | 'internship' | 'volunteer' | 'military' | 'unknown';

export type SectionKind =
  | 'contact'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'publications'
  | 'certifications'
  | 'awards'
  | 'volunteering'
  | 'languages'
  | 'other';

export interface Section {
  kind: SectionKind;
  /** Heading text as written (absent for the untitled top of the document). */
  heading?: string;
  /** Line indices, inclusive start, exclusive end. */
  start: number;
  end: number;
}

export interface Evidence {
  text: string;
  line: number;
  page?: number;
  section?: SectionKind;
  note?: string;
  /** The quoted line is hidden, stuffed or addresses the screener (its code): never trust it as the candidate's. */
  suspect?: string;
}

/** Why a job counts for a role category: the title words or body lines that matched. */
export interface CategoryMatch {
  category: string;
  /** What made the job count: its title, its own text, or both (see RoleCategory.credit). */
  via: 'title' | 'evidence' | 'title+evidence';
  evidence: Evidence[];
  /** TITLE_ONLY: counted from the title alone; a years requirement met only thanks to such months is `review`. */
  flag?: 'TITLE_ONLY';
}

export interface Job {
  title: string;
  org?: string;
  location?: string;
  range?: DateRange;
  /** Months this job spans on its own (inclusive), 0 when undated. */
  months: number;
  kind: JobKind;
  /** Line indices of the entry, inclusive start, exclusive end. */
  start: number;
  end: number;
  body: Line[];
  categories: CategoryMatch[];
  /** e.g. 'NO_DATES', 'DURATION_MISMATCH'. */
  flags: string[];
}

export interface Interval {
  start: YearMonth;
  end: YearMonth;
}

export interface CategoryTotal {
  category: string;
  /** Months in the union of the intervals of the jobs that count (overlaps merged). */
  months: number;
  years: number;
  /** Indices into Profile.jobs. */
  jobs: number[];
  intervals: Interval[];
}

export interface Timeline {
  /** Union of all dated employment-like intervals. */
  intervals: Interval[];
  months: number;
  gaps: Interval[];
}

export interface Profile {
  source: string;
  kind: DocKind;
  pages: number;
  meta: DocumentMeta;
  /** Visible lines only (indices 0…n-1). */
  lines: Line[];
  /** Lines a reader cannot see, each with `hidden.reason`: never sections, jobs or evidence. */
  hiddenLines?: Line[];
  sections: Section[];
  jobs: Job[];
  timeline: Timeline;
  /** Keyed by role category id. */
  categories: Record<string, CategoryTotal>;
  skills: string[];
  asOf: YearMonth;
  documentDate?: YearMonth;
  diagnostics: Diagnostic[];
}

// ─── rubric (role categories are consumed by profile) ──────────────────────
export interface SourcePos {
  line: number;
  col: number;
}

/** A term as the rubric writes it; matched by src/match. */
export interface TermSpec {
  term: string;
  synonyms?: string[];
  /** Phrases around a hit that make it a false friend ("cursor-based pagination"). */
  exclude?: string[];
  /** Porter-stem single words (not terms like C++, Node.js, C#). */
  stem?: boolean;
  caseSensitive?: boolean;
}

export interface RoleCategory {
  id: string;
  description?: string;
  /** A job whose title matches one of these counts (unless title_exclude matches). */
  titles: TermSpec[];
  titleExclude: TermSpec[];
  /** Body lines that show the job is of this kind. */
  evidence: TermSpec[];
  evidenceExclude: TermSpec[];
  /** How many distinct evidence hits make an unmatched title count. 0 = titles only. */
  minEvidence: number;
  /** Job kinds whose time counts (default: employment). */
  kinds: JobKind[];
  /** Titles excluded unless the body shows min_evidence terms ("Tech Lead" with direct reports manages people). */
  titleExcludeUnlessEvidence?: TermSpec[];
  /** Weaker evidence: backs a matching title (title + evidence) but never makes a job count alone ("churn models"). */
  titleSupport?: TermSpec[];
  /** RE2 patterns that count as evidence terms, one distinct term per name ("team of 7", "oversaw 40 engineers"). */
  evidencePatterns?: EvidencePattern[];
  /** How title and evidence combine (default: title alone is flagged TITLE_ONLY, one evidence term confirms it). */
  credit?: CreditPolicy;
}

export interface EvidencePattern {
  name: string;
  pattern: string;
  caseSensitive?: boolean;
}

export interface CreditPolicy {
  /** A matching title with too little evidence: `count` it, count it but `flag` it TITLE_ONLY, or `ignore` it. */
  titleOnly: 'count' | 'flag' | 'ignore';
  /** Distinct evidence terms that confirm a matching title (title + evidence). */
  titleEvidence: number;
}

/** The job posting a rubric names, read when the rubric is loaded (plain data: rubrics travel as JSON to children). */
export interface Posting {
  /** As the rubric writes it, relative to the rubric file. */
  path: string;
  /** The posting's text; absent when the file could not be read (see `problem`). */
  text?: string;
  sha256?: string;
  problem?: 'NOT_FOUND' | 'TOO_LARGE';
}

// ─── score ──────────────────────────────────────────────────────────────────
export type Verdict = 'pass' | 'review' | 'fail';

export interface Outcome {
  requirementId: string;
  kind: string;
  must: boolean;
  weight: number;
  met: boolean;
  /** Close to met (within the rubric's margin, or only weak evidence): pushes a verdict to review. */
  near: boolean;
  value?: number;
  code: string;
  data: Record<string, unknown>;
  evidence: Evidence[];
}

export interface Evaluation {
  file: string;
  status: 'scored' | 'error';
  verdict?: Verdict;
  /** 0–100. */
  score?: number;
  outcomes: Outcome[];
  profile?: Profile;
  error?: { code: ErrorCode; message: string };
  /** sha256 of the input bytes. */
  sha256?: string;
  warnings: Diagnostic[];
  /** Name and e-mail from the contact block (src/report/contact.ts), for the ranking; personal data. */
  candidate?: { name?: string; email?: string };
}
