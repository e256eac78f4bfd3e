// Ranking: verdict first (pass, review, fail, error), then score (high first), then file name for a stable order.
import type { Outcome } from '../types.js';
import type { RowKey } from './source.js';
import type { ReportRow } from './types.js';

const VERDICT_ORDER: Record<string, number> = { pass: 0, review: 1, fail: 2, error: 3 };

export function verdictOf(row: Pick<RowKey, 'status' | 'verdict'>): 'pass' | 'review' | 'fail' | 'error' {
  return row.status === 'error' ? 'error' : (row.verdict ?? 'error');
}

/** Rows that tie: same verdict and same score share a rank (1, 1, 3: standard competition ranking). */
export function sameStanding(a: Pick<RowKey, 'status' | 'verdict' | 'score'>, b: Pick<RowKey, 'status' | 'verdict' | 'score'>): boolean {
  return verdictOf(a) === verdictOf(b) && a.score === b.score;
}

export function compareRows(a: RowKey, b: RowKey): number {
  const byVerdict = (VERDICT_ORDER[verdictOf(a)] ?? 3) - (VERDICT_ORDER[verdictOf(b)] ?? 3);
  if (byVerdict !== 0) return byVerdict;
  const byScore = (b.score ?? -1) - (a.score ?? -1);
  if (byScore !== 0) return byScore;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export interface RequirementColumn {
  id: string;
  must: boolean;
  kind: string;
}

/** Requirement columns in rubric order (order of first appearance in the outcomes). */
export function requirementColumns(rows: readonly ReportRow[]): RequirementColumn[] {
  const seen = new Map<string, RequirementColumn>();
  for (const row of rows) {
    for (const o of row.outcomes) if (!seen.has(o.requirementId)) seen.set(o.requirementId, { id: o.requirementId, must: o.must, kind: o.kind });
  }
  return [...seen.values()];
}

/** A requirement's value as a short string for tables: years with one decimal. Other kinds' values (term counts)
 * mean little out of context, so tables show only the mark; JSON and CSV carry every value. */
export function formatValue(outcome: Outcome): string {
  if (outcome.value === undefined || outcome.kind !== 'years') return '';
  return `${outcome.value.toFixed(1)}y`;
}

/** ✓ met, ≈ near miss (goes to review), ✗ not met. */
export function mark(outcome: Outcome): string {
  return outcome.met ? '✓' : outcome.near ? '≈' : '✗';
}

export function outcomeCell(outcome: Outcome | undefined): string {
  if (!outcome) return '';
  const value = formatValue(outcome);
  return value ? `${mark(outcome)} ${value}` : mark(outcome);
}

/** Every requirement of a row in column order, compactly: must-haves, then ` · ` and the nice-to-haves. */
export function compactRequirements(row: Pick<ReportRow, 'outcomes'>, columns: readonly RequirementColumn[]): string {
  const token = (c: RequirementColumn): string => {
    const o = row.outcomes.find((x) => x.requirementId === c.id);
    return o ? `${mark(o)}${formatValue(o)}` : '–';
  };
  const musts = columns.filter((c) => c.must).map(token);
  const nice = columns.filter((c) => !c.must).map(token);
  return [musts.join(' '), nice.join(' ')].filter(Boolean).join(' · ');
}

/** The key to compactRequirements: `1 applied-ml-years* 2 …` (* must), in the same order. */
export function requirementsKey(columns: readonly RequirementColumn[]): string[] {
  const ordered = [...columns.filter((c) => c.must), ...columns.filter((c) => !c.must)];
  return ordered.map((c, i) => `${i + 1} ${c.id}${c.must ? '*' : ''}`);
}
