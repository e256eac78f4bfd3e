// Case tables for the `keywords` kind: scope, any/all/min_count, and mentions that must not count.
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import type { Outcome, Profile } from '../../src/types.js';
import { jobWith, makeProfile } from './make-profile.js';

const rubric = parseRubric(
  `
id: kw
title: keywords cases
version: 1
roles:
  ml: { titles: [machine learning] }
requirements:
  - id: recsys
    kind: keywords
    weak_sections: [skills, summary]
    any:
      - { term: recommender systems, synonyms: [recommender system, recommendation engine] }
      - { term: ads, synonyms: [ad targeting, ad auctions], exclude: [ad hoc, ad-hoc] }
      - { term: recommendations, exclude: [LinkedIn recommendations, recommendations available on request] }
  - id: cursor
    kind: keywords
    sections: [experience, skills]
    any:
      - { term: Cursor, exclude: [cursor-based, database cursor, cursor pagination, mouse cursor] }
      - GitHub Copilot
  - id: two-of
    kind: keywords
    min_count: 2
    any: [Python, Go, Rust]
  - id: both
    kind: keywords
    all: [Spark, Kafka]
  - id: context
    kind: keywords
    any:
      - { term: Copilot, requires: [tests, refactoring, code] }
  - id: in-ml
    kind: keywords
    in_category: ml
    any: [ranking]
`,
  'kw.yaml',
);

function outcome(profile: Profile, id: string): Outcome {
  const o = scoreProfile(profile, rubric).outcomes.find((x) => x.requirementId === id);
  if (!o) throw new Error(`no outcome ${id}`);
  return o;
}

describe('keywords: hands-on mentions count, others do not', () => {
  const cases: [string, string, string, boolean, string][] = [
    // [why, requirement, bullet line, met, code]
    ['plain mention', 'recsys', 'Built a recommender system for the home feed', true, 'KEYWORDS_FOUND'],
    ['synonym', 'recsys', 'Owned the recommendation engine serving 40M users', true, 'KEYWORDS_FOUND'],
    ['negated', 'recsys', 'No experience with recommender systems yet', false, 'KEYWORDS_NEGATED_ONLY'],
    ['aspiration', 'recsys', 'Looking to move into recommender systems', false, 'KEYWORDS_ASPIRATIONAL_ONLY'],
    ['ads positive twin', 'recsys', 'Improved ad targeting models for advertisers', true, 'KEYWORDS_FOUND'],
    ['ad hoc is not ads', 'recsys', 'Ran ad hoc queries for finance', false, 'KEYWORDS_NOT_FOUND'],
    ['LinkedIn recommendations', 'recsys', 'Received 12 LinkedIn recommendations', false, 'KEYWORDS_EXCLUDED_ONLY'],
    ['recommendations on request', 'recsys', 'References and recommendations available on request', false, 'KEYWORDS_EXCLUDED_ONLY'],
    ['recommendations positive twin', 'recsys', 'Shipped video recommendations to 30M users', true, 'KEYWORDS_FOUND'],
    ['downloads is not ads', 'recsys', 'Grew app downloads 3x', false, 'KEYWORDS_NOT_FOUND'],
    ['Cursor editor', 'cursor', 'Use Cursor daily for refactoring and test generation', true, 'KEYWORDS_FOUND'],
    ['cursor pagination', 'cursor', 'Implemented cursor-based pagination for the API', false, 'KEYWORDS_EXCLUDED_ONLY'],
    ['database cursor', 'cursor', 'Replaced a database cursor loop with a bulk insert', false, 'KEYWORDS_EXCLUDED_ONLY'],
    ['mouse cursor', 'cursor', 'Tracked mouse cursor heatmaps for UX research', false, 'KEYWORDS_EXCLUDED_ONLY'],
    ['Copilot', 'cursor', 'Adopted GitHub Copilot across the team', true, 'KEYWORDS_FOUND'],
    ['min_count reached', 'two-of', 'Services in Go and Python', true, 'KEYWORDS_FOUND'],
    ['min_count short', 'two-of', 'Services in Python', false, 'KEYWORDS_TOO_FEW'],
    ['all present', 'both', 'Streaming with Kafka into Spark jobs', true, 'KEYWORDS_FOUND'],
    ['all: one missing', 'both', 'Batch jobs in Spark', false, 'KEYWORDS_MISSING_SOME'],
    ['term with required context present', 'context', 'Copilot for tests and refactoring', true, 'KEYWORDS_FOUND'],
    ['term without its required context', 'context', 'Flew 4,200 hours as copilot', false, 'KEYWORDS_AMBIGUOUS_ONLY'],
  ];
  it.each(cases)('%s', (_why, id, line, met, code) => {
    const o = outcome(jobWith([line]), id);
    expect({ met: o.met, code: o.code }).toEqual({ met, code });
    if (met) expect(o.evidence.map((e) => e.text)).toContain(line);
  });

  it('shows rejected mentions as evidence with their status', () => {
    const o = outcome(jobWith(['No experience with recommender systems yet']), 'recsys');
    expect(o.evidence).toEqual([expect.objectContaining({ text: 'No experience with recommender systems yet', note: 'negated' })]);
  });

  it('coursework does not count', () => {
    const p = makeProfile([{ kind: 'experience', lines: ['Coursework: recommender systems, information retrieval'] }]);
    expect(outcome(p, 'recsys')).toMatchObject({ met: false, code: 'KEYWORDS_COURSEWORK_ONLY' });
  });
});

describe('keywords: scope', () => {
  it('a mention only in a weak section is a near miss, not met', () => {
    const p = makeProfile([{ kind: 'skills', lines: ['Recommender systems, PyTorch'] }, { kind: 'experience', jobs: [{ title: 'Engineer', bullets: ['Built APIs'] }] }]);
    expect(outcome(p, 'recsys')).toMatchObject({ met: false, near: true, code: 'KEYWORDS_WEAK_ONLY' });
  });

  it('a mention in a section out of scope does not count at all', () => {
    const p = makeProfile([{ kind: 'education', lines: ['Thesis on recommender systems'] }]);
    expect(outcome(p, 'recsys')).toMatchObject({ met: false, near: false, code: 'KEYWORDS_NOT_FOUND' });
  });

  it('skills counts when the rubric puts skills in scope', () => {
    const p = makeProfile([{ kind: 'skills', lines: ['Tools: Cursor, Docker'] }]);
    expect(outcome(p, 'cursor')).toMatchObject({ met: true, code: 'KEYWORDS_FOUND' });
  });

  it('in_category looks only at jobs counted for that role category', () => {
    const p = makeProfile([
      { kind: 'experience', jobs: [{ title: 'Backend Engineer', bullets: ['Improved search ranking latency'] }] },
    ]);
    expect(outcome(p, 'in-ml').met).toBe(false);
    const twin = makeProfile([
      { kind: 'experience', jobs: [{ title: 'ML Engineer', bullets: ['Improved search ranking latency'], categories: ['ml'] }] },
    ]);
    expect(outcome(twin, 'in-ml')).toMatchObject({ met: true, value: 1 });
  });
});
