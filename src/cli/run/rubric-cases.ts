// The cases file of `rubric test`: labelled résumés with expected verdicts and requirement outcomes.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { indexNodes } from '../../rubric/positions.js';
import { pathKey } from '../../rubric/types.js';
import { z } from 'zod';
import { CliError } from '../fatal.js';

/** Years within this much of the label count as equal when a case gives a value without a tolerance (3 months). */
export const DEFAULT_TOLERANCE_YEARS = 0.25;

const Expectation = z.strictObject({
  met: z.boolean(),
  value: z.number().optional(),
  tolerance: z.number().nonnegative().optional(),
});

const CasesFile = z.strictObject({
  rubric: z.string().optional(),
  asOf: z.union([z.string(), z.date()]).optional(),
  cases: z
    .array(
      z.strictObject({
        file: z.string().min(1),
        verdict: z.enum(['pass', 'review', 'fail']),
        requirements: z.record(z.string(), Expectation).default({}),
      }),
    )
    .min(1),
});

export type CaseExpectation = z.output<typeof Expectation>;
export interface Case {
  /** As written in the cases file (for names in reports). */
  file: string;
  /** Resolved against the cases file's folder. */
  abs: string;
  verdict: 'pass' | 'review' | 'fail';
  requirements: Record<string, CaseExpectation>;
  /** Where the case starts in the cases file. */
  line?: number;
}
export interface Cases {
  path: string;
  asOf?: string | Date;
  cases: Case[];
}

/**
 * Default cases file for a rubric: `<name>.cases.yaml` next to the rubric (a team's rubric and its labels travel
 * together), else `fixtures/cases/<rubric id>.cases.yaml` under the current folder (this project's layout).
 */
export function defaultCasesPath(rubricPath: string, rubricId: string): string {
  const beside = join(dirname(rubricPath), `${basename(rubricPath, extname(rubricPath))}.cases.yaml`);
  if (existsSync(beside)) return beside;
  return join('fixtures', 'cases', `${rubricId}.cases.yaml`);
}

export function loadCases(path: string): Cases {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError('NOT_FOUND', `cannot read cases file ${path}`, 2);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) throw new CliError('BAD_CASES', `${path}: ${yamlError.message.split('\n')[0] ?? yamlError.code}`, 2);
  const parsed = CasesFile.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CliError('BAD_CASES', `${path}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`, 2);
  }
  const dir = dirname(resolve(path));
  const lines = indexNodes(doc, lineCounter).values;
  const cases = parsed.data.cases.map((c, i) => {
    const pos = lines[pathKey(['cases', i])];
    return { ...c, abs: resolve(dir, c.file), ...(pos ? { line: pos.line } : {}) };
  });
  return { path, asOf: parsed.data.asOf, cases };
}
