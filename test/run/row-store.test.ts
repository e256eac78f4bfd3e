// The parent's rows on disk (RowStore) and the journal read back by offset (PreviousRows): what a batch of
// thousands keeps in memory is keys and offsets, and every row comes back byte for byte.
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, JournalLockedError, PreviousRows, type JournalKey } from '../../src/run/journal.js';
import { RowStore, sweepStaleRowFolders } from '../../src/run/row-store.js';
import type { Row } from '../../src/run/types.js';
import type { ErrorCode } from '../../src/types.js';

function row(file: string, score: number, extra: Partial<Row> = {}): Row {
  return {
    file,
    status: 'scored',
    verdict: score >= 70 ? 'pass' : 'fail',
    score,
    outcomes: [
      { requirementId: 'ml-years', kind: 'years', must: true, weight: 2, met: score >= 70, near: false, value: 6.5, code: 'YEARS_MET', data: { years: 6.5 }, evidence: [{ text: `Led ranking at Northwind — ${file}`, line: 3, page: 1 }] },
      { requirementId: 'recsys', kind: 'keywords', must: false, weight: 1, met: true, near: false, code: 'KEYWORDS_FOUND', data: {}, evidence: [] },
    ],
    warnings: [],
    sha256: `sha-${file}`,
    elapsedMs: 12,
    attempts: 1,
    ...extra,
  };
}

const failed: Row = { file: 'locked.pdf', status: 'error', outcomes: [], warnings: [], error: { code: 'ENCRYPTED', message: 'password-protected PDF' }, elapsedMs: 3, attempts: 1 };

describe('RowStore', () => {
  it('keeps keys and columns in memory and gives every row back as it was added', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rs-store-'));
    const store = new RowStore(parent);
    const rows = [row('a.pdf', 80), failed, row('ünïcode — b.docx', 40, { duplicateOf: 'a.pdf' })];
    expect(rows.map((r) => store.add(r))).toEqual([0, 1, 2]);
    expect(store.keys).toEqual([
      { file: 'a.pdf', status: 'scored', verdict: 'pass', score: 80 },
      { file: 'locked.pdf', status: 'error', error: { code: 'ENCRYPTED', message: 'password-protected PDF' } },
      { file: 'ünïcode — b.docx', status: 'scored', verdict: 'fail', score: 40, duplicateOf: 'a.pdf' },
    ]);
    expect(store.columns).toEqual([
      { id: 'ml-years', must: true, kind: 'years' },
      { id: 'recsys', must: false, kind: 'keywords' },
    ]);
    expect(store.read(2)).toEqual(rows[2]);
    expect(store.readAll()).toEqual(rows);
    store.close();
  });

  it('marks the first of a duplicate group with the others, on read', () => {
    const store = new RowStore(mkdtempSync(join(tmpdir(), 'rs-store-')));
    store.add(row('a.pdf', 80));
    store.markDuplicate(0, 'copy-1.pdf');
    store.markDuplicate(0, 'copy-2.pdf');
    expect(store.read(0).duplicates).toEqual(['copy-1.pdf', 'copy-2.pdf']);
    store.close();
  });

  it('writes to a private file and removes it on close', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rs-store-'));
    const store = new RowStore(parent);
    store.add(row('a.pdf', 80));
    const [dir] = readdirSync(parent);
    const folder = join(parent, dir ?? '');
    expect(statSync(folder).mode & 0o077).toBe(0);
    expect(statSync(join(folder, 'rows.jsonl')).mode & 0o077).toBe(0);
    store.close();
    expect(existsSync(folder)).toBe(false);
    expect(() => store.read(0)).toThrow(/closed/);
  });
});

describe('PreviousRows (the journal read back by offset)', () => {
  const key: JournalKey = { rubricSha256: 'r1', toolVersion: 't1', codeId: 'c1', asOf: '2026-11-01', withProfile: false, limits: { timeoutMs: 30_000, maxMemoryMb: 512, maxBytes: 20_000_000 } };

  it('finds rows of the same key across read chunks, first line wins, torn and foreign lines ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-journal-'));
    const path = join(dir, 'run.jsonl');
    // Rows of ~400 KB, each padded with its own letter: lines straddle the reader's 1 MB chunks, and a line pieced
    // together from the wrong bytes would not compare equal.
    const big = (file: string, score: number): Row =>
      row(file, score, { warnings: [{ code: 'NOTE', severity: 'warning', data: { padding: file.charAt(0).repeat(400_000) } }] });
    const journal = new Journal(path, key, false);
    const written = [big('a.pdf', 80), big('b.pdf', 40), big('c.pdf', 90), big('g.pdf', 20), big('h.pdf', 30), big('i.pdf', 50), row('d.pdf', 10)];
    for (const r of written) journal.write(r);
    journal.write(row('a.pdf', 11)); // same content hash again: the first line wins
    journal.close();
    const other = new Journal(path, { ...key, rubricSha256: 'r2' }, true);
    other.write(row('e.pdf', 70)); // another rubric: not reused
    other.close();
    appendFileSync(path, '{"v":2,"key":"0","sha256":"sha-f.pdf","row":{"fi'); // killed mid-write
    const previous = PreviousRows.read(path, key);
    expect(written.map((r) => previous.get(r.sha256 ?? ''))).toEqual(written);
    expect(previous.get('sha-e.pdf')).toBeUndefined();
    expect(previous.get('sha-f.pdf')).toBeUndefined();
    previous.close();
  });

  it('is empty for a missing journal and for one with no usable line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-journal-'));
    expect(PreviousRows.read(join(dir, 'missing.jsonl'), key).get('x')).toBeUndefined();
    writeFileSync(join(dir, 'junk.jsonl'), 'not json\n\n[1,2]\n');
    const junk = PreviousRows.read(join(dir, 'junk.jsonl'), key);
    expect(junk.get('x')).toBeUndefined();
    junk.close();
  });

  it('trusts no line that was edited, damaged or written under other limits, and journals only final rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-journal-'));
    const path = join(dir, 'run.jsonl');
    const journal = new Journal(path, key, false);
    journal.write(row('a.pdf', 20));
    journal.write(row('b.pdf', 30));
    const transient = (code: ErrorCode, file: string): Row => ({ ...failed, file, sha256: `sha-${file}`, error: { code, message: code } });
    for (const code of ['TIMEOUT', 'OUT_OF_MEMORY', 'CRASHED', 'NOT_FOUND', 'UNREADABLE'] as const) journal.write(transient(code, `${code}.pdf`));
    journal.write({ ...failed, sha256: 'sha-locked.pdf' }); // ENCRYPTED is a fact about the file: final
    journal.close();
    const text = readFileSync(path, 'utf8');
    expect(text.trim().split('\n')).toHaveLength(3);
    // A hand edit that turns a fail into a pass breaks the MAC: the line is rescored, not trusted.
    writeFileSync(path, text.replace('"verdict":"fail","score":20', '"verdict":"pass","score":99'));
    const previous = PreviousRows.read(path, key);
    expect(previous.get('sha-a.pdf')).toBeUndefined();
    expect(previous.get('sha-b.pdf')?.score).toBe(30);
    expect(previous.get('sha-locked.pdf')?.error?.code).toBe('ENCRYPTED');
    previous.close();
    // The same lines under a longer timeout are another key.
    const longer = PreviousRows.read(path, { ...key, limits: { ...key.limits, timeoutMs: 60_000 } });
    expect(longer.get('sha-b.pdf')).toBeUndefined();
    longer.close();
  });

  it('admits one writer: a live owner locks the journal out, a dead owner\'s lock is taken over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-journal-'));
    const path = join(dir, 'run.jsonl');
    const first = new Journal(path, key, false);
    const sleeper = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }); // a pid that has exited
    first.close();
    writeFileSync(`${path}.lock`, `${process.ppid}\n`); // a live process (the test runner's parent)
    expect(() => new Journal(path, key, true)).toThrow(JournalLockedError);
    writeFileSync(`${path}.lock`, `${sleeper.stdout.trim()}\n`); // its owner is gone
    const second = new Journal(path, key, true);
    expect(readFileSync(`${path}.lock`, 'utf8').trim()).toBe(String(process.pid));
    second.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe('stale row folders of killed runs', () => {
  it('are removed when their owner is dead or (without an owner file) after an hour; live and recent ones stay', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rs-sweep-'));
    const dead = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim();
    const make = (name: string, owner?: string, ageMs = 0): string => {
      const dir = join(parent, name);
      mkdirSync(dir, { mode: 0o700 });
      writeFileSync(join(dir, 'rows.jsonl'), '{"evidence":"personal"}\n');
      if (owner !== undefined) writeFileSync(join(dir, 'owner'), `${owner}\n`);
      const t = (Date.now() - ageMs) / 1000;
      utimesSync(dir, t, t);
      return dir;
    };
    const killed = make('resume-screen-rows-killed', dead);
    const live = make('resume-screen-rows-live', String(process.ppid));
    const orphanOld = make('resume-screen-rows-old', undefined, 2 * 3600_000);
    const orphanNew = make('resume-screen-rows-new', undefined, 60_000);
    const unrelated = make('something-else', dead);
    expect(sweepStaleRowFolders(parent).sort()).toEqual([killed, orphanOld].sort());
    for (const d of [live, orphanNew, unrelated]) expect(existsSync(d)).toBe(true);
  });
});
