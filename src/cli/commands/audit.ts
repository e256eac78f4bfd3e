// `resume-screen audit verify <log>`: check an audit log's hash chain (written by `score --audit`).
import { Option, type Command } from 'commander';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('accountability: check an audit log, report adverse impact');
  audit
    .command('verify')
    .description('check that no record of an audit log (score --audit) was edited, removed, reordered or cut short')
    .argument('<log>', 'the JSONL audit log')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (log: string, opts: { format: 'text' | 'json' }) => {
      const { auditVerifyCommand } = await import('../run/audit-verify.js');
      auditVerifyCommand(log, opts.format);
    });
}

/** `resume-screen impact <results...> --groups groups.csv`: selection rates and impact ratios by self-reported group. */
export function registerImpact(program: Command): void {
  program
    .command('impact')
    .description('adverse-impact report (LL144-style): selection rates, impact ratios and four-fifths flags by self-reported group')
    .argument('<results...>', 'score output: a JSON report, or JSONL files (-f jsonl, shards)')
    .requiredOption('--groups <csv>', 'self-reported categories: a "file", "sha256" or "id" column, then one column per dimension')
    .option('--min-group <n>', 'categories with fewer applicants are marked small (not judged, never the reference)', '5')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv', 'markdown']).default('table'))
    .action(async (results: string[], opts: { groups: string; minGroup: string; format: 'table' | 'json' | 'csv' | 'markdown' }) => {
      const { impactCommand } = await import('../run/impact.js');
      impactCommand(results, opts);
    });
}
