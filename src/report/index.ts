// Pure formatters `(input, options) => string` (DESIGN.md §6.5); the CLI decides where the string goes.
import { formatCsv } from './csv.js';
import { formatJson, formatJsonl } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatTable } from './table.js';
import type { Format } from './formats.js';
import type { ReportInput, ReportOptions } from './types.js';

export { FORMATS, type Format } from './formats.js';

export function formatReport(format: Format, input: ReportInput, options: ReportOptions): string {
  switch (format) {
    case 'table':
      return formatTable(input, options);
    case 'json':
      return formatJson(input, options);
    case 'jsonl':
      return formatJsonl(input, options);
    case 'csv':
      return formatCsv(input, options);
    case 'markdown':
      return formatMarkdown(input, options);
  }
}

export { formatSingle } from './single.js';
export { verdictOf } from './rank.js';
export { formatSummary, summarize, type Counts } from './summary.js';
export { formatJsonlRow, JSON_SCHEMA_VERSION, type JsonReport } from './json.js';
export type { ReportInput, ReportMeta, ReportOptions, ReportRow } from './types.js';
