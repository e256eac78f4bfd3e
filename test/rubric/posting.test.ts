// The rubric's `posting:` field: read next to the rubric, carried as plain data, and a lint warning when unreadable.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric, parseRubric } from '../../src/rubric/index.js';
import { lintRubric } from '../../src/rubric/lint/index.js';
import { MAX_POSTING_BYTES } from '../../src/rubric/posting.js';

const rubricText = (posting?: string) =>
  `id: t\ntitle: T\nversion: "1"\n${posting === undefined ? '' : `posting: ${posting}\n`}requirements:\n  - { id: r, kind: keywords, any: [ranking] }\n`;

describe('rubric posting', () => {
  it('the shipped rubric names its posting, read relative to the rubric file', async () => {
    const rubric = await loadRubric('rubrics/em-user-understanding.yaml');
    expect(rubric.posting?.path).toBe('em-user-understanding.posting.txt');
    expect(rubric.posting?.text).toMatch(/User Understanding team/);
    expect(rubric.posting?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(lintRubric(rubric).map((f) => f.code)).not.toContain('posting-unreadable');
  });
  it('a rubric in another folder finds its own posting, and survives JSON (rubrics travel to children as JSON)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posting-'));
    writeFileSync(join(dir, 'p.txt'), 'We are hiring a ranking engineer.');
    const rubric = parseRubric(rubricText('p.txt'), join(dir, 'r.yaml'));
    expect(JSON.parse(JSON.stringify(rubric)).posting).toEqual(rubric.posting);
    expect(rubric.posting?.text).toBe('We are hiring a ranking engineer.');
  });
  it.each([
    ['a missing file', 'nowhere.txt', 'NOT_FOUND', undefined],
    ['a file too large to be a posting', 'big.txt', 'TOO_LARGE', 'x'.repeat(MAX_POSTING_BYTES + 1)],
  ])('%s: lint warns with the position of `posting:`; the rubric still loads', (_name, file, problem, content) => {
    const dir = mkdtempSync(join(tmpdir(), 'posting-'));
    if (content !== undefined) writeFileSync(join(dir, file), content);
    const rubric = parseRubric(rubricText(file), join(dir, 'r.yaml'));
    expect(rubric.posting).toEqual({ path: file, problem });
    expect(lintRubric(rubric)).toContainEqual(expect.objectContaining({ code: 'posting-unreadable', severity: 'warning', line: 4, col: 10 }));
  });
  it('no posting: no field, no warning', () => {
    const rubric = parseRubric(rubricText(), 'inline.yaml');
    expect(rubric.posting).toBeUndefined();
    expect(lintRubric(rubric).map((f) => f.code)).not.toContain('posting-unreadable');
  });
  it.each(['""', '[a.txt]', '3'])('rejects posting: %s', (value) => {
    expect(() => parseRubric(rubricText(value), 'inline.yaml')).toThrow(/posting/);
  });
});
