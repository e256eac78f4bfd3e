// Shared logic of `any_of` and `all_of`: outcomes of other requirements, evaluated before this one.
import type { Evidence, Outcome } from '../types.js';
import { MAX_EVIDENCE } from './scope.js';
import type { KindContext, KindResult } from './kind.js';
import type { CompositeOptions } from './composite-options.js';

export function partsOf(ids: readonly string[], ctx: KindContext): Outcome[] {
  return ids.map((id) => ctx.outcomes.get(id)).filter((o): o is Outcome => o !== undefined);
}

/** A composite kind's three codes, by result. */
export interface CompositeCodes<C extends string> {
  met: C;
  near: C;
  unmet: C;
}

export function compositeResult<C extends string>(codes: CompositeCodes<C>, met: boolean, near: boolean, parts: Outcome[]): KindResult<C> {
  const metIds = parts.filter((p) => p.met).map((p) => p.requirementId);
  const nearIds = parts.filter((p) => !p.met && p.near).map((p) => p.requirementId);
  const evidence: Evidence[] = parts.filter((p) => p.met || p.near).flatMap((p) => p.evidence).slice(0, MAX_EVIDENCE);
  const code = met ? codes.met : near ? codes.near : codes.unmet;
  return { met, near: !met && near, value: metIds.length, code, data: { met: metIds, near: nearIds, of: parts.map((p) => p.requirementId) }, evidence };
}

export const compositeRefs = (o: CompositeOptions) => ({ requirements: o.of.map((id, i) => ({ path: ['of', i], id })) });
