// `rubric lint` CI manners, like ESLint: --quiet, --max-warnings, -o (format from the extension), SARIF 2.1.0.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resetExitCodeAfterEach, runInProcess as run } from './helpers/in-process.js';

resetExitCodeAfterEach();
/** One warning each. */
const WARN = ['fixtures/rubrics/lint/short-term.yaml', 'fixtures/rubrics/lint/short-pattern.yaml'];
const ERR = 'fixtures/rubrics/salvage/typo-hides-policy.yaml';
const dir = mkdtempSync(join(tmpdir(), 'lint-ci-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
    }[];
  }[];
}

describe('rubric lint --quiet / --max-warnings', () => {
  it('prints warnings and exits 0 by default', async () => {
    const r = await run(['rubric', 'lint', ...WARN]);
    expect(r.stdout).toMatch(/warning short-term/);
    expect(r.code).toBe(0);
  });

  it('--quiet prints errors only', async () => {
    const r = await run(['rubric', 'lint', ...WARN, '--quiet']);
    expect(r.stdout).not.toMatch(/warning short-term/);
    expect(r.code).toBe(0);
    const e = await run(['rubric', 'lint', ERR, '--quiet', '-f', 'json']);
    const out = JSON.parse(e.stdout) as { errors: number; warnings: number };
    expect(out.errors).toBeGreaterThan(0);
    expect(e.code).toBe(1);
  });

  it.each([
    [[], 0],
    [['--max-warnings', '0'], 1],
    [['--max-warnings', '1'], 1],
    [['--max-warnings', '3'], 0],
    [['--max-warnings', '0', '--quiet'], 1],
  ])('%j → exit %i (the fixtures have 2 warnings)', async (extra, code) => {
    const r = await run(['rubric', 'lint', ...WARN, '-f', 'json', ...extra]);
    expect(r.code).toBe(code);
  });

  it('the fixtures have exactly the 2 warnings the table assumes', async () => {
    const r = await run(['rubric', 'lint', ...WARN, '-f', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ errors: 0, warnings: 2 });
  });
});

describe('rubric lint -o / -f sarif', () => {
  it('writes SARIF to -o when the extension says .sarif, nothing to stdout', async () => {
    const out = join(dir, 'lint.sarif');
    const r = await run(['rubric', 'lint', ERR, ...WARN, '-o', out]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8')) as Sarif;
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0?.tool.driver.name).toBe('resume-screen');
    const results = run0?.results ?? [];
    const typo = results.find((x) => x.ruleId === 'UNKNOWN_KEY');
    expect(typo?.level).toBe('error');
    expect(typo?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/rubrics/salvage/typo-hides-policy.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 13, startColumn: 5 },
    });
    const policy = results.filter((x) => x.ruleId === 'protected-characteristic').map((x) => x.locations[0]?.physicalLocation.region.startLine);
    expect(policy).toEqual([14, 15]);
    const short = results.find((x) => x.ruleId === 'short-term');
    expect(short?.level).toBe('warning');
    expect(short?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('fixtures/rubrics/lint/short-term.yaml');
    for (const x of results) expect(run0?.tool.driver.rules[x.ruleIndex]?.id).toBe(x.ruleId);
    expect(run0?.tool.driver.rules.find((x) => x.id === 'short-term')?.defaultConfiguration.level).toBe('warning');
  });

  it('writes JSON for -o lint.json and stylish for other extensions', async () => {
    const json = join(dir, 'lint.json');
    await run(['rubric', 'lint', ...WARN, '-o', json]);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ warnings: 2 });
    const txt = join(dir, 'lint.txt');
    await run(['rubric', 'lint', ...WARN, '-o', txt, '-f', 'github']);
    expect(readFileSync(txt, 'utf8')).toMatch(/^::warning file=fixtures\/rubrics\/lint\/short-term\.yaml,line=\d+,col=\d+::/);
  });

  it('percent-encodes spaces in SARIF URIs', async () => {
    const { uriOf } = await import('../../src/report/rubric-lint-sarif.js');
    expect(uriOf('rubrics/my rubric#2.yaml')).toBe('rubrics/my%20rubric%232.yaml');
  });
});
