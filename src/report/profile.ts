// `resume-screen profile`: what was read from one résumé, as text for people or JSON for programs. Pure
// functions (profile, options) => string; colour is an option decided by the CLI, never by looking at a TTY.
import type { ChalkInstance } from 'chalk';
import type { DateRange, Diagnostic, Job, Profile } from '../types.js';
import { formatYearMonth } from './dates.js';
import { describe } from './messages.js';
import { paint } from './style.js';
import { roleChart } from './profile-chart.js';
import { safeText } from './text.js';

export interface ProfileFormatOptions {
  color: boolean;
  /** JSON: include every normalised line of the document (large). */
  includeLines?: boolean;
}

const end = (r: DateRange): string => formatYearMonth(r.end);

/** English for a diagnostic (src/report/messages.ts). */
export function describeDiagnostic(d: Diagnostic): string {
  return describe(d.code, d.data ?? {});
}

function jobLines(c: ChalkInstance, job: Job, i: number): string[] {
  // Résumé text is sanitised before it is coloured (an ESC inside bold would repaint the terminal).
  const where = safeText([job.org, job.location ? `(${job.location})` : undefined].filter(Boolean).join(' '));
  const head = `${c.bold(`${i + 1}. ${safeText(job.title)}`)}${where ? ` — ${where}` : ''}  ${c.dim(`lines ${job.start + 1}–${job.end}`)}`;
  const range = job.range
    ? `${safeText(job.range.raw)} → ${formatYearMonth(job.range.start)} … ${end(job.range)}, ${job.months} months (${job.range.precision} precision)`
    : 'no dates (counts 0 months)';
  const cats = job.categories.length === 0
    ? c.dim('counts for no role category')
    : `counts for ${job.categories.map((m) => `${c.green(m.category)} by ${m.via}${m.flag ? ` ${m.flag}` : ''}${m.evidence[0]?.note ? ` (${m.evidence.map((e) => e.note).filter(Boolean).join('; ')})` : ''}`).join(', ')}`;
  const flags = job.flags.length > 0 ? [`   ${c.yellow(`flags: ${job.flags.join(', ')}`)}`] : [];
  return [head, `   ${range} · ${job.kind}`, `   ${cats}`, ...flags];
}

export function formatProfileText(p: Profile, options: ProfileFormatOptions): string {
  const c = paint(options.color);
  const out: string[] = [];
  const docDate = p.documentDate ? `; document dated ${formatYearMonth(p.documentDate)}` : '';
  out.push(c.bold(safeText(p.source)), `${p.kind}, ${p.pages} page(s), ${p.lines.length} lines; as of ${formatYearMonth(p.asOf)}${docDate}`, '');
  out.push(c.bold('Sections'));
  for (const s of p.sections) out.push(`  ${s.kind.padEnd(15)} ${c.dim(`lines ${s.start + 1}–${s.end}`)}  ${safeText(s.heading ?? '')}`);
  out.push('', c.bold(`Jobs (${p.jobs.length})`));
  p.jobs.forEach((job, i) => out.push(...jobLines(c, job, i).map((l) => `  ${l}`)));
  out.push('', c.bold('Years per role category'));
  for (const t of Object.values(p.categories)) {
    out.push(`  ${t.category.padEnd(22)} ${t.years.toFixed(2).padStart(6)} years  ${c.dim(`${t.months} months; jobs ${t.jobs.map((j) => j + 1).join(', ') || '–'}`)}`);
  }
  out.push(`  ${'all work (timeline)'.padEnd(22)} ${(p.timeline.months / 12).toFixed(2).padStart(6)} years  ${c.dim(`${p.timeline.months} months`)}`);
  const chart = roleChart(p, c);
  if (chart.length > 0) out.push('', c.bold('Roles over the years'), ...chart.map((l) => `  ${l}`));
  if (p.timeline.gaps.length > 0) {
    out.push('', c.bold('Gaps (3 months or more)'));
    for (const g of p.timeline.gaps) out.push(`  ${formatYearMonth(g.start)} … ${formatYearMonth(g.end)}`);
  }
  if (p.skills.length > 0) out.push('', c.bold('Skills'), `  ${safeText(p.skills.join(', '))}`);
  if (p.diagnostics.length > 0) {
    out.push('', c.bold('Notes'));
    for (const d of p.diagnostics) out.push(`  ${d.severity === 'warning' ? c.yellow('!') : c.dim('i')} ${d.code}: ${safeText(describeDiagnostic(d))}`);
  }
  return `${out.join('\n')}\n`;
}

/** The profile as JSON: sections, jobs with raw and parsed ranges, months, kind, categories with evidence, years, gaps. */
export function formatProfileJson(p: Profile, options: ProfileFormatOptions): string {
  const { lines, ...rest } = p;
  const jobs = p.jobs.map((j) => ({ ...j, body: j.body.map((l) => ({ line: l.index, page: l.page, text: l.text })) }));
  const doc = { ...rest, jobs, ...(options.includeLines ? { lines } : {}), diagnostics: p.diagnostics.map((d) => ({ ...d, message: describeDiagnostic(d) })) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
