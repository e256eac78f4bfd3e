// The output formats, in a module light enough for option parsing (no chalk, no cli-table3).
export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** `-o report.csv` without `-f`: the format its extension names (an unknown extension keeps the default). */
const BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'table',
  '.html': 'html',
  '.htm': 'html',
};

export function formatForPath(path: string): Format | undefined {
  const dot = path.lastIndexOf('.');
  if (dot <= path.lastIndexOf('/')) return undefined;
  return BY_EXTENSION[path.slice(dot).toLowerCase()];
}
