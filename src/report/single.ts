// The report for one résumé, for a hiring manager: verdict, score, each requirement with its value and the résumé
// lines behind it, and the role timeline. The tool recommends; people decide.
import type { Job, Profile } from '../types.js';
import { describe } from './messages.js';
import { roleChart } from './profile-chart.js';
import { describeDiagnostic } from './profile.js';
import { mark } from './rank.js';
import { paint, verdictColour } from './style.js';
import { safeText } from './text.js';
import type { ReportMeta, ReportRow } from './types.js';

export function formatSingle(row: ReportRow, meta: ReportMeta, options: { color: boolean }): string {
  const c = paint(options.color);
  const out: string[] = [c.bold(safeText(row.file))];
  if (row.status === 'error' || row.verdict === undefined) {
    out.push(`${c.magenta('ERROR')} ${row.error?.code ?? ''}: ${row.error?.message ?? ''}`);
    return `${out.join('\n')}\n`;
  }
  const verdict = verdictColour(c, row.verdict)(row.verdict.toUpperCase());
  out.push(`${verdict}  score ${row.score ?? 0}/100  ·  rubric ${meta.rubric.id}  ·  as of ${meta.asOf}`);
  if (row.duplicateOf !== undefined) out.push(c.dim(describe('DUPLICATE', { of: safeText(row.duplicateOf) })));
  out.push('', c.bold('Requirements'));
  for (const o of row.outcomes) {
    const tag = o.must ? 'must' : `weight ${o.weight}`;
    out.push(`  ${markColour(c, o.met, o.near)(mark(o))} ${o.requirementId} (${tag}): ${describe(o.code, o.data)}`);
    for (const e of o.evidence) out.push(c.dim(`      ${e.page !== undefined ? `p${e.page} ` : ''}l${e.line}: ${safeText(e.text)}`));
  }
  if (row.profile) {
    out.push('', c.bold('Role timeline'), ...timeline(row.profile));
    const chart = roleChart(row.profile, c);
    if (chart.length) out.push('', ...chart.map((l) => `  ${safeText(l)}`));
  }
  if (row.warnings.length) {
    out.push('', c.bold('Reading notes'));
    for (const w of row.warnings) out.push(`  - ${describeDiagnostic(w)}`);
  }
  out.push('', c.dim('✓ met · ≈ near miss (review) · ✗ not met. A recommendation for a person to check, not a decision.'));
  return `${out.join('\n')}\n`;
}

function markColour(c: ReturnType<typeof paint>, met: boolean, near: boolean): (text: string) => string {
  return met ? c.green : near ? c.yellow : c.red;
}

function ym(value: { year: number; month: number } | 'present'): string {
  return value === 'present' ? 'present' : `${value.year}-${String(value.month).padStart(2, '0')}`;
}

function timeline(profile: Profile): string[] {
  const lines: string[] = [];
  profile.jobs.forEach((job, i) => lines.push(`  ${i + 1}. ${jobLine(job)}`));
  if (profile.jobs.length === 0) lines.push('  (no jobs found)');
  const totals = Object.values(profile.categories).map((t) => `${t.category} ${t.years.toFixed(1)} years`);
  if (totals.length) lines.push(`  Totals (overlaps merged): ${totals.join(' · ')}`);
  return lines;
}

function jobLine(job: Job): string {
  const when = job.range ? `${ym(job.range.start)} – ${ym(job.range.end)}` : 'undated';
  const where = job.org ? ` · ${safeText(job.org)}` : '';
  const cats = job.categories.map((m) => m.category);
  const kind = job.kind === 'employment' ? '' : ` (${job.kind})`;
  return `${when.padEnd(19)} ${safeText(job.title)}${where}${kind}${cats.length ? `  [${cats.join(', ')}]` : ''}`;
}
