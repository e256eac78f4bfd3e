// Sharded screening end to end with the built CLI (npm test builds it first): a mixed corpus (copies in other
// folders, broken files) split into 1, 3 and 8 shards, by path and by manifest, merges into the
// byte-identical JSON report of the unsharded run; missing and mismatched shards are refused with their codes; a
// worker resumes from its journal; and the README's GNU parallel example runs as written.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { copyBroken, renderResumes, TEXT_RESUME, tempDir } from './helpers/corpus.js';

vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

const BIN = resolve('bin/resume-screen.js');
const BUILT = existsSync(resolve('dist/cli/index.js'));
// --ocr never: the scanned fixture is NO_TEXT_LAYER at once instead of seconds of OCR in every run.
const COMMON = ['--as-of', '2026-11-01', '--ocr', 'never', '--timeout', '60000', '--max-memory', '2048', '--quiet'];

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
/** `score resumes -f json` on one machine. */
let single = '';

function cliAsync(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (code) => done({ code, stderr }));
  });
}

/** Runs all N shards into `out`, two workers at a time (the machine's cores), and returns the shard files. */
async function runShards(n: number, out: string, source: string[]): Promise<string[]> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < n) {
      const k = next++;
      const r = await cliAsync(['score', ...source, '--shard', `${k}/${n}`, '-o', out, '--jobs', '1', ...COMMON], dir);
      expect(r.code, r.stderr).toBe(0);
    }
  };
  await Promise.all([worker(), worker()]);
  return readdirSync(join(dir, out)).filter((f) => /^shard-\d+-of-\d+\.jsonl$/.test(f)).sort().map((f) => join(out, f));
}

/** The shard files of the 3-shard manifest run, reused by the later cases. */
let threeShards: string[] = [];

function shardOfFile(files: string[]): Map<string, string> {
  const where = new Map<string, string>();
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').trim().split('\n')) {
      const value = JSON.parse(line) as { type: string; row?: { file: string } };
      if (value.row) where.set(value.row.file, f);
    }
  }
  return where;
}

describe.skipIf(!BUILT)('sharded screening (built CLI)', () => {
  beforeAll(async () => {
    dir = tempDir('rs-shards-');
    const good = await renderResumes(join(dir, 'resumes', 'good'), 3);
    writeFileSync(join(dir, 'resumes', 'good', 'marisol-ocampo.txt'), TEXT_RESUME);
    // Copies before and after their originals in input order, in other folders (other shards, split by path).
    mkdirSync(join(dir, 'resumes', 'aa-early'));
    copyFileSync(join(dir, 'resumes', 'good', good[1] ?? ''), join(dir, 'resumes', 'aa-early', 'first-seen.pdf'));
    mkdirSync(join(dir, 'resumes', 'zz-late'));
    copyFileSync(join(dir, 'resumes', 'good', 'marisol-ocampo.txt'), join(dir, 'resumes', 'zz-late', 'marisol-again.txt'));
    copyFileSync(join(dir, 'resumes', 'good', good[0] ?? ''), join(dir, 'resumes', 'zz-late', 'second.pdf'));
    copyFileSync(join(dir, 'resumes', 'good', good[0] ?? ''), join(dir, 'resumes', 'zz-late', 'third.pdf'));
    copyBroken(join(dir, 'resumes', 'broken'));
    const r = cli(['score', 'resumes', '-f', 'json', '--no-journal', '--jobs', '2', ...COMMON], dir);
    expect(r.code, r.stderr).toBe(0);
    single = r.stdout;
    const report = JSON.parse(single) as { summary: { duplicates: number; errors: number; skipped: number; rows: number } };
    // The corpus is what the test says it is: copies, errors (broken files) and skipped files.
    expect(report.summary.duplicates).toBe(4);
    expect(report.summary.errors).toBeGreaterThanOrEqual(5);
    expect(report.summary.skipped).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [1, 'path'],
    [3, 'manifest'],
    [8, 'path'],
  ] as const)('%i shards by %s merge into the byte-identical JSON report of one run', async (n, by) => {
    const out = `shards-${n}-${by}`;
    let source = ['resumes'];
    if (by === 'manifest') {
      const m = cli(['manifest', 'resumes', '-o', `manifest-${n}.jsonl`, '--quiet'], dir);
      expect(m.code, m.stderr).toBe(0);
      source = ['--manifest', `manifest-${n}.jsonl`];
    }
    const files = await runShards(n, out, source);
    expect(files).toHaveLength(n);
    if (n === 3) threeShards = files;
    const merged = cli(['merge', ...files, '-f', 'json', '--quiet'], dir);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(single);
    const where = shardOfFile(files);
    if (by === 'manifest') {
      // Same bytes, same shard.
      expect(where.get('resumes/zz-late/second.pdf')).toBe(where.get('resumes/zz-late/third.pdf'));
    } else if (n === 8) {
      // Split by path, copies of one file were screened on different "machines": the merge still marks them.
      const copies = ['resumes/zz-late/second.pdf', 'resumes/zz-late/third.pdf', 'resumes/zz-late/marisol-again.txt', 'resumes/aa-early/first-seen.pdf'];
      const originals = readdirSync(join(dir, 'resumes', 'good')).map((f) => `resumes/good/${f}`);
      expect(copies.some((c) => originals.some((o) => where.get(o) !== where.get(c) && readFileSync(join(dir, o)).equals(readFileSync(join(dir, c)))))).toBe(true);
    }
  });

  it('another format agrees too (csv) and the merge says what it merged', () => {
    const one = cli(['score', 'resumes', '-f', 'csv', '--no-journal', '--jobs', '2', ...COMMON], dir);
    const merged = cli(['merge', ...threeShards, '-f', 'csv'], dir);
    expect(merged.stdout).toBe(one.stdout);
    expect(merged.stderr).toMatch(/^3 shards merged · .* rows = inputs \(\d+\) ✓\n$/);
  });

  it('refuses a missing shard, a mismatched one and a shard given twice, each with its code and one line', () => {
    const [zero = '', one = '', two = ''] = threeShards;
    let r = cli(['merge', zero, two, '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('resume-screen: SHARD_MISSING: 1 of 3 shards missing (0-based): 1\n');
    // Shard 1 again, on another day.
    const other = cli(['score', '--manifest', 'manifest-3.jsonl', '--shard', '1/3', '-o', 'shards-other-day', '--jobs', '1', ...COMMON, '--as-of', '2026-12-01'], dir);
    expect(other.code, other.stderr).toBe(0);
    r = cli(['merge', zero, 'shards-other-day/shard-1-of-3.jsonl', two, '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`resume-screen: SHARD_MISMATCH: shard-1-of-3.jsonl: as-of date "2026-12-01" differs from shard-0-of-3.jsonl's "2026-11-01"\n`);
    r = cli(['merge', zero, one, 'shards-other-day/shard-1-of-3.jsonl', two], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resume-screen: SHARD_(DUPLICATE|MISMATCH): /);
    // A worker restarted with --resume reads nothing again: every row from its journal, the same rows.
    const before = readFileSync(join(dir, one), 'utf8').split('\n').slice(1);
    const again = cli(['score', '--manifest', 'manifest-3.jsonl', '--shard', '1/3', '-o', 'shards-3-manifest', '--jobs', '1', '--resume', ...COMMON.filter((a) => a !== '--quiet')], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/\d+ resumed from journal/);
    expect(readFileSync(join(dir, one), 'utf8').split('\n').slice(1)).toEqual(before);
  });

  // The README's example, as written: `resume-screen` on PATH, GNU parallel running the 8 workers.
  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hasParallel && process.env.CI) throw new Error('GNU parallel is missing: .ci/run installs it (apt-get install parallel)');
  it.skipIf(!hasParallel)('runs the README GNU parallel example and gets the report of one run (skipped only where `parallel` is not installed)', () => {
    const block = /```sh\n(# GNU parallel[^\n]*\n[\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1];
    expect(block, 'README: the GNU parallel block').toBeDefined();
    expect(block).toMatch(/parallel .*resume-screen score .*--shard \{\}\/8 .*::: 0 1 2 3 4 5 6 7/);
    // Its own folder of résumés without the scanned fixture: the example runs with the default --ocr auto, and OCR
    // costs seconds a page (the cases above cover broken files).
    const cwd = join(dir, 'parallel');
    for (const sub of ['good', 'aa-early', 'zz-late']) {
      mkdirSync(join(cwd, 'resumes', sub), { recursive: true });
      for (const f of readdirSync(join(dir, 'resumes', sub))) copyFileSync(join(dir, 'resumes', sub, f), join(cwd, 'resumes', sub, f));
    }
    copyFileSync(join(dir, 'resumes', 'broken', 'truncated.docx'), join(cwd, 'resumes', 'good', 'truncated.docx'));
    const one = cli(['score', 'resumes', '-f', 'json', '--no-journal', '--as-of', '2026-11-01', '--quiet'], cwd);
    expect(one.code, one.stderr).toBe(0);
    const bin = join(dir, 'path-bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'resume-screen'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
    chmodSync(join(bin, 'resume-screen'), 0o755);
    const r = spawnSync('bash', ['-e', '-c', block ?? ''], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PATH: `${bin}:${process.env.PATH ?? ''}` } });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(cwd, 'shards')).filter((f) => f.endsWith('.jsonl')).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((k) => `shard-${k}-of-8.jsonl`).sort());
    expect(readFileSync(join(cwd, 'report.json'), 'utf8')).toBe(one.stdout);
  });
});

describe.skipIf(!BUILT)('shard usage errors: one line, a stable code, exit 2, before anything is read', () => {
  const noEnv = { JOB_COMPLETION_INDEX: '', AWS_BATCH_JOB_ARRAY_INDEX: '', AWS_BATCH_JOB_ARRAY_SIZE: '', RESUME_SCREEN_SHARDS: '' };
  it.each<[string[], NodeJS.ProcessEnv, RegExp]>([
    [['score', 'fixtures/resumes', '--shard', '8/8'], {}, /^resume-screen: SHARD_SPEC: shard index 8 is not below the shard count 8/],
    [['score', 'fixtures/resumes', '--shard', 'auto'], noEnv, /^resume-screen: SHARD_SPEC: --shard auto found neither JOB_COMPLETION_INDEX nor AWS_BATCH_JOB_ARRAY_INDEX/],
    [['score', 'fixtures/resumes', '--shard', 'auto'], { ...noEnv, JOB_COMPLETION_INDEX: '2' }, /^resume-screen: SHARD_SPEC: --shard auto \(Kubernetes\) needs the shard count/],
    [['score', '--manifest', 'm.jsonl'], {}, /^resume-screen: USAGE: --manifest needs --shard/],
    [['score', 'fixtures/resumes', '--shard', '0/2', '-f', 'json'], {}, /^resume-screen: USAGE: --shard writes a shard file/],
    [['score', 'fixtures/resumes', '--shard', '0/2', '--top', '3'], {}, /^resume-screen: USAGE: --top and --audit belong to the merged report/],
    [['score', 'fixtures/resumes', '--shard', '0/2', '--blind'], {}, /^resume-screen: USAGE: --blind cannot be combined with --shard yet/],
    [['score', 'fixtures/resumes', '--manifest', 'm.jsonl', '--shard', '0/2'], {}, /^resume-screen: USAGE: --manifest names the inputs/],
    [['score', '--manifest', 'no-such-manifest.jsonl', '--shard', '0/2'], {}, /^resume-screen: MANIFEST_UNREADABLE: no-such-manifest\.jsonl: cannot be read \(ENOENT\)/],
    [['merge', 'no-such-shard.jsonl'], {}, /^resume-screen: SHARD_UNREADABLE: no-such-shard\.jsonl: cannot be read \(ENOENT\)/],
  ])('%j', (args, env, message) => {
    const r = cli(args, resolve('.'), env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('README examples that are not run here parse and say what the tool reads', () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = (lang: string, first: RegExp): string => {
    const found = [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '').find((b) => first.test(b));
    if (!found) throw new Error(`README: no ${lang} block matching ${String(first)}`);
    return found;
  };

  it('Kubernetes: an Indexed Job whose completions equal the N of --shard auto/N', () => {
    const job = parse(block('yaml', /kind: Job/)) as { spec: { completionMode: string; completions: number; template: { spec: { containers: { args: string[] }[] } } } };
    expect(job.spec.completionMode).toBe('Indexed');
    const args = job.spec.template.spec.containers[0]?.args ?? [];
    expect(args[args.indexOf('--shard') + 1]).toBe(`auto/${job.spec.completions}`);
    expect(args).toContain('--as-of');
  });

  it('AWS Batch: a job definition whose command takes the index and size from the array job', () => {
    const def = JSON.parse(block('json', /jobDefinitionName/)) as { containerProperties: { command: string[]; volumes: { name: string }[]; mountPoints: { sourceVolume: string }[] } };
    const { command, volumes, mountPoints } = def.containerProperties;
    expect(command[command.indexOf('--shard') + 1]).toBe('auto');
    expect(mountPoints[0]?.sourceVolume).toBe(volumes[0]?.name);
    expect(block('sh', /aws batch/)).toMatch(/--array-properties size=\d+/);
  });

  it('GitHub Actions: one job per shard index, shard numbers through env (never ${{ }} in a shell line), then one merge', () => {
    const wf = parse(block('yaml', /# \.github\/workflows\/screen\.yml/)) as { jobs: { shard: { strategy: { matrix: { shard: number[] } }; steps: { run?: string; env?: Record<string, string> }[] }; merge: { needs: string; steps: { run?: string; with?: Record<string, unknown> }[] } } };
    const shards = wf.jobs.shard.strategy.matrix.shard;
    expect(shards).toEqual([...Array(shards.length).keys()]);
    const score = wf.jobs.shard.steps.find((s) => s.run?.includes('--shard'));
    expect(score?.run).toContain(`--shard "$SHARD/${shards.length}"`);
    expect(score?.env?.SHARD).toBe('${{ matrix.shard }}');
    for (const step of [...wf.jobs.shard.steps, ...wf.jobs.merge.steps]) expect(step.run ?? '').not.toContain('${{');
    expect(wf.jobs.merge.needs).toBe('shard');
    expect(wf.jobs.merge.steps.find((s) => s.with?.['merge-multiple'] === true)).toBeDefined();
  });
});
