// Compare one case's evaluation with its labels, and sum the comparisons into precision/recall, accuracy and MAE.
import type { Evaluation } from '../../types.js';
import type { CaseResult, RequirementCheck, RequirementStats, TestSummary } from '../../report/rubric-types.js';
import { DEFAULT_TOLERANCE_YEARS, type Case } from './rubric-cases.js';

export type { CaseResult, RequirementCheck, RequirementStats, TestSummary };

function checkRequirement(id: string, want: Case['requirements'][string], evaluation?: Evaluation): RequirementCheck {
  const outcome = evaluation?.outcomes.find((o) => o.requirementId === id);
  const check: RequirementCheck = { requirementId: id, expectedMet: want.met, problems: [] };
  if (want.value !== undefined) {
    check.expectedValue = want.value;
    check.tolerance = want.tolerance ?? DEFAULT_TOLERANCE_YEARS;
  }
  if (!evaluation) return check;
  if (!outcome) {
    check.problems.push('missing');
    return check;
  }
  check.actualMet = outcome.met;
  if (outcome.value !== undefined) check.actualValue = outcome.value;
  if (outcome.met !== want.met) check.problems.push('met');
  if (check.expectedValue !== undefined) {
    const off = outcome.value === undefined ? Infinity : Math.abs(outcome.value - check.expectedValue);
    if (off > (check.tolerance ?? 0) + 1e-9) check.problems.push('value');
  }
  return check;
}

export function compareCase(c: Case, evaluation: Evaluation | undefined, error?: string): CaseResult {
  const checks = Object.entries(c.requirements).map(([id, want]) => checkRequirement(id, want, evaluation));
  const result: CaseResult = { file: c.file, expectedVerdict: c.verdict, checks, passed: false };
  if (c.line !== undefined) result.line = c.line;
  if (error !== undefined) result.error = error;
  if (evaluation?.verdict) result.actualVerdict = evaluation.verdict;
  if (evaluation?.score !== undefined) result.score = evaluation.score;
  result.passed = error === undefined && result.actualVerdict === c.verdict && checks.every((k) => k.problems.length === 0);
  return result;
}

export function summarise(results: readonly CaseResult[]): TestSummary {
  const stats = new Map<string, RequirementStats>();
  let absError = 0;
  let yearsCount = 0;
  for (const r of results) {
    for (const k of r.checks) {
      const s = stats.get(k.requirementId) ?? { requirementId: k.requirementId, tp: 0, fp: 0, fn: 0, tn: 0 };
      stats.set(k.requirementId, s);
      // An unread résumé predicts nothing met.
      const got = k.actualMet ?? false;
      if (got && k.expectedMet) s.tp++;
      else if (got) s.fp++;
      else if (k.expectedMet) s.fn++;
      else s.tn++;
      if (k.expectedValue !== undefined && k.actualValue !== undefined) {
        absError += Math.abs(k.actualValue - k.expectedValue);
        yearsCount++;
      }
    }
  }
  for (const s of stats.values()) {
    if (s.tp + s.fp > 0) s.precision = s.tp / (s.tp + s.fp);
    if (s.tp + s.fn > 0) s.recall = s.tp / (s.tp + s.fn);
  }
  const verdictCorrect = results.filter((r) => r.actualVerdict === r.expectedVerdict).length;
  const summary: TestSummary = {
    cases: results.length,
    failed: results.filter((r) => !r.passed).length,
    verdictCorrect,
    verdictAccuracy: results.length ? verdictCorrect / results.length : 0,
    yearsCount,
    requirements: [...stats.values()],
  };
  if (yearsCount) summary.yearsMae = absError / yearsCount;
  return summary;
}
