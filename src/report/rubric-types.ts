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
  /** Line of the case in the cases file (for annotations). */
  line?: number;
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

/** A requirement's outcome reduced to what a reviewer compares: met, near miss, or not met. */
export type OutcomeState = 'met' | 'near' | 'unmet';

export interface RequirementChange {
  requirementId: string;
  /** undefined when the requirement is not in that rubric. */
  old?: OutcomeState;
  new?: OutcomeState;
}

export interface DiffRow {
  file: string;
  /** Stable error code when the résumé could not be read (it is listed, never silently dropped). */
  error?: string;
  oldVerdict?: Verdict;
  newVerdict?: Verdict;
  oldScore?: number;
  newScore?: number;
  verdictChanged: boolean;
  requirementChanges: RequirementChange[];
}

export interface DiffReport {
  oldRubric: string;
  newRubric: string;
  /** Every résumé read, changed or not. */
  rows: DiffRow[];
  /** "pass → review" → how many. */
  transitions: Record<string, number>;
  changed: number;
  unreadable: number;
  skipped: number;
}
