// Case tables for the `pattern` kind (RE2): scope, case, min_count, and linear time on a catastrophic pattern.
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import type { Profile } from '../../src/types.js';
import { jobWith, makeProfile } from './make-profile.js';

const rubric = parseRubric(
  `
id: pat
title: pattern cases
version: 1
requirements:
  - { id: qps, kind: pattern, pattern: '\\b\\d+(\\.\\d+)?[kKmM]? ?QPS\\b' }
  - { id: cased, kind: pattern, pattern: '\\bGo\\b', case_sensitive: true }
  - { id: twice, kind: pattern, pattern: 'launched', min_count: 2 }
  - { id: weak, kind: pattern, pattern: 'Kubernetes', weak_sections: [skills] }
  - { id: redos, kind: pattern, pattern: '^(a+)+$', sections: [experience] }
`,
  'pat.yaml',
);

const outcome = (p: Profile, id: string) => scoreProfile(p, rubric).outcomes.find((o) => o.requirementId === id);

describe('pattern', () => {
  const cases: [string, string, string, boolean, string][] = [
    ['matches', 'qps', 'Served 120k QPS at p99 < 50 ms', true, 'PATTERN_FOUND'],
    ['no match', 'qps', 'Served many requests', false, 'PATTERN_NOT_FOUND'],
    ['case-sensitive hit', 'cased', 'Rewrote the service in Go', true, 'PATTERN_FOUND'],
    ['case-sensitive rejects "go"', 'cased', 'Ready to go live', false, 'PATTERN_NOT_FOUND'],
  ];
  it.each(cases)('%s', (_why, id, line, met, code) => {
    expect(outcome(jobWith([line]), id)).toMatchObject({ met, code });
  });

  it('counts matching lines for min_count', () => {
    expect(outcome(jobWith(['launched A']), 'twice')).toMatchObject({ met: false, code: 'PATTERN_TOO_FEW', value: 1 });
    expect(outcome(jobWith(['launched A', 'launched B']), 'twice')).toMatchObject({ met: true, value: 2 });
  });

  it('a hit only in a weak section is near', () => {
    const p = makeProfile([{ kind: 'skills', lines: ['Kubernetes, Terraform'] }]);
    expect(outcome(p, 'weak')).toMatchObject({ met: false, near: true, code: 'PATTERN_WEAK_ONLY' });
  });

  it('runs a backtracking-catastrophic pattern in linear time', () => {
    const line = `${'a'.repeat(100_000)}!`;
    const t0 = performance.now();
    expect(outcome(jobWith([line]), 'redos')?.met).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
