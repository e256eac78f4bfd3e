// Broken and hostile rubrics: every problem reported with code and line:col, all at once, and fast.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRubric, parseRubric, RubricError, type RubricDiagnostic } from '../../src/rubric/index.js';

const FIXTURES = 'fixtures/rubrics';

async function diagnosticsOf(load: () => Promise<unknown>): Promise<Omit<RubricDiagnostic, 'message' | 'file'>[]> {
  try {
    await load();
  } catch (err) {
    if (!(err instanceof RubricError)) throw err;
    return err.diagnostics.map(({ code, line, col }) => ({ code, line, col }));
  }
  throw new Error('rubric loaded but should have been rejected');
}

describe('broken rubrics', () => {
  // fixtures/rubrics/expected.yaml: file → [code, line, col][] (shared with the CLI tests).
  const expectedFile = parse(readFileSync(join(FIXTURES, 'expected.yaml'), 'utf8')) as Record<string, [string, number, number][]>;
  const cases = Object.entries(expectedFile).map(([file, list]) => [file, list.map(([code, line, col]) => ({ code, line, col }))] as const);

  it('covers every broken fixture in the folder', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml') && f !== 'expected.yaml' && !f.startsWith('valid-'));
    expect(Object.keys(expectedFile).sort()).toEqual(files.sort());
  });

  it.each(cases)('%s', async (name, expected) => {
    expect(await diagnosticsOf(() => loadRubric(join(FIXTURES, name)))).toEqual(expected);
  });

  it('names the file in every diagnostic and in the error message', async () => {
    const path = join(FIXTURES, 'unknown-key.yaml');
    await expect(loadRubric(path)).rejects.toThrow(`${path}:8:5 UNKNOWN_KEY`);
  });

  it('reports a missing required key at its parent', async () => {
    const d = await diagnosticsOf(async () => parseRubric('id: x\ntitle: t\nversion: 1\nrequirements:\n  - kind: years\n    min: 1\n', 'm.yaml'));
    expect(d).toEqual([
      { code: 'MISSING_KEY', line: 5, col: 5 },
      { code: 'MISSING_KEY', line: 5, col: 5 },
    ]);
  });

  it('reports an unknown key inside a term object at the key', async () => {
    const text = 'id: x\ntitle: t\nversion: 1\nrequirements:\n  - id: a\n    kind: keywords\n    any:\n      - { term: Go, synonym: [golang] }\n';
    expect(await diagnosticsOf(async () => parseRubric(text, 't.yaml'))).toEqual([{ code: 'UNKNOWN_KEY', line: 8, col: 21 }]);
  });

  it('rejects an empty file', async () => {
    expect(await diagnosticsOf(async () => parseRubric('', 'empty.yaml'))).toEqual([{ code: 'WRONG_TYPE', line: 1, col: 1 }]);
  });

  it('rejects a file that does not exist', async () => {
    expect(await diagnosticsOf(() => loadRubric(join(FIXTURES, 'nope.yaml')))).toEqual([{ code: 'NOT_FOUND', line: 1, col: 1 }]);
  });
});

describe('hostile rubrics are rejected fast', () => {
  it('refuses a 50 MB rubric before reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rubric-'));
    const path = join(dir, 'huge.yaml');
    await writeFile(path, 'id: x\n');
    await truncate(path, 50 * 1024 * 1024);
    const t0 = performance.now();
    expect(await diagnosticsOf(() => loadRubric(path))).toEqual([{ code: 'TOO_LARGE', line: 1, col: 1 }]);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('refuses oversize text given to parseRubric', async () => {
    const text = `id: x\n# ${'x'.repeat(1_100_000)}\n`;
    expect(await diagnosticsOf(async () => parseRubric(text, 'big.yaml'))).toEqual([{ code: 'TOO_LARGE', line: 1, col: 1 }]);
  });

  it('stops a billion-laughs expansion quickly', async () => {
    const t0 = performance.now();
    await diagnosticsOf(() => loadRubric(join(FIXTURES, 'billion-laughs.yaml')));
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it('refuses deep flow nesting before yaml recurses into it', async () => {
    const text = `id: x\ntitle: t\nversion: 1\nrequirements: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const t0 = performance.now();
    expect(await diagnosticsOf(async () => parseRubric(text, 'deep.yaml'))).toEqual([{ code: 'TOO_DEEP', line: 1, col: 1 }]);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('does not mistake brackets inside quotes or comments for nesting', () => {
    const brackets = '[['.repeat(40);
    const text = `# ${brackets}\nid: x\ntitle: "${brackets}"\nversion: 1\nrequirements:\n  - { id: a, kind: pattern, pattern: '${'[a]'.repeat(70)}' }\n`;
    expect(parseRubric(text, 'q.yaml').title).toBe(brackets);
  });

  it('refuses a wide anchor aliased many times (under yaml\'s alias-count limit)', async () => {
    const terms = Array.from({ length: 5_000 }, (_, i) => `t${i}`).join(', ');
    const roles = Array.from({ length: 50 }, (_, i) => `  r${i}:\n    titles: ${i === 0 ? `&big [${terms}]` : '*big'}\n`).join('');
    const text = `id: x\ntitle: t\nversion: 1\nroles:\n${roles}requirements:\n  - { id: y, kind: years, category: r1, min: 1 }\n`;
    expect(await diagnosticsOf(async () => parseRubric(text, 'wide.yaml'))).toEqual([{ code: 'ALIAS_LIMIT', line: 8, col: 13 }]);
  });

  it('accepts ordinary reuse of an anchor', () => {
    const text = 'id: x\ntitle: t\nversion: 1\nrequirements:\n  - { id: a, kind: keywords, any: &terms [Go, Rust] }\n  - { id: b, kind: keywords, all: *terms }\n';
    expect(parseRubric(text, 'reuse.yaml').requirements[1]?.options.all).toEqual(['Go', 'Rust']);
  });

  it('refuses counted repetitions above 100 without compiling them', async () => {
    const patterns = Array.from({ length: 200 }, (_, i) => `  - { id: p${i}, kind: pattern, pattern: '[a-z]{1000}x${i}' }`).join('\n');
    const t0 = performance.now();
    const d = await diagnosticsOf(async () => parseRubric(`id: x\ntitle: t\nversion: 1\nrequirements:\n${patterns}\n`, 'rep.yaml'));
    expect(d).toHaveLength(200);
    expect(d[0]).toEqual({ code: 'BAD_PATTERN', line: 5, col: 39 });
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it('refuses more than MAX_REQUIREMENTS requirements (each one costs every résumé a pass)', async () => {
    const reqs = Array.from({ length: 201 }, (_, i) => `  - { id: p${i}, kind: pattern, pattern: 'x${i}' }`).join('\n');
    const d = await diagnosticsOf(async () => parseRubric(`id: x\ntitle: t\nversion: 1\nrequirements:\n${reqs}\n`, 'many.yaml'));
    expect(d).toEqual([{ code: 'BAD_VALUE', line: 5, col: 3 }]);
  });

  it('keeps Object.prototype clean', async () => {
    await diagnosticsOf(() => loadRubric(join(FIXTURES, 'proto-key.yaml')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects "constructor" and "prototype" keys too', async () => {
    const text = 'id: x\ntitle: t\nversion: 1\nroles:\n  constructor: {}\nrequirements:\n  - { id: a, kind: keywords, any: [Go], prototype: 1 }\n';
    expect(await diagnosticsOf(async () => parseRubric(text, 'p.yaml'))).toEqual([
      { code: 'FORBIDDEN_KEY', line: 5, col: 3 },
      { code: 'FORBIDDEN_KEY', line: 7, col: 41 },
    ]);
  });
});

describe('valid rubrics', () => {
  it('loads a minimal rubric with defaults, positions and a content hash', async () => {
    const r = await loadRubric(join(FIXTURES, 'valid-minimal.yaml'));
    expect(r.version).toBe('1');
    expect(r.bands).toEqual({ passScore: 0, reviewScore: 0, margin: 0.5 });
    expect(r.roles[0]).toMatchObject({ id: 'ml', minEvidence: 0, kinds: ['employment'], titles: [{ term: 'machine learning engineer' }, { term: 'data scientist' }] });
    expect(r.requirements.map((q) => [q.id, q.must, q.weight, q.pos.line])).toEqual([
      ['ml-years', true, 1, 9],
      ['python', false, 1, 14],
      ['phone', false, 1, 17],
      ['either', false, 1, 20],
    ]);
    expect(r.requirements[1]?.options).toMatchObject({ any: ['Python'], sections: ['experience', 'projects'] });
    expect(r.positions['requirements/1/any/0']).toEqual({ line: 16, col: 11 });
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the bytes: the same text gives the same hash, a changed byte another', async () => {
    const a = parseRubric('id: x\ntitle: t\nversion: 1\nrequirements: [{ id: a, kind: keywords, any: [Go] }]\n', 'a');
    const b = parseRubric('id: x\ntitle: t\nversion: 1\nrequirements: [{ id: a, kind: keywords, any: [Go] }]\n', 'b');
    const c = parseRubric('id: x\ntitle: t\nversion: 2\nrequirements: [{ id: a, kind: keywords, any: [Go] }]\n', 'c');
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).not.toBe(c.sha256);
  });
});

describe('diagnostic details', () => {
  it('says what a union wanted, and points at bad enum values and record keys', async () => {
    const text = [
      'id: x',
      'title: t',
      'version: 1',
      'roles:',
      '  "bad key!": { titles: [a] }',
      'requirements:',
      '  - id: a',
      '    kind: keywords',
      '    any: [Go, 5]',
      '    sections: [experience, hobbies]',
      '',
    ].join('\n');
    let diagnostics: RubricDiagnostic[] = [];
    try {
      parseRubric(text, 'd.yaml');
    } catch (err) {
      if (err instanceof RubricError) diagnostics = err.diagnostics;
    }
    expect(diagnostics.map(({ code, line, col }) => ({ code, line, col }))).toEqual([
      { code: 'BAD_VALUE', line: 5, col: 3 },
      { code: 'WRONG_TYPE', line: 9, col: 15 },
      { code: 'BAD_VALUE', line: 10, col: 28 },
    ]);
    expect(diagnostics[1]?.message).toBe('requirements[0].any[1]: expected string or object');
  });
});
