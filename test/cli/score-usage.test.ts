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
    [['score', 'x.pdf', '--as-of', '2026-02-31'], /option '--as-of <date>' argument '2026-02-31' is invalid\. --as-of must be a date/],
    [['profile', 'x.pdf', '--as-of', '2025-02-29'], /--as-of must be a date/],
    [['score', 'x.pdf', '--top', '-1'], /option '--top <n>' argument '-1' is invalid/],
    [['score', 'x.pdf', '--no-journal', '--resume'], /--resume needs a journal/],
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

  it('a missing input in a batch is a NOT_FOUND row and a stderr line (exit 0); --fail-on error turns it into exit 1', async () => {
    const dir = tempDir();
    const args = ['score', join(dir, 'ghost.pdf'), join(dir, 'other.txt'), '--format', 'json', '--journal', join(dir, 'j.jsonl')];
    const ran = await runCli(args);
    expect(ran.code).toBe(0);
    const report = JSON.parse(ran.stdout) as { results: { status: string; error?: { code: string } }[] };
    expect(report.results).toHaveLength(2);
    expect(report.results[0]).toEqual(expect.objectContaining({ status: 'error', error: expect.objectContaining({ code: 'NOT_FOUND' }) }));
    expect(ran.stderr).toMatch(/NOT_FOUND: ".*ghost\.pdf"/);
    expect(ran.stderr).toMatch(/rows = inputs \(2\) ✓/);
    const gated = await runCli([...args, '--fail-on', 'error']);
    expect(gated.code).toBe(1);
  });

  it('one file that cannot be screened exits 2, as `profile` does', async () => {
    const dir = tempDir();
    const ghost = join(dir, 'ghost.pdf');
    const score = await runCli(['score', ghost, '--no-journal', '--quiet']);
    expect(score.code).toBe(2);
    expect(score.stdout).toContain('NOT_FOUND');
    expect(score.stderr).toMatch(/NOT_FOUND: ".*ghost\.pdf"/);
    const binary = join(dir, 'photo.pdf');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    const [a, b] = await Promise.all([runCli(['score', binary, '--no-journal', '-q']), runCli(['profile', binary])]);
    expect([a.code, b.code]).toEqual([2, 2]);
  });

  it('no inputs matched: exit 2 with one line naming what was skipped', async () => {
    const empty = tempDir();
    const r = await runCli(['score', empty, '--no-journal']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resume-screen: NO_INPUTS: no résumés matched the inputs/m);
    expect(r.stdout).toBe('');
    const yaml = tempDir();
    for (const n of ['a.yaml', 'b.yaml', 'c.png']) writeFileSync(join(yaml, n), 'x: 1\n');
    const skipped = await runCli(['score', yaml, '--no-journal', '--verbose']);
    expect(skipped.code).toBe(2);
    expect(skipped.stderr).toContain('3 skipped: .yaml 2, .png 1');
    expect(skipped.stderr).not.toMatch(/ERR_IPC_CHANNEL_CLOSED|\n\s+at /);
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
  it('reads the candidate’s name and e-mail; a twin with a misnamed extension keeps its own EXTENSION_MISMATCH only', async () => {
    const dir = tempDir();
    const text = 'Ada Quill\nada.quill@example.org | Boston, MA\n\nExperience\nEngineering Manager, Northwind Labs\n2019 – 2024\nLed a team of six.\n';
    writeFileSync(join(dir, 'ada.txt'), text);
    writeFileSync(join(dir, 'ada-copy.pdf'), text);
    const r = await runCli(['score', join(dir, 'ada.txt'), join(dir, 'ada-copy.pdf'), '-f', 'json', '--no-journal', '-q']);
    const report = JSON.parse(r.stdout) as { results: { file: string; candidate?: { name?: string; email?: string }; warnings: string[]; duplicateOf?: string }[] };
    const byName = new Map(report.results.map((x) => [x.file.split('/').at(-1), x]));
    expect(byName.get('ada.txt')).toMatchObject({ candidate: { name: 'Ada Quill', email: 'ada.quill@example.org' } });
    expect(byName.get('ada.txt')?.warnings).not.toContain('EXTENSION_MISMATCH');
    expect(byName.get('ada-copy.pdf')?.duplicateOf).toBeDefined();
    expect(byName.get('ada-copy.pdf')?.warnings).toContain('EXTENSION_MISMATCH');
    const table = await runCli(['score', join(dir, 'ada.txt'), join(dir, 'ada-copy.pdf'), '--no-journal', '-q']);
    expect(table.stdout).toMatch(/│ 1 +│ Ada Quill +│/);
    expect(table.stdout).toContain('EXTENSION_MISMATCH');
  });

  it('--out writes the report atomically (no temp file left) and prints nothing on stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.csv');
    const r = await runCli(['score', join(dir, '=ghost.pdf'), join(dir, 'b.pdf'), '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('rank,file,name,email,status,verdict,score,warnings,error_code,error_message,duplicate_of,sha256,integrity\r\n')).toBe(true);
    expect(csv).toContain(`,NOT_FOUND,`);
    expect(readdirSync(dir).sort()).toEqual(['report.csv', 'report.csv.journal.jsonl']);
  });

  it('-o infers the format from its extension; --bom; --no-journal leaves no journal', async () => {
    const dir = tempDir();
    const inputs = [join(dir, 'a.pdf'), join(dir, 'b.pdf')];
    await runCli(['score', ...inputs, '-o', join(dir, 'r.csv'), '--no-journal', '--bom', '-q']);
    await runCli(['score', ...inputs, '-o', join(dir, 'r.json'), '--no-journal', '-q']);
    await runCli(['score', ...inputs, '-o', join(dir, 'r.md'), '--no-journal', '-q']);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8').startsWith('\uFEFFrank,file,')).toBe(true);
    expect((JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(1);
    expect(readFileSync(join(dir, 'r.md'), 'utf8').startsWith('| # | candidate |')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['r.csv', 'r.json', 'r.md']);
  });

  it('colour in a pipe only when forced: FORCE_COLOR=1 or --color; --no-color beats FORCE_COLOR', async () => {
    const dir = tempDir();
    const args = ['score', join(dir, 'a.pdf'), join(dir, 'b.pdf'), '--no-journal', '-q'];
    const [forced, flag, off] = await Promise.all([runCli(args, { FORCE_COLOR: '1' }), runCli([...args, '--color']), runCli([...args, '--no-color'], { FORCE_COLOR: '1' })]);
    expect(forced.stdout).toMatch(ANSI);
    expect(flag.stdout).toMatch(ANSI);
    expect(off.stdout).not.toMatch(ANSI);
  });

  it('fits the table to COLUMNS in a pipe, and to 80 columns without it', async () => {
    const dir = tempDir();
    const args = ['score', join(dir, 'a-very-long-folder-name', 'firstname-lastname-curriculum-vitae-2026.pdf'), join(dir, 'b.pdf'), '--no-journal'];
    for (const [columns, width] of [['', 80], ['50', 50]] as const) {
      const r = await runCli(args, { COLUMNS: columns });
      // Error lines stay one line each (one code, greppable), whatever the width.
      const lines = `${r.stdout}${r.stderr}`.trimEnd().split('\n').filter((l) => !/^resume-screen: [A-Z_]+: /.test(l));
      expect(r.stdout).toContain('firstname-lastname');
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
    }
  });

  it('--format jsonl streams one JSON object per line with rank null; --top ranks first and keeps N rows', async () => {
    const dir = tempDir();
    const args = ['score', join(dir, 'a.pdf'), join(dir, 'b.docx'), '--format', 'jsonl', '--journal', join(dir, 'j.jsonl')];
    const r = await runCli(args);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ rank: null, status: 'error', error: { code: 'NOT_FOUND' } });
    const top = await runCli([...args, '--top', '1']);
    const kept = top.stdout.trim().split('\n');
    expect(kept).toHaveLength(1);
    expect(JSON.parse(kept[0] ?? '')).toMatchObject({ rank: 1 });
  });
});
