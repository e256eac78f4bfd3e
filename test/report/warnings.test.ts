// Warnings counted once per code, and the warnings a duplicate gets for its own name; what a run skipped, in words;
// prose wrapped to a width.
import { describe, expect, it } from 'vitest';
import { skippedBreakdown } from '../../src/report/skipped.js';
import { wrapWords } from '../../src/report/text.js';
import { countWarnings, duplicateWarnings, warningsText } from '../../src/report/warnings.js';
import type { Diagnostic } from '../../src/types.js';

const w = (code: string, data?: Record<string, unknown>): Diagnostic => (data ? { code, severity: 'warning', data } : { code, severity: 'warning' });

describe('warnings', () => {
  it('counts each code once, in order of first appearance, whatever the code', () => {
    const list = [w('NO_DATES'), w('HIDDEN_TEXT'), w('NO_DATES'), w('NO_DATES')];
    expect(countWarnings(list)).toEqual([
      { code: 'NO_DATES', count: 3 },
      { code: 'HIDDEN_TEXT', count: 1 },
    ]);
    expect(warningsText(list)).toBe('NO_DATES×3 HIDDEN_TEXT');
    expect(warningsText([])).toBe('');
  });

  it.each([
    // original's warnings, original name, duplicate name, expected codes (+ detected for a mismatch)
    [[], 'valid.pdf', 'pdf-renamed.docx', ['EXTENSION_MISMATCH:docx→pdf']],
    [[w('EXTENSION_MISMATCH', { extension: 'docx', detected: 'pdf' })], 'pdf-renamed.docx', 'valid.pdf', []],
    [[w('EXTENSION_MISMATCH', { extension: 'docx', detected: 'pdf' }), w('NO_DATES')], 'a.docx', 'b.txt', ['EXTENSION_MISMATCH:txt→pdf', 'NO_DATES']],
    [[w('PAGE_CAP')], 'a.pdf', 'copy of a.pdf', ['PAGE_CAP']],
    [[w('PAGE_CAP')], 'a.pdf', 'a.pages', ['PAGE_CAP']],
  ] as const)('duplicate of %j named %s → %s', (warnings, original, file, expected) => {
    const got = duplicateWarnings([...warnings], original, file).map((d) =>
      d.code === 'EXTENSION_MISMATCH' ? `${d.code}:${String(d.data?.extension)}→${String(d.data?.detected)}` : d.code,
    );
    expect(got).toEqual(expected);
  });
});

describe('skippedBreakdown', () => {
  it('names extensions for files skipped by name and codes for the rest, most frequent first', () => {
    const skipped = [
      { file: 'a.yaml', code: 'SKIPPED_EXTENSION' },
      { file: 'dir/b.YAML', code: 'SKIPPED_EXTENSION' },
      { file: 'c.png', code: 'SKIPPED_EXTENSION' },
      { file: 'Makefile', code: 'SKIPPED_EXTENSION' },
      { file: 'loop', code: 'SYMLINK_LOOP' },
    ];
    expect(skippedBreakdown(skipped)).toBe('.yaml 2, (no extension) 1, .png 1, SYMLINK_LOOP 1');
  });
});

describe('wrapWords', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['one two three four', 9, 'one two\nthree\nfour'],
    ['maximiliana.auguste-rosenthal@example.org', 24, 'maximiliana.auguste-\nrosenthal@example.org'],
    ['abcdefghij', 4, 'abcd\nefgh\nij'],
  ])('%j at %i', (text, width, expected) => {
    expect(wrapWords(text, width)).toBe(expected);
  });

  it('indents the first and later lines', () => {
    expect(wrapWords('alpha beta gamma', 12, '- ', '  ')).toBe('- alpha beta\n  gamma');
  });
});
