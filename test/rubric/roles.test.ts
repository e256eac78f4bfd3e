// The shipped rubric's role categories, applied by the profile stage's matcher to job titles and bodies:
// who counts as applied ML and as a people manager, including the traps the posting implies.
import { describe, expect, it } from 'vitest';
import { matchCategory } from '../../src/profile/categories.js';
import { loadRubric } from '../../src/rubric/index.js';
import type { Line, RoleCategory } from '../../src/types.js';

const rubric = await loadRubric('rubrics/em-user-understanding.yaml');
const role = (id: string): RoleCategory => {
  const r = rubric.roles.find((x) => x.id === id);
  if (!r) throw new Error(`no role ${id}`);
  return r;
};
const line = (text: string, index: number): Line => ({ text, page: 1, index });

function counts(id: string, title: string, bullets: string[] = []): boolean {
  const body = bullets.map((b, i) => line(b, i + 1));
  return matchCategory(role(id), { title, titleLine: line(title, 0), body, section: 'experience' }) !== undefined;
}

describe('applied-ml', () => {
  const cases: [string, string[], boolean][] = [
    ['Senior Machine Learning Engineer', [], true],
    ['Applied Scientist II', [], true],
    ['Data Scientist', [], true],
    ['Engineering Manager, Personalization', [], true],
    ['Engineering Manager', ['Manage 8 ML engineers building ranking models for the home feed.'], true],
    ['Engineering Manager', ['Manage the payments platform team; on-call and incident reviews.'], false],
    ['Senior Project Manager, ML Platform', ['Run delivery for the ML platform programme.'], false],
    ['Machine Learning Recruiter', [], false],
    ['Backend Engineer', ['Integrated the payments API.'], false],
    ['Responsable d’équipe Machine Learning', [], true],
    ['Engineering Manager, Personalizzazione', [], true],
  ];
  it.each(cases)('%s %j → %s', (title, bullets, expected) => {
    expect(counts('applied-ml', title, bullets)).toBe(expected);
  });
});

describe('people-management', () => {
  const cases: [string, string[], boolean][] = [
    ['Engineering Manager, Ranking', [], true],
    ['Head of Personalization', [], true],
    ['Director of Applied Science', [], true],
    ['Tech Lead Manager, Ads', [], true],
    ['Project Manager', ['Managed the migration project (budget, schedule, vendors).'], false],
    ['Product Manager, Recommendations', [], false],
    ['Tech Lead, Recommendations (no direct reports)', ['Set technical direction for three engineers.'], false],
    ['Staff ML Engineer', ['Line manager for 4 data scientists: hiring, weekly 1:1s and annual performance reviews.'], true],
    ['Staff ML Engineer', ['Was promoted to staff; coaching two junior engineers.', 'Improved model calibration.'], false],
    ['Platform Engineer', ['Managed Kubernetes clusters and managed infrastructure for 40 services.'], false],
    ['Teamleiter Data Science', [], true],
  ];
  it.each(cases)('%s %j → %s', (title, bullets, expected) => {
    expect(counts('people-management', title, bullets)).toBe(expected);
  });
});
