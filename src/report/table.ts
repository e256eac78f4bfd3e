// The terminal table: rank, file, verdict, score and one column per must-have (✓/≈/✗ with its value).
// cli-table3 colours its borders and head by default: `style` is emptied when colour is off so pipes get plain text.
import Table from 'cli-table3';
import { mark, outcomeCell } from './rank.js';
import { integrityNotes, suspectPrefix } from './integrity.js';
import { memorySource, rankedRows, type RowSource } from './source.js';
import { paint, verdictColour } from './style.js';
import { ellipsizeStart, safeText } from './text.js';
import type { RankedRow, ReportInput, ReportOptions } from './types.js';

const FILE_WIDTH = 48;

export function formatTable(input: ReportInput, options: ReportOptions): string {
  return [...tableChunks(memorySource(input.rows), options)].join('');
}

/**
 * cli-table3 sizes its columns over every row, so the table is built whole, from each row's short cells only (rank,
 * file, verdict, score, marks); --explain's evidence is written after it in a second pass over the rows.
 */
export function* tableChunks(source: RowSource, options: ReportOptions): Generator<string> {
  const c = paint(options.color);
  const musts = source.columns.filter((col) => col.must);
  const table = new Table({
    head: ['#', 'file', 'verdict', 'score', ...musts.map((m) => m.id)],
    style: options.color ? { head: ['bold'], border: ['grey'] } : { head: [], border: [] },
    // No rule between rows: a ranking of hundreds stays readable.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    wordWrap: false,
  });
  const unread: string[] = [];
  const flagged: string[] = [];
  for (const { rank, row } of rankedRows(source, options.top)) {
    for (const note of integrityNotes(row)) flagged.push(`  ${rank}. ${safeText(row.file)}: ${note}`);
    const verdict = row.status === 'error' ? 'error' : (row.verdict ?? 'error');
    const file = ellipsizeStart(safeText(row.file), FILE_WIDTH) + (row.duplicateOf !== undefined ? ' (dup)' : '');
    const head = [String(rank), file, verdictColour(c, verdict)(verdict)];
    if (row.status === 'error') {
      // The code in the score column; the sentence goes in a list under the table (no colSpan: it breaks the rules).
      table.push([...head, row.error?.code ?? '', ...musts.map(() => '')]);
      unread.push(`  ${rank}. ${safeText(row.file)}: ${row.error?.code ?? ''} — ${row.error?.message ?? ''}`);
      continue;
    }
    const cells = musts.map((m) => outcomeCell(row.outcomes.find((o) => o.requirementId === m.id)));
    table.push([...head, String(row.score ?? ''), ...cells]);
  }
  yield `${table.toString()}\n`;
  if (unread.length) yield `\n${c.bold('Not screened')}\n${unread.join('\n')}\n`;
  if (flagged.length) yield `\n${c.bold('Integrity')} (hidden or gamed text: never counted)\n${flagged.join('\n')}\n`;
  if (options.explain) yield* explainBlocks(rankedRows(source, options.top), options.color);
}

/** --explain: each candidate's requirements with the résumé lines behind them. */
export function* explainBlocks(ranked: Iterable<RankedRow>, color: boolean): Generator<string> {
  const c = paint(color);
  let first = true;
  for (const { rank, row } of ranked) {
    if (row.status === 'error') continue;
    const lines = [c.bold(`${rank}. ${safeText(row.file)} — ${row.verdict ?? ''} ${row.score ?? ''}`)];
    for (const o of row.outcomes) {
      lines.push(`  ${mark(o)} ${o.requirementId}${o.must ? ' (must)' : ''} ${outcomeCell(o).slice(2)}`.trimEnd());
      for (const e of o.evidence) lines.push(c.dim(`      ${e.page !== undefined ? `p${e.page} ` : ''}l${e.line}: ${suspectPrefix(e)}${safeText(e.text)}`));
    }
    // Blocks are separated by a blank line, and the first is set off from the table by one.
    yield `${first ? '\n' : '\n\n'}${lines.join('\n')}`;
    first = false;
  }
  if (!first) yield '\n';
}
