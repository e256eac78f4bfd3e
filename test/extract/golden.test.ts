// Golden text for every rendered résumé fixture: extracted lines must equal fixtures/golden/<file>.txt line by
// line (tabs separate cells), so reading order — columns, cells, furniture removal — is tested. Goldens are
// written by hand after reading the rendered file, never by snapshotting the extractor's output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/extract/index.js';
import { lineDiff } from './line-diff.js';

const RESUMES = 'fixtures/resumes';
const GOLDEN = 'fixtures/golden';

const rendered = existsSync(RESUMES) ? readdirSync(RESUMES).filter((f) => /\.(pdf|docx|txt|md)$/.test(f)).sort() : [];

describe('golden text of rendered fixtures', () => {
  it('lineDiff points at the first differing line', () => {
    expect(lineDiff(['a', 'b'], ['a', 'b'])).toBe('');
    expect(lineDiff(['a', 'b', 'c'], ['a', 'x', 'c'])).toContain('first difference at line 2');
    expect(lineDiff(['a'], ['a', 'extra'])).toContain('expected 1 lines, got 2');
  });

  for (const file of rendered) {
    it(file, async () => {
      const goldenPath = join(GOLDEN, `${file}.txt`);
      expect(existsSync(goldenPath), `missing ${goldenPath}: read the rendered file, write its lines in reading order`).toBe(true);
      const expected = readFileSync(goldenPath, 'utf8').replace(/\n$/, '').split('\n');
      const actual = (await extractFile(join(RESUMES, file))).lines.map((l) => l.text);
      const diff = lineDiff(expected, actual);
      expect(diff, diff).toBe('');
    });
  }
});
