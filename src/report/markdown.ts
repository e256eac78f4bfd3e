// Markdown: a ranked table for pasting into a ticket or a pull request, with the same columns as the terminal
// ranking (who, result, every requirement compactly, warnings); --explain adds a section per candidate with the
// evidence lines.
import { compactRequirements, mark, outcomeCell, requirementsKey } from './rank.js';
import { integrityNotes } from './integrity.js';
import { memorySource, rankedRows, type RowSource } from './source.js';
import { safeText } from './text.js';
import type { ReportInput, ReportOptions, ReportRow } from './types.js';
import { warningsText } from './warnings.js';
import { evidenceLine } from './evidence.js';

export function mdCell(text: string): string {
  return safeText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1');
}

export function formatMarkdown(input: ReportInput, options: Pick<ReportOptions, 'top' | 'explain'>): string {
  return [...markdownChunks(memorySource(input.rows), options)].join('');
}

function who(row: ReportRow): string {
  const file = mdCell(row.file) + (row.duplicateOf !== undefined ? ` (duplicate of ${mdCell(row.duplicateOf)})` : '');
  const name = row.candidate?.name ? mdCell(row.candidate.name) : undefined;
  const email = row.candidate?.email ? mdCell(row.candidate.email) : undefined;
  return [name, email, file].filter((x): x is string => x !== undefined).join('<br>');
}

/** The table a line at a time; with --explain, a second pass over the rows writes their evidence. */
export function* markdownChunks(source: RowSource, options: Pick<ReportOptions, 'top' | 'explain'>): Generator<string> {
  const head = ['#', 'candidate', 'verdict', 'score', 'requirements', 'warnings'];
  yield `| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|\n`;
  let any = false;
  for (const { rank, row } of rankedRows(source, options.top)) {
    if (row.status === 'error') {
      const reason = row.error ? `${row.error.code}: ${row.error.message}` : '';
      yield `| ${rank} | ${who(row)} | error | | ${mdCell(reason)} | |\n`;
      continue;
    }
    any = true;
    const requirements = mdCell(compactRequirements(row, source.columns));
    yield `| ${rank} | ${who(row)} | ${row.verdict ?? ''} | ${row.score ?? ''} | ${requirements} | ${mdCell(warningsText(row.warnings))} |\n`;
  }
  if (any) yield `\n${mdCell(`Requirements: ${requirementsKey(source.columns).join(' ')}`)} (\\* must) · ✓ met, ≈ near miss, ✗ not met\n`;
  const notes = [...rankedRows(source, options.top)].flatMap(({ rank, row }) => integrityNotes(row).map((n) => `- ${rank}. ${mdCell(row.file)}: ${mdCell(n)}\n`));
  if (notes.length) yield `\n**Integrity** (hidden or gamed text: never counted)\n\n${notes.join('')}`;
  if (!options.explain) return;
  for (const { rank, row } of rankedRows(source, options.top)) {
    if (row.status === 'error') continue;
    let out = `\n### ${rank}. ${mdCell(row.file)} — ${row.verdict ?? ''} ${row.score ?? ''}\n\n`;
    for (const o of row.outcomes) {
      out += `- ${mark(o)} **${mdCell(o.requirementId)}**${o.must ? ' (must)' : ''} ${mdCell(outcomeCell(o).slice(2))}\n`;
      for (const e of o.evidence) out += `  - ${evidenceLine(e, mdCell)}\n`;
    }
    yield out;
  }
}
