// Result shapes of `rubric test` and `rubric diff`, shared by the commands (src/cli/run) and their formatters.
import type { Verdict } from '../types.js';

export interface RequirementCheck {
  requirementId: string;
  expectedMet: boolean;
  actualMet?: boolean;
  expectedValue?: number;
  actualValue?: number;
  tolerance?: number;
  /** What differed: the met flag, the value beyond tolerance, or the requirement missing from the rubric. */
  problems: ('met' | 'value' | 'missing')[];
}

export interface CaseResult {
  file: string;
  expectedVerdict: Verdict;
  actualVerdict?: Verdict;
  score?: number;
  /** Stable error code when the résumé could not be read. */
  error?: string;
  checks: RequirementCheck[];
  passed: boolean;
}

export interface RequirementStats {
  requirementId: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** undefined when nothing was predicted met (no denominator). */
  precision?: number;
  recall?: number;
}

export interface TestSummary {
  cases: number;
  failed: number;
  verdictCorrect: number;
  verdictAccuracy: number;
  /** Mean absolute error of years values over the labels that give one. */
  yearsMae?: number;
  yearsCount: number;
  requirements: RequirementStats[];
}

export interface TestReport {
  rubric: string;
  casesFile: string;
  results: CaseResult[];
  summary: TestSummary;
}
