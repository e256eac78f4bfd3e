// Validated rubric input → the Rubric the scorer uses (snake_case file fields → camelCase contracts).
import type { RoleCategory } from '../types.js';
import { locate, type NodeIndex } from './positions.js';
import { readPosting } from './posting.js';
import { BASE_FIELDS, type RubricInput } from './schema.js';
import { toTermSpecs } from '../kinds/term-specs.js';
import type { Requirement, Rubric } from './types.js';

function roleCategories(input: RubricInput): RoleCategory[] {
  return Object.entries(input.roles).map(([id, r]) => {
    const role: RoleCategory = {
      id,
      titles: toTermSpecs(r.titles),
      titleExclude: toTermSpecs(r.title_exclude),
      evidence: toTermSpecs(r.evidence),
      evidenceExclude: toTermSpecs(r.evidence_exclude),
      minEvidence: r.min_evidence,
      kinds: r.kinds,
      titleExcludeUnlessEvidence: toTermSpecs(r.title_exclude_unless_evidence),
      titleSupport: toTermSpecs(r.title_support),
      evidencePatterns: r.evidence_patterns.map((p) => ({ name: p.name, pattern: p.pattern, caseSensitive: p.case_sensitive })),
      credit: { titleOnly: r.credit.title_only, titleEvidence: r.credit.title_evidence },
    };
    if (r.description !== undefined) role.description = r.description;
    return role;
  });
}

function requirements(input: RubricInput, index: NodeIndex): Requirement[] {
  return input.requirements.map((r, i) => {
    const options = Object.fromEntries(Object.entries(r).filter(([k]) => !BASE_FIELDS.includes(k)));
    const path = ['requirements', i];
    const req: Requirement = { id: r.id, must: r.must, weight: r.weight, kind: r.kind, options, pos: locate(index, path), path };
    if (r.description !== undefined) req.description = r.description;
    return req;
  });
}

export function buildRubric(input: RubricInput, index: NodeIndex, source: string, sha256: string): Rubric {
  const rubric: Rubric = {
    id: input.id,
    title: input.title,
    version: String(input.version),
    source,
    sha256,
    roles: roleCategories(input),
    requirements: requirements(input, index),
    bands: { passScore: input.bands.pass_score, reviewScore: input.bands.review_score, margin: input.bands.margin },
    positions: index.values,
  };
  if (input.description !== undefined) rubric.description = input.description;
  if (input.posting !== undefined) rubric.posting = readPosting(source, input.posting);
  return rubric;
}
