// The wording module: every stable error code has a sentence, templates fill from data, output is one line, and
// data that could carry résumé text (long strings, objects) is not echoed.
import { describe as group, expect, it } from 'vitest';
import { describe } from '../../src/report/messages.js';
import { ERROR_CODES } from '../../src/types.js';

group('describe', () => {
  it.each(ERROR_CODES.map((c) => [c]))('%s has its own one-line sentence', (code) => {
    const text = describe(code, {});
    expect(text).not.toBe(code);
    expect(text).not.toMatch(/[\r\n]/);
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
