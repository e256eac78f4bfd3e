// `any_of`: met when at least one of the listed requirements is met; near when none is met but one is near.
import { defineKind } from '../kind.js';
import { compositeRefs, compositeResult, partsOf } from '../composite.js';
import type { CompositeOptions } from '../composite-options.js';

export const anyOf = defineKind<CompositeOptions>({
  refs: compositeRefs,
  evaluate(_profile, o, ctx) {
    const parts = partsOf(o.of, ctx);
    return compositeResult('ANY_OF', parts.some((p) => p.met), parts.some((p) => p.near), parts);
  },
});
