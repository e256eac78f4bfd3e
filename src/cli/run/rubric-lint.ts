// `resume-screen rubric lint <rubric...>`: exit 1 on any error finding, 0 otherwise; 2 when a file cannot be read.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintRubricFile, type LintResult } from '../../rubric/lint/index.js';
import { formatLint, lintHasErrors, type LintFormat } from '../../report/rubric-lint.js';
import { RubricError } from '../../rubric/index.js';
import { CliError } from '../fatal.js';

/** Rubric files in a folder (not recursive): `rubric lint rubrics/` checks every rubric a team keeps there. */
const RUBRIC_FILE = /\.ya?ml$/i;
/** Cases files sit next to rubrics but are not rubrics. */
const CASES_FILE = /\.cases\.ya?ml$/i;

function expandRubricArgs(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    const isDir = (() => {
      try {
        return statSync(arg).isDirectory();
      } catch {
        return false;
      }
    })();
    if (!isDir) return [arg];
    const files = readdirSync(arg).filter((f) => RUBRIC_FILE.test(f) && !CASES_FILE.test(f)).sort();
    if (files.length === 0) throw new CliError('NO_INPUTS', `no rubric files (*.yaml) in ${arg}`, 2);
    return files.map((f) => join(arg, f));
  });
}

export async function rubricLintCommand(args: string[], opts: { format?: string }): Promise<void> {
  const results: LintResult[] = [];
  for (const file of expandRubricArgs(args)) {
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
