// `all_of`: met when every listed requirement is met; near when each is met or near.
import type { Profile } from '../../types.js';
import { compositeResult, partsOf } from '../composite.js';
import type { AllOfOptions } from './options.js';
import type { KindContext, KindResult } from '../kind.js';
import { ALL_OF_RESULT_CODES, type AllOfCode } from './codes.js';

export function evaluateAllOf(_profile: Profile, o: AllOfOptions, ctx: KindContext): KindResult<AllOfCode> {
  const parts = partsOf(o.of, ctx);
  return compositeResult(ALL_OF_RESULT_CODES, parts.every((p) => p.met), parts.every((p) => p.met || p.near), parts);
}
