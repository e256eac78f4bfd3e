// The fault suite (issue 20): signals, kill -9 at random moments then --resume, two runs on one journal, a rewritten
// file, stdout on a full disk or a closed pipe, a full file system for the report and the journal. Each case ends in
// the uninterrupted run's report or a one-line error with exit 2, and leaves nothing personal in the temp folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { TEXT_RESUME, tempDir } from './helpers/corpus.js';
import { ROOT, runCli, startCli } from './helpers/run.js';

vi.setConfig({ testTimeout: 300_000 });

const AS_OF = ['--as-of', '2026-11-01', '--timeout', '60000', '--max-memory', '2048'];
const SLOW = { RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_DELAY_MS: '250' };

/** `count` distinct text résumés in `dir/cvs` (distinct bytes, so none is a duplicate of another). */
function corpus(dir: string, count = 8): string {
  const cvs = join(dir, 'cvs');
  mkdirSync(cvs, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(cvs, `cv-${i}.txt`), `${TEXT_RESUME}\nReference number ${i}\n`);
  return cvs;
}

/** A private TMPDIR per test: what a run leaves there is what it would leave in the user's. */
function tmp(dir: string): NodeJS.ProcessEnv {
  const t = join(dir, 'tmp');
  mkdirSync(t, { recursive: true });
  return { TMPDIR: t };
}

function leftovers(env: NodeJS.ProcessEnv): string[] {
  return readdirSync(env.TMPDIR ?? '').filter((n) => n.startsWith('resume-screen-rows-'));
}

function journalLines(path: string): number {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).length : 0;
}

function waitFor(check: () => boolean, ms = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (check()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error('timed out waiting'));
      }
    }, 10);
  });
}

function closed(child: ReturnType<typeof startCli>): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdout?.resume();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('signals', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('%s exits %i with the resume hint, releases the journal and leaves no rows behind', async (signal, code) => {
    const dir = tempDir();
    const env = { ...tmp(dir), ...SLOW };
    const journal = join(dir, 'run.jsonl');
    const child = startCli(['score', corpus(dir), '--format', 'json', '--jobs', '1', '--journal', journal, ...AS_OF], env);
    const done = closed(child);
    await waitFor(() => journalLines(journal) >= 1);
    child.kill(signal);
    const r = await done;
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(/INTERRUPTED: .*--resume/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(`${journal}.lock`)).toBe(false);
    expect(leftovers(env)).toEqual([]);
  });

  it('a second Ctrl-C while stopping exits at once', async () => {
    const dir = tempDir();
    const env = { ...tmp(dir), ...SLOW };
    const journal = join(dir, 'run.jsonl');
    const child = startCli(['score', corpus(dir), '--jobs', '1', '--journal', journal, ...AS_OF], env);
    const done = closed(child);
    await waitFor(() => journalLines(journal) >= 1);
    child.kill('SIGINT');
    child.kill('SIGINT');
    expect((await done).code).toBe(130);
    expect(leftovers(env)).toEqual([]);
  });
});

describe('kill -9 and --resume', () => {
  const seeds = [0.2, 0.5, 0.8];
  it('at several moments of the batch, the resumed report equals the uninterrupted one and the killed run\'s rows are swept', async () => {
    const dir = tempDir();
    const env = tmp(dir);
    const cvs = corpus(dir, 8);
    const base = ['score', cvs, '--format', 'json', '--jobs', '2', ...AS_OF];
    const whole = await runCli([...base, '--journal', join(dir, 'whole.jsonl')], env);
    expect(whole.code).toBe(0);
    for (const [i, share] of seeds.entries()) {
      const journal = join(dir, `killed-${i}.jsonl`);
      const child = startCli([...base, '--journal', journal], { ...env, ...SLOW });
      const done = closed(child);
      await waitFor(() => journalLines(journal) >= Math.max(1, Math.round(8 * share)));
      child.kill('SIGKILL');
      await done;
      expect(existsSync(`${journal}.lock`)).toBe(true); // a dead owner's lock...
      const resumed = await runCli([...base, '--journal', journal, '--resume'], env);
      expect(resumed.code).toBe(0); // ...is taken over
      expect(resumed.stdout).toBe(whole.stdout);
      expect(leftovers(env)).toEqual([]); // the killed run's rows folder was swept by the next run
    }
  });
});

describe('one writer per journal', () => {
  it('a second run on a journal in use exits 2 with JOURNAL_LOCKED; the first finishes with a full report', async () => {
    const dir = tempDir();
    const env = tmp(dir);
    const cvs = corpus(dir, 6);
    const journal = join(dir, 'shared.jsonl');
    const args = ['score', cvs, '--format', 'json', '--jobs', '1', '--journal', journal, ...AS_OF];
    // The first run is held before its first file until the second has been refused: no race with a slow machine.
    const gate = join(dir, 'go');
    const first = startCli(args, { ...env, RESUME_SCREEN_TEST_HOOKS: '1', RESUME_SCREEN_TEST_WAIT_FOR: gate });
    let stdout = '';
    first.stdout?.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    const firstDone = closed(first);
    await waitFor(() => existsSync(`${journal}.lock`));
    const second = await runCli(args, env);
    writeFileSync(gate, '');
    expect(second.code).toBe(2);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toContain('JOURNAL_LOCKED');
    expect((await firstDone).code).toBe(0);
    expect((JSON.parse(stdout) as { results: unknown[] }).results).toHaveLength(6);
    expect(journalLines(journal)).toBe(6);
  });

  it('--resume with no journal at that path says so, and reads everything', async () => {
    const dir = tempDir();
    const r = await runCli(['score', corpus(dir, 2), '--format', 'json', '--journal', join(dir, 'none.jsonl'), '--resume', ...AS_OF], tmp(dir));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('JOURNAL_MISSING');
  });
});

describe('output that cannot be written', () => {
  it('stdout on a full disk (/dev/full) is one line with exit 2, after nothing else', async () => {
    const dir = tempDir();
    const full = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/cli/helpers/cli.ts'), 'score', corpus(dir, 2), '--format', 'json', ...AS_OF], {
      cwd: ROOT,
      env: { ...process.env, ...tmp(dir) },
      stdio: ['ignore', full, 'pipe'],
    });
    closeSync(full);
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('OUT_WRITE_FAILED') as string]);
  });

  it('a reader that goes away (EPIPE, like `| head`) ends the run quietly', () => {
    const dir = tempDir();
    const cli = `${JSON.stringify(process.execPath)} --import tsx test/cli/helpers/cli.ts score ${JSON.stringify(corpus(dir, 4))} --format jsonl ${AS_OF.join(' ')}`;
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${cli} | head -c 1 >/dev/null`], { cwd: ROOT, env: { ...process.env, ...tmp(dir) }, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.status).toBe(0);
  });

  it('a report temp file left by a killed run is removed by the next run that writes that report', async () => {
    const dir = tempDir();
    const dead = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim();
    const stale = join(dir, `.report.json.${dead}.tmp`);
    writeFileSync(stale, '{"results":[{"evidence":"personal"}');
    const r = await runCli(['score', corpus(dir, 1), '--format', 'json', '-o', join(dir, 'report.json'), ...AS_OF], tmp(dir));
    expect(r.code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(dir, 'report.json'))).toBe(true);
  });
});

// A full file system: a tiny tmpfs where the machine lets us mount one (root in a container); skipped elsewhere.
const mounts: string[] = [];
function tinyFs(size: string): string | undefined {
  const dir = tempDir('rs-full-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  if (r.status !== 0) return undefined;
  mounts.push(dir);
  return dir;
}
afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
});
const canMount = (() => {
  const probe = tinyFs('16k');
  return probe !== undefined;
})();

describe.skipIf(!canMount)('a full file system', () => {
  it('for the report: OUT_WRITE_FAILED, exit 2, no partial report', async () => {
    const dir = tempDir();
    const fs = tinyFs('8k') ?? '';
    const r = await runCli(['score', corpus(dir, 6), '--format', 'json', '--with-profile', '-o', join(fs, 'report.json'), '--journal', join(dir, 'j.jsonl'), ...AS_OF], tmp(dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUT_WRITE_FAILED');
    expect(readdirSync(fs)).toEqual([]);
  });

  it('for the journal: JOURNAL_FAILED, exit 2', async () => {
    const dir = tempDir();
    const fs = tinyFs('4k') ?? '';
    const r = await runCli(['score', corpus(dir, 6), '--format', 'json', '--with-profile', '--journal', join(fs, 'j.jsonl'), ...AS_OF], tmp(dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('JOURNAL_FAILED');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
