// `audit verify`: exit 0 when the chain is whole, 1 when it is broken (a gate, like `rubric lint`), 2 when unreadable.
import { readFileSync } from 'node:fs';
import { verifyLog, type AuditProblem } from '../../audit/verify.js';
import { CliError } from '../fatal.js';

const PROBLEM_TEXT: Record<AuditProblem['code'], (d: Record<string, unknown>) => string> = {
  NOT_JSON: () => 'not a JSON record (edited by hand or cut short)',
  CUT_SHORT: () => 'the log ends inside a record (truncated)',
  BAD_HASH: () => 'the record does not match its hash (edited)',
  BROKEN_LINK: () => 'does not point back to the record before it (a record was removed, inserted or moved)',
  BAD_SEQ: (d) => `sequence number ${String(d.found)} where ${String(d.expected)} was due (removed or reordered)`,
  MISSING_RESULTS: (d) => `run ${String(d.run)} announced ${String(d.expected)} results, the log has ${String(d.found)} (removed or truncated)`,
  ORPHAN_RESULT: () => 'a result record outside its run (its run record was removed or records were moved)',
};

export function auditVerifyCommand(path: string, format: 'text' | 'json'): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError('NOT_FOUND', `cannot read the audit log ${path} (${(err as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  const result = verifyLog(text);
  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (result.ok) process.stdout.write(`${path}: ok · ${result.records} records · ${result.runs} runs · head ${result.head}\n`);
  else {
    for (const p of result.problems) process.stdout.write(`${path}:${p.line} ${p.code} ${PROBLEM_TEXT[p.code](p.data ?? {})}\n`);
    process.stdout.write(`${result.problems.length} problem(s) in ${result.records} records\n`);
  }
  if (!result.ok) process.exitCode = 1;
}
