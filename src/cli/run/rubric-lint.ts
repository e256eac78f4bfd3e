// `resume-screen rubric lint <rubric...>`: exit 1 on any error finding, 0 otherwise; 2 when a file cannot be read.
import { lintRubricFile, type LintResult } from '../../rubric/lint/index.js';
import { formatLint, lintHasErrors, type LintFormat } from '../../report/rubric-lint.js';
import { RubricError } from '../../rubric/index.js';
import { CliError } from '../fatal.js';

export async function rubricLintCommand(files: string[], opts: { format?: string }): Promise<void> {
  const results: LintResult[] = [];
  for (const file of files) {
    try {
      results.push(await lintRubricFile(file));
    } catch (err) {
      if (err instanceof RubricError) throw new CliError('NOT_FOUND', `cannot read rubric ${file}`, 2);
      throw err;
    }
  }
  process.stdout.write(formatLint(results, (opts.format ?? 'stylish') as LintFormat));
  process.exitCode = lintHasErrors(results) ? 1 : 0;
}
