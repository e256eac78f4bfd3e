// What every requirement kind provides: an evaluate function (DESIGN.md §6.2). Its options schema is in
// options.ts, applied by the rubric loader; evaluate receives options already validated and defaulted.
import type { Evidence, Outcome, Profile, YearMonth } from '../types.js';
import type { NodePath, Requirement, Rubric } from '../rubric/types.js';

export interface KindContext {
  rubric: Rubric;
  requirement: Requirement;
  asOf: YearMonth;
  /** Outcomes evaluated so far; composites run after their parts. */
  outcomes: ReadonlyMap<string, Outcome>;
}

/** What a kind decides; the scorer adds id, kind, must and weight. */
export interface KindResult {
  met: boolean;
  near?: boolean;
  value?: number;
  code: string;
  data: Record<string, unknown>;
  evidence: Evidence[];
}

/** Ids a requirement refers to, with the option path (relative to the requirement) for error positions. */
export interface KindRefs {
  roles?: { path: NodePath; id: string }[];
  requirements?: { path: NodePath; id: string }[];
}

export interface KindDefinition<O> {
  refs?: (options: O) => KindRefs;
  evaluate: (profile: Profile, options: O, ctx: KindContext) => KindResult;
}

/** A kind with its option type erased, so the registry is a plain object map. */
export interface Kind {
  refs: (options: Record<string, unknown>) => KindRefs;
  evaluate: (profile: Profile, options: Record<string, unknown>, ctx: KindContext) => KindResult;
}

/**
 * Options reach a kind as the rubric loader's schema output (options.ts: validated, defaults filled in), whether
 * the rubric was loaded here or validated by the parent and sent: they are used as that type, not parsed again.
 */
export function defineKind<O>(def: KindDefinition<O>): Kind {
  return {
    refs: (options) => def.refs?.(options as O) ?? {},
    evaluate: (profile, options, ctx) => def.evaluate(profile, options as O, ctx),
  };
}
