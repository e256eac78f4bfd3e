// `audit verify`: walk the chain and say where it breaks. Kinds of damage, each with the 1-based line it is found on:
// a line that is not JSON (edited by hand or cut short), a hash that does not match the record (edited), a `prev` or
// `seq` that does not follow (removed or reordered), a run with fewer result records than it announced (removed or
// truncated). Removing whole runs from the end cannot be seen from the log alone: keep the printed head elsewhere.
import { expectedHash, GENESIS } from './chain.js';

export type AuditProblemCode = 'NOT_JSON' | 'CUT_SHORT' | 'BAD_HASH' | 'BROKEN_LINK' | 'BAD_SEQ' | 'MISSING_RESULTS' | 'ORPHAN_RESULT';

export interface AuditProblem {
  line: number;
  code: AuditProblemCode;
  data?: Record<string, unknown>;
}

export interface AuditVerification {
  ok: boolean;
  records: number;
  runs: number;
  /** Hash of the last record: keep it elsewhere to detect removal of whole runs from the end. */
  head: string;
  problems: AuditProblem[];
}

interface OpenRun {
  id: string;
  line: number;
  expected: number;
  seen: number;
}

function closeRun(run: OpenRun | undefined, problems: AuditProblem[]): void {
  if (run && run.seen < run.expected) problems.push({ line: run.line, code: 'MISSING_RESULTS', data: { run: run.id, expected: run.expected, found: run.seen } });
}

export function verifyLog(text: string): AuditVerification {
  const problems: AuditProblem[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else if (lines.length > 0) problems.push({ line: lines.length, code: 'CUT_SHORT' });
  let prev = GENESIS;
  let seq = 0;
  let runs = 0;
  let run: OpenRun | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      problems.push({ line, code: 'NOT_JSON' });
      return;
    }
    if (record.hash !== expectedHash(record)) problems.push({ line, code: 'BAD_HASH' });
    if (record.prev !== prev) problems.push({ line, code: 'BROKEN_LINK' });
    if (record.seq !== seq) problems.push({ line, code: 'BAD_SEQ', data: { expected: seq, found: record.seq } });
    prev = typeof record.hash === 'string' ? record.hash : prev;
    seq = (typeof record.seq === 'number' ? record.seq : seq) + 1;
    if (record.type === 'run') {
      closeRun(run, problems);
      runs += 1;
      run = { id: String(record.run), line, expected: typeof record.results === 'number' ? record.results : 0, seen: 0 };
    } else if (record.type === 'result') {
      if (run === undefined || record.run !== run.id) problems.push({ line, code: 'ORPHAN_RESULT' });
      else run.seen += 1;
    }
  });
  closeRun(run, problems);
  problems.sort((a, b) => a.line - b.line);
  return { ok: problems.length === 0, records: lines.length, runs, head: prev, problems };
}
