// Role categories: by title unless title_exclude matches, else by enough distinct evidence terms in the body.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const cats = (lines: string[]) =>
  buildProfile(docOf(['Experience', ...lines]), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) => j.categories.map((c) => `${c.category}:${c.via}`));

describe('role categories', () => {
  it.each([
    ['title', ['Engineering Manager — Northwind — 2019 – 2021', '• Roadmaps.'], ['people-management:title']],
    ['title exclude', ['Project Manager — Northwind — 2019 – 2021', '• Hired contractors and ran performance reviews.'], []],
    ['evidence (2 distinct terms)', ['Tech Lead — Northwind — 2019 – 2021', '• Managed a team of 6 engineers; hired 3.'], ['people-management:evidence']],
    ['one evidence term is not enough', ['Software Engineer — Northwind — 2019 – 2021', '• Hired 3 interns.'], []],
    ['negated evidence does not count', ['Tech Lead — Northwind — 2019 – 2021', '• Tech lead (no direct reports); hired nobody.'], []],
    ['evidence_exclude phrases do not count', ['Platform Engineer — Northwind — 2019 – 2021', '• Managed Kubernetes clusters; performance reviews of services.'], []],
    ['ML by evidence', ['Software Engineer — Northwind — 2019 – 2021', '• Trained ranking models in PyTorch.'], ['applied-ml:evidence']],
    ['ML title (case-sensitive ML)', ['Senior ML Engineer — Northwind — 2019 – 2021', '• Things.'], ['applied-ml:title']],
  ])('%s', (_name, lines, expected) => {
    expect(cats(lines)[0]).toEqual(expected);
  });

  it('records the title or the body lines that made a job count', () => {
    const p = buildProfile(docOf(['Experience', 'Tech Lead — Northwind — 2019 – 2021', '• Managed a team of 6 engineers.', '• Hired 3.']), { asOf: AS_OF, categories: CATEGORIES });
    const m = p.jobs[0]?.categories[0];
    expect(m?.evidence.map((e) => e.line)).toEqual([2, 3]);
  });
});
