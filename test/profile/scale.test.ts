// Size and speed: the profile stage is linear in the document, and a typical résumé takes about a millisecond.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const RESUME = [
  'Ada Example', 'ada@example.com | +1 555 0100 | Seattle, WA', 'Summary', 'Engineering manager for ranking and recommendations.',
  'Experience',
  'Engineering Manager, Ranking — Northwind — Jan 2020 – Present', '• Managed a team of 8; hired 4; ran performance reviews.', '• Ranking models in PyTorch for 40 million users.',
  'Senior ML Engineer — Contoso — Mar 2016 – Dec 2019', '• Built the machine learning platform and ranking models.',
  'Software Engineer — Proseware — 2012 – 2016', '• Java services.',
  'Education', 'MSc Computer Science — University of Washington — 2010 – 2012',
  'Skills', 'Python, PyTorch, Spark, Kafka',
];

describe('scale', () => {
  it('profiles a typical résumé in well under 10 ms (warm)', () => {
    const doc = docOf(RESUME);
    buildProfile(doc, { asOf: AS_OF, categories: CATEGORIES });
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) buildProfile(doc, { asOf: AS_OF, categories: CATEGORIES });
    expect((performance.now() - t0) / 200).toBeLessThan(10);
  });

  it('handles a hostile 30,000-line document with one huge job and a 200 kB line', () => {
    const lines = ['Experience', 'ML Engineer — Acme — 2019 – 2021'];
    for (let i = 0; i < 30_000; i++) lines.push(i % 3 === 0 ? `• Item ${i} in 2019 – 2020 of 1,500 servers.` : `Built thing ${i}; trained ranking models.`);
    lines.push('x 2019 '.repeat(30_000));
    const t0 = performance.now();
    const p = buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(p.jobs.length).toBeGreaterThanOrEqual(1);
    expect(p.jobs[0]?.body.length).toBeGreaterThan(29_000);
  });

  it('stays linear on lines full of separators and spaces', () => {
    const lines = ['Experience', `${'– '.repeat(100_000)}2019 – 2020 x`, `Engineer${' '.repeat(200_000)}x 2019 – 2021`, 'Skills', `${' '.repeat(100_000)}x`];
    const t0 = performance.now();
    buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES });
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it('handles 5,000 dated one-line jobs without quadratic work', () => {
    const lines = ['Experience'];
    for (let i = 0; i < 5_000; i++) lines.push(`Engineer ${i} — Org ${i} — Jan ${2000 + (i % 25)} – Dec ${2001 + (i % 25)}`);
    const t0 = performance.now();
    const p = buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(p.jobs).toHaveLength(5_000);
  });
});
