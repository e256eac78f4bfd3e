// `any_of`: met when at least one of the listed requirements is met; near when none is met but one is near.
import { defineKind } from './kind.js';
import { compositeRefs, compositeResult, compositeShape, partsOf } from './composite.js';

export const anyOf = defineKind({
  shape: compositeShape,
  refs: compositeRefs,
  evaluate(_profile, o, ctx) {
    const parts = partsOf(o.of, ctx);
    return compositeResult('ANY_OF', parts.some((p) => p.met), parts.some((p) => p.near), parts);
  },
});
