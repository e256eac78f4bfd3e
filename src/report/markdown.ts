// Markdown: a ranked table (must-haves as columns) for pasting into a ticket or a pull request; --explain adds a
// section per candidate with the evidence lines.
import { mark, outcomeCell, rankRows, requirementColumns } from './rank.js';
import { safeText } from './text.js';
import type { ReportInput, ReportOptions } from './types.js';

export function mdCell(text: string): string {
  return safeText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1');
}

export function formatMarkdown(input: ReportInput, options: Pick<ReportOptions, 'top' | 'explain'>): string {
  const musts = requirementColumns(input.rows).filter((col) => col.must);
  const ranked = rankRows(input.rows, options.top);
  const head = ['#', 'file', 'verdict', 'score', ...musts.map((m) => m.id)];
  const lines = [`| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const { rank, row } of ranked) {
    const file = mdCell(row.file) + (row.duplicateOf !== undefined ? ` (duplicate of ${mdCell(row.duplicateOf)})` : '');
    if (row.status === 'error') {
      const reason = row.error ? `${row.error.code}: ${row.error.message}` : '';
      lines.push(`| ${rank} | ${file} | error | | ${[mdCell(reason), ...musts.slice(1).map(() => '')].join(' | ')} |`);
      continue;
    }
    const cells = musts.map((m) => mdCell(outcomeCell(row.outcomes.find((o) => o.requirementId === m.id))));
    lines.push(`| ${rank} | ${file} | ${row.verdict ?? ''} | ${row.score ?? ''} | ${cells.join(' | ')} |`);
  }
  let out = `${lines.join('\n')}\n`;
  if (options.explain) {
    for (const { rank, row } of ranked) {
      if (row.status === 'error') continue;
      out += `\n### ${rank}. ${mdCell(row.file)} — ${row.verdict ?? ''} ${row.score ?? ''}\n\n`;
      for (const o of row.outcomes) {
        out += `- ${mark(o)} **${mdCell(o.requirementId)}**${o.must ? ' (must)' : ''} ${mdCell(outcomeCell(o).slice(2))}\n`;
        for (const e of o.evidence) out += `  - ${e.page !== undefined ? `p${e.page} ` : ''}l${e.line}: ${mdCell(e.text)}\n`;
      }
    }
  }
  return out;
}
