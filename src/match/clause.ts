// What a line says around its hits, computed once per line that has a hit: where its clauses break and where each
// cue stands. Everything is found in one pass over the tokens, so a line with a million hits costs no more than one
// with a single hit per character scanned.
import {
  ASPIRATION_CUES, EXPOSURE_CUES, PSEUDO_EXPOSURE_CUES, CLAUSE_BREAK_CHARS, CLAUSE_BREAK_CUES, COURSE_DEPARTMENTS, COURSEWORK_CUES, COURSEWORK_HEADING_RE,
  AND_WORDS, EMPLOYER_BEFORE_CUE, EMPLOYER_SUFFIXES, GROUP_NOUNS, NEGATION_AFTER_CUES, NEGATION_BACK_CUES, NEGATION_CUES,
  OTHERS_OBJECT_CUES, OTHERS_SUBJECT_CUES, PHRASE_BREAK_CHARS, PSEUDO_ASPIRATION_CUES, PSEUDO_NEGATION_CUES,
  PSEUDO_OTHERS_CUES, SELF_WORDS, type Cue,
} from './cues.js';
import { compilePattern } from './pattern.js';
import { leftmostLongest, PhraseIndex, type Span } from './phrase.js';
import type { PreparedLine, Tokens } from './tokens.js';

export type CueKind =
  | 'negation' | 'pseudo' | 'negationAfter' | 'negationBack' | 'aspiration' | 'exposure' | 'coursework' | 'break'
  | 'othersObject' | 'othersSubject' | 'group' | 'and' | 'self';

export interface CueSpan {
  kind: CueKind;
  cue: Cue;
  start: number;
  end: number;
  first: number;
  last: number;
}

export interface LineCues {
  /** Clause breaks as [start, end) character ranges, in order. */
  breaks: Array<[number, number]>;
  /** Positions of commas, colons, parentheses and dashes, in order: where bare negation words stop reaching. */
  phraseBreaks: number[];
  /** Cues of each kind, in order of position. */
  byKind: Record<CueKind, CueSpan[]>;
  /** "Relevant coursework:" at the start of the line. */
  heading?: string;
}

const CUE_LISTS: ReadonlyArray<[CueKind, readonly Cue[]]> = [
  ['pseudo', PSEUDO_NEGATION_CUES],
  ['pseudo', PSEUDO_ASPIRATION_CUES],
  ['pseudo', PSEUDO_OTHERS_CUES],
  ['pseudo', PSEUDO_EXPOSURE_CUES],
  ['negation', NEGATION_CUES],
  ['negationAfter', NEGATION_AFTER_CUES],
  ['negationBack', NEGATION_BACK_CUES],
  ['othersObject', OTHERS_OBJECT_CUES],
  ['othersSubject', OTHERS_SUBJECT_CUES],
  ['group', GROUP_NOUNS],
  ['and', AND_WORDS],
  ['self', SELF_WORDS],
  ['aspiration', ASPIRATION_CUES],
  ['exposure', EXPOSURE_CUES],
  ['coursework', COURSEWORK_CUES],
  ['break', CLAUSE_BREAK_CUES],
];
const CUE_ENTRIES = CUE_LISTS.flatMap(([kind, cues]) => cues.map((cue) => ({ kind, cue })));
/** Cue phrases are words like terms, so they are found by the same token matcher ("haven’t" = "haven't"). */
const CUE_INDEX = new PhraseIndex(
  CUE_ENTRIES.flatMap(({ cue }, i) => compilePattern(cue.phrase, i, { caseSensitive: false }) ?? []),
);
/** A period ends a clause when a space or the line end follows, unless it closes an initial ("e.g.", "J. Doe"). */
const BREAK_RE = new RegExp(`[${CLAUSE_BREAK_CHARS}]|\\.(?=\\s|$)`, 'gu');
const PHRASE_BREAK_RE = new RegExp(`[${PHRASE_BREAK_CHARS}]`, 'gu');
const LETTER_RE = /\p{L}/u;
const HEADING_PREFIX = 60;
const DEPARTMENTS = new Set(COURSE_DEPARTMENTS);
const COURSE_NUMBER_RE = /^\d{3,4}[A-Z]?$/;
const GLUED_COURSE_CODE_RE = /^([A-Z]{2,7})(\d{3,4}[A-Z]?)$/;
/** "B.S. ECE 2015" is a degree and its year, not a course: numbers that read as years are not course numbers. */
const YEAR_RE = /^(?:19[5-9]\d|20[0-3]\d)$/;

function isCourseNumber(n: string): boolean {
  return COURSE_NUMBER_RE.test(n) && !YEAR_RE.test(n);
}

/**
 * A whole line's analysis (asked for up to or past its end), kept with its prepared line: on most lines every
 * matcher that has a hit asks for exactly that. Nobody changes a LineCues once made.
 */
const wholeLines = new WeakMap<PreparedLine, LineCues>();

/** Cues are looked for up to `until` (past the last hit, a clause's reach): the rest of the line cannot matter. */
export function analyseLine(line: PreparedLine, until: number): LineCues {
  if (until < line.text.length) return analyse(line, until);
  let cues = wholeLines.get(line);
  if (cues === undefined) {
    cues = analyse(line, until);
    wholeLines.set(line, cues);
  }
  return cues;
}

/** analyseLine without the memory: any `until` at or past the end of the line gives the same answer. */
function analyse(line: PreparedLine, until: number): LineCues {
  const { text, tokens } = line;
  // 1. Cue phrases, one per position (longest wins); pseudo cues only hide the cues inside them ("not only" hides
  //    "not", "with no" hides "no", but "with no experience" keeps "no experience").
  const found = CUE_INDEX.scan(line, { until });
  const isPseudo = (s: Span): boolean => CUE_ENTRIES[s.pattern.spec]?.kind === 'pseudo';
  const spans = withoutCovered(leftmostLongest(found.filter((s) => !isPseudo(s)), false), found.filter(isPseudo));
  const byKind: Record<CueKind, CueSpan[]> = {
    negation: [], pseudo: [], negationAfter: [], negationBack: [], aspiration: [], exposure: [], coursework: [], break: [],
    othersObject: [], othersSubject: [], group: [], and: [], self: [],
  };
  for (const span of spans) {
    const entry = CUE_ENTRIES[span.pattern.spec];
    if (entry !== undefined) byKind[entry.kind].push(toCue(entry.kind, entry.cue, span));
  }
  // 2. Course codes ("CS 7641", "CS229") are coursework cues too; an employer's name is not ("at Coursera").
  byKind.coursework = mergeByStart(byKind.coursework, courseCodes(text, tokens, until))
    .filter((c) => !namesEmployer(line, c));
  // 3. Punctuation breaks and break words, in order.
  const scanned = text.slice(0, until);
  const breaks = mergeBreaks(punctuationBreaks(scanned), byKind.break);
  const phraseBreaks = positionsOf(scanned, PHRASE_BREAK_RE);
  const heading = COURSEWORK_HEADING_RE.exec(text.slice(0, HEADING_PREFIX))?.[0].trim();
  return heading === undefined ? { breaks, phraseBreaks, byKind } : { breaks, phraseBreaks, byKind, heading };
}

const EMPLOYER_BEFORE = new Set(EMPLOYER_BEFORE_CUE);
const EMPLOYER_AFTER = new Set(EMPLOYER_SUFFIXES);

/** A cue that is a company's name: "at/for/joined <cue>", "@<cue>", or "<cue> Inc."; course codes never are. */
function namesEmployer(line: PreparedLine, cue: CueSpan): boolean {
  if (cue.cue === COURSE_CODE_CUE) return false;
  const { text, tokens: { starts, ends } } = line;
  const word = (i: number): string => text.slice(starts[i] ?? 0, ends[i] ?? 0).toLowerCase();
  const before = text.slice(ends[cue.first - 1] ?? 0, cue.start);
  if (/@\s*$/u.test(before)) return true;
  if (cue.first > 0 && /^\s+$/u.test(before) && EMPLOYER_BEFORE.has(word(cue.first - 1))) return true;
  const after = text.slice(cue.end, starts[cue.last + 1] ?? cue.end);
  return cue.last + 1 < starts.length && /^[\s,]+$/u.test(after) && EMPLOYER_AFTER.has(word(cue.last + 1));
}

/** `spans` minus those lying inside one of `covers` (both in start order). */
function withoutCovered(spans: Span[], covers: Span[]): Span[] {
  let next = 0;
  let reach = -1;
  return spans.filter((s) => {
    for (; next < covers.length && (covers[next]?.start ?? 0) <= s.start; next++) {
      reach = Math.max(reach, covers[next]?.end ?? 0);
    }
    return reach < s.end;
  });
}

function toCue(kind: CueKind, cue: Cue, span: Span): CueSpan {
  return { kind, cue, start: span.start, end: span.end, first: span.first, last: span.last };
}

const COURSE_CODE_CUE: Cue = { phrase: 'course code', maxWords: Number.POSITIVE_INFINITY };

function courseCodes(text: string, tokens: Tokens, until: number): CueSpan[] {
  const found: CueSpan[] = [];
  const { starts, ends } = tokens;
  for (let i = 0; i < starts.length && (starts[i] ?? 0) < until; i++) {
    const s = starts[i] ?? 0;
    const e = ends[i] ?? 0;
    // Cheap first test: department codes are 2–7 characters and start with an upper-case letter.
    if (e - s < 2 || e - s > 11 || !/[A-Z]/.test(text[s] ?? '')) continue;
    const word = text.slice(s, e);
    const glued = GLUED_COURSE_CODE_RE.exec(word);
    if (glued !== null && DEPARTMENTS.has(glued[1] ?? '') && isCourseNumber(glued[2] ?? '')) {
      found.push({ kind: 'coursework', cue: COURSE_CODE_CUE, start: s, end: e, first: i, last: i });
      continue;
    }
    const next = starts[i + 1];
    const nextEnd = ends[i + 1];
    if (!DEPARTMENTS.has(word) || next === undefined || nextEnd === undefined || next - e > 1) continue;
    if (!/^[ -]?$/.test(text.slice(e, next)) || !isCourseNumber(text.slice(next, nextEnd))) continue;
    found.push({ kind: 'coursework', cue: COURSE_CODE_CUE, start: s, end: nextEnd, first: i, last: i + 1 });
  }
  return found;
}

function punctuationBreaks(text: string): Array<[number, number]> {
  const breaks: Array<[number, number]> = [];
  BREAK_RE.lastIndex = 0;
  for (let m = BREAK_RE.exec(text); m !== null; m = BREAK_RE.exec(text)) {
    const at = m.index;
    const isInitial = m[0] === '.' && LETTER_RE.test(text[at - 1] ?? '') && !LETTER_RE.test(text[at - 2] ?? '');
    if (!isInitial) breaks.push([at, at + 1]);
  }
  return breaks;
}

function positionsOf(text: string, re: RegExp): number[] {
  const found: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) found.push(m.index);
  return found;
}

function mergeBreaks(marks: Array<[number, number]>, words: CueSpan[]): Array<[number, number]> {
  return [...marks, ...words.map((w): [number, number] => [w.start, w.end])].sort((a, b) => a[0] - b[0]);
}

function mergeByStart(a: CueSpan[], b: CueSpan[]): CueSpan[] {
  return b.length === 0 ? a : [...a, ...b].sort((x, y) => x.start - y.start);
}
