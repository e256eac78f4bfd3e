// `score --audit` end to end: one run record and one result record per input, no résumé text, and `audit verify`
// passing (exit 0) on it and failing (exit 1, with the line) once a verdict is edited.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers/run.js';
import { TEXT_RESUME } from '../cli/helpers/corpus.js';

describe('score --audit', () => {
  it('logs decisions without résumé text, and audit verify checks them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-audit-cli-'));
    writeFileSync(join(dir, 'a.txt'), TEXT_RESUME);
    writeFileSync(join(dir, 'b.txt'), TEXT_RESUME.replace('Jan 2021', 'Jan 2025'));
    const log = join(dir, 'audit.jsonl');
    const args = ['score', join(dir, 'a.txt'), join(dir, 'b.txt'), '--as-of', '2026-11-01', '-f', 'json', '-q', '--no-journal', '--audit', log, '--explain'];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expect((await runCli(args)).code).toBe(0);

    const text = readFileSync(log, 'utf8');
    const records = text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.type)).toEqual(['run', 'result', 'result', 'run', 'result', 'result']);
    expect(records[0]).toMatchObject({ asOf: '2026-11-01', results: 2, options: { explain: true, format: 'json' } });
    const report = JSON.parse(first.stdout) as { rubric: { sha256: string }; results: { file: string; sha256: string; verdict: string; score: number }[] };
    expect((records[0] as { rubric: { sha256: string } }).rubric.sha256).toBe(report.rubric.sha256);
    expect(records.slice(1, 3).map((r) => [r.file, r.sha256, r.verdict, r.score])).toEqual(report.results.map((r) => [r.file, r.sha256, r.verdict, r.score]));
    // Never résumé text: not the name, not the e-mail, not an evidence line.
    for (const secret of ['Marisol', 'marisol.ocampo@example.com', 'home feed recommender', 'Contoso']) expect(text).not.toContain(secret);

    const ok = await runCli(['audit', 'verify', log]);
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringMatching(/ok · 6 records · 2 runs/)]);

    const lines = text.trimEnd().split('\n');
    lines[4] = (lines[4] ?? '').replace(/"score":\d+/, '"score":100');
    writeFileSync(log, `${lines.join('\n')}\n`);
    const bad = await runCli(['audit', 'verify', log, '-f', 'json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, problems: [{ line: 5, code: 'BAD_HASH' }] });
    // A damaged log stops the next run before it reads anything.
    writeFileSync(log, text.slice(0, -5));
    const refused = await runCli(args);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('AUDIT_DAMAGED')]);
  }, 60_000);
});
