// Rubric hostility (issue 7 §3): each hostile rubric is rejected fast with a clear error, or runs in linear time.
// Loads run in a child process with a kill timer: the CLI loads a rubric in its own process, with no pool to save it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuiltCli } from '../tools/hostile/run-cli.js';

const FIXTURES = join(ROOT, 'fixtures', 'hostile-rubrics');
const LOADER = join(ROOT, 'test', 'tools', 'hostile', 'load-rubric.ts');
/** A rubric that takes longer than this to load is a denial of service, whatever it contains. */
const LOAD_BUDGET_MS = 5_000;
const KILL_AFTER_MS = 15_000;
const HEAD = 'id: hostile\ntitle: Hostile\nversion: 1\n';

interface LoadResult {
  ok?: boolean;
  codes?: string[];
  threw?: string;
  ms?: number;
  polluted?: boolean;
  killed?: boolean;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-rubric-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function loadInChild(path: string): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', LOADER, path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
  return new Promise((resolve) => {
    child.on('close', () => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('@@RUBRIC@@'));
      resolve(line ? (JSON.parse(line.slice(10)) as LoadResult) : { killed: true });
    });
  });
}

async function written(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('hostile rubric files are refused with a clear code', () => {
  it.each([
    ['billion-laughs.yaml', 'ALIAS_LIMIT'],
    ['proto-keys.yaml', 'FORBIDDEN_KEY'],
    ['yaml-tags.yaml', 'YAML_SYNTAX'],
  ])('%s → %s, fast, without polluting Object.prototype', async (file, code) => {
    const result = await loadInChild(join(FIXTURES, file));
    expect(result.ok).toBe(false);
    expect(result.codes).toContain(code);
    expect(result.ms).toBeLessThan(LOAD_BUDGET_MS);
    expect(result.polluted).toBe(false);
  });

  it('reports every prototype key, including one reached through a merge key', async () => {
    const result = await loadInChild(join(FIXTURES, 'proto-keys.yaml'));
    expect(result.codes?.filter((c) => c === 'FORBIDDEN_KEY').length).toBeGreaterThanOrEqual(4);
  });

  it('refuses 300,000 nested flow sequences (under the size cap) with a diagnostic, not a crash', async () => {
    const result = await loadInChild(await written('deep.yaml', `${HEAD}requirements: ${'['.repeat(300_000)}${']'.repeat(300_000)}\n`));
    expect(result.ok).toBe(false);
    expect(result.codes?.length).toBeGreaterThan(0);
    // yaml recurses until the stack overflows (~2.6 s idle): slow but bounded; a depth pre-check would make it instant.
    expect(result.ms).toBeLessThan(2 * LOAD_BUDGET_MS);
  });

  // 99 aliases (under yaml's alias-count limit of 100) of one 95,000-term list: 9.4 million terms from 750 KB.
  it('refuses alias amplification that stays under the alias-count limit', async () => {
    const terms = Array.from({ length: 95_000 }, (_, i) => `t${i}`).join(', ');
    const roles = Array.from({ length: 99 }, (_, i) => `  r${i}:\n    titles: ${i === 0 ? `&big [${terms}]` : '*big'}\n`).join('');
    const path = await written('alias-amplification.yaml', `${HEAD}roles:\n${roles}requirements:\n  - { id: y, kind: years, category: r1, min: 1 }\n`);
    const result = await loadInChild(path);
    expect(result.killed, 'load did not finish').toBeUndefined();
    expect(result.ok, 'a 750 KB rubric that expands to 9.4 million terms was accepted').toBe(false);
  });

  // 4,000 patterns each compiling to a 1,000-state program: 250 KB of YAML (each résumé then pays for all of them).
  it('loads (or refuses) a rubric of many expensive patterns within the load budget', async () => {
    const patterns = Array.from({ length: 4_000 }, (_, i) => `  - { id: p${i}, kind: pattern, pattern: '[a-z]{1000}x${i}' }`).join('\n');
    const result = await loadInChild(await written('many-patterns.yaml', `${HEAD}requirements:\n${patterns}\n`));
    expect(result.killed, `load did not finish in ${KILL_AFTER_MS} ms`).toBeUndefined();
    expect(result.ms).toBeLessThan(LOAD_BUDGET_MS);
  });
});

describe('hostile rubrics through the CLI', () => {
  const resume = (): Promise<string> =>
    // The blank line keeps the a's a paragraph of their own (plain-text reading joins wrapped lines).
    written('aaaa.txt', `Tove Halvorsen-Imre\nExperience\nMachine Learning Engineer - Fjordline Analytics - Mar 2019 - Present\n\n${'a'.repeat(100_000)}\n`);

  it('refuses a 50 MB rubric before reading it: exit 2, one line per problem on stderr, nothing on stdout', async () => {
    const line = '  - { id: k, kind: keywords, any: [Go] }\n';
    const big = await written('big.yaml', `${HEAD}requirements:\n${line.repeat(Math.ceil(50_000_000 / line.length))}`);
    const run = await runBuiltCli(['score', await resume(), '--rubric', big, '--format', 'json'], dir, 60_000);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('TOO_LARGE');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.wallMs).toBeLessThan(10_000);
  }, 70_000);

  // 4,000 valid patterns of ~900 RE2 states each (300 KB, under every per-pattern cap): the parent loads them with no
  // time limit, then every résumé pays for all of them in its child. Refusing the rubric or scoring fast are both fine.
  it('refuses, or scores quickly with, a rubric of thousands of expensive but valid patterns', async () => {
    const patterns = Array.from({ length: 4_000 }, (_, i) => `  - { id: p${i}, kind: pattern, pattern: '(\\pL{100}\\s){9}x${i}' }`).join('\n');
    const rubric = await written('many-valid-patterns.yaml', `${HEAD}requirements:\n${patterns}\n`);
    const run = await runBuiltCli(['score', await resume(), '--rubric', rubric, '--format', 'json', '--timeout', '3000'], dir, 60_000);
    const refused = run.code === 2 && run.stdout === '';
    const status = refused ? 'refused' : (JSON.parse(run.stdout || '{"results":[]}') as { results: Array<{ status: string }> }).results[0]?.status;
    expect({ status, fast: run.wallMs < 15_000 }).toEqual({ status: refused ? 'refused' : 'scored', fast: true });
  }, 70_000);

  it('runs ^(a+)+$ and friends against a 100,000-character line of a’s in linear time', async () => {
    const run = await runBuiltCli(['score', await resume(), '--rubric', join(FIXTURES, 'redos-patterns.yaml'), '--format', 'json', '--as-of', '2026-11-01'], dir, 60_000);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { results: Array<{ status: string; requirements?: Array<{ id: string; met: boolean }> }> };
    const row = json.results[0];
    expect(row?.status).toBe('scored');
    const met = Object.fromEntries((row?.requirements ?? []).map((r) => [r.id, r.met]));
    expect(met).toEqual({ 'nested-plus': true, 'nested-plus-fail': false, alternation: false, 'dot-star-repeat': false });
    expect(run.wallMs).toBeLessThan(15_000);
  }, 70_000);
});
