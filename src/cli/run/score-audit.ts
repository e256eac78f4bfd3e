// `score --audit FILE`: checked before the batch (a damaged or locked log fails the run before any résumé is read),
// written after the report (one run record, one result record per input, chained; see src/audit/).
import { closeSync, openSync } from 'node:fs';
import { appendRecords, AuditError, readHead } from '../../audit/append.js';
import { newRunId, resultRecord, runRecord, type AuditRun } from '../../audit/records.js';
import type { AuditBody } from '../../audit/chain.js';
import { rankedRows, type RowSource } from '../../report/source.js';
import { CliError } from '../fatal.js';
import type { ScoreOptions } from './score-options.js';

function cliError(err: unknown, path: string): unknown {
  return err instanceof AuditError ? new CliError(err.code, `${path}: ${err.message}`) : err;
}

/** The log must exist-or-be-creatable and end in a whole chained record. */
export function checkAuditLog(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'a+', 0o600);
  } catch (err) {
    throw new CliError('AUDIT_FAILED', `cannot open the audit log ${path} (${(err as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  try {
    readHead(fd);
  } catch (err) {
    throw cliError(err, path);
  } finally {
    closeSync(fd);
  }
}

/** What of the options goes in the run record: everything that changes results or what a reader was shown. */
export function auditedOptions(opts: ScoreOptions): Record<string, unknown> {
  return {
    format: opts.format,
    top: opts.top ?? null,
    explain: opts.explain,
    withProfile: opts.withProfile,
    resume: opts.resume,
    timeoutMs: opts.timeoutMs,
    maxMemoryMb: opts.maxMemoryMb,
    maxBytes: opts.maxBytes,
    failOn: opts.failOn ?? null,
    ...(opts.blind ? { blind: true } : {}),
  };
}

export function writeAudit(path: string, run: AuditRun, rows: RowSource): void {
  const id = newRunId();
  const results: AuditBody[] = [];
  for (const { rank, row } of rankedRows(rows)) results.push(resultRecord(id, row, rank));
  try {
    appendRecords(path, [runRecord(run, id, results.length), ...results]);
  } catch (err) {
    throw cliError(err, path);
  }
}
