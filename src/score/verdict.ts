// Bands: from outcomes and score to pass / review / fail. The tool recommends; people decide.
import type { Outcome, Verdict } from '../types.js';
import type { Bands } from '../rubric/types.js';

export interface VerdictDecision {
  verdict: Verdict;
  /** VERDICT_* code with the requirement ids or score that decided it. */
  code: string;
  data: Record<string, unknown>;
}

/**
 * 1. fail   — a must-have is clearly unmet (neither met nor near), or the score is below `review_score`;
 * 2. review — every must-have is met or near and at least one is only near, or the score is below `pass_score`;
 * 3. pass   — every must-have is met and the score reaches `pass_score`.
 */
export function decideVerdict(outcomes: readonly Outcome[], score: number, bands: Bands): VerdictDecision {
  const musts = outcomes.filter((o) => o.must);
  const unmet = musts.filter((o) => !o.met && !o.near).map((o) => o.requirementId);
  if (unmet.length) return { verdict: 'fail', code: 'VERDICT_FAIL_MUST', data: { requirements: unmet } };
  if (score < bands.reviewScore) return { verdict: 'fail', code: 'VERDICT_FAIL_SCORE', data: { score, reviewScore: bands.reviewScore } };
  const near = musts.filter((o) => !o.met).map((o) => o.requirementId);
  if (near.length) return { verdict: 'review', code: 'VERDICT_REVIEW_NEAR_MISS', data: { requirements: near } };
  if (score < bands.passScore) return { verdict: 'review', code: 'VERDICT_REVIEW_SCORE', data: { score, passScore: bands.passScore } };
  return { verdict: 'pass', code: 'VERDICT_PASS', data: { score } };
}

/** Weighted share of met requirements, 0–100, rounded to a whole number (near misses earn nothing). */
export function weightedScore(outcomes: readonly Outcome[]): number {
  const total = outcomes.reduce((s, o) => s + o.weight, 0);
  if (total === 0) return 0;
  const met = outcomes.reduce((s, o) => s + (o.met ? o.weight : 0), 0);
  return Math.round((100 * met) / total);
}
