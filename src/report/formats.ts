// The output formats, in a module light enough for option parsing (no chalk, no cli-table3).
export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
