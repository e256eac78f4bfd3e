// The labelled set: every case of fixtures/cases/em-user-understanding.cases.yaml through extract → profile → score
// with the shipped rubric. Labels were written from reading the résumés; a mismatch is a defect in the tool.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { extractFile } from '../../src/extract/index.js';
import { buildProfile } from '../../src/profile/index.js';
import { loadRubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import type { Evaluation } from '../../src/types.js';

const CASES_FILE = 'fixtures/cases/em-user-understanding.cases.yaml';

const Expectation = z.object({ met: z.boolean(), value: z.number().optional(), tolerance: z.number().optional() });
const CasesFile = z.object({
  rubric: z.string(),
  asOf: z.union([z.string(), z.date()]),
  cases: z.array(z.object({ file: z.string(), verdict: z.enum(['pass', 'review', 'fail']), requirements: z.record(z.string(), Expectation).default({}) })),
});
type Case = z.output<typeof CasesFile>['cases'][number];

/** Default tolerance for years values when a label gives none: a quarter year (one quarter of month rounding). */
const DEFAULT_TOLERANCE = 0.25;

function asOfOf(v: string | Date): { year: number; month: number } {
  const s = v instanceof Date ? v.toISOString() : v;
  const m = /^(\d{4})-(\d{2})/.exec(s);
  if (!m) throw new Error(`bad asOf ${s}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** Differences between what the label says and what the tool decided; empty when they agree. */
function differences(c: Case, e: Evaluation): string[] {
  const out: string[] = [];
  if (e.verdict !== c.verdict) out.push(`verdict: expected ${c.verdict}, got ${e.verdict ?? e.status}`);
  for (const [id, want] of Object.entries(c.requirements)) {
    const got = e.outcomes.find((o) => o.requirementId === id);
    if (!got) {
      out.push(`${id}: no outcome`);
      continue;
    }
    if (got.met !== want.met) out.push(`${id}: expected met=${want.met}, got ${got.met} (${got.code}, value ${got.value ?? '-'})`);
    if (want.value !== undefined) {
      const tol = want.tolerance ?? DEFAULT_TOLERANCE;
      if (got.value === undefined || Math.abs(got.value - want.value) > tol)
        out.push(`${id}: expected value ${want.value} ± ${tol}, got ${got.value ?? 'none'}`);
    }
  }
  return out;
}

describe.skipIf(!existsSync(CASES_FILE))('labelled résumés: em-user-understanding', async () => {
  const spec = CasesFile.parse(parse(readFileSync(CASES_FILE, 'utf8')));
  const base = dirname(resolve(CASES_FILE));
  const rubric = await loadRubric(resolve(base, spec.rubric));
  const asOf = asOfOf(spec.asOf);

  it('has at least 30 labelled résumés', () => {
    expect(spec.cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(spec.cases.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const doc = await extractFile(resolve(base, c.file));
    const profile = buildProfile(doc, { asOf, categories: rubric.roles, posting: rubric.posting });
    expect(differences(c, scoreProfile(profile, rubric))).toEqual([]);
  });
});
