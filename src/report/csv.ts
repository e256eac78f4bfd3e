// CSV (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote, CR or LF; quotes doubled). A cell that starts
// with = + - @ TAB or CR is prefixed with ' so neither a file name nor résumé text can run as a spreadsheet formula.
import { integrityCell, suspectPrefix } from './integrity.js';
import { memorySource, rankedRows, type RowSource } from './source.js';
import type { ReportInput, ReportOptions, ReportRow } from './types.js';
import { warningsText } from './warnings.js';

type CsvOptions = Pick<ReportOptions, 'top' | 'explain' | 'bom'>;
/** Excel reads a CSV as the local code page unless it starts with this (accented names come out garbled). */
const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
// Control characters other than TAB/CR/LF have no place in a cell and can drive a terminal that prints the file.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value).replace(CONTROLS, '�');
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: (string | number | boolean | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function formatCsv(input: ReportInput, options: CsvOptions): string {
  return [...csvChunks(memorySource(input.rows), options)].join('');
}

/**
 * The CSV a line at a time: the header, then each ranked row as it is read. Per requirement: met, near (a near miss:
 * 1.75 of 2 years, which sends the candidate to review rather than fail) and value. `warnings` holds each code once,
 * with ×N when it came up N times.
 */
export function* csvChunks(source: RowSource, options: CsvOptions): Generator<string> {
  const { columns } = source;
  const header = ['rank', 'file', 'name', 'email', 'status', 'verdict', 'score'];
  for (const c of columns) header.push(`${c.id}.met`, `${c.id}.near`, `${c.id}.value`);
  header.push('warnings', 'error_code', 'error_message', 'duplicate_of', 'sha256', 'integrity');
  if (options.explain) header.push('evidence');
  yield (options.bom ? BOM : '') + csvLine(header);
  for (const { rank, row } of rankedRows(source, options.top)) {
    const cells: (string | number | boolean | undefined)[] = [rank, row.file, row.candidate?.name, row.candidate?.email, row.status, row.verdict ?? 'error', row.score];
    for (const c of columns) {
      const o = row.outcomes.find((x) => x.requirementId === c.id);
      cells.push(o?.met, o === undefined ? undefined : !o.met && o.near, o?.value);
    }
    cells.push(warningsText(row.warnings), row.error?.code, row.error?.message, row.duplicateOf, row.sha256, integrityCell(row) || undefined);
    if (options.explain) cells.push(evidenceText(row));
    yield csvLine(cells);
  }
}

function evidenceText(row: ReportRow): string {
  const lines: string[] = [];
  for (const o of row.outcomes) for (const e of o.evidence) lines.push(`${o.requirementId}: ${suspectPrefix(e)}${e.text}`);
  return lines.join('\n');
}
