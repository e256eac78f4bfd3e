// `any_of` / `all_of` options (zod), shared by both kinds; the rubric loader applies them.
import { z } from 'zod';

export const compositeShape = {
  of: z.array(z.string().min(1)).min(1).describe('ids of the requirements this one combines'),
};

export type CompositeOptions = z.output<z.ZodObject<typeof compositeShape>>;
