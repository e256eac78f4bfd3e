// `years` options (zod), applied by the rubric loader; evaluate.ts takes them validated.
import { z } from 'zod';

export const yearsShape = {
  category: z.string().min(1).describe('role category id (see `roles`)'),
  min: z.number().nonnegative().describe('minimum years'),
  max: z.number().nonnegative().optional().describe('maximum years (a cap is an age proxy: lint warns)'),
  within_years: z.number().positive().optional().describe('count only the last N years before the as-of date'),
  margin: z.number().nonnegative().optional().describe('near-miss margin in years (default: bands.margin)'),
};

export type YearsOptions = z.output<z.ZodObject<typeof yearsShape>>;
