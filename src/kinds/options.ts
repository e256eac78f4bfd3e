// The option schemas of the requirement kinds (zod), from each kind's folder: the other half of the registry.
// The rubric loader validates and defaults options with these once, in the parent; a child that scores résumés
// receives the validated rubric and never loads zod (evaluators import only the option types).
import type { z } from 'zod';
import { allOfShape } from './all-of/options.js';
import { anyOfShape } from './any-of/options.js';
import type { KindName } from './registry.js';
import { keywordsShape } from './keywords/options.js';
import { patternShape } from './pattern/options.js';
import { yearsShape } from './years/options.js';

/** Option fields of each kind, merged into the requirement object (unknown keys are rubric errors). */
export const KIND_SHAPES = {
  years: yearsShape,
  keywords: keywordsShape,
  pattern: patternShape,
  any_of: anyOfShape,
  all_of: allOfShape,
} satisfies Record<KindName, z.ZodRawShape>;
