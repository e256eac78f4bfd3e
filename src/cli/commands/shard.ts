// `resume-screen manifest` and `resume-screen merge`: the two ends of sharded screening (issue 17); the middle is
// `score --shard K/N`. Options only; the work is loaded on demand.
import { Option, type Command } from 'commander';
import { FORMATS } from '../../report/formats.js';
import { wholeNumber } from '../args.js';

export function registerManifest(program: Command): void {
  program
    .command('manifest')
    .description('list the inputs (as `score` expands them) with size and sha256 per file, for `score --shard K/N --manifest FILE`')
    .argument('<inputs...>', 'résumé files, folders (read recursively) or quoted globs, as for `score`')
    .requiredOption('-o, --out <file>', 'the manifest to write (JSONL; streamed to <file>.partial, which a rerun resumes)')
    .option('--max-bytes <n>', 'files larger than this are listed without a hash (score calls them TOO_LARGE)', wholeNumber('--max-bytes', 1), '20000000')
    .option('-q, --quiet', 'no progress and no summary on stderr')
    .action(async (inputs: string[], opts: { out: string; maxBytes: string; quiet?: boolean }) => {
      const { manifestCommand } = await import('../run/manifest.js');
      await manifestCommand(inputs, opts);
    });
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('merge the shard files of `score --shard K/N` (all N of one run) into the report one machine would print')
    .argument('<shards...>', 'shard-K-of-N.jsonl files')
    .addOption(new Option('-f, --format <format>', "output format (default: from -o's extension, else table)").choices(FORMATS))
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--top <n>', 'keep only the first N rows of the ranking', wholeNumber('--top', 0))
    .option('--explain', 'add the résumé lines behind each requirement')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark')
    .option('-q, --quiet', 'no summary on stderr')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 if any result is at or below this verdict (pass > review > fail > error)').choices(['pass', 'review', 'fail', 'error']))
    .action(async (shards: string[], _opts: unknown, cmd: Command) => {
      const { mergeCommand } = await import('../run/merge.js');
      await mergeCommand(shards, cmd.optsWithGlobals());
    });
}
