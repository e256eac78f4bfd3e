// Where the formatters read rows from: an array in memory, or the batch runner's rows on disk (src/run/row-store.ts).
// The compact keys (file, verdict, score, error) rank and count the rows; a full row, with its evidence, is read only
// when its turn comes to be written, so a report over thousands of résumés never holds them all at once.
import { compareRows, requirementColumns, sameStanding, type RequirementColumn } from './rank.js';
import type { RankedRow, ReportMeta, ReportRow, SkippedEntry } from './types.js';

/** What ranking, counting and the summary need of a row. */
export type RowKey = Pick<ReportRow, 'file' | 'status' | 'verdict' | 'score' | 'duplicateOf' | 'error'>;

export interface RowSource {
  /** One per row, in input order. */
  readonly keys: readonly RowKey[];
  /** Requirement columns in rubric order (order of first appearance in the rows' outcomes). */
  readonly columns: readonly RequirementColumn[];
  /** The full row behind keys[index]. */
  read(index: number): ReportRow;
}

/** A report's input when rows are streamed from a source (see ReportInput for rows in memory). */
export interface SourceInput {
  source: RowSource;
  meta: ReportMeta;
  skipped: SkippedEntry[];
}

export function memorySource(rows: readonly ReportRow[]): RowSource {
  return {
    keys: rows,
    columns: requirementColumns(rows),
    read: (index) => {
      const row = rows[index];
      if (!row) throw new RangeError(`no row ${index}`);
      return row;
    },
  };
}

/** Row indices in ranked order (see compareRows), the first `top` only when given. */
function rankedIndices(source: RowSource, top?: number): number[] {
  const { keys } = source;
  const order = keys.map((_, i) => i).sort((a, b) => compareRows(keys[a] as RowKey, keys[b] as RowKey));
  return top !== undefined && top >= 0 ? order.slice(0, top) : order;
}

/**
 * Ranked rows, each read from the source when the consumer gets to it. Rows with the same verdict and score share a
 * rank (1, 1, 3): the file-name order among them is for stable output only, not a judgement.
 */
export function* rankedRows(source: RowSource, top?: number): Generator<RankedRow> {
  const order = rankedIndices(source, top);
  let rank = 0;
  let previous: RowKey | undefined;
  for (const [i, index] of order.entries()) {
    const key = source.keys[index] as RowKey;
    if (previous === undefined || !sameStanding(previous, key)) rank = i + 1;
    previous = key;
    yield { rank, row: source.read(index) };
  }
}

/** Rows in memory, ranked (tests and small callers). */
export function rankRows(rows: readonly ReportRow[], top?: number): RankedRow[] {
  return [...rankedRows(memorySource(rows), top)];
}
