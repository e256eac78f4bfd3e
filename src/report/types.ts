// What the formatters take: rows (Evaluations plus the batch's marks) and the run's identity. Pure data, no I/O.
import type { Evaluation } from '../types.js';

export interface ReportRow extends Evaluation {
  duplicateOf?: string;
  duplicates?: string[];
}

export interface ReportMeta {
  tool: { name: string; version: string };
  rubric: { id: string; path: string; sha256: string };
  /** YYYY-MM-DD */
  asOf: string;
}

export interface SkippedEntry {
  file: string;
  code: string;
}

export interface ReportInput {
  rows: ReportRow[];
  meta: ReportMeta;
  skipped: SkippedEntry[];
}

export interface ReportOptions {
  color: boolean;
  explain: boolean;
  /** Keep only the first N rows after ranking. */
  top?: number;
  /** Columns the human formats fit into (undefined: natural widths). */
  width?: number;
  /** CSV: start with a UTF-8 byte-order mark. */
  bom?: boolean;
}

/** A row with its place in the ranking (1-based). */
export interface RankedRow {
  rank: number;
  row: ReportRow;
}
