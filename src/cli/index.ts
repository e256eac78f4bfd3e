// CLI wiring only: parse options, lazy-load the command that runs, map failures to exit codes (DESIGN.md §6.6).
// Commands are imported on demand so `--help` and one-off runs do not pay for what they do not use.
import { Command, CommanderError } from 'commander';
import { reportFatal } from './fatal.js';
import { packageVersion } from './version.js';
import { registerProfile } from './commands/profile.js';
import { registerScore } from './commands/score.js';
import { registerRubric } from './commands/rubric.js';
import { registerCache } from './commands/cache.js';
import { registerAudit, registerImpact } from './commands/audit.js';
import { registerManifest, registerMerge } from './commands/shard.js';

export const EXIT = { ok: 0, gate: 1, usage: 2 } as const;

export function buildProgram(): Command {
  const program = new Command('resume-screen')
    .description('Read résumés (PDF, Word, RTF, ODT, text) and screen them against a job posting rubric, with evidence.')
    .version(packageVersion(), '-V, --version')
    .option('--verbose', 'show stack traces and résumé text in errors (personal data: off by default)')
    .option('--color', 'colour even when output is not a terminal (also FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also NO_COLOR=1; off by default when output is not a terminal)')
    .showHelpAfterError('(run with --help for usage)')
    // Before the commands are added, so every subcommand inherits it: usage errors exit 2, not commander's 1.
    .exitOverride();

  registerProfile(program);
  registerScore(program);
  registerRubric(program);
  registerCache(program);
  registerAudit(program);
  registerImpact(program);
  registerManifest(program);
  registerMerge(program);

  return program;
}

/**
 * stdout that cannot be written: a reader that went away (EPIPE: `… | head`) ends the run quietly with exit 0 (it
 * has what it wanted); anything else (a full disk: ENOSPC, /dev/full) is one line with a stable code and exit 2.
 * Never a stack trace.
 */
export function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok); // the reader has what it wanted (`… | head`)
    process.stderr.write(`resume-screen: OUT_WRITE_FAILED: cannot write to standard output (${err.code ?? 'I/O error'})\n`);
    process.exit(EXIT.usage);
  });
}

export async function main(argv: string[]): Promise<void> {
  guardStdout();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version are successes; every other parse failure is a usage error.
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      process.exitCode = ok ? EXIT.ok : EXIT.usage;
      return;
    }
    reportFatal(err, argv.includes('--verbose'));
  }
}
