// Markdown: a ranked table (must-haves as columns) for pasting into a ticket or a pull request; --explain adds a
// section per candidate with the evidence lines.
import { mark, outcomeCell } from './rank.js';
import { integrityNotes, suspectPrefix } from './integrity.js';
import { memorySource, rankedRows, type RowSource } from './source.js';
import { safeText } from './text.js';
import type { ReportInput, ReportOptions } from './types.js';

export function mdCell(text: string): string {
  return safeText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1');
}

export function formatMarkdown(input: ReportInput, options: Pick<ReportOptions, 'top' | 'explain'>): string {
  return [...markdownChunks(memorySource(input.rows), options)].join('');
}

/** The table a line at a time; with --explain, a second pass over the rows writes their evidence. */
export function* markdownChunks(source: RowSource, options: Pick<ReportOptions, 'top' | 'explain'>): Generator<string> {
  const musts = source.columns.filter((col) => col.must);
  const head = ['#', 'file', 'verdict', 'score', ...musts.map((m) => m.id)];
  yield `| ${head.map(mdCell).join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|\n`;
  for (const { rank, row } of rankedRows(source, options.top)) {
    const file = mdCell(row.file) + (row.duplicateOf !== undefined ? ` (duplicate of ${mdCell(row.duplicateOf)})` : '');
    if (row.status === 'error') {
      const reason = row.error ? `${row.error.code}: ${row.error.message}` : '';
      yield `| ${rank} | ${file} | error | | ${[mdCell(reason), ...musts.slice(1).map(() => '')].join(' | ')} |\n`;
      continue;
    }
    const cells = musts.map((m) => mdCell(outcomeCell(row.outcomes.find((o) => o.requirementId === m.id))));
    yield `| ${rank} | ${file} | ${row.verdict ?? ''} | ${row.score ?? ''} | ${cells.join(' | ')} |\n`;
  }
  const notes = [...rankedRows(source, options.top)].flatMap(({ rank, row }) => integrityNotes(row).map((n) => `- ${rank}. ${mdCell(row.file)}: ${mdCell(n)}\n`));
  if (notes.length) yield `\n**Integrity** (hidden or gamed text: never counted)\n\n${notes.join('')}`;
  if (!options.explain) return;
  for (const { rank, row } of rankedRows(source, options.top)) {
    if (row.status === 'error') continue;
    let out = `\n### ${rank}. ${mdCell(row.file)} — ${row.verdict ?? ''} ${row.score ?? ''}\n\n`;
    for (const o of row.outcomes) {
      out += `- ${mark(o)} **${mdCell(o.requirementId)}**${o.must ? ' (must)' : ''} ${mdCell(outcomeCell(o).slice(2))}\n`;
      for (const e of o.evidence) out += `  - ${e.page !== undefined ? `p${e.page} ` : ''}l${e.line}: ${mdCell(suspectPrefix(e) + e.text)}\n`;
    }
    yield out;
  }
}
