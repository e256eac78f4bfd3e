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
