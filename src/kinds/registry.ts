// The registry of requirement kinds: a plain object map, one module per kind (DESIGN.md §6.2).
// Adding a kind = its evaluate module + one line here, and its `<kind>-options.ts` + one line in options.ts (the
// rubric schema and the JSON Schema pick that up; the type checker insists both lists name the same kinds).
import { allOf } from './all-of/evaluate.js';
import { anyOf } from './any-of/evaluate.js';
import type { Kind } from './kind.js';
import { keywords } from './keywords/evaluate.js';
import { pattern } from './pattern/evaluate.js';
import { years } from './years/evaluate.js';

export const KINDS = {
  years,
  keywords,
  pattern,
  any_of: anyOf,
  all_of: allOf,
} satisfies Record<string, Kind>;

export type KindName = keyof typeof KINDS;

export function kindOf(name: string): Kind | undefined {
  return Object.hasOwn(KINDS, name) ? KINDS[name as KindName] : undefined;
}

export type { Kind, KindContext, KindResult } from './kind.js';
