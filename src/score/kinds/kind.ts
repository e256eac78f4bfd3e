// What every requirement kind provides: an options schema and an evaluate function (DESIGN.md §6.2).
import { z } from 'zod';
import type { Evidence, Outcome, Profile, YearMonth } from '../../types.js';
import type { NodePath, Requirement, Rubric } from '../../rubric/types.js';

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

export interface KindDefinition<S extends z.ZodRawShape, O> {
  /** Option fields, merged into the requirement object (unknown keys are rubric errors). */
  shape: S;
  refs?: (options: O) => KindRefs;
  evaluate: (profile: Profile, options: O, ctx: KindContext) => KindResult;
}

/** A kind with its option type erased, so the registry is a plain object map. */
export interface Kind {
  shape: z.ZodRawShape;
  refs: (rawOptions: Record<string, unknown>) => KindRefs;
  evaluate: (profile: Profile, rawOptions: Record<string, unknown>, ctx: KindContext) => KindResult;
}

export function defineKind<S extends z.ZodRawShape>(def: KindDefinition<S, z.output<z.ZodObject<S>>>): Kind {
  type O = z.output<z.ZodObject<S>>;
  const parser = z.object(def.shape);
  // Options are validated at load; parse again (once per rubric object) to get typed, defaulted values.
  const cache = new WeakMap<object, O>();
  const parsed = (raw: Record<string, unknown>): O => {
    let hit = cache.get(raw);
    if (hit === undefined) {
      hit = parser.parse(raw);
      cache.set(raw, hit);
    }
    return hit;
  };
  return {
    shape: def.shape,
    refs: (raw) => def.refs?.(parsed(raw)) ?? {},
    evaluate: (profile, raw, ctx) => def.evaluate(profile, parsed(raw), ctx),
  };
}
