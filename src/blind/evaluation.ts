// Blind mode in the child, after scoring: every string a report can show of an Evaluation (evidence lines, outcome
// and warning data, the profile with every line of text) goes through the redactor; the candidate's name and e-mail
// are dropped, the document's title and author too. Verdict, score, codes and numbers are never touched, so a blind
// run ranks exactly like a plain one. Strings are redacted unless their key holds a code or an id (fail-safe: a new
// text field is hidden without a change here).
import type { Evaluation, Profile } from '../types.js';
import { findIdentity, type Identity } from './identity.js';
import { makeRedactor, NO_CONTEXT, type LineContext, type Redact } from './redact.js';

/** Keys whose string values are codes, ids or enums, never résumé text. */
const CODE_KEYS: ReadonlySet<string> = new Set([
  'code', 'kind', 'category', 'via', 'flag', 'status', 'verdict', 'requirementId', 'section', 'reason', 'channel',
  'severity', 'suspect', 'precision', 'note', 'id', 'detected', 'extension', 'sha256', 'heldBy', 'assumed', 'rule',
]);
/** The untitled top of a résumé is its contact block for at most this many lines. */
const TOP_LINES = 15;

export interface BlindResult {
  evaluation: Evaluation;
  identity: Identity;
}

export function blindEvaluation(evaluation: Evaluation, profile: Pick<Profile, 'lines' | 'sections'>): BlindResult {
  // 1. Who it is, from the whole profile (the report may quote only a few of its lines).
  const identity = findIdentity(profile);
  const redact = memo(makeRedactor(identity));
  const contextOf = lineContexts(profile);
  // 2. Everything shown, redacted by where its line sits.
  const walk = walker(redact, contextOf);
  const out: Evaluation = { ...evaluation, outcomes: walk(evaluation.outcomes, NO_CONTEXT), warnings: walk(evaluation.warnings, NO_CONTEXT) };
  delete out.candidate;
  if (evaluation.profile) out.profile = blindProfile(evaluation.profile, walk);
  return { evaluation: out, identity };
}

function blindProfile(profile: Profile, walk: Walk): Profile {
  const meta = { ...profile.meta };
  delete meta.title;
  delete meta.author;
  return { ...walk(profile, NO_CONTEXT), source: '[file]', meta: walk(meta, NO_CONTEXT) };
}

type Walk = <T>(value: T, ctx: LineContext) => T;

/** Evidence quotes the same lines again and again (and the profile has them all): each text once per context. */
function memo(redact: Redact): Redact {
  const seen = new Map<string, string>();
  return (text, ctx = NO_CONTEXT) => {
    const key = `${Number(ctx.contact)}${Number(ctx.education)}${text}`;
    let out = seen.get(key);
    if (out === undefined) seen.set(key, (out = redact(text, ctx)));
    return out;
  };
}

/** A deep copy with every text string redacted; objects that point at a line (text + line/index) take its context. */
function walker(redact: Redact, contextOf: (line: number) => LineContext): Walk {
  const walk = (value: unknown, ctx: LineContext, key?: string): unknown => {
    if (typeof value === 'string') return key !== undefined && CODE_KEYS.has(key) ? value : redact(value, ctx);
    if (Array.isArray(value)) return value.map((v: unknown) => walk(v, ctx, key));
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const line = lineOf(record);
    const here = line === undefined ? ctx : contextOf(line);
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) copy[k] = walk(v, here, k);
    return copy;
  };
  return walk as Walk;
}

/** Evidence and date ranges name their `line`, lines their `index`, jobs their first line as `start`. */
function lineOf(record: Record<string, unknown>): number | undefined {
  if (typeof record.line === 'number' && (typeof record.text === 'string' || typeof record.raw === 'string')) return record.line;
  if (typeof record.index === 'number' && typeof record.text === 'string') return record.index;
  if (typeof record.start === 'number' && typeof record.title === 'string') return record.start;
  return undefined;
}

/** Contact lines: the untitled top (at most TOP_LINES) and any contact section; education lines: education sections. */
function lineContexts(profile: Pick<Profile, 'lines' | 'sections'>): (line: number) => LineContext {
  const firstOther = profile.sections.find((s) => s.kind !== 'contact')?.start ?? profile.lines.length;
  const topEnd = Math.min(firstOther, TOP_LINES);
  const within = (kind: string, line: number): boolean => profile.sections.some((s) => s.kind === kind && line >= s.start && line < s.end);
  return (line) => ({ contact: line < topEnd || within('contact', line), education: within('education', line) });
}
