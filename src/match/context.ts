// Whether a mention counts, decided from the cues of its clause (see clause.ts). Lookups are binary searches over
// the line's sorted cues, so classifying a hit costs O(log n) whatever the line.
import type { CueSpan, LineCues } from './clause.js';
import { ASPIRATION_CUES, NEGATION_CUES, OTHERS_OBJECT_CUES, OTHERS_SUBJECT_CUES } from './cues.js';
import type { Span } from './phrase.js';

/** `others`: the line is about someone else's work ("my manager ran hiring", "reported to the head of ads"). */
export type HitStatus = 'ok' | 'negated' | 'others' | 'aspirational' | 'coursework' | 'excluded';

export interface ContextStatus {
  status: Exclude<HitStatus, 'ok' | 'excluded'>;
  cue: string;
}

/** A clause longer than this is not a sentence but a dump of text; cues do not reach across it. */
export const MAX_CLAUSE_REACH = 300;
/** No cue reaches further back than this many words, so the backward search stops there. */
const MAX_CUE_WORDS = Math.max(...[...NEGATION_CUES, ...ASPIRATION_CUES, ...OTHERS_OBJECT_CUES, ...OTHERS_SUBJECT_CUES].map((c) => c.maxWords));
/** A back-pointing negation ("…; I have not used it") reaches over at most this many clause breaks. */
const NEGATION_BACK_BREAKS = 1;
/** A group named right after the term, within these characters, still makes an object cue count ("next to the ads team"). */
const GROUP_AFTER_SPAN = 16;

/** A stretch of a line: its characters [start, end) and the indices of its first and last token. */
export type Stretch = Pick<Span, 'start' | 'end' | 'first' | 'last'>;

export function classifyContext(text: string, hit: Stretch, cues: LineCues): ContextStatus | undefined {
  // 1. The clause: from the last break before the hit to the first break after it.
  const [from, to] = clauseAround(hit, cues.breaks);
  const cueText = (c: CueSpan): string => text.slice(c.start, c.end);
  // 2. Cues, most decisive first: a stated lack beats a wish, a wish beats a course.
  const negation =
    nearestBefore(cues.byKind.negation, hit, from, cues) ?? nearestAfter(cues.byKind.negationAfter, hit, to) ??
    pointingBack(cues.byKind.negationBack, hit, cues.breaks);
  if (negation !== undefined) return { status: 'negated', cue: cueText(negation) };
  const others =
    covering(cues.byKind.othersSubject, hit) ?? nearestBefore(cues.byKind.othersSubject, hit, from, cues) ??
    nearestBefore(cues.byKind.othersObject, hit, from, cues);
  if (others !== undefined) return { status: 'others', cue: cueText(others) };
  const aspiration = nearestBefore(cues.byKind.aspiration, hit, from, cues);
  if (aspiration !== undefined) return { status: 'aspirational', cue: cueText(aspiration) };
  const exposure = nearestBefore(cues.byKind.exposure, hit, from, cues);
  if (exposure !== undefined) return { status: 'coursework', cue: cueText(exposure) };
  const course = anyWithin(cues.byKind.coursework, hit, from, to);
  if (course !== undefined) return { status: 'coursework', cue: cueText(course) };
  return cues.heading === undefined ? undefined : { status: 'coursework', cue: cues.heading };
}

function clauseAround(hit: Stretch, breaks: Array<[number, number]>): [number, number] {
  const next = firstIndex(breaks.length, (i) => (breaks[i]?.[0] ?? 0) >= hit.end);
  const previous = firstIndex(breaks.length, (i) => (breaks[i]?.[1] ?? 0) > hit.start) - 1;
  const from = Math.max(breaks[previous]?.[1] ?? 0, hit.start - MAX_CLAUSE_REACH);
  const to = Math.min(breaks[next]?.[0] ?? Number.MAX_SAFE_INTEGER, hit.end + MAX_CLAUSE_REACH);
  return [from, to];
}

/** The nearest cue ending before the hit, inside the clause, that reaches it (maxWords and the cue's stops). */
function nearestBefore(list: CueSpan[], hit: Stretch, from: number, cues: LineCues): CueSpan | undefined {
  for (let i = firstIndex(list.length, (k) => (list[k]?.end ?? 0) > hit.start) - 1; i >= 0; i--) {
    const cue = list[i];
    if (cue === undefined || cue.start < from) return undefined;
    const words = hit.first - cue.last - 1;
    if (words > MAX_CUE_WORDS) return undefined;
    if (words <= cue.cue.maxWords && reaches(cue, hit, cues)) return cue;
  }
  return undefined;
}

/** Whether a cue of the list (sorted by start) starts in [from, to): a binary search, whatever the line. */
function cueBetween(list: CueSpan[], from: number, to: number): boolean {
  const at = list[firstIndex(list.length, (k) => (list[k]?.start ?? 0) >= from)];
  return at !== undefined && at.start < to;
}

/** Nothing between the cue and the hit stops the cue (a comma, "and", the candidate as subject), and a group is named if it must be. */
function reaches(cue: CueSpan, hit: Stretch, cues: LineCues): boolean {
  const { stopsAtComma, stopsAtAnd, stopsAtSelf, needsGroup } = cue.cue;
  if (stopsAtComma === true && anyBetween(cues.phraseBreaks, cue.end, hit.start)) return false;
  if (stopsAtAnd === true && cueBetween(cues.byKind.and, cue.end, hit.start)) return false;
  if (stopsAtSelf === true && cueBetween(cues.byKind.self, cue.end, hit.start)) return false;
  if (needsGroup !== true) return true;
  // A person or group between the cue and the hit, or within a couple of words after it (the hit itself is not one).
  const after = hit.end + GROUP_AFTER_SPAN;
  const named = (list: CueSpan[]): boolean => cueBetween(list, cue.end, hit.start) || cueBetween(list, hit.end, after);
  return named(cues.byKind.group) || named(cues.byKind.othersSubject);
}

/** A cue whose words hold the hit ("our data scientists" names other people, whatever the term). */
function covering(list: CueSpan[], hit: Stretch): CueSpan | undefined {
  const cue = list[firstIndex(list.length, (k) => (list[k]?.end ?? 0) >= hit.end)];
  return cue !== undefined && cue.start <= hit.start ? cue : undefined;
}

/** A negation after the hit that points back at it ("it", "myself"), at most one clause on. */
function pointingBack(list: CueSpan[], hit: Stretch, breaks: Array<[number, number]>): CueSpan | undefined {
  const cue = list[firstIndex(list.length, (k) => (list[k]?.start ?? 0) >= hit.end)];
  if (cue === undefined || cue.first - hit.last - 1 > cue.cue.maxWords) return undefined;
  const first = firstIndex(breaks.length, (k) => (breaks[k]?.[0] ?? 0) >= hit.end);
  const crossed = firstIndex(breaks.length, (k) => (breaks[k]?.[0] ?? 0) >= cue.start) - first;
  return crossed <= NEGATION_BACK_BREAKS ? cue : undefined;
}

function anyBetween(sorted: number[], from: number, to: number): boolean {
  const at = sorted[firstIndex(sorted.length, (k) => (sorted[k] ?? 0) >= from)];
  return at !== undefined && at < to;
}

/** The first cue after the hit, inside the clause, if close enough ("Ads: n/a"). */
function nearestAfter(list: CueSpan[], hit: Stretch, to: number): CueSpan | undefined {
  const cue = list[firstIndex(list.length, (k) => (list[k]?.start ?? 0) >= hit.end)];
  if (cue === undefined || cue.end > to) return undefined;
  return cue.first - hit.last - 1 <= cue.cue.maxWords ? cue : undefined;
}

/** Any cue in the clause, before or after the hit but not inside it. */
function anyWithin(list: CueSpan[], hit: Stretch, from: number, to: number): CueSpan | undefined {
  const before = list[firstIndex(list.length, (k) => (list[k]?.start ?? 0) >= from)];
  if (before !== undefined && before.end <= hit.start) return before;
  const after = list[firstIndex(list.length, (k) => (list[k]?.start ?? 0) >= hit.end)];
  return after !== undefined && after.end <= to ? after : undefined;
}

/** The first index in [0, n) where `pred` holds, for a predicate that is false then true (n if never). */
export function firstIndex(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
