// A rubric that names a posting it cannot read loses its POSTING_COPY check without saying so at score time.
import type { LintRule } from '../types.js';
import { positionOf } from '../terms.js';

export const postingUnreadable: LintRule = {
  code: 'posting-unreadable',
  severity: 'warning',
  description: 'the posting the rubric names cannot be read, so copied postings are not detected',
  check(rubric) {
    const posting = rubric.posting;
    if (posting?.problem === undefined) return [];
    const pos = positionOf(rubric, ['posting'], { line: 1, col: 1 });
    return [{ ...pos, data: { path: posting.path, problem: posting.problem } }];
  },
};
