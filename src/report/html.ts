// A self-contained HTML report (-f html): one file with no external asset and no network, a strict Content Security
// Policy (the one style and the one script allowed by their sha256, nothing else), a ranking that sorts by any column
// and filters as one types, each candidate's requirements with their evidence (page and line), the warnings, the
// role timeline as SVG, and a print style. A link ending in `#q=words` opens the report filtered; `#c1-…` opens one
// candidate. Résumé text is HTML-escaped and never placed inside the script or the style.
import { createHash } from 'node:crypto';
import { evidenceWhere } from './evidence.js';
import { escapeHtml } from './html-escape.js';
import { SCRIPT, STYLE } from './html-client.js';
import { timelineSvg } from './html-timeline.js';
import { integrityNotes, suspectPrefix } from './integrity.js';
import { describe } from './messages.js';
import { formatValue, mark, verdictOf, type RequirementColumn } from './rank.js';
import { skippedBreakdown } from './skipped.js';
import { rankedRows, type SourceInput } from './source.js';
import { summarize } from './summary.js';
import type { ReportOptions, ReportRow } from './types.js';
import { countWarnings, warningsText } from './warnings.js';

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Nothing may load from anywhere; only this style and this script run; no form, no base. */
export const CSP = `default-src 'none'; style-src ${sha(STYLE)}; script-src ${sha(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;

/** For the verdict column's sort: the ranking's own order. */
const VERDICT_SORT: Record<string, number> = { pass: 0, review: 1, fail: 2, error: 3 };

const anchorOf = (rank: number, row: ReportRow): string => `c${rank}-${createHash('sha256').update(row.file).digest('hex').slice(0, 8)}`;

function who(row: ReportRow): string {
  const name = row.candidate?.name ? `<strong>${escapeHtml(row.candidate.name)}</strong><br>` : '';
  const email = row.candidate?.email ? `${escapeHtml(row.candidate.email)}<br>` : '';
  const dup = row.duplicateOf !== undefined ? ` <span class="muted">(duplicate of ${escapeHtml(row.duplicateOf)})</span>` : '';
  return `${name}${email}<span class="muted">${escapeHtml(row.file)}</span>${dup}`;
}

/** A requirement cell sorts by met, then by its value: ✗ < ≈ < ✓, and 5.5 years < 9.2 years among the ✓. */
function requirementCell(row: ReportRow, column: RequirementColumn): string {
  const o = row.outcomes.find((x) => x.requirementId === column.id);
  if (!o) return '<td class="req" data-sort="-1"></td>';
  const state = o.met ? 2 : o.near ? 1 : 0;
  const verdict = o.met ? 'pass' : o.near ? 'review' : 'fail';
  const value = formatValue(o);
  return `<td class="req ${verdict}" data-sort="${state * 1e6 + (o.value ?? 0)}" title="${escapeHtml(describe(o.code, o.data))}">${mark(o)}${value ? ` ${value}` : ''}</td>`;
}

function rankingRow(rank: number, order: number, row: ReportRow, columns: readonly RequirementColumn[]): string {
  const verdict = verdictOf(row);
  const result = verdict === 'error' ? `error <span class="muted">${escapeHtml(row.error?.code ?? '')}</span>` : verdict;
  const cells = [
    `<td class="num" data-sort="${rank}">${rank}</td>`,
    `<td data-sort="${escapeHtml((row.candidate?.name ?? row.file).toLowerCase())}"><a href="#${anchorOf(rank, row)}">${who(row)}</a></td>`,
    `<td class="${verdict}" data-sort="${VERDICT_SORT[verdict] ?? 3}">${result}</td>`,
    `<td class="num" data-sort="${row.score ?? -1}">${row.score ?? ''}</td>`,
    ...columns.map((c) => requirementCell(row, c)),
    `<td class="warn">${escapeHtml(warningsText(row.warnings))}</td>`,
  ];
  return `<tr data-order="${order}" data-target="${anchorOf(rank, row)}">${cells.join('')}</tr>`;
}

function rankingHead(columns: readonly RequirementColumn[]): string {
  const th = (label: string, type: 'number' | 'text', extra = '', title = ''): string =>
    `<th scope="col" data-type="${type}"${extra}><button type="button"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(label)}</button></th>`;
  const reqs = columns.map((c) => th(`${c.id}${c.must ? '*' : ''}`, 'number', ' class="req"', `${c.id} (${c.must ? 'must-have' : 'nice-to-have'}, ${c.kind})`));
  return `<thead><tr>${[th('#', 'number', ' aria-sort="ascending"'), th('candidate', 'text'), th('verdict', 'number'), th('score', 'number'), ...reqs, th('warnings', 'text')].join('')}</tr></thead>`;
}

function evidenceItem(e: ReportRow['outcomes'][number]['evidence'][number]): string {
  const suspect = e.suspect ? `<span class="suspect">${escapeHtml(suspectPrefix(e).trim())}</span> ` : '';
  return `<div class="ev"><span class="where">${evidenceWhere(e, 'long')}</span>: ${suspect}${escapeHtml(e.text)}</div>`;
}

function candidateBlock(rank: number, row: ReportRow): string {
  const verdict = verdictOf(row);
  const name = row.candidate?.name ? `${escapeHtml(row.candidate.name)} <span class="muted">${escapeHtml(row.file)}</span>` : escapeHtml(row.file);
  const head = `<summary>${rank}. ${name} — <span class="${verdict}">${verdict}${row.score !== undefined ? ` ${row.score}` : ''}</span></summary>`;
  if (verdict === 'error') return `<details class="candidate" id="${anchorOf(rank, row)}" open>${head}<p class="error">${escapeHtml(`${row.error?.code ?? ''}: ${row.error?.message ?? ''}`)}</p></details>`;
  const requirements = row.outcomes
    .map((o) => {
      const state = o.met ? 'pass' : o.near ? 'review' : 'fail';
      return `<li><span class="${state}">${mark(o)}</span> <strong>${escapeHtml(o.requirementId)}</strong>${o.must ? ' (must)' : ''}: ${escapeHtml(describe(o.code, o.data))}${o.evidence.map(evidenceItem).join('')}</li>`;
    })
    .join('');
  const warnings = countWarnings(row.warnings).map((w) => {
    const first = row.warnings.find((x) => x.code === w.code);
    return `<li><code>${escapeHtml(w.code)}</code>${w.count > 1 ? ` ×${w.count}` : ''}: ${escapeHtml(describe(w.code, first?.data ?? {}))}</li>`;
  });
  const notes = warnings.length ? `<p class="warn">Warnings</p><ul class="warn">${warnings.join('')}</ul>` : '';
  return `<details class="candidate" id="${anchorOf(rank, row)}" open>${head}<ul class="req-list">${requirements}</ul>${notes}${timeline(row)}</details>`;
}

function timeline(row: ReportRow): string {
  const svg = timelineSvg(row.profile);
  return svg ? `<p class="muted">Roles over time, as read (a bar's tooltip gives its dates; stripes: the role categories it counts for)</p>${svg}` : '';
}

function summaryLine(input: SourceInput): string {
  const counts = summarize(input.source.keys, input.skipped.length);
  const errors = Object.entries(counts.errorsByCode).map(([code, n]) => `${code} ${n}`).join(', ');
  const parts = [
    `${counts.scored} screened: <span class="pass">${counts.pass} pass</span>, <span class="review">${counts.review} review</span>, <span class="fail">${counts.fail} fail</span>`,
    `<span class="${counts.errors ? 'error' : ''}">${counts.errors} not read${errors ? ` (${escapeHtml(errors)})` : ''}</span>`,
    `${counts.skipped} skipped${input.skipped.length ? ` (${escapeHtml(skippedBreakdown(input.skipped))})` : ''}`,
    `${counts.duplicates} duplicate${counts.duplicates === 1 ? '' : 's'}`,
  ];
  return `<p>${parts.join(' · ')}</p>`;
}

export function* htmlChunks(input: SourceInput, options: Pick<ReportOptions, 'top'>): Generator<string> {
  const { meta, source } = input;
  const title = `Ranking for ${escapeHtml(meta.rubric.id)} · as of ${escapeHtml(meta.asOf)}`;
  yield `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width"><title>${title}</title><style>${STYLE}</style></head><body>`;
  yield `<h1>${title}</h1><p class="muted">${escapeHtml(`${meta.tool.name} ${meta.tool.version} · rubric ${meta.rubric.path} (sha256 ${meta.rubric.sha256.slice(0, 12)})`)}</p>${summaryLine(input)}`;
  yield '<div class="tools"><input id="filter" type="search" placeholder="filter: name, e-mail, file, verdict, warning…" aria-label="filter the ranking"><span id="shown" class="muted" aria-live="polite"></span><button type="button" id="expand">expand all</button><button type="button" id="collapse">collapse all</button></div>';
  yield `<table id="ranking">${rankingHead(source.columns)}<tbody>`;
  const flagged: string[] = [];
  let order = 0;
  for (const { rank, row } of rankedRows(source, options.top)) {
    yield rankingRow(rank, order++, row, source.columns);
    for (const note of integrityNotes(row)) flagged.push(`<li><a href="#${anchorOf(rank, row)}">${rank}. ${escapeHtml(row.file)}</a>: ${escapeHtml(note)}</li>`);
  }
  yield '</tbody></table>';
  yield '<p class="muted">* must-have · ✓ met · ≈ near miss (goes to review) · ✗ not met; years with one decimal. A recommendation for a person to check, not a decision.</p>';
  if (flagged.length) yield `<h2 class="warn">Integrity (hidden or gamed text: never counted)</h2><ul>${flagged.join('')}</ul>`;
  yield '<h2>Candidates</h2>';
  for (const { rank, row } of rankedRows(source, options.top)) yield candidateBlock(rank, row);
  yield `<script>${SCRIPT}</script></body></html>\n`;
}
