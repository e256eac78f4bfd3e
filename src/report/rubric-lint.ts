// Formatters for `rubric lint`: pure (results, options) => string.
export { LINT_FORMATS, lintFormatForPath, type LintFormat } from './lint-formats.js';
import type { LintFinding, LintResult } from '../rubric/lint/index.js';
import type { LintFormat } from './lint-formats.js';
import { escapeData, escapeProperty } from './github-commands.js';
import { describeLint } from './messages.js';
import { formatLintSarif, type SarifOptions } from './rubric-lint-sarif.js';

/** Errors only (`--quiet`): the warnings are still counted by the gate, just not printed. */
export function errorsOnly(results: readonly LintResult[]): LintResult[] {
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
}

function counts(results: readonly LintResult[]): { errors: number; warnings: number } {
  const all = results.flatMap((r) => r.findings);
  return { errors: all.filter((f) => f.severity === 'error').length, warnings: all.filter((f) => f.severity === 'warning').length };
}

/** `file:line:col severity code message`, one per line, then a count. */
function stylish(results: readonly LintResult[]): string {
  const lines = results.flatMap((r) => r.findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.severity} ${f.code} ${describeLint(f)}`));
  const { errors, warnings } = counts(results);
  const files = results.length;
  lines.push(`${files} rubric${files === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

function githubLine(f: LintFinding, relativePath: (file: string) => string): string {
  return `::${f.severity} file=${escapeProperty(relativePath(f.file))},line=${f.line},col=${f.col}::${escapeData(`${f.code} ${describeLint(f)}`)}`;
}

export function formatLint(results: readonly LintResult[], format: LintFormat, options: SarifOptions): string {
  if (format === 'sarif') return formatLintSarif(results, options);
  if (format === 'json') {
    const withMessages = results.map((r) => ({ file: r.file, findings: r.findings.map((f) => ({ ...f, message: describeLint(f) })) }));
    return `${JSON.stringify({ results: withMessages, ...counts(results) }, null, 2)}\n`;
  }
  if (format === 'github') {
    const lines = results.flatMap((r) => r.findings.map((f) => githubLine(f, options.relativePath)));
    return lines.length ? `${lines.join('\n')}\n` : '';
  }
  return stylish(results);
}

export function lintHasErrors(results: readonly LintResult[]): boolean {
  return counts(results).errors > 0;
}

export function lintWarningCount(results: readonly LintResult[]): number {
  return counts(results).warnings;
}
