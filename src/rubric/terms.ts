// Term entries as a rubric writes them: a bare string, or an object with synonyms and false friends.
import { z } from 'zod';
import type { TermSpec } from '../types.js';

export const TermObject = z
  .strictObject({
    term: z.string().min(1).describe('canonical term, reported as the match'),
    synonyms: z.array(z.string().min(1)).optional().describe('other spellings that count as this term'),
    exclude: z
      .array(z.string().min(1))
      .optional()
      .describe('phrases around a hit that make it a false friend ("cursor-based pagination")'),
    stem: z.boolean().optional().describe('Porter-stem single words (never terms like C++ or Node.js)'),
    case_sensitive: z.boolean().optional(),
  })
  .describe('a term with synonyms and exclusions');

export const TermInput = z.union([z.string().min(1), TermObject]);
export type TermInput = z.output<typeof TermInput>;

export const TermList = z.array(TermInput);

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
