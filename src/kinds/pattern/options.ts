// `pattern` options (zod), applied by the rubric loader; evaluate.ts takes them validated.
import { z } from 'zod';
import { compilePattern } from '../../match/re2.js';
import { ScopeShape } from '../scope-options.js';

const PatternSource = z
  .string()
  .min(1)
  .superRefine((p, ctx) => {
    const r = compilePattern(p, true);
    if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: `invalid RE2 pattern: ${r}`, params: { code: 'BAD_PATTERN' } });
  })
  .describe('RE2 syntax (no backreferences or lookaround); matched per line');

export const patternShape = {
  pattern: PatternSource,
  case_sensitive: z.boolean().default(false),
  min_count: z.number().int().positive().default(1).describe('matching lines needed (default 1)'),
  ...ScopeShape,
};

export type PatternOptions = z.output<z.ZodObject<typeof patternShape>>;
