// The wording module: every stable error code has a sentence, templates fill from data, output is one line, and
// data that could carry résumé text (long strings, objects) is not echoed.
import { describe as group, expect, it } from 'vitest';
import { EXTRACT_WARNING_CODES } from '../../src/extract/codes.js';
import { PROFILE_CODES } from '../../src/profile/codes.js';
import { describe, describeLint } from '../../src/report/messages.js';
import { LINT_RULES } from '../../src/rubric/lint/rules/index.js';
import { OUTCOME_CODES } from '../../src/kinds/registry.js';
import { ERROR_CODES } from '../../src/types.js';

group('describe', () => {
  // Every code a stage can put in front of a user: errors, extraction warnings, profile diagnostics and flags,
  // requirement outcomes. A code without wording would be printed raw in the single-file report.
  const codes = [...ERROR_CODES, ...EXTRACT_WARNING_CODES, ...PROFILE_CODES, ...OUTCOME_CODES];
  it.each(codes.map((c) => [c]))('%s has its own one-line sentence', (code) => {
    const text = describe(code, {});
    expect(text).not.toBe(code);
    expect(text).not.toMatch(/[\r\n]/);
  });

  it.each(Object.keys(LINT_RULES).map((c) => [c]))('lint rule %s has its own sentence', (code) => {
    expect(describeLint({ code, data: {} })).not.toBe(code);
  });

  it('lists rubric terms and requirement ids, at most five', () => {
    expect(describe('KEYWORDS_MISSING_SOME', { terms: ['Cursor'], missing: ['Claude Code', 'Codex'] })).toBe('found Cursor, but not Claude Code, Codex');
    expect(describe('ANY_OF_UNMET', { of: ['a', 'b', 'c', 'd', 'e', 'f'] })).toBe('none of a, b, c, d, e, … met');
    expect(describe('LOW_TEXT', { chars: 12, pages: 3, failedPages: [2, 3] })).toBe(
      'very little text was found (12 characters over 3 pages; unreadable pages: 2, 3); the file may be damaged or partly scanned',
    );
  });

  it.each([
    ['ENCRYPTED', {}, 'password-protected PDF: cannot be read without the password'],
    ['NO_TEXT_LAYER', { pages: 2 }, 'no text layer (scanned or image-only): needs OCR'],
    ['TOO_LARGE', { size: 25_000_000, limit: 20_000_000 }, 'too large (25.0 MB, limit 20.0 MB; see --max-bytes)'],
    ['TIMEOUT', { timeoutMs: 10000 }, 'reading took longer than 10000 ms, twice (see --timeout)'],
    ['PAGE_CAP', { read: 50, pages: 20000 }, 'only the first 50 of 20000 pages were read (page limit)'],
    ['YEARS_MET', { years: 8.8, category: 'applied-ml', min: 6 }, '8.8 years of applied-ml (needs 6)'],
    ['KEYWORDS_FOUND', { terms: ['Cursor', 'GitHub Copilot'] }, 'found: Cursor, GitHub Copilot'],
  ])('%s with %j → %s', (code, data, expected) => {
    expect(describe(code, data)).toBe(expected);
  });

  it('falls back to the code for unknown codes, never to an empty string', () => {
    expect(describe('SOMETHING_NEW', { x: 1 })).toBe('SOMETHING_NEW');
  });

  it('does not echo long strings or objects from data into a template', () => {
    const long = 'Led the ranking team at Northwind Retail for many years and more';
    const text = describe('TEXT_ENCODING', { assumed: long });
    expect(text).not.toContain(long);
    expect(describe('EXTENSION_MISMATCH', { extension: { nested: 'x' }, detected: 'docx' })).toBe('the file is named .? but is really docx; read it as docx');
  });
});

group('run messages', () => {
  it('INTERRUPTED says how to go on: --resume with a journal, start again without one', () => {
    expect(describe('INTERRUPTED', { signal: 'SIGINT' })).toContain('rerun the same command with --resume');
    expect(describe('INTERRUPTED', { signal: 'SIGINT', journal: false })).toContain('--no-journal');
    expect(describe('NO_INPUTS', { skipped: '3 skipped: .yaml 3' })).toBe('no résumés matched the inputs (3 skipped: .yaml 3); nothing was screened');
  });
});
