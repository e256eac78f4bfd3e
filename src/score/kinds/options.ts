// The option schemas of every requirement kind (zod), kept apart from the kinds' evaluate functions: the rubric
// loader validates and defaults options with these once, in the parent; a child that scores résumés receives the
// validated rubric and never loads zod. Evaluators import only the option *types* below.
import { z } from 'zod';
import { TermObject } from '../../rubric/terms.js';
import { DEFAULT_SECTIONS, SECTION_KINDS } from '../scope.js';
import type { KindName } from './index.js';
import { compilePattern } from './re2.js';

/** Which lines a keyword or pattern requirement looks at (see scope.ts). */
const ScopeShape = {
  sections: z
    .array(z.enum(SECTION_KINDS))
    .min(1)
    .default(DEFAULT_SECTIONS)
    .describe('sections whose lines count (default: experience, projects)'),
  weak_sections: z
    .array(z.enum(SECTION_KINDS))
    .default([])
    .describe('sections whose hits only make a near miss (e.g. skills): review, not pass'),
  in_category: z.string().optional().describe('only lines of jobs counted for this role category'),
};

const yearsShape = {
  category: z.string().min(1).describe('role category id (see `roles`)'),
  min: z.number().nonnegative().describe('minimum years'),
  max: z.number().nonnegative().optional().describe('maximum years (a cap is an age proxy: lint warns)'),
  within_years: z.number().positive().optional().describe('count only the last N years before the as-of date'),
  margin: z.number().nonnegative().optional().describe('near-miss margin in years (default: bands.margin)'),
};

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

const keywordsShape = {
  any: z.array(KeywordTerm).optional().describe('terms of which at least `min_count` must be found'),
  all: z.array(KeywordTerm).optional().describe('terms that must all be found'),
  min_count: z.number().int().positive().default(1).describe('distinct `any` terms needed (default 1)'),
  ...ScopeShape,
};

const PatternSource = z
  .string()
  .min(1)
  .superRefine((p, ctx) => {
    const r = compilePattern(p, true);
    if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: `invalid RE2 pattern: ${r}`, params: { code: 'BAD_PATTERN' } });
  })
  .describe('RE2 syntax (no backreferences or lookaround); matched per line');

const patternShape = {
  pattern: PatternSource,
  case_sensitive: z.boolean().default(false),
  min_count: z.number().int().positive().default(1).describe('matching lines needed (default 1)'),
  ...ScopeShape,
};

const compositeShape = {
  of: z.array(z.string().min(1)).min(1).describe('ids of the requirements this one combines'),
};

/** Option fields of each kind, merged into the requirement object (unknown keys are rubric errors). */
export const KIND_SHAPES = {
  years: yearsShape,
  keywords: keywordsShape,
  pattern: patternShape,
  any_of: compositeShape,
  all_of: compositeShape,
} satisfies Record<KindName, z.ZodRawShape>;

type Output<S extends z.ZodRawShape> = z.output<z.ZodObject<S>>;
export type YearsOptions = Output<typeof yearsShape>;
export type KeywordsOptions = Output<typeof keywordsShape>;
export type KeywordTerm = z.output<typeof KeywordTerm>;
export type PatternOptions = Output<typeof patternShape>;
export type CompositeOptions = Output<typeof compositeShape>;
