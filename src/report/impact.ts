// Formatters of the adverse-impact report (`resume-screen impact`): pure (report) => string, like the other reports.
import type { CategoryRow, ImpactReport, Selection } from '../audit/impact.js';

export const IMPACT_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type ImpactFormat = (typeof IMPACT_FORMATS)[number];

export interface ImpactSummary {
  report: ImpactReport;
  unmatched: number;
  errors: number;
}

const pct = (r: number): string => `${(r * 100).toFixed(1)}%`;
const ratio = (s: Selection): string => (s.ratio === null ? '–' : `${s.ratio.toFixed(2)}${s.flag ? ' ⚑' : ''}`);
const pValue = (s: Selection): string => (s.reference ? 'ref' : s.p === null ? '–' : s.p < 0.001 ? '<0.001' : s.p.toFixed(3));

function note(row: CategoryRow, minGroup: number): string {
  if (row.notStated) return 'not stated: not judged';
  if (row.small) return `small (<${minGroup}): too few to judge`;
  return row.pass.flag || row.passOrReview.flag ? 'below four-fifths' : '';
}

const HEADER = ['Category', 'Applicants', 'Passed', 'Pass rate', 'Impact ratio', 'p (Fisher)', 'Passed or review', 'Rate', 'Impact ratio', 'p (Fisher)', 'Note'];

function cells(row: CategoryRow, minGroup: number): string[] {
  return [
    row.category, String(row.applicants),
    String(row.pass.selected), pct(row.pass.rate), ratio(row.pass), pValue(row.pass),
    String(row.passOrReview.selected), pct(row.passOrReview.rate), ratio(row.passOrReview), pValue(row.passOrReview),
    note(row, minGroup),
  ];
}

function footer(s: ImpactSummary): string[] {
  const { report } = s;
  return [
    `${report.applicants} applicants with self-reported categories; ${s.errors} not screened (errors) and ${s.unmatched} not in the groups file are left out.`,
    `Impact ratio: the category's selection rate ÷ the highest rate among categories of ${report.minGroup}+ applicants; ⚑ below ${report.threshold} (four-fifths rule).`,
    'p: Fisher\'s exact test against that category; a low ratio with a high p may be chance. The tool recommends; people decide.',
  ];
}

function plainTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd()).join('\n');
}

function csvCell(c: string): string {
  return /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
}

export function formatImpact(s: ImpactSummary, format: ImpactFormat): string {
  const { report } = s;
  switch (format) {
    case 'json':
      return `${JSON.stringify({ ...report, unmatched: s.unmatched, errors: s.errors }, null, 2)}\n`;
    case 'csv': {
      const lines = [['Dimension', ...HEADER].map(csvCell).join(',')];
      for (const t of report.tables) {
        for (const row of t.rows) {
          const r = row.pass;
          const q = row.passOrReview;
          const num = (n: number | null): string => (n === null ? '' : String(Number(n.toFixed(6))));
          lines.push([t.dimension, row.category, String(row.applicants), String(r.selected), num(r.rate), num(r.ratio), r.reference ? 'ref' : num(r.p),
            String(q.selected), num(q.rate), num(q.ratio), q.reference ? 'ref' : num(q.p), note(row, report.minGroup)].map(csvCell).join(','));
        }
      }
      return `${lines.join('\n')}\n`;
    }
    case 'markdown': {
      const out = ['# Adverse-impact summary', ''];
      for (const t of report.tables) {
        out.push(`## ${t.dimension}`, '', `| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, i) => (i === 0 || i === HEADER.length - 1 ? ' --- ' : ' ---: ')).join('|')}|`);
        for (const row of t.rows) out.push(`| ${cells(row, report.minGroup).map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
        out.push('');
      }
      return `${[...out, ...footer(s)].join('\n')}\n`;
    }
    case 'table': {
      const out: string[] = [];
      for (const t of report.tables) out.push(t.dimension, plainTable([HEADER, ...t.rows.map((r) => cells(r, report.minGroup))]), '');
      return `${[...out, ...footer(s)].join('\n')}\n`;
    }
  }
}
