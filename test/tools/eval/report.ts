// Wording of the eval: a table of job-level figures (overall, per engine, per layout) and, on request, what each file
// got wrong. The labelled corpus is fictional, so quoting its titles is fine; real corpora print codes only unless
// --verbose is given.
import type { Job } from '../../../src/types.js';
import { figures, tallyAll, tallyBy, type Figures, type FileResult, type Tally } from './run.js';

const COLUMNS: [keyof Figures, string][] = [
  ['recall', 'recall'], ['precision', 'precision'], ['datesRight', 'dates'], ['titleRight', 'title'],
  ['companyRight', 'company'], ['titleAndCompanyRight', 'title+co'], ['requirementsRight', 'reqs'],
];

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function row(name: string, t: Tally): string {
  const f = figures(t);
  const cells = COLUMNS.map(([k]) => pct(f[k]).padStart(10));
  return `${name.padEnd(28)}${String(t.files).padStart(6)}${String(t.labelled).padStart(6)}${String(t.reported).padStart(10)}${cells.join('')}`;
}

function header(): string {
  return `${'group'.padEnd(28)}${'files'.padStart(6)}${'jobs'.padStart(6)}${'reported'.padStart(10)}${COLUMNS.map(([, h]) => h.padStart(10)).join('')}`;
}

export function formatTable(results: readonly FileResult[]): string {
  const out = [header(), row('all', tallyAll(results)), '', 'by engine'];
  for (const [k, t] of tallyBy(results, (r) => r.file.engine)) out.push(row(`  ${k}`, t));
  out.push('', 'by layout');
  for (const [k, t] of tallyBy(results, (r) => `${r.file.engine}/${r.file.layout}`)) out.push(row(`  ${k}`, t));
  return out.join('\n') + '\n';
}

function describe(job: Job | undefined): string {
  if (!job) return '—';
  const r = job.range;
  const ym = (v: typeof r extends undefined ? never : unknown): string =>
    v === 'present' ? 'present' : typeof v === 'object' && v !== null && 'year' in v && 'month' in v ? `${String(v.year)}-${String(v.month).padStart(2, '0')}` : '?';
  return `"${job.title}" @ "${job.org ?? ''}" ${r ? `${ym(r.start)}…${ym(r.end)}` : 'no dates'} ${job.kind}`;
}

/** What each file got wrong, one line per problem. */
export function formatProblems(results: readonly FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const lines: string[] = [];
    if (r.error) lines.push(`  error ${r.error}`);
    for (const c of r.check.jobs) {
      const want = r.file.jobs[c.label];
      if (!want) continue;
      const label = `"${want.title}" @ "${want.company ?? ''}" ${want.start ?? '—'}…${want.end ?? '—'} ${want.kind}`;
      if (c.found === undefined) lines.push(`  missing ${label}`);
      else if (!c.datesRight || !c.titleRight || !c.companyRight) {
        const wrong = [!c.titleRight && 'title', !c.companyRight && 'company', !c.datesRight && 'dates'].filter(Boolean).join('+');
        lines.push(`  wrong ${wrong}: want ${label}\n               got  ${describe(r.jobs[c.found])}`);
      }
    }
    for (const j of r.check.extra) lines.push(`  extra ${describe(r.jobs[j])}`);
    if (r.requirementsWrong.length > 0) lines.push(`  requirements wrong: ${r.requirementsWrong.join(', ')}`);
    if (lines.length > 0) out.push(r.file.file, ...lines);
  }
  return out.length > 0 ? out.join('\n') + '\n' : 'no problems\n';
}

export function belowFloors(results: readonly FileResult[], floors: Partial<Record<keyof Figures, number>>): string[] {
  const f = figures(tallyAll(results));
  return Object.entries(floors).flatMap(([k, floor]) => {
    const got = f[k as keyof Figures];
    return typeof floor === 'number' && got !== undefined && got < floor ? [`${k} ${pct(got)} < floor ${pct(floor)}`] : [];
  });
}
