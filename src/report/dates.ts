// Year-month as every report writes it: 2021-03 (sortable, no month names to translate).
import type { YearMonth } from '../types.js';

export function formatYearMonth(value: YearMonth | 'present'): string {
  return value === 'present' ? 'present' : `${value.year}-${String(value.month).padStart(2, '0')}`;
}
