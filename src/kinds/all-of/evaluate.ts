// `all_of`: met when every listed requirement is met; near when each is met or near.
import { defineKind } from '../kind.js';
import { compositeRefs, compositeResult, partsOf } from '../composite.js';
import type { CompositeOptions } from '../composite-options.js';

export const allOf = defineKind<CompositeOptions>({
  refs: compositeRefs,
  evaluate(_profile, o, ctx) {
    const parts = partsOf(o.of, ctx);
    return compositeResult('ALL_OF', parts.every((p) => p.met), parts.every((p) => p.met || p.near), parts);
  },
});
