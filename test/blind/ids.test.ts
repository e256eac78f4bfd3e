// Opaque ids: the same salt and bytes give the same id; a copy of the same bytes gets its own, and the marks that
// point between copies (duplicateOf, duplicates) name ids, never paths; another salt gives unrelated ids.
import { describe, expect, it } from 'vitest';
import { BlindIds, blindRow } from '../../src/blind/ids.js';
import type { ReportRow } from '../../src/report/types.js';

const salt = Buffer.alloc(32, 7);
const row = (file: string, extra: Partial<ReportRow> = {}): ReportRow => ({ file, status: 'scored', outcomes: [], warnings: [], sha256: 'ab'.repeat(32), ...extra });

describe('blind ids', () => {
  const ids = new BlindIds(salt);

  it('is cand- and 10 hex digits, stable for a salt and the bytes, whatever the file is called', () => {
    const id = ids.of(row('cv/ada-quill.pdf'));
    expect(id).toMatch(/^cand-[0-9a-f]{10}$/);
    expect(new BlindIds(salt).of(row('renamed.pdf'))).toBe(id);
    expect(BlindIds.fresh().of(row('cv/ada-quill.pdf'))).not.toBe(id);
    expect(ids.skipped('cv/ada-quill.png')).toMatch(/^skip-[0-9a-f]{10}$/);
  });

  it('gives a copy its own id, and names ids in duplicate marks', () => {
    const first = blindRow(row('a/ada-quill.pdf', { duplicates: ['b/ada-quill-copy.pdf'] }), ids);
    const copy = blindRow(row('b/ada-quill-copy.pdf', { duplicateOf: 'a/ada-quill.pdf' }), ids);
    expect(copy.file).not.toBe(first.file);
    expect(copy.duplicateOf).toBe(first.file);
    expect(first.duplicates).toEqual([copy.file]);
    expect(JSON.stringify([first, copy])).not.toContain('ada');
  });

  it('keys a row without bytes (a missing file) by its path', () => {
    const missing = (file: string): ReportRow => ({ file, status: 'error', outcomes: [], warnings: [], error: { code: 'NOT_FOUND', message: 'no such file' } });
    expect(ids.of(missing('x/ada.pdf'))).not.toBe(ids.of(missing('x/bo.pdf')));
    expect(ids.of(missing('x/ada.pdf'))).toBe(ids.of(missing('x/ada.pdf')));
  });
});
