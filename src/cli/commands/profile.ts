// `resume-screen profile <file>`: options only; the work is loaded on demand.
import { Option, type Command } from 'commander';
import { FORMAT_NAMES } from '../../extract/formats.js';
import { parseAsOf, wholeNumber } from '../args.js';

export function registerProfile(program: Command): void {
  program
    .command('profile')
    .description('show what was read from one résumé: its lines, sections, jobs and years per role category')
    .argument('<file>', `résumé file (${FORMAT_NAMES})`)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'lines']).default('text'))
    .option('-r, --rubric <file>', 'rubric whose role categories classify the jobs (default: the shipped rubric)')
    .option('--as-of <date>', 'date that "Present" means, YYYY-MM-DD (default: today)', parseAsOf)
    .option('--max-bytes <n>', 'refuse files larger than this many bytes', wholeNumber('--max-bytes', 1), '20000000')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const { profileCommand } = await import('../run/profile.js');
      await profileCommand(file, cmd.optsWithGlobals());
    });
}
