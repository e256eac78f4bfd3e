// `rubric test` end to end, in-process, on a few labelled cases copied into a temp cases file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resetExitCodeAfterEach, runInProcess } from './helpers/in-process.js';

const RUBRIC = 'rubrics/em-user-understanding.yaml';
const CASES = 'fixtures/cases/em-user-understanding.cases.yaml';

const run = runInProcess;
resetExitCodeAfterEach();

interface CaseEntry {
  file: string;
  verdict: string;
  requirements: Record<string, { met: boolean }>;
}

/** The first `n` shipped cases with absolute paths, optionally one verdict changed; returns the temp cases path. */
function tempCases(n: number, flip?: number): { path: string; cases: CaseEntry[] } {
  const doc = parse(readFileSync(CASES, 'utf8')) as { asOf: string; cases: CaseEntry[] };
  const cases = doc.cases.slice(0, n).map((c) => ({ ...c, file: resolve(dirname(CASES), c.file) }));
  const flipped = flip === undefined ? undefined : cases[flip];
  if (flipped) flipped.verdict = flipped.verdict === 'pass' ? 'fail' : 'pass';
  const path = join(mkdtempSync(join(tmpdir(), 'rs-rubric-test-')), 'few.cases.yaml');
  writeFileSync(path, stringify({ asOf: doc.asOf, cases }));
  return { path, cases };
}

/**
 * A minimal XML well-formedness check: declaration, properly nested and closed tags, quoted attributes, known
 * entities only. Returns the elements as (name, attributes) in document order.
 */
function parseXml(xml: string): { name: string; attrs: Record<string, string> }[] {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const elements: { name: string; attrs: Record<string, string> }[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(body)) !== null) {
    consumed = token.lastIndex;
    const [, close, name, attrText, selfClose, text] = m;
    const checkEntities = (s: string): void => {
      for (const e of s.matchAll(/&([^;]*);?/g)) expect(['amp;', 'lt;', 'gt;', 'quot;', 'apos;']).toContain(`${e[1]};`);
      expect(s).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    };
    if (text !== undefined) {
      checkEntities(text);
      continue;
    }
    if (close) {
      expect(stack.pop()).toBe(name);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([\w.-]+)="([^"]*)"/g)) {
      checkEntities(a[2] ?? '');
      attrs[a[1] ?? ''] = a[2] ?? '';
    }
    elements.push({ name: name ?? '', attrs });
    if (!selfClose) stack.push(name ?? '');
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
  return elements;
}

describe('rubric test', () => {
  it('passes the labelled cases it is given, printing ✓ per case and the summary', async () => {
    const { path } = tempCases(3);
    const r = await run(['rubric', 'test', RUBRIC, '--cases', path]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^✓ /gm)).toHaveLength(3);
    expect(r.stdout).toContain('verdict accuracy: 3/3');
    expect(r.stdout).toMatch(/years mean absolute error: \d/);
    expect(r.stdout).toMatch(/^applied-ml-years +\d\.\d\d +\d\.\d\d/m);
  });

  it('fails with exit 1 and names the case whose expected verdict is wrong', async () => {
    const { path, cases } = tempCases(4, 1);
    const wrong = cases[1];
    const r = await run(['rubric', 'test', RUBRIC, '--cases', path]);
    expect(r.code).toBe(1);
    const failed = r.stdout.split('\n').filter((l) => l.startsWith('✗ '));
    expect(failed).toEqual([expect.stringContaining(wrong?.file ?? '?')]);
    expect(r.stdout).toContain(`expected ${wrong?.verdict ?? '?'}`);
    expect(r.stdout).toMatch(/^cases: 3 passed, 1 failed$/m);
  });

  it('writes well-formed JUnit XML with one testcase per résumé × requirement plus the verdict', async () => {
    const { path, cases } = tempCases(3, 0);
    const r = await run(['rubric', 'test', RUBRIC, '--cases', path, '--format', 'junit']);
    expect(r.code).toBe(1);
    const elements = parseXml(r.stdout);
    const testcases = elements.filter((e) => e.name === 'testcase');
    const expectedCount = cases.reduce((n, c) => n + Object.keys(c.requirements).length + 1, 0);
    expect(testcases).toHaveLength(expectedCount);
    expect(elements.filter((e) => e.name === 'failure')).toHaveLength(1);
    const suite = elements.find((e) => e.name === 'testsuite');
    expect(suite?.attrs).toMatchObject({ tests: String(expectedCount), failures: '1' });
    expect(elements[0]?.name).toBe('testsuites');
  });

  it('annotates failed cases for GitHub', async () => {
    const { path, cases } = tempCases(2, 1);
    const r = await run(['rubric', 'test', RUBRIC, '--cases', path, '--format', 'github']);
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toContain(cases[1]?.file ?? '?');
  });

  it('annotates at the case\'s line, with the cases path relative to the repository root (spaces kept)', async () => {
    const { path } = tempCases(3, 2);
    const repo = mkdtempSync(join(tmpdir(), 'rs-repo-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'labels dir'));
    const text = readFileSync(path, 'utf8');
    writeFileSync(join(repo, 'labels dir', 'few cases.yaml'), text);
    // The third case's own line, found by hand in the text written: `- file: …` is where its node starts.
    const starts = text.split('\n').flatMap((l, i) => (/^\s*- file: /.test(l) ? [i + 1] : []));
    expect(starts).toHaveLength(3);
    const rubric = resolve(RUBRIC);
    const cwd = process.cwd();
    try {
      process.chdir(join(repo, 'labels dir'));
      const r = await run(['rubric', 'test', rubric, '--cases', 'few cases.yaml', '--format', 'github']);
      const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
      expect(annotations).toHaveLength(1);
      expect(annotations[0]).toMatch(new RegExp(`^::error file=labels dir/few cases\\.yaml,line=${starts[2]}::rubric test `));
    } finally {
      process.chdir(cwd);
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('escapes XML in names and messages', async () => {
    const { xmlEscape } = await import('../../src/report/rubric-test.js');
    expect(xmlEscape(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('exits 2 on a missing cases file', async () => {
    const r = await run(['rubric', 'test', RUBRIC, '--cases', 'no/such.cases.yaml']);
    expect(r.code).toBe(2);
  });
});
