// The options every line-scanning kind (keywords, pattern) shares: which sections' lines count.
import { z } from 'zod';
import { DEFAULT_SECTIONS, SECTION_KINDS } from './scope.js';

/** Which lines a keyword or pattern requirement looks at (see scope.ts). */
export const ScopeShape = {
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
