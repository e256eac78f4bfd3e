// `rubric diff` end to end, in-process: the shipped rubric against a copy with applied-ml-years raised to 8 years.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { resetExitCodeAfterEach, runInProcess } from './helpers/in-process.js';

const RUBRIC = 'rubrics/em-user-understanding.yaml';
const CASES = 'fixtures/cases/em-user-understanding.cases.yaml';
/** The shipped rubric's near-miss margin (bands.margin): this far below a years minimum is review, not fail. */
const MARGIN = 0.5;
const NEW_MIN = 8;

const run = runInProcess;
resetExitCodeAfterEach();

interface LabelledCase {
  file: string;
  verdict: 'pass' | 'review' | 'fail';
  requirements: Record<string, { met: boolean; value?: number }>;
}

/**
 * The verdict each labelled résumé gets once applied-ml-years needs 8 years, from the labels alone: below
 * 8 − margin the must-have is clearly unmet (fail); within the margin a pass becomes review; a fail stays a fail.
 */
function expectedVerdictAfter(c: LabelledCase): string {
  const years = c.requirements['applied-ml-years']?.value;
  if (years === undefined || c.verdict === 'fail' || years >= NEW_MIN) return c.verdict;
  return years < NEW_MIN - MARGIN ? 'fail' : 'review';
}

describe('rubric diff', () => {
  let newRubric = '';
  let cases: LabelledCase[] = [];
  let files: string[] = [];
  let report: { rows: { file: string; verdictChanged: boolean; oldVerdict: string; newVerdict: string }[]; transitions: Record<string, number> };
  let code = 0;

  beforeAll(async () => {
    const text = readFileSync(RUBRIC, 'utf8');
    const raised = text.replace(/(- id: applied-ml-years\n(?: {4}.*\n)*? {4}min: )6\n/, `$1${NEW_MIN}\n`);
    expect(raised).not.toBe(text);
    newRubric = join(mkdtempSync(join(tmpdir(), 'rs-rubric-diff-')), 'raised.yaml');
    writeFileSync(newRubric, raised);
    cases = (parse(readFileSync(CASES, 'utf8')) as { cases: LabelledCase[] }).cases;
    files = cases.map((c) => relative(process.cwd(), resolve(dirname(CASES), c.file)));
    const r = await run(['rubric', 'diff', RUBRIC, newRubric, ...files, '--as-of', '2026-11-01', '--format', 'json', '--fail-on', 'verdict']);
    report = JSON.parse(r.stdout) as typeof report;
    code = r.code;
  }, 50_000);

  it('lists exactly the labelled résumés whose verdict the labels say must change', () => {
    const expected = cases.filter((c) => expectedVerdictAfter(c) !== c.verdict);
    expect(expected.length).toBeGreaterThan(0);
    const changed = report.rows.filter((r) => r.verdictChanged);
    expect(changed.map((r) => r.file).sort()).toEqual(files.filter((_, i) => expected.includes(cases[i] as LabelledCase)).sort());
    for (const r of changed) {
      const c = cases[files.indexOf(r.file)];
      expect(r.newVerdict).toBe(c ? expectedVerdictAfter(c) : '?');
    }
  });

  it('counts the transitions and fails the --fail-on verdict gate', () => {
    const total = Object.values(report.transitions).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.rows.filter((r) => r.verdictChanged).length);
    expect(code).toBe(1);
  });

  it('reports no change and exit 0 for a rubric against itself, in markdown', async () => {
    const r = await run(['rubric', 'diff', RUBRIC, RUBRIC, files[0] ?? '', '--format', 'markdown', '--fail-on', 'any']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 résumé, 0 changed: no verdict changes');
    expect(r.stdout).not.toContain('| --- |');
  });

  it('exits 2 when no résumé is found', async () => {
    const r = await run(['rubric', 'diff', RUBRIC, RUBRIC, 'no/such/folder']);
    expect(r.code).toBe(2);
  });
});
