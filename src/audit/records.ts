// What the audit log keeps of a run: decisions and their grounds, never résumé text (no evidence lines, no candidate
// name or e-mail). One `run` record, then one `result` record per input in ranked order.
import { randomUUID } from 'node:crypto';
import { toJsonResult } from '../report/json.js';
import type { ReportRow } from '../report/types.js';
import type { AuditBody } from './chain.js';

export interface AuditRun {
  tool: { name: string; version: string };
  rubric: { id: string; path: string; sha256: string };
  asOf: string;
  /** The options that can change a result or what was shown (not paths to personal data). */
  options: Record<string, unknown>;
}

export function runRecord(run: AuditRun, id: string, resultCount: number, time = new Date()): AuditBody {
  return { type: 'run', run: id, time: time.toISOString(), ...run, results: resultCount };
}

export function resultRecord(runId: string, row: ReportRow, rank: number): AuditBody {
  const r = toJsonResult(row, rank);
  const common = { type: 'result', run: runId, rank, file: r.file, sha256: r.sha256 ?? null, status: r.status };
  if (r.status === 'error') return { ...common, error: r.error.code };
  return {
    ...common,
    verdict: r.verdict,
    score: r.score,
    requirements: r.requirements.map(({ id, must, met, near, code, value }) => ({ id, must, met, near, code, ...(value === undefined ? {} : { value }) })),
    warnings: r.warnings,
    integrity: (r.integrity ?? []).map((d) => d.code),
  };
}

export function newRunId(): string {
  return randomUUID();
}
