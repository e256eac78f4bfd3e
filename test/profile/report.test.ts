// The profile formatters (src/report/profile.ts): readable text with a roles chart, colour only when asked, JSON.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { formatProfileJson, formatProfileText } from '../../src/report/profile.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const profile = buildProfile(docOf([
  'Last updated: March 2023',
  'Experience',
  'Engineering Manager — Northwind — Jan 2020 – Present', '• Managed a team of 6; hired 3.',
  'Machine Learning Engineer — Contoso — Jan 2016 – Dec 2018', '• Ranking models in PyTorch.',
  'Skills', 'Python, PyTorch',
]), { asOf: AS_OF, categories: CATEGORIES });

describe('formatProfileText', () => {
  const text = formatProfileText(profile, { color: false });
  it('shows jobs with range, months, kind and categories', () => {
    expect(text).toContain('1. Engineering Manager — Northwind');
    expect(text).toContain('Jan 2020 – Present → 2020-01 … present, 83 months (month precision) · employment');
    expect(text).toContain('people-management by title');
  });
  it('draws one chart row per dated job with full and partial year blocks', () => {
    const row = text.split('\n').find((l) => l.includes('2. Machine Learning Engineer') && l.includes('██'));
    expect(row).toBeDefined();
    expect(text).toMatch(/1\. Engineering Manager.*██ ▌ +employment/);
  });
  it('lists gaps and the stale-Present note in words', () => {
    expect(text).toContain('2019-01 … 2019-12');
    expect(text).toContain('STALE_PRESENT: the résumé is dated 2023-03');
  });
  it('has no colour codes unless asked', () => {
    expect(text).not.toContain('\u001b[');
    expect(formatProfileText(profile, { color: true })).toContain('\u001b[');
  });
});

describe('formatProfileJson', () => {
  it('is JSON with jobs, raw and parsed ranges, categories and years, without the document lines', () => {
    const json = JSON.parse(formatProfileJson(profile, { color: false })) as Record<string, unknown>;
    expect(json.lines).toBeUndefined();
    expect(json).toMatchObject({
      jobs: [{ title: 'Engineering Manager', range: { raw: 'Jan 2020 – Present', start: { year: 2020, month: 1 }, end: 'present' }, months: 83 }, {}],
      categories: { 'people-management': { years: 6.92 } },
    });
  });
});
