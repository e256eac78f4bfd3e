// Hand-made rows for the formatter tests (fictional file names; evidence text written for the test).
import type { Outcome } from '../../src/types.js';
import type { ReportInput, ReportRow } from '../../src/report/types.js';

function outcome(id: string, met: boolean, value?: number, extra: Partial<Outcome> = {}): Outcome {
  const o: Outcome = { requirementId: id, kind: id.endsWith('years') ? 'years' : 'keywords', must: true, weight: 1, met, near: false, code: met ? 'YEARS_MET' : 'YEARS_BELOW_MIN', data: {}, evidence: [], ...extra };
  if (value !== undefined) o.value = value;
  return o;
}

export function scored(file: string, verdict: 'pass' | 'review' | 'fail', score: number, years = 7, evidenceText = 'Led the ranking team at Northwind'): ReportRow {
  return {
    file,
    status: 'scored',
    verdict,
    score,
    sha256: `sha-${file}`,
    outcomes: [
      outcome('applied-ml-years', years >= 6, years, { evidence: [{ text: evidenceText, line: 4, page: 1 }], data: { years, category: 'applied-ml', min: 6 } }),
      outcome('recsys-or-ads', verdict !== 'fail'),
      outcome('technical-leadership', true, 2, { must: false, weight: 2 }),
    ],
    warnings: [],
  };
}

export function failed(file: string, code: 'ENCRYPTED' | 'CORRUPT', message: string): ReportRow {
  return { file, status: 'error', outcomes: [], error: { code, message }, warnings: [] };
}

export function sampleInput(rows: ReportRow[]): ReportInput {
  return {
    rows,
    skipped: [{ file: 'photo.png', code: 'SKIPPED_EXTENSION' }],
    meta: { tool: { name: 'resume-screen', version: '0.1.0' }, rubric: { id: 'em', path: 'rubrics/em.yaml', sha256: 'abc' }, asOf: '2026-11-01' },
  };
}

export const MIXED: ReportRow[] = [
  failed('locked.pdf', 'ENCRYPTED', 'password-protected PDF: cannot be read without the password'),
  scored('b-review.pdf', 'review', 55, 5.5),
  scored('c-fail.pdf', 'fail', 20, 1),
  scored('a-pass-low.pdf', 'pass', 71),
  scored('a-pass-high.docx', 'pass', 93, 9.25),
];
