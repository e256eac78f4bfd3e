// The rubric file format, as a zod schema. The JSON Schema for editors is generated from this (test/tools/rubric-schema.ts).
import { MAX_REQUIREMENTS } from './limits.js';
import { z } from 'zod';
import { KIND_SHAPES } from '../kinds/options.js';
import { compilePattern } from '../match/re2.js';
import { TermList } from '../kinds/terms.js';

/** Ids appear in CI configs and reports: keep them plain. */
const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "-", "_" or "." (not first)');

const JOB_KINDS = ['employment', 'academic', 'internship', 'volunteer', 'military', 'unknown'] as const;

const EvidencePatternSchema = z
  .strictObject({
    name: z.string().min(1).describe('the evidence term this pattern stands for (distinct names count separately)'),
    pattern: z
      .string()
      .min(1)
      .superRefine((p, ctx) => {
        const r = compilePattern(p, true);
        if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: `invalid RE2 pattern: ${r}`, params: { code: 'BAD_PATTERN' } });
      })
      .describe('RE2 syntax, matched per body line'),
    case_sensitive: z.boolean().default(false),
  })
  .describe('a pattern that counts as one evidence term ("team of 7", "oversaw 40 engineers")');

export const CREDIT_DEFAULT = { title_only: 'flag', title_evidence: 1 } as const;

const CreditSchema = z
  .strictObject({
    title_only: z
      .enum(['count', 'flag', 'ignore'])
      .default(CREDIT_DEFAULT.title_only)
      .describe('a matching title without evidence: count it, count it flagged TITLE_ONLY (years met only so are review), or ignore it'),
    title_evidence: z
      .number()
      .int()
      .positive()
      .default(CREDIT_DEFAULT.title_evidence)
      .describe('distinct evidence terms in the job that confirm a matching title'),
  })
  .describe('how a job counts from its title and its own text together');

export const RoleSchema = z
  .strictObject({
    description: z.string().optional(),
    titles: TermList.default([]).describe('a job whose title matches one of these counts'),
    title_exclude: TermList.default([]).describe('titles that never count, even when a `titles` term or evidence matches'),
    title_exclude_unless_evidence: TermList.default([])
      .describe('titles that count only when the job text shows `min_evidence` terms ("Project Director", "Tech Lead")'),
    evidence: TermList.default([]).describe('body lines that show a job is of this kind'),
    title_support: TermList.default([])
      .describe('weaker evidence: backs a matching title but never makes a job count alone ("churn models", "recommendations")'),
    evidence_patterns: z.array(EvidencePatternSchema).default([]).describe('patterns that count as evidence terms'),
    evidence_exclude: TermList.default([]).describe('phrases that are not evidence (false friends)'),
    min_evidence: z.number().int().nonnegative().default(0).describe('distinct evidence hits that make an unmatched title count (0 = titles only)'),
    credit: CreditSchema.default(CREDIT_DEFAULT),
    kinds: z.array(z.enum(JOB_KINDS)).min(1).default(['employment']).describe('job kinds whose time counts'),
  })
  .describe('a role category: what counts as, e.g., an applied-ML job');

const RequirementBase = z.strictObject({
  id: Id.describe('stable id; CI configs and reports refer to it'),
  description: z.string().optional(),
  must: z.boolean().default(false).describe('a must-have: unmet means fail, near means review'),
  weight: z.number().nonnegative().default(1).describe('share of the score (default 1; 0 = verdict only)'),
});

const variants = Object.entries(KIND_SHAPES).map(([name, shape]) =>
  RequirementBase.extend({ kind: z.literal(name), ...shape }),
);
const [first, ...rest] = variants;
if (!first) throw new Error('no requirement kinds registered');

export const RequirementSchema = z.discriminatedUnion('kind', [first, ...rest]);

export const BandsSchema = z.strictObject({
  pass_score: z.number().min(0).max(100).default(0).describe('score needed for pass once every must-have is met'),
  review_score: z.number().min(0).max(100).default(0).describe('below this score the verdict is fail'),
  margin: z.number().nonnegative().default(0.5).describe('years below a `years` minimum that still count as a near miss'),
});

export const RubricSchema = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    version: z.union([z.string(), z.number()]).describe('version of this rubric, e.g. "1.2"'),
    description: z.string().optional(),
    posting: z
      .string()
      .min(1)
      .optional()
      .describe('the job posting this rubric is written from, a text file (path relative to the rubric): résumé lines that copy it are POSTING_COPY and never count'),
    roles: z.record(Id, RoleSchema).default({}).describe('role categories, keyed by id'),
    requirements: z.array(RequirementSchema).min(1).max(MAX_REQUIREMENTS),
    bands: BandsSchema.default({ pass_score: 0, review_score: 0, margin: 0.5 }),
  })
  .describe('resume-screen rubric');

export type RubricInput = z.output<typeof RubricSchema>;

/** Fields of a requirement that are not the kind's own options. */
export const BASE_FIELDS: readonly string[] = [...Object.keys(RequirementBase.shape), 'kind'];

export function rubricJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RubricSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
