// End to end through the CLI: a folder mixing good résumés, every broken fixture, an unsupported file and a
// duplicate gives one row per input with the right codes and summary; a killed run resumed from its journal gives
// the same report as an uninterrupted one; a child that hangs or crashes costs one file, not the batch.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { JsonReport } from '../../src/report/json.js';
import { copyBroken, renderResumes, TEXT_RESUME, tempDir } from './helpers/corpus.js';
import { runCli, startCli } from './helpers/run.js';

// Each case spawns the CLI (and its children) from TypeScript sources: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000 });

// Generous per-file limits: these tests are about rows and codes, not speed or memory. Children run from sources
// through tsx, which takes ~550 MB RSS once pdf.js is loaded (the built worker: ~115 MB), on a possibly loaded machine.
const AS_OF = ['--as-of', '2026-11-01', '--timeout', '60000', '--max-memory', '2048'];

describe('score: a mixed batch', () => {
  it('one row per input, the right error codes, duplicates both ways, skipped counted, summary says rows = inputs', async () => {
    const dir = tempDir();
    const good = await renderResumes(join(dir, 'good'), 3);
    writeFileSync(join(dir, 'good', 'marisol-ocampo.txt'), TEXT_RESUME);
    copyFileSync(join(dir, 'good', 'marisol-ocampo.txt'), join(dir, 'good', 'second-marisol.txt'));
    writeFileSync(join(dir, 'good', 'portrait.png'), 'not a résumé');
    const broken = copyBroken(join(dir, 'broken'));
    // In a folder, images are not screened (skipped); every other broken fixture is a row.
    const skippedBroken = Object.keys(broken).filter((f) => /\.(png|jpe?g)$/i.test(f));
    expect(skippedBroken.length).toBeLessThan(Object.keys(broken).length);
    const r = await runCli(['score', dir, '--format', 'json', '--jobs', '2', '--journal', join(dir, 'j.jsonl'), ...AS_OF]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    const byFile = new Map(report.results.map((x) => [x.file.replace(`${dir}/`, ''), x]));
    const inputs = good.length + 2 + Object.keys(broken).length - skippedBroken.length;
    expect(report.results).toHaveLength(inputs);
    for (const name of [...good, 'marisol-ocampo.txt']) expect(byFile.get(`good/${name}`)?.status, name).toBe('scored');
    expect(byFile.get('good/second-marisol.txt')).toMatchObject({ status: 'scored', duplicateOf: `${dir}/good/marisol-ocampo.txt` });
    expect(byFile.get('good/marisol-ocampo.txt')?.duplicates).toEqual([`${dir}/good/second-marisol.txt`]);
    let errors = 0;
    for (const [file, expected] of Object.entries(broken)) {
      if (skippedBroken.includes(file)) continue;
      const row = byFile.get(`broken/${file}`);
      if (expected.kind === 'error') {
        errors++;
        expect(row?.status === 'error' ? row.error.code : row?.status, file).toBe(expected.code);
      } else {
        expect(row?.status, file).toBe('scored');
        if (expected.kind === 'warning') expect(row?.status === 'scored' ? row.warnings : [], file).toContain(expected.code);
      }
    }
    const skipped = ['good/portrait.png', ...skippedBroken.map((f) => `broken/${f}`)].map((f) => ({ file: `${dir}/${f}`, code: 'SKIPPED_EXTENSION' }));
    expect([...report.skipped].sort((a, b) => a.file.localeCompare(b.file))).toEqual(skipped.sort((a, b) => a.file.localeCompare(b.file)));
    expect(report.summary).toMatchObject({ rows: inputs, duplicates: 1, skipped: skipped.length, errors });
    expect(r.stderr).toContain(`${errors} error`);
    expect(r.stderr).toContain(`${skipped.length} skipped`);
    expect(r.stderr).toContain('1 duplicate ');
    expect(r.stderr).toContain(`rows = inputs (${inputs}) ✓`);
  });

  it('a hanging and a crashing child become TIMEOUT and CRASHED after one retry; the rest is scored', async () => {
    const dir = tempDir();
    // Text résumés: quick to read, so only the hanging file can reach the 5 s limit.
    for (const name of ['ok-1.txt', 'ok-2.md', 'ok-3.txt']) writeFileSync(join(dir, name), `${TEXT_RESUME}\n${name}\n`);
    writeFileSync(join(dir, 'hang-here.txt'), TEXT_RESUME);
    writeFileSync(join(dir, 'crash-here.txt'), `${TEXT_RESUME}\n`);
    const env = { RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_HANG: 'hang-here', RESUME_SCREEN_TEST_CRASH: 'crash-here' };
    const r = await runCli(['score', dir, '--format', 'csv', '--journal', join(dir, 'j.jsonl'), ...AS_OF, '--timeout', '5000'], env);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows.find((x) => x.includes('hang-here'))).toContain(',TIMEOUT,');
    expect(rows.find((x) => x.includes('crash-here'))).toContain(',CRASHED,');
    expect(rows.filter((x) => x.includes(',scored,'))).toHaveLength(3);
  });
});

describe('score: kill and --resume', () => {
  it('a run killed half-way and resumed prints the same report as an uninterrupted run', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'cvs');
    const names = await renderResumes(corpus, 8, 11);
    const base = ['score', corpus, '--format', 'json', '--jobs', '2', ...AS_OF];
    const whole = await runCli([...base, '--journal', join(dir, 'whole.jsonl')]);
    expect(whole.code).toBe(0);

    const journal = join(dir, 'killed.jsonl');
    const env = { RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_DELAY_MS: '150' };
    const child = startCli([...base, '--journal', journal], env);
    const killedAt = await new Promise<number>((resolve) => {
      const poll = setInterval(() => {
        const lines = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').filter(Boolean).length : 0;
        if (lines >= 3) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve(lines);
        }
      }, 10);
    });
    await new Promise((resolve) => child.on('close', resolve));
    expect(killedAt).toBeLessThan(names.length);

    const resumed = await runCli([...base, '--journal', journal, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toBe(whole.stdout);
    const reused = Number(/(\d+) resumed from journal/.exec(resumed.stderr)?.[1]);
    expect(reused).toBeGreaterThanOrEqual(3);
    expect(reused).toBeLessThan(names.length);
  });
});

describe('score: killed while a child hangs', () => {
  it('the hung child does not outlive its parent', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hang-forever.txt'), TEXT_RESUME);
    const env = { RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_HANG: 'hang-forever' };
    const cli = startCli(['score', dir, '--journal', join(dir, 'j.jsonl'), ...AS_OF], env);
    // Wait until a child is busy (its CPU time grows), then kill the parent without giving it a chance to clean up.
    const child = await new Promise<number>((resolve) => {
      const poll = setInterval(() => {
        const pid = childrenOf(cli.pid ?? 0).find((p) => cpuTicks(p) > 200);
        if (pid !== undefined) {
          clearInterval(poll);
          resolve(pid);
        }
      }, 100);
    });
    cli.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(existsSync(`/proc/${child}`) && !readFileSync(`/proc/${child}/stat`, 'utf8').includes(') Z ')).toBe(false);
  });
});

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** utime + stime of a process, in clock ticks. */
function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}
