// `rubric lint` end to end, in-process: each rule has a fixture whose flagged lines carry an `expect: <code>` comment.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resetExitCodeAfterEach, runInProcess } from './helpers/in-process.js';

const LINT_DIR = 'fixtures/rubrics/lint';

const run = runInProcess;
resetExitCodeAfterEach();

/** The (line, code) pairs a fixture marks with `# expect: code` comments: written by hand, not from tool output. */
function expectedFindings(file: string): { line: number; code: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => [...text.matchAll(/# expect: ([a-z0-9-]+)/g)].map((m) => ({ line: i + 1, code: m[1] ?? '' })));
}

const ERROR_RULES = new Set(['unreachable-min', 'protected-characteristic', 'unreachable-band']);

describe('rubric lint', () => {
  it('passes a clean rubric with no findings and exit 0', async () => {
    const r = await run(['rubric', 'lint', join(LINT_DIR, 'clean.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 rubric: 0 errors, 0 warnings\n');
  });

  it('has no errors on the shipped rubric', async () => {
    const r = await run(['rubric', 'lint', 'rubrics/em-user-understanding.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ errors: 0 });
  });

  const fixtures = readdirSync(LINT_DIR).filter((f) => f.endsWith('.yaml') && f !== 'clean.yaml');
  it.each(fixtures)('%s: flags exactly the marked lines with the marked codes', async (name) => {
    const file = join(LINT_DIR, name);
    const expected = expectedFindings(file);
    expect(expected.length).toBeGreaterThan(0);
    const r = await run(['rubric', 'lint', file, '--format', 'json']);
    const out = JSON.parse(r.stdout) as { results: { findings: { line: number; code: string; severity: string }[] }[] };
    const got = (out.results[0]?.findings ?? []).map((f) => ({ line: f.line, code: f.code }));
    expect(got).toEqual(expected);
    const errors = expected.some((e) => ERROR_RULES.has(e.code));
    expect(r.code).toBe(errors ? 1 : 0);
  });

  it('covers every registered rule with a fixture', async () => {
    const { LINT_RULES } = await import('../../src/rubric/lint/index.js');
    const marked = new Set(fixtures.flatMap((f) => expectedFindings(join(LINT_DIR, f)).map((e) => e.code)));
    for (const code of Object.keys(LINT_RULES)) expect(marked).toContain(code);
    for (const [code, rule] of Object.entries(LINT_RULES)) expect(rule.severity === 'error').toBe(ERROR_RULES.has(code));
  });

  it('reports every schema error at once as file:line:col severity code message', async () => {
    const r = await run(['rubric', 'lint', 'fixtures/rubrics/many-errors.yaml']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^fixtures\/rubrics\/many-errors\.yaml:\d+:\d+ error [A-Z_]+ \S/);
  });

  it('writes GitHub annotations', async () => {
    const r = await run(['rubric', 'lint', join(LINT_DIR, 'unreachable-min.yaml'), '--format', 'github']);
    expect(r.stdout).toBe(
      '::error file=fixtures/rubrics/lint/unreachable-min.yaml,line=14,col=10::unreachable-min ' +
        'ml-years: min 60 years is more than any résumé can show (> 50)\n',
    );
  });

  it('lints every rubric in a folder', async () => {
    const r = await run(['rubric', 'lint', 'rubrics/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 rubric: 0 errors/m);
  });

  it('exits 2 on a missing file', async () => {
    const r = await run(['rubric', 'lint', 'fixtures/rubrics/lint/no-such.yaml']);
    expect(r.code).toBe(2);
  });
});
