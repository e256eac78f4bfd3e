// What every requirement kind provides (DESIGN.md §6.2): its outcome codes, one line of English for each, and an
// evaluate function. Its options schema is its folder's options.ts, listed in ../options.ts and applied by the
// rubric loader; evaluate receives options already validated and defaulted.
import type { Template } from '../report/wording.js';
import type { Evidence, Outcome, Profile, YearMonth } from '../types.js';
import type { NodePath, Requirement, Rubric } from '../rubric/types.js';

export interface KindContext {
  rubric: Rubric;
  requirement: Requirement;
  asOf: YearMonth;
  /** Outcomes evaluated so far; composites run after their parts. */
  outcomes: ReadonlyMap<string, Outcome>;
}

/** What a kind decides; the scorer adds id, kind, must and weight. `code` is one of the kind's own codes. */
export interface KindResult<C extends string = string> {
  met: boolean;
  near?: boolean;
  value?: number;
  code: C;
  data: Record<string, unknown>;
  evidence: Evidence[];
}

/** Ids a requirement refers to, with the option path (relative to the requirement) for error positions. */
export interface KindRefs {
  roles?: { path: NodePath; id: string }[];
  requirements?: { path: NodePath; id: string }[];
}

export interface KindDefinition<O, C extends string> {
  /** Every code evaluate can return (a const array, so the codes are a literal union the type checker knows). */
  codes: readonly C[];
  /** One line of English per code; data holds rubric terms, numbers and requirement ids, never résumé text. */
  messages: Readonly<Record<C, Template>>;
  refs?: (options: O) => KindRefs;
  evaluate: (profile: Profile, options: O, ctx: KindContext) => KindResult<C>;
}

/** A kind with its option type erased, so the registry is a plain object map; its codes stay typed. */
export interface Kind<C extends string = string> {
  codes: readonly C[];
  messages: Readonly<Record<C, Template>>;
  refs: (options: Record<string, unknown>) => KindRefs;
  evaluate: (profile: Profile, options: Record<string, unknown>, ctx: KindContext) => KindResult<C>;
}

/**
 * Options reach a kind as the rubric loader's schema output (options.ts: validated, defaults filled in), whether
 * the rubric was loaded here or validated by the parent and sent: they are used as that type, not parsed again.
 */
export function defineKind<O, C extends string>(def: KindDefinition<O, C>): Kind<C> {
  return {
    codes: def.codes,
    messages: def.messages,
    refs: (options) => def.refs?.(options as O) ?? {},
    evaluate: (profile, options, ctx) => def.evaluate(profile, options as O, ctx),
  };
}
