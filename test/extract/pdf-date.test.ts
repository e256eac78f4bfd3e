import { describe, expect, it } from 'vitest';
import { parsePdfDate } from '../../src/extract/pdf/meta.js';

describe('parsePdfDate', () => {
  it.each([
    ['D:20240115103000Z', '2024-01-15T10:30:00.000Z'],
    ["D:20240115103000+01'00'", '2024-01-15T09:30:00.000Z'],
    ["D:20240115103000-05'30'", '2024-01-15T16:00:00.000Z'],
    ['D:2024', '2024-01-01T00:00:00.000Z'],
    ['D:202403', '2024-03-01T00:00:00.000Z'],
    ['20240115', '2024-01-15T00:00:00.000Z'],
  ])('%s → %s', (input, iso) => expect(parsePdfDate(input)).toBe(iso));

  it.each([['D:20241315'], ['garbage'], [''], [42], [undefined]])('rejects %j', (input) => {
    expect(parsePdfDate(input)).toBeUndefined();
  });
});
