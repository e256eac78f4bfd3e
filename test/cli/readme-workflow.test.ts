// The README's GitHub Actions workflow: its shape (tests once, JUnit kept, diff after failures, no ${{ }} in shell),
// and its diff step's shell run for real in a scratch repository with a base branch and a rubric named with spaces.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

interface Step { name?: string; id?: string; if?: string; run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> }

function workflowFromReadme(): { steps: Step[] } {
  const readme = readFileSync('README.md', 'utf8');
  const block = /```yaml\n(# \.github\/workflows\/rubrics\.yml\n[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('no workflow block in README.md');
  const wf = parse(block) as { jobs: Record<string, { steps: Step[] }> };
  const job = Object.values(wf.jobs)[0];
  if (!job) throw new Error('no job');
  return job;
}

const { steps } = workflowFromReadme();
const step = (name: string): Step => {
  const s = steps.find((x) => x.name?.startsWith(name));
  if (!s) throw new Error(`no step ${name}`);
  return s;
};

describe('README workflow: shape', () => {
  it('runs the rubric tests once, as JUnit, and uploads the file even when they fail', () => {
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs.match(/rubric test /g)).toHaveLength(1);
    expect(step('Test').run).toMatch(/--format junit > rubric-test\.xml/);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('rubric-test.xml');
    expect(upload?.if).toMatch(/!cancelled\(\)|always\(\)/);
  });

  it('runs the diff after failed steps and passes base_ref through env, never into a shell line', () => {
    const diff = step('Diff');
    expect(diff.if).toMatch(/!cancelled\(\)|always\(\)/);
    expect(diff.env?.BASE_REF).toBe('${{ github.base_ref }}');
    for (const s of steps) expect(s.run ?? '').not.toContain('${{');
  });
});

describe('README workflow: the diff step in a scratch repository', () => {
  const repo = mkdtempSync(join(tmpdir(), 'rs-workflow-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]): string => {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };

  it('diffs a changed rubric whose name has spaces, notes a new one, skips cases files', () => {
    // The CLI from sources: `node bin/resume-screen.js` in the script runs test/cli/helpers/cli.ts through tsx.
    mkdirSync(join(repo, 'bin'));
    writeFileSync(join(repo, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(repo, 'bin', 'resume-screen.js'), `import ${JSON.stringify(resolve('test/cli/helpers/cli.ts'))};\n`);
    symlinkSync(resolve('node_modules'), join(repo, 'node_modules'));
    mkdirSync(join(repo, 'fixtures', 'resumes'), { recursive: true });
    for (const f of ['ahmed-hassan.pdf', 'anna-lindqvist.docx']) copyFileSync(join('fixtures/resumes', f), join(repo, 'fixtures', 'resumes', f));
    mkdirSync(join(repo, 'rubrics'));
    const shipped = readFileSync('rubrics/em-user-understanding.yaml', 'utf8');
    writeFileSync(join(repo, 'rubrics', 'team a.yaml'), shipped);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('checkout', '-qb', 'change');
    writeFileSync(join(repo, 'rubrics', 'team a.yaml'), shipped.replace(/pass_score: 0\b/, 'pass_score: 100'));
    writeFileSync(join(repo, 'rubrics', 'new one.yaml'), shipped);
    writeFileSync(join(repo, 'rubrics', 'team a.cases.yaml'), 'cases: []\n');
    git('add', '.');
    git('commit', '-qm', 'change');

    const summary = join(repo, 'summary.md');
    const r = spawnSync('bash', ['-e', '-c', step('Diff').run ?? ''], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary, NODE_OPTIONS: '--import tsx', NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = readFileSync(summary, 'utf8');
    expect(out).toContain('rubrics/new one.yaml is new');
    expect(out).not.toContain('cases');
    // The markdown diff of "team a.yaml" against its base version, over both résumés.
    expect(out).toMatch(/^### Rubric diff: `[^`]*\/team a\.yaml` → `rubrics\/team a\.yaml`$/m);
    expect(out).toMatch(/\*\*2 résumés, /);
  });
});
