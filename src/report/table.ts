// The terminal ranking: rank, who (name, e-mail, file), verdict and score, every requirement compactly (✓ ≈ ✗ with
// years), and the reading's warnings once each with a count. It fits the width it is given: long cells wrap at word
// boundaries (cli-table3's wordWrap), flexible columns shrink, and the warnings column goes last when nothing else helps.
// cli-table3 colours its borders and head by default: `style` is emptied when colour is off so pipes get plain text.
import Table from 'cli-table3';
import { fitColumns, textWidth, type ColumnSpec } from './layout.js';
import { compactRequirements, mark, outcomeCell, requirementsKey } from './rank.js';
import { integrityNotes } from './integrity.js';
import { memorySource, rankedRows, type RowSource } from './source.js';
import { paint, verdictColour } from './style.js';
import { ellipsizeStart, safeText, wrapWords } from './text.js';
import type { RankedRow, ReportInput, ReportOptions, ReportRow } from './types.js';
import { warningsText } from './warnings.js';
import { evidenceLine } from './evidence.js';

export function formatTable(input: ReportInput, options: ReportOptions): string {
  return [...tableChunks(memorySource(input.rows), options)].join('');
}

interface Cells {
  rank: string;
  who: string;
  result: string;
  verdict: string;
  requirements: string;
  warnings: string;
}

/** Plain-text cells (sanitised; colour is added by the table, after sizing). */
function rowCells(rank: number, row: ReportRow, columns: RowSource['columns']): Cells {
  const file = safeText(row.file) + (row.duplicateOf !== undefined ? ' (dup)' : '');
  const name = row.candidate?.name ? safeText(row.candidate.name) : undefined;
  const email = row.candidate?.email ? safeText(row.candidate.email) : undefined;
  const who = [name, email, file].filter((x): x is string => x !== undefined).join('\n');
  if (row.status === 'error' || row.verdict === undefined) {
    return { rank: String(rank), who, result: 'error', verdict: 'error', requirements: row.error?.code ?? '', warnings: '' };
  }
  return {
    rank: String(rank),
    who,
    result: `${row.verdict} ${row.score ?? ''}`.trim(),
    verdict: row.verdict,
    requirements: compactRequirements(row, columns),
    warnings: warningsText(row.warnings),
  };
}

function longestWord(texts: readonly string[]): number {
  return Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((w) => [...w].length));
}

const HEAD = ['#', 'candidate', 'result', 'requirements', 'warnings'] as const;

/**
 * cli-table3 sizes its columns over every row, so the table is built whole, from each row's short cells only;
 * --explain's evidence is written after it in a second pass over the rows.
 */
export function* tableChunks(source: RowSource, options: ReportOptions): Generator<string> {
  const c = paint(options.color);
  const rows = [...rankedRows(source, options.top)].map(({ rank, row }) => ({ row, cells: rowCells(rank, row, source.columns) }));
  const natural = (pick: (x: Cells) => string, head: string): number => Math.max(textWidth(head), ...rows.map((r) => textWidth(pick(r.cells))));
  const specs: ColumnSpec[] = [
    { natural: natural((x) => x.rank, '#') },
    // Warnings wrap first (never inside a code), then candidate and requirements share what is left.
    { natural: natural((x) => x.who, 'candidate'), min: 10, shrinkOrder: 2 },
    // "review 55" may wrap to two lines on a narrow terminal.
    { natural: natural((x) => x.result, 'result'), min: 6, shrinkOrder: 3 },
    { natural: natural((x) => x.requirements, 'requirements'), min: Math.max(8, longestWord(rows.map((r) => r.cells.requirements))), shrinkOrder: 2 },
    { natural: natural((x) => x.warnings, 'warnings'), min: Math.max(8, longestWord(rows.map((r) => r.cells.warnings))), optional: true, shrinkOrder: 1 },
  ];
  const widths = options.width === undefined ? specs.map((s) => s.natural + 2) : fitColumns(specs, options.width);
  const shown = HEAD.map((_, i) => widths[i] !== undefined);
  const pick = <T,>(cells: readonly T[]): T[] => cells.filter((_, i) => shown[i]);
  const table = new Table({
    head: pick([...HEAD]),
    colWidths: pick(widths) as number[],
    wordWrap: true,
    style: options.color ? { head: ['bold'], border: ['grey'] } : { head: [], border: [] },
    // No rule between rows: a ranking of hundreds stays readable.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  const unread: string[] = [];
  // Cells are wrapped here, to the widths just fitted, so that a word longer than its column (a file path, an
  // e-mail) is cut across lines instead of being truncated by cli-table3; colour goes on after.
  const fit = (text: string, i: number): string => {
    const w = widths[i];
    return w === undefined ? text : text.split('\n').map((line) => wrapWords(line, w - 2)).join('\n');
  };
  // The file is the last line of the candidate cell: shortened from the start (the end names the candidate).
  const fitWho = (cells: Cells): string => {
    const w = widths[1];
    if (w === undefined) return cells.who;
    const lines = cells.who.split('\n');
    const file = ellipsizeStart(lines.pop() ?? '', w - 2);
    return [...lines.map((line) => wrapWords(line, w - 2)), file].join('\n');
  };
  const flagged: string[] = [];
  for (const { row, cells } of rows) {
    for (const note of integrityNotes(row)) flagged.push(`${cells.rank}. ${safeText(row.file)}: ${note}`);
    const result = verdictColour(c, cells.verdict)(fit(cells.result, 2));
    table.push(pick([cells.rank, fitWho(cells), result, fit(cells.requirements, 3), fit(cells.warnings, 4)]));
    if (cells.verdict === 'error') unread.push(`${cells.rank}. ${safeText(row.file)}: ${row.error?.code ?? ''} — ${row.error?.message ?? ''}`);
  }
  yield `${table.toString()}\n`;
  const width = options.width ?? Number.POSITIVE_INFINITY;
  const key = `Requirements: ${requirementsKey(source.columns).join(' ')} (* must) · ✓ met, ≈ near miss, ✗ not met`;
  if (rows.some((r) => r.cells.verdict !== 'error')) yield `${c.dim(wrapWords(key, width))}\n`;
  if (unread.length) yield `\n${c.bold('Not screened')}\n${unread.map((u) => wrapWords(u, width, '  ', '    ')).join('\n')}\n`;
  if (flagged.length) yield `\n${c.bold('Integrity')} (hidden or gamed text: never counted)\n${flagged.map((f) => wrapWords(f, width, '  ', '    ')).join('\n')}\n`;
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
      for (const e of o.evidence) lines.push(c.dim(`      ${evidenceLine(e, safeText)}`));
    }
    // Blocks are separated by a blank line, and the first is set off from the table by one.
    yield `${first ? '\n' : '\n\n'}${lines.join('\n')}`;
    first = false;
  }
  if (!first) yield '\n';
}
