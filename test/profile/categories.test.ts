// Role categories: by title unless title_exclude matches, else by enough distinct evidence terms in the body.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { matchCategory } from '../../src/profile/categories.js';
import type { RoleCategory } from '../../src/types.js';
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

describe('crediting policy (RoleCategory.credit and friends)', () => {
  const base: RoleCategory = {
    id: 'mgmt',
    titles: [{ term: 'manager' }, { term: 'team lead' }],
    titleExclude: [{ term: 'account manager' }, { term: 'no direct reports' }],
    titleExcludeUnlessEvidence: [{ term: 'tech lead' }, { term: 'release manager' }],
    evidence: [{ term: 'direct reports' }, { term: 'hiring', synonyms: ['hired'] }, { term: 'performance reviews' }],
    titleSupport: [{ term: 'roadmaps' }],
    evidencePatterns: [{ name: 'team size', pattern: '\\bteam of \\d+\\b' }, { name: 'team size', pattern: '\\b\\d+-person team\\b' }],
    evidenceExclude: [{ term: 'managed Kubernetes clusters' }],
    minEvidence: 2,
    kinds: ['employment'],
  };
  const creditOf = (title: string, bullets: string[], category: RoleCategory = base): string => {
    const m = matchCategory(category, { title, titleLine: { text: title, page: 1, index: 0 }, body: bullets.map((text, i) => ({ text, page: 1, index: i + 1 })), section: 'experience' });
    return m === undefined ? 'none' : (m.flag ?? m.via);
  };
  it.each([
    ['title + evidence', 'Engineering Manager', ['Hiring for the search team.'], 'title+evidence'],
    ['title + a pattern', 'Team Lead', ['Led a team of 6.'], 'title+evidence'],
    ['title + title_support', 'Engineering Manager', ['Roadmaps for the search team.'], 'title+evidence'],
    ['title alone is flagged by default', 'Engineering Manager', ['Shipped the search page.'], 'TITLE_ONLY'],
    ['evidence alone at min_evidence', 'Software Engineer', ['7 direct reports; hiring.'], 'evidence'],
    ['one evidence term alone is not enough', 'Software Engineer', ['Hiring for the team.'], 'none'],
    ['two hits of the same pattern name are one term', 'Software Engineer', ['Team of 6, later a 9-person team.'], 'none'],
    ['title_support never counts alone', 'Software Engineer', ['Roadmaps; hiring.'], 'none'],
    ['conditional exclusion + evidence', 'Tech Lead', ['Team of 7; performance reviews.'], 'evidence'],
    ['conditional exclusion + one term', 'Tech Lead', ['Team of 7.'], 'none'],
    ['conditional exclusion without evidence is never TITLE_ONLY', 'Release Manager', ['Release trains.'], 'none'],
    ['hard exclusion beats evidence', 'Account Manager', ['Direct reports: 4; hiring; performance reviews.'], 'none'],
    ['hard exclusion in the title', 'Team Lead (no direct reports)', ['Team of 5; hiring.'], 'none'],
    ['a negated pattern does not count', 'Software Engineer', ['Never led a team of 5, but hiring.'], 'none'],
    ['evidence_exclude covers a pattern hit', 'Software Engineer', ['Managed Kubernetes clusters; hiring.'], 'none'],
  ] as const)('%s', (_why, title, bullets, expected) => {
    expect(creditOf(title, [...bullets])).toBe(expected);
  });

  it.each([
    ['count', 'title'],
    ['flag', 'TITLE_ONLY'],
    ['ignore', 'none'],
  ] as const)('title_only: %s → %s', (titleOnly, expected) => {
    expect(creditOf('Engineering Manager', ['Shipped the search page.'], { ...base, credit: { titleOnly, titleEvidence: 1 } })).toBe(expected);
  });

  it('title_evidence sets how much evidence confirms a title', () => {
    const strict = { ...base, credit: { titleOnly: 'flag' as const, titleEvidence: 2 } };
    expect(creditOf('Engineering Manager', ['Hiring for the search team.'], strict)).toBe('TITLE_ONLY');
    expect(creditOf('Engineering Manager', ['Hiring; performance reviews.'], strict)).toBe('title+evidence');
  });

  it('a hostile line repeating a pattern 50,000 times stays fast (matches per line are capped)', () => {
    const t0 = performance.now();
    expect(creditOf('Software Engineer', ['team of 7 '.repeat(50_000)])).toBe('none');
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
