// The score stage: evaluate every requirement of a rubric against one profile, then score and band it.
import type { Rubric, Requirement } from '../rubric/types.js';
import type { Evaluation, Outcome, Profile } from '../types.js';
import { capVerdict, checkIntegrity, holdReversed } from './integrity.js';
import { kindOf } from '../kinds/registry.js';
import { decideVerdict, weightedScore, type VerdictDecision } from './verdict.js';

/** Requirements in an order where every composite comes after the parts it refers to. */
export function evaluationOrder(rubric: Rubric): Requirement[] {
  const byId = new Map(rubric.requirements.map((r) => [r.id, r]));
  const done = new Set<string>();
  const out: Requirement[] = [];
  const place = (r: Requirement): void => {
    if (done.has(r.id)) return;
    done.add(r.id); // cycles are rejected at load; marking first keeps this total anyway
    for (const ref of kindOf(r.kind)?.refs(r.options).requirements ?? []) {
      const part = byId.get(ref.id);
      if (part) place(part);
    }
    out.push(r);
  };
  rubric.requirements.forEach(place);
  return out;
}

function evaluateRequirement(profile: Profile, rubric: Rubric, req: Requirement, outcomes: Map<string, Outcome>): Outcome {
  const kind = kindOf(req.kind);
  if (!kind) throw new Error(`unknown requirement kind ${req.kind} (rubrics are validated at load)`);
  const r = kind.evaluate(profile, req.options, { rubric, requirement: req, asOf: profile.asOf, outcomes });
  const outcome: Outcome = {
    requirementId: req.id,
    kind: req.kind,
    must: req.must,
    weight: req.weight,
    met: r.met,
    near: !r.met && (r.near ?? false),
    code: r.code,
    data: r.data,
    evidence: r.evidence,
  };
  if (r.value !== undefined) outcome.value = r.value;
  return outcome;
}

export interface ScoredProfile extends Evaluation {
  decision: VerdictDecision;
}

export function scoreProfile(profile: Profile, rubric: Rubric): Evaluation {
  const { decision: _decision, ...evaluation } = scoreWithDecision(profile, rubric);
  return evaluation;
}

/** scoreProfile plus why the verdict was reached (VERDICT_* code), for reports that explain it. */
export function scoreWithDecision(profile: Profile, rubric: Rubric): ScoredProfile {
  // 1. Evaluate requirements, parts before composites.
  const outcomes = new Map<string, Outcome>();
  for (const req of evaluationOrder(rubric)) outcomes.set(req.id, evaluateRequirement(profile, rubric, req, outcomes));
  // 2. Report them in the rubric's order.
  const scored = rubric.requirements.map((r) => outcomes.get(r.id)).filter((o): o is Outcome => o !== undefined);
  // 3. Hidden, stuffed or screener-addressed text, dates that do not add up: warnings, must-haves that only a
  //    reversed range decides held as near misses, and a pass held at review when it must be.
  const integrity = checkIntegrity(profile, rubric, scored);
  const ordered = holdReversed(scored, integrity);
  // 4. Score and band.
  const score = weightedScore(ordered);
  const decision = capVerdict(decideVerdict(ordered, score, rubric.bands), integrity);
  return {
    file: profile.source,
    status: 'scored',
    verdict: decision.verdict,
    score,
    outcomes: ordered,
    profile,
    warnings: [...profile.diagnostics.filter((d) => d.severity !== 'info'), ...integrity.warnings],
    decision,
  };
}

export { decideVerdict, weightedScore } from './verdict.js';
export type { VerdictDecision } from './verdict.js';
