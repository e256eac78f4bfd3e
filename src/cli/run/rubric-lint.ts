// `resume-screen rubric lint <rubric...>`: exit 1 on any error finding (or too many warnings), 0 otherwise; 2 when a
// file cannot be read.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintRubricFile, type LintResult } from '../../rubric/lint/index.js';
import { errorsOnly, formatLint, lintFormatForPath, lintHasErrors, lintWarningCount, type LintFormat } from '../../report/rubric-lint.js';
import { RubricError } from '../../rubric/index.js';
import { CliError } from '../fatal.js';
import { findRepoRoot, repoRelative } from '../repo-path.js';
import { packageVersion } from '../version.js';
import { checkWritable, writeAtomic } from './score-output.js';

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

export interface LintOptions {
  format?: LintFormat;
  quiet?: boolean;
  /** Parsed by commander (wholeNumber): a string of digits. */
  maxWarnings?: string;
  output?: string;
}

/**
 * 1. Lint every file (all problems of each at once).
 * 2. Format (errors only with --quiet) to stdout or, atomically, to -o.
 * 3. Gate: exit 1 on any error, or on more warnings than --max-warnings (counted even when --quiet hides them).
 */
export async function rubricLintCommand(args: string[], opts: LintOptions): Promise<void> {
  if (opts.output !== undefined) checkWritable(opts.output);
  const results: LintResult[] = [];
  for (const file of expandRubricArgs(args)) {
    try {
      results.push(await lintRubricFile(file));
    } catch (err) {
      if (err instanceof RubricError) throw new CliError('NOT_FOUND', `cannot read rubric ${file}`, 2);
      throw err;
    }
  }
  const format = opts.format ?? (opts.output === undefined ? undefined : lintFormatForPath(opts.output)) ?? 'stylish';
  const root = findRepoRoot();
  const text = formatLint(opts.quiet ? errorsOnly(results) : results, format, {
    version: packageVersion(),
    relativePath: (file) => repoRelative(file, root),
  });
  if (opts.output === undefined) process.stdout.write(text);
  else writeAtomic(opts.output, [text]);
  const warnings = lintWarningCount(results);
  const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) process.stderr.write(`rubric lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  process.exitCode = lintHasErrors(results) || tooManyWarnings ? 1 : 0;
}
