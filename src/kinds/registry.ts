// The registry of requirement kinds (DESIGN.md §6.2): a plain object map, one folder per kind under src/kinds/.
// Adding a kind = its folder (codes.ts, messages.ts, options.ts, evaluate.ts, index.ts) + one line here and one in
// options.ts (the option schemas, kept apart so a child process that scores résumés never loads zod; the type
// checker insists both lists name the same kinds). The rubric stage and the score stage both read this registry.
import { allOf } from './all-of/index.js';
import { anyOf } from './any-of/index.js';
import type { Kind } from './kind.js';
import { keywords } from './keywords/index.js';
import { pattern } from './pattern/index.js';
import { years } from './years/index.js';

export const KINDS = {
  years,
  keywords,
  pattern,
  any_of: anyOf,
  all_of: allOf,
} satisfies Record<string, Kind>;

export type KindName = keyof typeof KINDS;

/** Every outcome code a requirement can have (Outcome.code), as a literal union. */
export type OutcomeCode = (typeof KINDS)[KindName]['codes'][number];

export function kindOf(name: string): Kind | undefined {
  return Object.hasOwn(KINDS, name) ? KINDS[name as KindName] : undefined;
}

/** Outcome codes of every kind, in registry order. */
export const OUTCOME_CODES: readonly OutcomeCode[] = Object.values(KINDS).flatMap((k): readonly OutcomeCode[] => k.codes);

/** The wording of every outcome code (gathered without the kinds' evaluation code: messages.ts). */
export { OUTCOME_MESSAGES } from './messages.js';

export type { Kind, KindContext, KindResult } from './kind.js';
