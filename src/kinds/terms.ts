// Term entries as a rubric writes them (a bare string, or an object with synonyms and false friends), for the
// `keywords` kind and the role categories alike.
import { z } from 'zod';

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
