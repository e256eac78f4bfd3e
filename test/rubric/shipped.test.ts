// The shipped rubric: loads cleanly, keeps the public requirement ids, and its term lists handle the posting's traps.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import { jobWith, makeProfile } from '../score/make-profile.js';

const rubric = await loadRubric('rubrics/em-user-understanding.yaml');
const met = (id: string, p = jobWith([])) => scoreProfile(p, rubric).outcomes.find((o) => o.requirementId === id)?.met;

describe('shipped rubric: em-user-understanding', () => {
  it('keeps the public requirement ids, musts and role categories', () => {
    expect(rubric.requirements.map((r) => [r.id, r.must])).toEqual([
      ['applied-ml-years', true],
      ['people-management-years', true],
      ['recsys-or-ads', true],
      ['ai-coding-assistants', true],
      ['large-scale-distributed-systems', false],
      ['llm-productivity-tools', false],
      ['technical-leadership', false],
    ]);
    expect(rubric.requirements[0]?.options).toMatchObject({ category: 'applied-ml', min: 6 });
    expect(rubric.requirements[1]?.options).toMatchObject({ category: 'people-management', min: 2 });
    expect(rubric.roles.map((r) => r.id)).toEqual(['applied-ml', 'people-management']);
  });

  const recsys: [string, boolean][] = [
    ['Led the team that built the home-feed ranking model', true],
    ['Owned candidate generation and retrieval for video recommendations', true],
    ['Built CTR prediction models for sponsored listings', true],
    ['Shipped ad auctions and bid optimization for advertisers', true],
    ['Personalized onboarding for 20M new users', true],
    ['Ran ad hoc analyses for the marketing team', false],
    ['Wrote ad-hoc SQL for finance', false],
    ['Made recommendations to leadership on vendor choice', false],
    ['LinkedIn recommendations from three former managers', false],
    ['No experience with recommender systems or ads', false],
    ['Eager to move into recommender systems', false],
  ];
  it.each(recsys)('recsys-or-ads: %s → %s', (line, expected) => {
    expect(met('recsys-or-ads', jobWith([line]))).toBe(expected);
  });

  it('recsys-or-ads: "Excited to move into recommender systems" does not count; "Led the move into" does', () => {
    expect(met('recsys-or-ads', jobWith(['Excited to move into recommender systems']))).toBe(false);
    expect(met('recsys-or-ads', jobWith(['Hoping to transition into ads ranking']))).toBe(false);
    expect(met('recsys-or-ads', jobWith(['Led the move into real-time recommender systems for the home feed']))).toBe(true);
  });

  const assistants: [string, boolean][] = [
    ['Daily use of Cursor and Claude Code for refactoring and test generation', true],
    ['Rolled out GitHub Copilot to 40 engineers', true],
    ['Use Codex CLI to write migrations', true],
    ['Evaluated Tabnine and Windsurf for the team', true],
    ['Implemented cursor-based pagination for the feed API', false],
    ['Tuned a database cursor in the nightly ETL', false],
    ['Windsurfing instructor on weekends', false],
  ];
  it.each(assistants)('ai-coding-assistants: %s → %s', (line, expected) => {
    expect(met('ai-coding-assistants', jobWith([line]))).toBe(expected);
  });

  it('ai-coding-assistants accepts a skills-list mention', () => {
    expect(met('ai-coding-assistants', makeProfile([{ kind: 'skills', lines: ['Tools: Cursor, GitHub Copilot, Docker'] }]))).toBe(true);
  });
});

describe('shipped rubric: everyday words that are also tool names', () => {
  const cases: [string, boolean][] = [
    ['First Officer (Copilot), Airbus A320', false],
    ['Flew short- and medium-haul routes as copilot; 4,200 flight hours.', false],
    ['Migrated Codex, our legacy editorial codebase, to Python 3 and a modern CI pipeline.', false],
    ['Use Copilot for unit tests and refactoring', true],
    ['Codex for code review preparation', true],
    ['Rolled out Copilot to 40 engineers', true],
  ];
  it.each(cases)('%s → %s', (line, expected) => {
    expect(met('ai-coding-assistants', jobWith([line]))).toBe(expected);
  });

  it('reports an out-of-context mention as ambiguous', () => {
    const o = scoreProfile(jobWith(['First Officer (Copilot), Airbus A320']), rubric).outcomes.find((x) => x.requirementId === 'ai-coding-assistants');
    expect(o).toMatchObject({ met: false, code: 'KEYWORDS_AMBIGUOUS_ONLY' });
  });
});
