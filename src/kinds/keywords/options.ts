// `keywords` options (zod), applied by the rubric loader; evaluate.ts takes them validated.
import { z } from 'zod';
import { TermObject } from '../terms.js';
import { ScopeShape } from '../scope-options.js';

/**
 * A term that is also an everyday word ("Copilot" of an aircraft, "Codex" as a product name) counts only on a line
 * that also shows the context the rubric asks for (`requires`); otherwise the hit is reported as `ambiguous`.
 */
const KeywordTerm = z.union([
  z.string().min(1),
  TermObject.extend({
    requires: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('context words, one of which must be on the same line for this term to count'),
  }),
]);

export const keywordsShape = {
  any: z.array(KeywordTerm).optional().describe('terms of which at least `min_count` must be found'),
  all: z.array(KeywordTerm).optional().describe('terms that must all be found'),
  min_count: z.number().int().positive().default(1).describe('distinct `any` terms needed (default 1)'),
  ...ScopeShape,
};

export type KeywordTerm = z.output<typeof KeywordTerm>;
export type KeywordsOptions = z.output<z.ZodObject<typeof keywordsShape>>;
