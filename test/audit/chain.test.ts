// The audit log's hash chain: every kind of tampering is found, at the line where it happened; appends continue the
// chain, also from several processes at once.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecords, writeLog } from '../../src/audit/append.js';
import { chainRecord, GENESIS, type AuditBody } from '../../src/audit/chain.js';
import { verifyLog } from '../../src/audit/verify.js';

function run(id: string, results: number): AuditBody[] {
  const out: AuditBody[] = [{ type: 'run', run: id, results }];
  for (let i = 0; i < results; i++) out.push({ type: 'result', run: id, file: `cv-${i}.pdf`, verdict: i === 0 ? 'pass' : 'fail', score: 90 - i * 10 });
  return out;
}

function logLines(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rs-audit-'));
  const path = join(dir, 'audit.jsonl');
  writeLog(path, [...run('a', 3), ...run('b', 2)]);
  return readFileSync(path, 'utf8').trimEnd().split('\n');
}

const text = (lines: string[]): string => `${lines.join('\n')}\n`;
const problems = (t: string): [number, string][] => verifyLog(t).problems.map((p) => [p.line, p.code]);

describe('audit verify', () => {
  it('accepts an untouched log and reports its head', () => {
    const lines = logLines();
    const result = verifyLog(text(lines));
    expect(result).toMatchObject({ ok: true, records: 7, runs: 2, problems: [] });
    expect(result.head).toBe((JSON.parse(lines[6] ?? '') as { hash: string }).hash);
  });

  it('finds an edited record (hash left as it was) on its line', () => {
    const lines = logLines();
    lines[2] = (lines[2] ?? '').replace('"verdict":"fail"', '"verdict":"pass"');
    expect(problems(text(lines))).toEqual([[3, 'BAD_HASH']]);
  });

  it('finds an edited record whose hash was recomputed: the next record no longer points back to it', () => {
    const lines = logLines();
    const edited = JSON.parse(lines[2] ?? '') as Record<string, unknown>;
    edited.score = 99;
    const { seq, prev, hash: _old, ...body } = edited;
    lines[2] = chainRecord(body as AuditBody, { seq: seq as number, prev: prev as string }).line;
    expect(problems(text(lines))).toEqual([[4, 'BROKEN_LINK']]);
  });

  it('finds a removed record', () => {
    const lines = logLines();
    lines.splice(2, 1);
    expect(problems(text(lines))).toEqual([[1, 'MISSING_RESULTS'], [3, 'BROKEN_LINK'], [3, 'BAD_SEQ']]);
  });

  it('finds reordered records', () => {
    const lines = logLines();
    const [second, third] = [lines[1] ?? '', lines[2] ?? ''];
    lines[1] = third;
    lines[2] = second;
    expect(problems(text(lines))).toEqual([[2, 'BROKEN_LINK'], [2, 'BAD_SEQ'], [3, 'BROKEN_LINK'], [3, 'BAD_SEQ'], [4, 'BROKEN_LINK'], [4, 'BAD_SEQ']]);
  });

  it('finds a log cut inside a record, and one cut after whole records', () => {
    const lines = logLines();
    const cut = text(lines).slice(0, -40);
    expect(problems(cut)).toEqual([[5, 'MISSING_RESULTS'], [7, 'CUT_SHORT'], [7, 'NOT_JSON']]);
    expect(problems(text(lines.slice(0, 6)))).toEqual([[5, 'MISSING_RESULTS']]);
  });

  it('finds a result whose run record was removed', () => {
    const lines = logLines();
    lines.splice(4, 1);
    expect(problems(text(lines))).toContainEqual([5, 'ORPHAN_RESULT']);
  });
});

describe('appending', () => {
  it('continues the chain of an existing log and starts a new one from the genesis hash', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rs-audit-')), 'audit.jsonl');
    appendRecords(path, run('a', 1));
    const head = appendRecords(path, run('b', 2));
    const t = readFileSync(path, 'utf8');
    expect((JSON.parse(t.split('\n')[0] ?? '') as { prev: string }).prev).toBe(GENESIS);
    expect(verifyLog(t)).toMatchObject({ ok: true, records: 5, runs: 2, head: head.prev });
  });

  it('refuses to append to a log cut short', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rs-audit-')), 'audit.jsonl');
    appendRecords(path, run('a', 1));
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, -10));
    expect(() => appendRecords(path, run('b', 1))).toThrow(expect.objectContaining({ code: 'AUDIT_DAMAGED' }));
  });

  it('takes over a lock left by a process that is gone', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rs-audit-')), 'audit.jsonl');
    writeFileSync(`${path}.lock`, '2147483646');
    appendRecords(path, run('a', 1));
    expect(verifyLog(readFileSync(path, 'utf8')).ok).toBe(true);
  });

  it('keeps the chain whole when several processes append at once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rs-audit-')), 'audit.jsonl');
    const module = new URL('../../src/audit/append.ts', import.meta.url).href;
    const script = `const { appendRecords } = await import(${JSON.stringify(module)});
      for (let r = 0; r < 10; r++) appendRecords(process.argv[1], [{ type: 'run', run: process.pid + '-' + r, results: 2 },
        { type: 'result', run: process.pid + '-' + r, score: 1 }, { type: 'result', run: process.pid + '-' + r, score: 2 }]);`;
    const writers = Array.from({ length: 4 }, () => new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], { stdio: 'ignore' });
      child.on('close', resolve);
    }));
    expect(await Promise.all(writers)).toEqual([0, 0, 0, 0]);
    expect(verifyLog(readFileSync(path, 'utf8'))).toMatchObject({ ok: true, records: 120, runs: 40 });
  }, 60_000);
});
