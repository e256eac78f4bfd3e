// `resume-screen score <inputs...>`: options only; the work is loaded on demand (one-off runs stay fast).
import { Option, type Command } from 'commander';
import { FORMAT_NAMES } from '../../extract/formats.js';
import { DEFAULT_MAX_MEMORY_MB } from '../../run/child-args.js';
import { FORMATS } from '../../report/formats.js';
import { parseAsOf, wholeNumber } from '../args.js';
import { CliError } from '../fatal.js';

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('screen résumés (files, folders, globs) against a rubric and rank them, with evidence')
    .argument('[inputs...]', `résumé files (${FORMAT_NAMES}), folders (read recursively) or quoted globs (none with --manifest)`)
    .option('-r, --rubric <file>', 'rubric YAML (default: the shipped rubrics/em-user-understanding.yaml)')
    .option('--as-of <date>', 'date that "Present" means, YYYY-MM-DD (default: today)', parseAsOf)
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o\'s extension, else table: a report for one file, a ranking for many)').choices(FORMATS))
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('-j, --jobs <n>', 'child processes reading résumés in parallel (default: number of cores)', wholeNumber('--jobs', 1))
    .option('--timeout <ms>', 'per-file time limit; over it, retried once, then TIMEOUT', wholeNumber('--timeout', 100), '10000')
    .option('--max-memory <mb>', 'memory per child; over it, retried once, then OUT_OF_MEMORY', wholeNumber('--max-memory', 64), String(DEFAULT_MAX_MEMORY_MB))
    .option('--max-bytes <n>', 'refuse files larger than this many bytes (TOO_LARGE)', wholeNumber('--max-bytes', 1), '20000000')
    .addOption(new Option('--ocr <mode>', 'PDF pages without a text layer (scans): auto reads them by OCR, always reads every page by OCR (and flags text the page does not show), never leaves them NO_TEXT_LAYER').choices(['auto', 'always', 'never']).default('auto'))
    .option('--ocr-page-timeout <ms>', 'OCR time budget per page, on top of --timeout; a page over it is left unread', wholeNumber('--ocr-page-timeout', 1000), '60000')
    .option('--recycle-at <mb>', 'replace a child process once its memory passes this many MB (default: half of --max-memory)', wholeNumber('--recycle-at', 32))
    .option('--recycle-after <n>', 'also replace each child process after this many files (default: by memory only)', wholeNumber('--recycle-after', 1))
    .option('--journal <file>', 'journal of finished rows (default: next to --out, else in the private temp folder)')
    .option('--no-journal', 'keep no journal (personal data); --resume is then impossible')
    .option('--resume', 'reuse journalled rows for unchanged files (same bytes, rubric, as-of, version)')
    .option('--top <n>', 'keep only the first N rows of the ranking (every format)', wholeNumber('--top', 0))
    .option('--explain', 'add the résumé lines behind each requirement')
    .option('--with-profile', 'json/jsonl: include the full profile (every line of text) of each résumé')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (Excel then reads accented names right)')
    .option('--blind', 'hide who the candidate is in every format (name, contact details, age, sex, origin, family; files as ids): see README, Blind mode')
    .option('--blind-key <file>', 'with --blind: the key file mapping ids to files (default: next to -o; required for a batch to stdout)')
    .option('--audit <file>', 'append this run to a hash-chained JSONL audit log (no résumé text; `audit verify` checks it)')
    .option('-q, --quiet', 'no progress and no summary on stderr')
    .option('--shard <K/N|auto>', 'screen only shard K of N (0-based; auto: from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX) into <-o folder>/shard-K-of-N.jsonl for `merge`')
    .option('--manifest <file>', 'with --shard: take the inputs from this `resume-screen manifest` file and split them by content hash')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 if any result is at or below this verdict (pass > review > fail > error)').choices(['pass', 'review', 'fail', 'error']))
    .action(async (inputs: string[], _opts: unknown, cmd: Command) => {
      if (inputs.length === 0 && cmd.opts().manifest === undefined) throw new CliError('USAGE', "missing required argument 'inputs' (files, folders or globs; or --manifest FILE with --shard)");
      const { scoreCommand } = await import('../run/score.js');
      await scoreCommand(inputs, cmd.optsWithGlobals());
    });
}
