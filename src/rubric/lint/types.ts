// Lint findings are data (code + data); wording lives in ./codes.ts and the report formatters.
import type { Rubric } from '../types.js';

export type LintSeverity = 'error' | 'warning';

export interface LintFinding {
  file: string;
  line: number;
  col: number;
  severity: LintSeverity;
  code: string;
  /** Requirement id (or other node) the finding is about, when there is one. */
  requirementId?: string;
  data: Record<string, unknown>;
}

/** One semantic rule: a small module in ./rules, registered in ./rules/index.ts. */
export interface LintRule {
  code: string;
  severity: LintSeverity;
  /** One line on what the rule protects against (shown by `--format json` consumers and docs). */
  description: string;
  check(rubric: Rubric): Omit<LintFinding, 'file' | 'severity' | 'code'>[];
  /** For rules about how the file is written (quoting), which the parsed rubric no longer shows: the file's text. */
  checkText?(text: string): Omit<LintFinding, 'file' | 'severity' | 'code'>[];
}

export interface LintResult {
  file: string;
  findings: LintFinding[];
}
