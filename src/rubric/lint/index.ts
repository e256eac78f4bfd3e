// `rubric lint`: schema errors from the loader (all at once), then the semantic rules of ./rules on a valid rubric.
import { readFile } from 'node:fs/promises';
import { loadRubric, RubricSchemaError } from '../load.js';
import { salvageRubric } from './salvage.js';
import { RubricError, type Rubric } from '../types.js';
import { LINT_RULES } from './rules/index.js';
import type { LintFinding, LintResult } from './types.js';

export type { LintFinding, LintResult, LintRule, LintSeverity } from './types.js';
export { LINT_RULES } from './rules/index.js';

/** Rules that weigh the whole rubric: on a salvaged one (broken nodes pruned, defaults filled) they would mislead. */
const WHOLE_RUBRIC_RULES: ReadonlySet<string> = new Set(['unreachable-band']);

const byPosition = (a: LintFinding, b: LintFinding): number => a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);

/** Semantic findings on an already valid rubric (or the salvaged part of a broken one), sorted by position. */
export function lintRubric(rubric: Rubric, salvaged = false): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const rule of Object.values(LINT_RULES)) {
    if (salvaged && WHOLE_RUBRIC_RULES.has(rule.code)) continue;
    for (const f of rule.check(rubric)) findings.push({ file: rubric.source, severity: rule.severity, code: rule.code, ...f });
  }
  return findings.sort(byPosition);
}

/** Findings of the rules that read how the file is written (its text), on a well-formed YAML file. */
export function lintText(text: string, file: string): LintFinding[] {
  return Object.values(LINT_RULES).flatMap((rule) =>
    (rule.checkText?.(text) ?? []).map((f) => ({ file, severity: rule.severity, code: rule.code, ...f })),
  );
}

/**
 * 1. Load and validate; schema errors are findings.
 * 2. Run the semantic rules: on the rubric, or on what is left of it once the broken nodes are pruned.
 * 3. Run the rules on the file's text (quoting), whenever the YAML itself is well-formed.
 * An unreadable file (NOT_FOUND, TOO_LARGE) is still thrown: that is an I/O error (exit 2), not a lint failure.
 */
export async function lintRubricFile(path: string): Promise<LintResult> {
  try {
    const rubric = await loadRubric(path);
    const findings = [...lintRubric(rubric), ...lintText(await readFile(path, 'utf8'), path)];
    return { file: path, findings: findings.sort(byPosition) };
  } catch (err) {
    if (!(err instanceof RubricError) || err.diagnostics.some((d) => d.code === 'NOT_FOUND')) throw err;
    const findings: LintFinding[] = err.diagnostics.map((d) => ({
      file: d.file, line: d.line, col: d.col, severity: 'error' as const, code: d.code, data: { message: d.message },
    }));
    if (err instanceof RubricSchemaError) {
      const { raw, index, sha256 } = err.partial;
      const salvaged = salvageRubric(raw, index, path, sha256);
      if (salvaged) findings.push(...lintRubric(salvaged, true));
      findings.push(...lintText(await readFile(path, 'utf8'), path));
    }
    return { file: path, findings: findings.sort(byPosition) };
  }
}
