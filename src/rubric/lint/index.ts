// `rubric lint`: schema errors from the loader (all at once), then the semantic rules of ./rules on a valid rubric.
import { loadRubric } from '../load.js';
import { RubricError, type Rubric } from '../types.js';
import { LINT_RULES } from './rules/index.js';
import type { LintFinding, LintResult } from './types.js';

export type { LintFinding, LintResult, LintRule, LintSeverity } from './types.js';
export { LINT_RULES } from './rules/index.js';

/** Semantic findings on an already valid rubric, sorted by position. */
export function lintRubric(rubric: Rubric): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const rule of Object.values(LINT_RULES)) {
    for (const f of rule.check(rubric)) findings.push({ file: rubric.source, severity: rule.severity, code: rule.code, ...f });
  }
  return findings.sort((a, b) => a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}

/**
 * 1. Load and validate; schema errors are the findings (semantic rules need a valid rubric).
 * 2. Run the semantic rules.
 * An unreadable file (NOT_FOUND, TOO_LARGE) is still thrown: that is an I/O error (exit 2), not a lint failure.
 */
export async function lintRubricFile(path: string): Promise<LintResult> {
  try {
    const rubric = await loadRubric(path);
    return { file: path, findings: lintRubric(rubric) };
  } catch (err) {
    if (!(err instanceof RubricError) || err.diagnostics.some((d) => d.code === 'NOT_FOUND')) throw err;
    const findings = err.diagnostics.map((d) => ({
      file: d.file, line: d.line, col: d.col, severity: 'error' as const, code: d.code, data: { message: d.message },
    }));
    return { file: path, findings };
  }
}
