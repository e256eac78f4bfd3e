// Formatters for `rubric diff`: pure (report, format) => string. Only changed candidates are listed.
import type { DiffReport, DiffRow } from './rubric-types.js';

export type DiffFormat = 'stylish' | 'json' | 'markdown';

function delta(r: DiffRow): string {
  if (r.oldScore === undefined || r.newScore === undefined) return '';
  const d = r.newScore - r.oldScore;
  return `${r.oldScore} → ${r.newScore} (${d > 0 ? '+' : ''}${d})`;
}

function verdictText(r: DiffRow): string {
  return r.verdictChanged ? `${r.oldVerdict ?? 'none'} → ${r.newVerdict ?? 'none'}` : `${r.newVerdict ?? 'none'} (unchanged)`;
}

function requirementText(r: DiffRow): string {
  return r.requirementChanges.map((c) => `${c.requirementId}: ${c.old ?? 'absent'} → ${c.new ?? 'absent'}`).join(', ');
}

function changedRows(report: DiffReport): DiffRow[] {
  return report.rows.filter((r) => r.verdictChanged || r.requirementChanges.length > 0);
}

/** "3 pass → review, 1 fail → pass", or "no verdict changes". */
export function transitionsText(report: DiffReport): string {
  const parts = Object.entries(report.transitions)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'no verdict changes';
}

function totals(report: DiffReport): string {
  const extra = [report.unreadable ? `${report.unreadable} unreadable` : '', report.skipped ? `${report.skipped} skipped` : '']
    .filter(Boolean)
    .join(', ');
  const n = report.rows.length;
  return `${n} résumé${n === 1 ? '' : 's'}, ${report.changed} changed${extra ? `, ${extra}` : ''}: ${transitionsText(report)}`;
}

function stylish(report: DiffReport): string {
  const lines = changedRows(report).map((r) => {
    const req = requirementText(r);
    return `${r.file}  ${verdictText(r)}  score ${delta(r)}${req ? `\n    ${req}` : ''}`;
  });
  for (const r of report.rows.filter((x) => x.error !== undefined)) lines.push(`${r.file}  unreadable: ${r.error ?? ''}`);
  lines.push(totals(report));
  return `${lines.join('\n')}\n`;
}

/** Table cells: pipes and newlines would break the row. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function markdown(report: DiffReport): string {
  const lines = [`### Rubric diff: \`${cell(report.oldRubric)}\` → \`${cell(report.newRubric)}\``, '', `**${cell(totals(report))}**`, ''];
  const rows = changedRows(report);
  if (rows.length) {
    lines.push('| Résumé | Verdict | Score | Requirements changed |', '| --- | --- | --- | --- |');
    for (const r of rows) lines.push(`| ${cell(r.file)} | ${cell(verdictText(r))} | ${cell(delta(r))} | ${cell(requirementText(r))} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export function formatDiff(report: DiffReport, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify({ ...report, summary: transitionsText(report) }, null, 2)}\n`;
  if (format === 'markdown') return markdown(report);
  return stylish(report);
}
