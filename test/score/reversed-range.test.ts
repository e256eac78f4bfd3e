// Reversed ranges (issue 13 point 5): "Dec 2018 – Mar 2009" counts 0 months (not read swapped), stays a REVERSED_RANGE
// warning in every score format, and a must-have that only the reversed range keeps from being met is a near miss
// (review) — neither a pass bought by a "typo" nor an automatic fail on one.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { formatReport, formatSingle } from '../../src/report/index.js';
import { describe as describeCode } from '../../src/report/messages.js';
import { loadRubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import type { Evaluation } from '../../src/types.js';
import { AS_OF, docOf } from '../profile/helpers.js';

const rubric = await loadRubric('rubrics/em-user-understanding.yaml');

const MANAGER_BODY = [
  '- Managed a team of 9 ML engineers: hiring, performance reviews and 1:1s.',
  '- Built recommender systems and ads ranking models for personalization.',
  '- Used GitHub Copilot and Cursor daily for code reviews and refactoring.',
];
const manager = (dates: string) => [`Engineering Manager, Machine Learning — Orbit Ads — ${dates}`, ...MANAGER_BODY];
const backend = ['Backend Engineer — Quayside Payments — Jan 2019 – Present', '- Wrote settlement batch jobs in Java.'];

function screen(...jobs: string[][]): Evaluation {
  const profile = buildProfile(docOf(['Sam Okafor', 'Experience', ...jobs.flat()]), { asOf: AS_OF, categories: rubric.roles, posting: rubric.posting });
  return scoreProfile(profile, rubric);
}
const outcome = (e: Evaluation, id: string) => e.outcomes.find((o) => o.requirementId === id);

describe('reversed ranges', () => {
  it('the same job written in order passes (the control)', () => {
    const e = screen(backend, manager('Mar 2009 – Dec 2018'));
    expect(e.verdict).toBe('pass');
    expect(e.warnings.map((w) => w.code)).not.toContain('REVERSED_RANGE');
  });
  it('written end first: 0 months, flagged, the years must-haves near misses held by it, verdict review', () => {
    const e = screen(backend, manager('Dec 2018 – Mar 2009'));
    const job = e.profile?.jobs.find((j) => j.org === 'Orbit Ads');
    expect(job?.months).toBe(0);
    expect(e.profile?.categories['people-management']?.months).toBe(0);
    expect(e.warnings).toContainEqual(expect.objectContaining({ code: 'REVERSED_RANGE', severity: 'warning', data: { job: 2 } }));
    for (const id of ['applied-ml-years', 'people-management-years']) {
      expect(outcome(e, id)).toMatchObject({ met: false, near: true, data: expect.objectContaining({ heldBy: 'REVERSED_RANGE' }) });
    }
    expect(e.verdict).toBe('review');
    const held = outcome(e, 'applied-ml-years');
    expect(describeCode(held?.code ?? '', held?.data)).toMatch(/written end first counts 0 months/);
  });
  it('a must-have that other jobs meet does not depend on it: scored as it stands', () => {
    const e = screen(manager('Jan 2012 – Present'), manager('Dec 2011 – Mar 2009'));
    expect(outcome(e, 'people-management-years')).toMatchObject({ met: true, code: 'YEARS_MET' });
    expect(outcome(e, 'people-management-years')?.data.heldBy).toBeUndefined();
    expect(e.warnings.map((w) => w.code)).toContain('REVERSED_RANGE');
  });
  it('a reversed range too short to meet the must-have even swapped leaves it unmet: fail', () => {
    const e = screen(backend, manager('Dec 2018 – Mar 2017'));
    expect(outcome(e, 'people-management-years')).toMatchObject({ met: false, near: false });
    expect(e.verdict).toBe('fail');
  });
  const meta = { tool: { name: 'resume-screen', version: '0' }, rubric: { id: rubric.id, path: 'r.yaml', sha256: rubric.sha256 }, asOf: '2026-11-01' };
  it('the one-résumé report shows the range as written, with its 0 months', () => {
    const out = formatSingle(screen(backend, manager('Dec 2018 – Mar 2009')), meta, { color: false });
    expect(out).toContain('2018-12 – 2009-03 (0 months) Engineering Manager');
  });
  it.each(['table', 'json', 'csv', 'markdown'] as const)('%s shows REVERSED_RANGE', (format) => {
    const e = screen(backend, manager('Dec 2018 – Mar 2009'));
    const input = { rows: [e], skipped: [], meta };
    // Markdown escapes the underscore; the table and Markdown also say it in the integrity notes.
    const out = formatReport(format, input, { color: false, explain: false }).replace(/\\_/g, '_');
    expect(out).toContain('REVERSED_RANGE');
    if (format === 'table' || format === 'markdown') expect(out).toContain('its range ends before it starts; it counts 0 months');
  });
});
