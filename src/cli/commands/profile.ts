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
    .addOption(new Option('--ocr <mode>', 'PDF pages without a text layer (scans): auto reads them by OCR, always reads every page by OCR (and flags text the page does not show), never leaves them NO_TEXT_LAYER').choices(['auto', 'always', 'never']).default('auto'))
    .option('--ocr-page-timeout <ms>', 'OCR time budget per page, on top of --timeout; a page over it is left unread', wholeNumber('--ocr-page-timeout', 1000), '60000')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const { profileCommand } = await import('../run/profile.js');
      await profileCommand(file, cmd.optsWithGlobals());
    });
}
