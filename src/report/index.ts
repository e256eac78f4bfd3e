// Formatters (DESIGN.md §6.5): `formatReport(format, input, options) => string` for rows in memory, and
// `reportChunks` for rows streamed from a source, chunk by chunk (the batch runner's rows on disk). The same
// generators produce both, so the two can never print different reports. The CLI decides where the text goes.
import { csvChunks } from './csv.js';
import { htmlChunks } from './html.js';
import { jsonChunks, jsonlChunks } from './json.js';
import { markdownChunks } from './markdown.js';
import { memorySource, type SourceInput } from './source.js';
import { tableChunks } from './table.js';
import type { Format } from './formats.js';
import type { ReportInput, ReportOptions } from './types.js';

export { FORMATS, type Format } from './formats.js';

/** One formatter per format (DESIGN.md §7): the CLI's `--format` choices are this registry's keys (FORMATS). */
type Formatter = (input: SourceInput, options: ReportOptions) => Generator<string>;
const FORMATTERS: Readonly<Record<Format, Formatter>> = {
  table: (input, options) => tableChunks(input.source, options),
  json: (input, options) => jsonChunks(input, options),
  jsonl: (input, options) => jsonlChunks(input.source, options),
  csv: (input, options) => csvChunks(input.source, options),
  markdown: (input, options) => markdownChunks(input.source, options),
  html: (input, options) => htmlChunks(input, options),
};

export function* reportChunks(format: Format, input: SourceInput, options: ReportOptions): Generator<string> {
  yield* FORMATTERS[format](input, options);
}

export function formatReport(format: Format, input: ReportInput, options: ReportOptions): string {
  const source = { source: memorySource(input.rows), meta: input.meta, skipped: input.skipped };
  return [...reportChunks(format, source, options)].join('');
}

export { formatSingle } from './single.js';
export { verdictOf } from './rank.js';
export { memorySource, type RowKey, type RowSource, type SourceInput } from './source.js';
export { formatSummary, summarize, type Counts } from './summary.js';
export { formatJsonlRow, JSON_SCHEMA_VERSION, type JsonReport } from './json.js';
export type { ReportInput, ReportMeta, ReportOptions, ReportRow } from './types.js';
