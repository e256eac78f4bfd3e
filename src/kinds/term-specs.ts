// Rubric term entries (terms.ts) → the matcher's TermSpec. Apart from the zod schema, so the scorer can use it
// in a child process without loading zod.
import type { TermSpec } from '../types.js';
import type { TermInput } from './terms.js';

export function toTermSpec(input: TermInput): TermSpec {
  if (typeof input === 'string') return { term: input };
  const spec: TermSpec = { term: input.term };
  if (input.synonyms) spec.synonyms = input.synonyms;
  if (input.exclude) spec.exclude = input.exclude;
  if (input.stem !== undefined) spec.stem = input.stem;
  if (input.case_sensitive !== undefined) spec.caseSensitive = input.case_sensitive;
  return spec;
}

export function toTermSpecs(inputs: readonly TermInput[] | undefined): TermSpec[] {
  return (inputs ?? []).map(toTermSpec);
}
