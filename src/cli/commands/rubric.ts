// `resume-screen rubric lint|test|diff`: options only; the work is loaded on demand.
import { Option, type Command } from 'commander';
import { parseAsOf, wholeNumber } from '../args.js';
import { LINT_FORMATS } from '../../report/lint-formats.js';
import type { LintOptions } from '../run/rubric-lint.js';

export function registerRubric(program: Command): void {
  const rubric = program.command('rubric').description('check rubric changes: lint, test against labelled résumés, diff verdicts');

  rubric
    .command('lint')
    // The list in `rubric --help` has room for ~37 characters beside the long usage terms: summaries fit 80 columns.
    .summary('schema errors and risky rules')
    .description('report schema errors and risky rules (unreachable minimums, protected characteristics, short terms…)')
    .argument('<rubric...>', 'rubric YAML files, or folders of them')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o\'s extension, else stylish)').choices(LINT_FORMATS))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', wholeNumber('--max-warnings', 0))
    .action(async (files: string[], opts: LintOptions) => {
      const { rubricLintCommand } = await import('../run/rubric-lint.js');
      await rubricLintCommand(files, opts);
    });

  rubric
    .command('test')
    .summary('check labelled résumés’ verdicts')
    .description('score labelled résumés and compare with their expected verdicts and requirement outcomes')
    .argument('<rubric>', 'rubric YAML file')
    .option('-c, --cases <file>', 'cases file (default: <rubric>.cases.yaml next to the rubric, else fixtures/cases/<rubric id>.cases.yaml)')
    .option('--as-of <date>', 'date that "Present" means, YYYY-MM-DD (default: the cases file\'s asOf)', parseAsOf)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'junit', 'github']).default('stylish'))
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { rubricTestCommand } = await import('../run/rubric-test.js');
      await rubricTestCommand(file, opts);
    });

  rubric
    .command('diff')
    .summary('whose verdicts a rubric change moves')
    .description('score résumés with two rubrics and list the candidates whose verdict or requirement outcomes change')
    .argument('<old>', 'rubric before the change')
    .argument('<new>', 'rubric after the change')
    .argument('<resumes...>', 'résumé files or folders')
    .option('--as-of <date>', 'date that "Present" means, YYYY-MM-DD (default: today)', parseAsOf)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'markdown']).default('stylish'))
    .addOption(new Option('--fail-on <change>', 'exit 1 when such a change exists').choices(['verdict', 'requirement', 'any']))
    .action(async (oldFile: string, newFile: string, resumes: string[], opts: Record<string, unknown>) => {
      const { rubricDiffCommand } = await import('../run/rubric-diff.js');
      await rubricDiffCommand(oldFile, newFile, resumes, opts);
    });
}
