// `resume-screen score <inputs...>`: options only; the work is loaded on demand (one-off runs stay fast).
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_MEMORY_MB } from '../../run/child-args.js';

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('screen résumés (files, folders, globs) against a rubric and rank them, with evidence')
    .argument('<inputs...>', 'résumé files (PDF, DOCX, TXT, MD), folders (read recursively) or quoted globs')
    .option('-r, --rubric <file>', 'rubric YAML (default: the shipped rubrics/em-user-understanding.yaml)')
    .option('--as-of <date>', 'date that "Present" means, YYYY-MM-DD (default: today)')
    .addOption(new Option('-f, --format <format>', 'output format (table: readable report for one file, ranking for many)').choices(['table', 'json', 'jsonl', 'csv', 'markdown']).default('table'))
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('-j, --jobs <n>', 'child processes reading résumés in parallel (default: number of cores)')
    .option('--timeout <ms>', 'per-file time limit; a file over it is retried once, then TIMEOUT', '10000')
    .option('--max-memory <mb>', 'memory limit per child process; a file over it is retried once, then OUT_OF_MEMORY', String(DEFAULT_MAX_MEMORY_MB))
    .option('--max-bytes <n>', 'refuse files larger than this many bytes (TOO_LARGE)', '20000000')
    .option('--recycle-after <n>', 'replace each child process after this many files (bounds slow leaks; restarts cost ~0.3 s)', '500')
    .option('--journal <file>', 'JSONL journal of finished rows (default: next to --out, else in the temp folder)')
    .option('--resume', 'reuse rows from the journal for unchanged files (same bytes, rubric, as-of date and version)')
    .option('--top <n>', 'keep only the first N rows of the ranking')
    .option('--explain', 'add the résumé lines behind each requirement')
    .option('--with-profile', 'json/jsonl: include the full profile (every line of text) of each résumé')
    .option('-q, --quiet', 'no progress and no summary on stderr')
    // main() sets exitOverride on the program after the commands exist, which subcommands do not inherit:
    // without this a usage error here would exit 1 (commander's default) instead of 2.
    .exitOverride()
    .addOption(new Option('--fail-on <verdict>', 'exit 1 if any result is at or below this verdict (pass > review > fail > error)').choices(['pass', 'review', 'fail', 'error']))
    .action(async (inputs: string[], _opts: unknown, cmd: Command) => {
      const { scoreCommand } = await import('../run/score.js');
      await scoreCommand(inputs, cmd.optsWithGlobals());
    });
}
