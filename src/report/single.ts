// The report for one résumé, for a hiring manager: verdict, score, each requirement with its value and the résumé
// lines behind it, and the role timeline. The tool recommends; people decide.
import type { Job, Profile } from '../types.js';
import { formatYearMonth } from './dates.js';
import { describe } from './messages.js';
import { roleChart } from './profile-chart.js';
import { describeDiagnostic } from './profile.js';
import { mark } from './rank.js';
import { paint, verdictColour } from './style.js';
import { safeText, wrapWords } from './text.js';
import { warningsText } from './warnings.js';
import type { ReportMeta, ReportRow } from './types.js';
import { evidenceLine } from './evidence.js';

/** Résumé text and names are sanitised (safeText) before any colour is added, so their bytes never reach the terminal. */
export function formatSingle(row: ReportRow, meta: ReportMeta, options: { color: boolean; width?: number }): string {
  const c = paint(options.color);
  const width = options.width ?? Number.POSITIVE_INFINITY;
  const wrap = (text: string, indent: string, rest = `${indent}    `): string => wrapWords(text, width, indent, rest);
  const who = [row.candidate?.name, row.candidate?.email].filter((x): x is string => !!x).map(safeText).join(' · ');
  const out: string[] = [c.bold(wrap(safeText(row.file), ''))];
  if (who) out.push(wrap(who, ''));
  if (row.status === 'error' || row.verdict === undefined) {
    out.push(`${c.magenta('ERROR')} ${wrap(`${row.error?.code ?? ''}: ${row.error?.message ?? ''}`, '', '  ')}`);
    return `${out.join('\n')}\n`;
  }
  const verdict = verdictColour(c, row.verdict)(row.verdict.toUpperCase());
  out.push(`${verdict}  score ${row.score ?? 0}/100  ·  ${wrap(`rubric ${safeText(meta.rubric.id)}  ·  as of ${meta.asOf}`, '', '  ')}`);
  if (row.duplicateOf !== undefined) out.push(c.dim(wrap(describe('DUPLICATE', { of: safeText(row.duplicateOf) }), '')));
  out.push('', c.bold('Requirements'));
  for (const o of row.outcomes) {
    const tag = o.must ? 'must' : `weight ${o.weight}`;
    // Wrapped with the mark in place (so the first line's width counts it), then the mark coloured.
    const text = wrap(`${mark(o)} ${o.requirementId} (${tag}): ${safeText(describe(o.code, o.data))}`, '  ', '      ');
    out.push(`  ${markColour(c, o.met, o.near)(mark(o))}${text.slice(3)}`);
    for (const e of o.evidence) out.push(c.dim(wrap(evidenceLine(e, safeText), '      ', '        ')));
  }
  if (row.profile) {
    out.push('', c.bold('Role timeline'), ...timeline(row.profile).map((l) => wrap(l, '', '                        ')));
    // The chart sanitises its labels itself, before colouring; its rows are as wide as the years it shows.
    const chart = roleChart(row.profile, c, Number.isFinite(width) ? width - 2 : undefined);
    if (chart.length) out.push('', ...chart.map((l) => `  ${l}`));
  }
  if (row.warnings.length) {
    out.push('', c.bold(`Reading notes (${warningsText(row.warnings)})`));
    // Each code once: a note that applies to three jobs is said once with its count.
    const seen = new Set<string>();
    for (const w of row.warnings) {
      const text = describeDiagnostic(w);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(wrap(safeText(text), '  - ', '    '));
    }
  }
  out.push('', c.dim(wrap('✓ met · ≈ near miss (review) · ✗ not met. A recommendation for a person to check, not a decision.', '')));
  return `${out.join('\n')}\n`;
}

function markColour(c: ReturnType<typeof paint>, met: boolean, near: boolean): (text: string) => string {
  return met ? c.green : near ? c.yellow : c.red;
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
  // A range written end first is shown as written (it counts 0 months: REVERSED_RANGE), not in the order it was read.
  const when = !job.range ? 'undated' : job.flags.includes('REVERSED_RANGE') ? `${formatYearMonth(job.range.end)} – ${formatYearMonth(job.range.start)} (0 months)` : `${formatYearMonth(job.range.start)} – ${formatYearMonth(job.range.end)}`;
  const where = job.org ? ` · ${safeText(job.org)}` : '';
  const cats = job.categories.map((m) => m.category);
  const kind = job.kind === 'employment' ? '' : ` (${job.kind})`;
  return `${when.padEnd(19)} ${safeText(job.title)}${where}${kind}${cats.length ? `  [${cats.join(', ')}]` : ''}`;
}
