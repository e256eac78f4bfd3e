// A self-contained HTML report (-f html): one file, no external assets, no network, a strict Content Security
// Policy (inline style and script allowed only by their sha256), a sortable and filterable ranking, each candidate's
// requirements with evidence (page and line), the role timeline as SVG when profiles are present, warnings, and a
// print style. A link ending in `#q=text` opens the report filtered. Résumé text is HTML-escaped; nothing from a résumé is ever placed inside the script or the style.
import { createHash } from 'node:crypto';
import { describe } from './messages.js';
import { compactRequirements, mark } from './rank.js';
import { rankedRows, type SourceInput } from './source.js';
import { safeText } from './text.js';
import type { ReportOptions, ReportRow } from './types.js';
import { warningsText } from './warnings.js';

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none;background:#f4f4f4}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.pass{color:#137333}.review{color:#b06000}.fail{color:#c5221f}.error{color:#8430ce}.muted{color:#666}
details{margin:.5rem 0;border:1px solid #ddd;border-radius:4px;padding:.3rem .6rem}summary{cursor:pointer;font-weight:600}
.ev{margin:.1rem 0 .1rem 1.5rem;color:#444;font-size:13px}.warn{color:#b06000}svg{max-width:100%}
@media print{input,.noprint{display:none}details{break-inside:avoid}details:not([open])>*:not(summary){display:block}th{cursor:auto}}`;

const SCRIPT = `(()=>{const t=document.getElementById('ranking');if(!t)return;const b=t.tBodies[0];
const hs=[...t.tHead.rows[0].cells];hs.forEach((h,i)=>h.addEventListener('click',()=>{const asc=h.getAttribute('aria-sort')!=='ascending';
hs.forEach(x=>x.removeAttribute('aria-sort'));h.setAttribute('aria-sort',asc?'ascending':'descending');
const rows=[...b.rows];rows.sort((x,y)=>{const a=x.cells[i].dataset.sort??x.cells[i].textContent,c=y.cells[i].dataset.sort??y.cells[i].textContent;
const n=Number(a)-Number(c);const r=Number.isNaN(n)?a.localeCompare(c):n;return asc?r:-r});rows.forEach(r=>b.appendChild(r))}));
const f=document.getElementById('filter');const run=()=>{const q=f.value.toLowerCase();
for(const r of b.rows)r.hidden=q!==''&&!r.textContent.toLowerCase().includes(q)};f.addEventListener('input',run);
const h=decodeURIComponent(location.hash.slice(1));if(h.startsWith('q=')){f.value=h.slice(2);run()}
document.documentElement.dataset.ready='1'})();`;

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Nothing may load from anywhere; only this style and this script run. */
export const CSP = `default-src 'none'; style-src ${sha(STYLE)}; script-src ${sha(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;

export function escapeHtml(text: string): string {
  return safeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function who(row: ReportRow): string {
  const name = row.candidate?.name ? `<strong>${escapeHtml(row.candidate.name)}</strong><br>` : '';
  const email = row.candidate?.email ? `${escapeHtml(row.candidate.email)}<br>` : '';
  return `${name}${email}<span class="muted">${escapeHtml(row.file)}</span>`;
}

function rankingRow(rank: number, row: ReportRow, columns: SourceInput['source']['columns'], anchor: string): string {
  const verdict = row.status === 'error' ? 'error' : (row.verdict ?? 'error');
  const requirements = row.status === 'error' ? escapeHtml(row.error?.code ?? '') : escapeHtml(compactRequirements(row, columns));
  return `<tr class="row"><td data-sort="${rank}">${rank}</td><td><a href="#${anchor}">${who(row)}</a></td><td class="${verdict}">${verdict}</td><td data-sort="${row.score ?? -1}">${row.score ?? ''}</td><td>${requirements}</td><td class="warn">${escapeHtml(warningsText(row.warnings))}</td></tr>`;
}

function candidateBlock(rank: number, row: ReportRow, anchor: string): string {
  const verdict = row.status === 'error' ? 'error' : (row.verdict ?? 'error');
  const head = `<summary>${rank}. ${row.candidate?.name ? escapeHtml(row.candidate.name) : escapeHtml(row.file)} — <span class="${verdict}">${verdict} ${row.score ?? ''}</span></summary>`;
  if (row.status === 'error') return `<details id="${anchor}">${head}<p>${escapeHtml(`${row.error?.code ?? ''}: ${row.error?.message ?? ''}`)}</p></details>`;
  const reqs = row.outcomes
    .map((o) => {
      const evidence = o.evidence.map((e) => `<div class="ev">${e.page !== undefined ? `page ${e.page}, ` : ''}line ${e.line}: ${escapeHtml(e.text)}</div>`).join('');
      return `<li><span class="${o.met ? 'pass' : o.near ? 'review' : 'fail'}">${mark(o)}</span> <strong>${escapeHtml(o.requirementId)}</strong>${o.must ? ' (must)' : ''}: ${escapeHtml(describe(o.code, o.data))}${evidence}</li>`;
    })
    .join('');
  const warnings = row.warnings.length ? `<p class="warn">Reading notes: ${row.warnings.map((w) => escapeHtml(describe(w.code, w.data ?? {}))).join(' · ')}</p>` : '';
  return `<details id="${anchor}" open>${head}<ul>${reqs}</ul>${warnings}${timelineSvg(row)}</details>`;
}

/** One bar per dated job on a year axis; only when the row carries its profile. */
function timelineSvg(row: ReportRow): string {
  const jobs = row.profile?.jobs.filter((j) => j.range) ?? [];
  if (!row.profile || jobs.length === 0) return '';
  const asOf = row.profile.asOf.year * 12 + row.profile.asOf.month;
  const month = (v: { year: number; month: number } | 'present'): number => (v === 'present' ? asOf : v.year * 12 + v.month);
  const start = Math.min(...jobs.map((j) => month(j.range?.start ?? 'present')));
  const span = Math.max(12, asOf - start + 1);
  const width = 600;
  const x = (m: number): number => Math.round(((m - start) / span) * width);
  const bars = jobs
    .map((j, i) => {
      const from = x(month(j.range?.start ?? 'present'));
      const to = Math.max(from + 2, x(month(j.range?.end ?? 'present') + 1));
      const fill = j.categories.length ? '#137333' : '#999';
      return `<rect x="${from}" y="${i * 18}" width="${to - from}" height="14" fill="${fill}"><title>${escapeHtml(j.title)}</title></rect><text x="${Math.min(to + 4, width - 150)}" y="${i * 18 + 11}" font-size="11">${escapeHtml(j.title).slice(0, 60)}</text>`;
    })
    .join('');
  return `<svg class="timeline" role="img" aria-label="role timeline" viewBox="0 0 ${width + 160} ${jobs.length * 18}" width="${width + 160}" height="${jobs.length * 18}">${bars}</svg>`;
}

export function* htmlChunks(input: SourceInput, options: Pick<ReportOptions, 'top'>): Generator<string> {
  const title = `resume-screen · ${escapeHtml(input.meta.rubric.id)} · as of ${escapeHtml(input.meta.asOf)}`;
  yield `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="viewport" content="width=device-width"><title>${title}</title><style>${STYLE}</style></head><body><h1>${title}</h1>`;
  yield `<p class="noprint"><input id="filter" type="search" placeholder="filter (name, file, verdict, warning)" aria-label="filter"></p>`;
  yield '<table id="ranking"><thead><tr><th>#</th><th>candidate</th><th>verdict</th><th>score</th><th>requirements</th><th>warnings</th></tr></thead><tbody>';
  for (const { rank, row } of rankedRows(input.source, options.top)) yield rankingRow(rank, row, input.source.columns, `c${rank}-${anchorOf(row)}`);
  yield '</tbody></table>';
  yield `<p class="muted">✓ met · ≈ near miss (review) · ✗ not met. A recommendation for a person to check, not a decision.</p>`;
  for (const { rank, row } of rankedRows(input.source, options.top)) yield candidateBlock(rank, row, `c${rank}-${anchorOf(row)}`);
  yield `<script>${SCRIPT}</script></body></html>\n`;
}

function anchorOf(row: ReportRow): string {
  return createHash('sha256').update(row.file).digest('hex').slice(0, 8);
}
