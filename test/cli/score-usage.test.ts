// `score` exit codes and failures that happen before any résumé is read: usage errors, broken rubrics, unwritable
// --out, and inputs that never reach a child (missing files). Exit 0 ran; 1 --fail-on matched; 2 usage/rubric/I-O.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, runCli } from './helpers/run.js';

// Each case spawns the CLI (and its children) from TypeScript sources: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

const ANSI = /\u001b\[/;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rs-cli-'));
}

describe('score: exit codes', () => {
  it.each([
    [['score', 'x.pdf', '--jobs', '0'], /--jobs must be a whole number/],
    [['score', 'x.pdf', '--as-of', '2026-13-01'], /--as-of must be a date/],
    [['score', 'x.pdf', '--format', 'xml'], /argument 'xml' is invalid/],
    [['score', 'x.pdf', '--fail-on', 'maybe'], /argument 'maybe' is invalid/],
    [['score'], /missing required argument/],
  ])('usage error %j exits 2', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a broken rubric exits 2 with file:line:col diagnostics before any résumé is read', async () => {
    const dir = tempDir();
    const rubric = join(dir, 'bad.yaml');
    writeFileSync(rubric, 'id: x\ntitle: [unclosed\n');
    const r = await runCli(['score', join(dir, 'missing.pdf'), '--rubric', rubric, '--journal', join(dir, 'j.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ \w+/);
    expect(r.stderr).toContain('RUBRIC_INVALID');
    expect(r.stdout).toBe('');
  });

  it('an --out in a folder that does not exist exits 2 before screening', async () => {
    const dir = tempDir();
    const r = await runCli(['score', 'nothing.pdf', '--out', join(dir, 'no', 'such', 'report.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUT_WRITE_FAILED');
  });

  it('a temp folder that cannot hold the batch’s rows exits 2 with ROWS_FAILED, not as a journal error', () => {
    const dir = tempDir();
    const cv = join(dir, 'cv.txt');
    writeFileSync(cv, 'Jane Roe\nEngineering Manager\n');
    // A file where the temp folder should be: nothing can be created under it (not even by root). The built CLI,
    // because tsx itself needs a temp folder to run from sources.
    const notAFolder = join(dir, 'tmp-is-a-file');
    writeFileSync(notAFolder, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'resume-screen.js'), 'score', cv, '--format', 'json', '--journal', join(dir, 'j.jsonl')], {
      env: { ...process.env, TMPDIR: notAFolder },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ROWS_FAILED');
    expect(r.stderr).toContain('ENOTDIR');
    expect(r.stderr).not.toContain('JOURNAL_FAILED');
  });

  it('a missing input is a NOT_FOUND row (exit 0), and --fail-on error turns it into exit 1', async () => {
    const dir = tempDir();
    const args = ['score', join(dir, 'ghost.pdf'), '--format', 'json', '--journal', join(dir, 'j.jsonl')];
    const ran = await runCli(args);
    expect(ran.code).toBe(0);
    const report = JSON.parse(ran.stdout) as { results: { status: string; error?: { code: string } }[] };
    expect(report.results).toEqual([expect.objectContaining({ status: 'error', error: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
    expect(ran.stderr).toMatch(/rows = inputs \(1\) ✓/);
    const gated = await runCli([...args, '--fail-on', 'error']);
    expect(gated.code).toBe(1);
    const quiet = await runCli([...args, '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  it('writes no ANSI codes into a pipe, and none with NO_COLOR', async () => {
    const dir = tempDir();
    const r = await runCli(['score', join(dir, 'a.pdf'), join(dir, 'b.pdf'), '--journal', join(dir, 'j.jsonl')], { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NOT_FOUND');
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stderr).not.toMatch(ANSI);
  });
});

describe('score: outputs', () => {
  it('--out writes the report atomically (no temp file left) and prints nothing on stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.csv');
    const r = await runCli(['score', join(dir, '=ghost.pdf'), '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('rank,file,status,verdict,score,error_code,error_message,duplicate_of,sha256,integrity\r\n')).toBe(true);
    expect(csv).toContain(`,NOT_FOUND,`);
    expect(readdirSync(dir).sort()).toEqual(['report.csv', 'report.csv.journal.jsonl']);
  });

  it('--format jsonl streams one JSON object per line', async () => {
    const dir = tempDir();
    const r = await runCli(['score', join(dir, 'a.pdf'), join(dir, 'b.docx'), '--format', 'jsonl', '--journal', join(dir, 'j.jsonl')]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ status: 'error', error: { code: 'NOT_FOUND' } });
  });
});
