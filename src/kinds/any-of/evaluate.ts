// `any_of`: met when at least one of the listed requirements is met; near when none is met but one is near.
import type { Profile } from '../../types.js';
import { compositeResult, partsOf } from '../composite.js';
import type { AnyOfOptions } from './options.js';
import type { KindContext, KindResult } from '../kind.js';
import { ANY_OF_RESULT_CODES, type AnyOfCode } from './codes.js';

export function evaluateAnyOf(_profile: Profile, o: AnyOfOptions, ctx: KindContext): KindResult<AnyOfCode> {
  const parts = partsOf(o.of, ctx);
  return compositeResult(ANY_OF_RESULT_CODES, parts.some((p) => p.met), parts.some((p) => p.near), parts);
}
