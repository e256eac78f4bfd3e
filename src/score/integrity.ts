// Integrity of a scored résumé: hidden text, lines that address the screener, the posting copied, keyword lists and stuffing.
// None of them earns anything (the profile left them out, or counts them weakly); this module says so in the
// evaluation's warnings and keeps the verdict at `review` at most when hidden text holds the rubric's terms or a
// line tries to instruct the screener — a person should look before such a file passes.
import { compileTerms, type TermMatcher } from '../match/index.js';
import type { Rubric } from '../rubric/types.js';
import type { Diagnostic, Line, Outcome, Profile, TermSpec } from '../types.js';
import { checkDates } from './dates-integrity.js';
import { toTermSpecs } from '../kinds/term-specs.js';
import type { TermInput } from '../kinds/terms.js';
import type { VerdictDecision } from './verdict.js';

/** Warning codes of this module: a public contract (integrity-codes.ts). */
export { INTEGRITY_CODES } from './integrity-codes.js';

/** The same rubric term this many times on one line is repetition for a keyword matcher, not writing. */
const STUFFED_PER_LINE = 3;
/** …or this many times in the whole résumé (a career in ML mentions "machine learning" a handful of times). */
const STUFFED_PER_DOCUMENT = 15;
/** Lines listed in a warning's data at most: 0-based indices as `profile --format lines` numbers them, never text. */
const MAX_LINES_LISTED = 20;
/** The same line (two rubric terms or more) this many times is pasted for a keyword matcher. */
const REPEATED_LINE_TIMES = 3;
/** Lines shorter than this (normalised) repeat honestly: a town, a company, a page header. */
const REPEATED_LINE_CHARS = 20;
/**
 * A block of list lines holding this many distinct keywords is a dump for a keyword matcher, not a skills section:
 * honest ones list a few dozen at most (the labelled corpus: 18 in a skills section).
 */
const DUMP_ITEMS = 80;
/** A list line: items split on the separators lists use (as profile/skills.ts), each a few words. */
const LIST_SPLIT = /\s*[,;|•·▪]\s*/u;
const LIST_SEPARATOR = /[,;|•·▪]/u;
const MAX_ITEM_WORDS = 5;
/** A bulleted line of a few words is one keyword of a list; an unbulleted one may be a narrow column's prose. */
const BULLETED = /^\s*[•·▪◦‣∙*–-]\s+/u;
const MAX_BULLET_ITEM_WORDS = 3;

const rubricMatchers = new WeakMap<Rubric, TermMatcher>();

/** Every term the rubric looks for: role titles and evidence, and the terms of keyword requirements. */
function rubricTerms(rubric: Rubric): TermMatcher {
  let m = rubricMatchers.get(rubric);
  if (m) return m;
  const specs: TermSpec[] = rubric.roles.flatMap((r) => [...r.titles, ...r.evidence]);
  for (const req of rubric.requirements) {
    for (const key of ['any', 'all'] as const) {
      const list = req.options[key];
      if (Array.isArray(list)) specs.push(...toTermSpecs(list as TermInput[]));
    }
  }
  m = compileTerms(specs);
  rubricMatchers.set(rubric, m);
  return m;
}

const lineNumbers = (lines: readonly Line[]): number[] => lines.slice(0, MAX_LINES_LISTED).map((l) => l.index);

function hiddenWarning(all: readonly Line[], matcher: TermMatcher): Diagnostic | undefined {
  // A comment in a Markdown or HTML source that names no rubric term is an author's note ("<!-- The first heading is
  // the page title -->", as résumé templates ship them), not text hidden from a reader: not reported. One that names
  // a term is.
  const hidden = all.filter((l) => l.channel !== 'comment' || matcher.mentions(l).length > 0);
  if (hidden.length === 0) return undefined;
  const terms = new Set(hidden.flatMap((l) => matcher.mentions(l).map((h) => h.term)));
  return {
    code: 'HIDDEN_TEXT',
    severity: 'warning',
    data: {
      count: hidden.length,
      pages: [...new Set(hidden.map((l) => l.page))].sort((a, b) => a - b),
      lines: lineNumbers(hidden),
      reasons: [...new Set(hidden.map((l) => l.hidden?.reason ?? 'UNKNOWN'))].sort(),
      rubricTerms: terms.size,
    },
  };
}

function suspectWarning(lines: readonly Line[], code: string): Diagnostic | undefined {
  const marked = lines.filter((l) => l.suspect === code);
  if (marked.length === 0) return undefined;
  return { code, severity: 'warning', data: { count: marked.length, lines: lineNumbers(marked) } };
}

const normalised = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Lines pasted again and again: the same body text (long enough, naming two rubric terms or more) three times or more.
 * A running header or footer ("Name — Engineering Manager, Machine Learning" on every page) repeats by design.
 */
function repeatedLines(lines: readonly Line[], termsOn: (line: Line) => number): Line[] {
  const byText = new Map<string, Line[]>();
  for (const line of lines) {
    if (line.channel === 'header' || line.channel === 'footer') continue;
    const key = normalised(line.text);
    if (key.length < REPEATED_LINE_CHARS) continue;
    byText.set(key, [...(byText.get(key) ?? []), line]);
  }
  return [...byText.values()].filter((same) => same.length >= REPEATED_LINE_TIMES && termsOn(same[0] as Line) >= 2).flat();
}

/**
 * A keyword dump: a block of consecutive list lines (a comma or pipe list of pieces of a few words each, or a bulleted
 * keyword a line) holding DUMP_ITEMS distinct items or more; the largest such block. Tech-stack lines are kept apart by
 * the sentences between them, and a narrow column's short prose lines are no list, so a long career never adds up.
 */
function keywordDump(lines: readonly Line[]): { items: number; lines: Line[] } | undefined {
  let worst: { items: number; lines: Line[] } | undefined;
  let block: { items: Set<string>; lines: Line[] } = { items: new Set(), lines: [] };
  const close = () => {
    if (block.items.size >= DUMP_ITEMS && (!worst || block.items.size > worst.items)) worst = { items: block.items.size, lines: block.lines };
    block = { items: new Set(), lines: [] };
  };
  for (const line of lines) {
    // Without a separator a line is one piece: a list line only when bulleted (most lines are prose: not split).
    if (!LIST_SEPARATOR.test(line.text) && !BULLETED.test(line.text)) {
      close();
      continue;
    }
    const parts = line.text.split(LIST_SPLIT).map(normalised).filter((t) => t !== '');
    const listed = parts.length >= 2 ? parts.every((t) => t.split(' ').length <= MAX_ITEM_WORDS) : parts.length === 1 && BULLETED.test(line.text) && (parts[0] ?? '').split(' ').length <= MAX_BULLET_ITEM_WORDS;
    if (!listed) {
      close();
      continue;
    }
    parts.forEach((t) => block.items.add(t));
    block.lines.push(line);
  }
  close();
  return worst;
}

function stuffingWarning(lines: readonly Line[], matcher: TermMatcher): Diagnostic | undefined {
  const perDocument = new Map<string, number>();
  const stuffedLines: Line[] = [];
  const stuffedTerms = new Set<string>();
  for (const line of lines) {
    const perLine = new Map<string, number>();
    // The same words again, not one term's synonyms side by side ("CTR/CVR prediction" is not stuffing); a span
    // counts once, however many of the rubric's lists name its term.
    const spans = new Set<string>();
    for (const hit of matcher.mentions(line)) {
      const key = `${hit.term}\u0000${hit.matched.toLowerCase()}`;
      const span = `${key}\u0000${hit.start}`;
      if (spans.has(span)) continue;
      spans.add(span);
      perLine.set(key, (perLine.get(key) ?? 0) + 1);
    }
    for (const [key, n] of perLine) {
      perDocument.set(key, (perDocument.get(key) ?? 0) + n);
      if (n >= STUFFED_PER_LINE) {
        stuffedTerms.add(key.split('\u0000')[0] ?? key);
        if (!stuffedLines.includes(line)) stuffedLines.push(line);
      }
    }
  }
  for (const [key, n] of perDocument) if (n >= STUFFED_PER_DOCUMENT) stuffedTerms.add(key.split('\u0000')[0] ?? key);
  const repeated = repeatedLines(lines, (line) => new Set(matcher.mentions(line).map((h) => h.term)).size);
  const dump = keywordDump(lines);
  if (stuffedTerms.size === 0 && repeated.length === 0 && !dump) return undefined;
  const flagged = [...new Set([...stuffedLines, ...repeated, ...(dump?.lines ?? [])])].sort((a, b) => a.index - b.index);
  return {
    code: 'KEYWORD_STUFFING',
    severity: 'warning',
    data: {
      terms: stuffedTerms.size,
      termList: [...stuffedTerms],
      ...(repeated.length > 0 ? { repeatedLines: repeated.length } : {}),
      ...(dump ? { listItems: dump.items } : {}),
      lines: lineNumbers(flagged),
    },
  };
}

export interface IntegrityCheck {
  warnings: Diagnostic[];
  /** Why the verdict may be at most `review` (a VERDICT_REVIEW_* code), when it must be. */
  capCode?: string;
  /** Must-haves to score as near misses: only a reversed range (counted 0) keeps them from being met. */
  heldByReversed?: string[];
}

export function checkIntegrity(profile: Profile, rubric: Rubric, outcomes: readonly Outcome[] = []): IntegrityCheck {
  const matcher = rubricTerms(rubric);
  const hidden = hiddenWarning(profile.hiddenLines ?? [], matcher);
  const instruction = suspectWarning(profile.lines, 'INSTRUCTION_TEXT');
  // A keyword list in a skills section is what that section is for; inside a job it claims work it does not show.
  const inJobs = profile.lines.filter((l) => profile.jobs.some((j) => l.index >= j.start && l.index < j.end));
  const dates = checkDates(profile, rubric, outcomes);
  const copied = suspectWarning(profile.lines, 'POSTING_COPY');
  // The posting repeats its own terms; once it is flagged as copied, that is not stuffing as well.
  const ownLines = copied ? profile.lines.filter((l) => l.suspect !== 'POSTING_COPY') : profile.lines;
  const warnings = [hidden, instruction, copied, suspectWarning(inJobs, 'KEYWORD_LIST'), stuffingWarning(ownLines, matcher), ...dates.warnings].filter(
    (d): d is Diagnostic => d !== undefined,
  );
  const held = dates.heldByReversed.length > 0 ? { heldByReversed: dates.heldByReversed } : {};
  if (hidden && Number(hidden.data?.rubricTerms) > 0) return { warnings, capCode: 'VERDICT_REVIEW_HIDDEN_TEXT', ...held };
  if (instruction) return { warnings, capCode: 'VERDICT_REVIEW_INSTRUCTION_TEXT', ...held };
  if (dates.dependent.length > 0) return { warnings, capCode: 'VERDICT_REVIEW_DATES', ...held };
  return { warnings, ...held };
}

/** Outcomes of must-haves only a reversed range keeps from being met, as near misses (data says why). */
export function holdReversed(outcomes: Outcome[], check: IntegrityCheck): Outcome[] {
  const held = new Set(check.heldByReversed ?? []);
  if (held.size === 0) return outcomes;
  return outcomes.map((o) => (held.has(o.requirementId) ? { ...o, near: true, data: { ...o.data, heldBy: 'REVERSED_RANGE' } } : o));
}

/** A pass becomes review when the integrity check says a person must look first. */
export function capVerdict(decision: VerdictDecision, check: IntegrityCheck): VerdictDecision {
  if (check.capCode === undefined || decision.verdict !== 'pass') return decision;
  return { verdict: 'review', code: check.capCode, data: { ...decision.data } };
}
