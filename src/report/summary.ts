// Counts over a batch and the one-line summary the CLI prints at the end.
import { verdictOf } from './rank.js';
import { skippedBreakdown } from './skipped.js';
import type { RowKey } from './source.js';

export interface Counts {
  /** Rows = inputs is the "nothing lost" check; the CLI compares this with the number of inputs. */
  rows: number;
  scored: number;
  pass: number;
  review: number;
  fail: number;
  errors: number;
  errorsByCode: Record<string, number>;
  skipped: number;
  duplicates: number;
}

export function summarize(rows: readonly RowKey[], skipped: number): Counts {
  const counts: Counts = { rows: rows.length, scored: 0, pass: 0, review: 0, fail: 0, errors: 0, errorsByCode: {}, skipped, duplicates: 0 };
  for (const row of rows) {
    const verdict = verdictOf(row);
    if (row.duplicateOf !== undefined) counts.duplicates++;
    if (verdict === 'error') {
      counts.errors++;
      const code = row.error?.code ?? 'CRASHED';
      counts.errorsByCode[code] = (counts.errorsByCode[code] ?? 0) + 1;
    } else {
      counts.scored++;
      counts[verdict]++;
    }
  }
  // Stable key order for deterministic output.
  counts.errorsByCode = Object.fromEntries(Object.entries(counts.errorsByCode).sort(([a], [b]) => (a < b ? -1 : 1)));
  return counts;
}

export interface RunFacts {
  inputs: number;
  resumed: number;
  elapsedMs: number;
  /** What was skipped, to say which extensions and codes (`34 skipped: .yaml 30, .png 4`). */
  skipped?: readonly { file: string; code: string }[];
}

export function formatSummary(counts: Counts, facts: RunFacts): string {
  const seconds = facts.elapsedMs / 1000;
  const rate = seconds > 0 ? counts.rows / seconds : 0;
  const errors = Object.entries(counts.errorsByCode).map(([code, n]) => `${code} ${n}`);
  const parts = [
    `${counts.scored} scored (${counts.pass} pass, ${counts.review} review, ${counts.fail} fail)`,
    `${counts.errors} error${counts.errors === 1 ? '' : 's'}${errors.length ? ` (${errors.join(', ')})` : ''}`,
    `${counts.skipped} skipped${facts.skipped?.length ? `: ${skippedBreakdown(facts.skipped)}` : ''}`,
    `${counts.duplicates} duplicate${counts.duplicates === 1 ? '' : 's'}`,
  ];
  if (facts.resumed > 0) parts.push(`${facts.resumed} resumed from journal`);
  parts.push(`${seconds.toFixed(1)} s, ${rate.toFixed(1)} résumés/s`);
  const check = counts.rows === facts.inputs ? `rows = inputs (${counts.rows}) ✓` : `rows (${counts.rows}) ≠ inputs (${facts.inputs}) ✗`;
  parts.push(check);
  return parts.join(' · ');
}
