// The role timeline of the HTML report as inline SVG: one row per dated job on a year axis, the bar striped with the
// colour of each role category the job counts for (grey when none), a legend, and a tooltip per bar with the dates
// as read. Only presentation attributes, no style attribute: the report's CSP allows no inline style.
import type { Job, Profile, YearMonth } from '../types.js';
import { monthIndex } from '../months.js';
import { formatYearMonth } from './dates.js';
import { escapeHtml } from './html-escape.js';

/** Category colours in order of first appearance in the profile; enough for any rubric seen so far, then reused. */
const PALETTE = ['#137333', '#1a73e8', '#a142f4', '#e37400', '#d01884', '#129eaf'] as const;
const NONE = '#9aa0a6';
const LABEL = 250;
const PLOT = 460;
const ROW = 18;
const AXIS = 16;


function endOf(job: Job, asOf: YearMonth): YearMonth {
  return job.range?.end === 'present' || job.range === undefined ? asOf : job.range.end;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Every `step` years, from the first year: at most about ten labels whatever the span. */
function yearTicks(first: number, last: number): number[] {
  const span = last - first + 1;
  const step = span <= 12 ? 1 : span <= 24 ? 2 : 5;
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(y);
  return ticks;
}

export function timelineSvg(profile: Profile | undefined): string {
  const jobs = (profile?.jobs ?? []).filter((j) => j.range !== undefined && j.months > 0);
  if (!profile || jobs.length === 0) return '';
  const asOf = profile.asOf;
  const firstYear = Math.min(...jobs.map((j) => j.range?.start.year ?? asOf.year));
  const start = firstYear * 12;
  const span = (asOf.year + 1) * 12 - start;
  const x = (month: number): number => LABEL + Math.round(((month - start) / span) * PLOT * 10) / 10;
  const categories = Object.keys(profile.categories);
  const colour = (id: string): string => PALETTE[Math.max(0, categories.indexOf(id)) % PALETTE.length] ?? NONE;
  const height = AXIS + jobs.length * ROW;

  const grid = yearTicks(firstYear, asOf.year)
    .map((y) => `<line class="grid" x1="${x(y * 12)}" y1="${AXIS - 4}" x2="${x(y * 12)}" y2="${height}"/><text class="axis" x="${x(y * 12) + 2}" y="${AXIS - 6}">${y}</text>`)
    .join('');
  const rows = jobs.map((job, i) => {
    const top = AXIS + i * ROW + 2;
    const from = x(monthIndex(job.range?.start ?? asOf));
    const width = Math.max(2, Math.round((x(monthIndex(endOf(job, asOf)) + 1) - from) * 10) / 10);
    const ids = job.categories.map((c) => c.category);
    const fills = ids.length ? ids.map(colour) : [NONE];
    const stripe = 14 / fills.length;
    const when = `${formatYearMonth(job.range?.start ?? asOf)} – ${job.range?.end === 'present' ? 'present' : formatYearMonth(endOf(job, asOf))}`;
    const tip = [job.title, job.org, when, `${job.months} months`, job.kind === 'employment' ? '' : job.kind, ids.join(', ')].filter(Boolean).join(' · ');
    const bars = fills
      .map((fill, k) => `<rect x="${from}" y="${top + k * stripe}" width="${width}" height="${stripe}" fill="${fill}"${job.kind === 'employment' ? '' : ' fill-opacity="0.45"'}/>`)
      .join('');
    const label = shorten(`${job.title}${job.org ? `, ${job.org}` : ''}`, 38);
    return `<g class="job"><title>${escapeHtml(tip)}</title><text x="0" y="${top + 11}">${escapeHtml(label)}</text>${bars}</g>`;
  });
  const used = categories.filter((id) => jobs.some((j) => j.categories.some((c) => c.category === id)));
  const legend = [...used.map((id) => ({ id, fill: colour(id) })), { id: 'other work', fill: NONE }]
    .map((item, k) => `<rect x="${LABEL + k * 150}" y="${height + 8}" width="10" height="10" fill="${item.fill}"/><text x="${LABEL + k * 150 + 14}" y="${height + 17}">${escapeHtml(item.id)}</text>`)
    .join('');
  const total = LABEL + Math.max(PLOT, (used.length + 1) * 150) + 4;
  return `<svg class="timeline" role="img" aria-label="role timeline: ${jobs.length} dated jobs" viewBox="0 0 ${total} ${height + 24}" width="${total}" height="${height + 24}">${grid}${rows.join('')}${legend}</svg>`;
}
