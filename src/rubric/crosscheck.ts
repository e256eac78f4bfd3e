// Checks across the rubric that a per-node schema cannot see: duplicate ids, dangling references, cycles.
import { kindOf } from '../kinds/registry.js';
import { locate, type NodeIndex } from './positions.js';
import { RequirementSchema } from './schema.js';
import type { NodePath, RubricDiagnostic, RubricErrorCode } from './types.js';

interface ParsedRequirement {
  index: number;
  id: string;
  refs: { roles: { path: NodePath; id: string }[]; requirements: { path: NodePath; id: string }[] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Requirements that pass their own schema, with what they refer to; broken ones are reported elsewhere. */
function parseEach(raw: unknown): ParsedRequirement[] {
  if (!isRecord(raw) || !Array.isArray(raw.requirements)) return [];
  const out: ParsedRequirement[] = [];
  raw.requirements.forEach((item: unknown, index) => {
    const r = RequirementSchema.safeParse(item);
    if (!r.success) return;
    const refs = kindOf(r.data.kind)?.refs(r.data) ?? {};
    out.push({ index, id: r.data.id, refs: { roles: refs.roles ?? [], requirements: refs.requirements ?? [] } });
  });
  return out;
}

function rawIds(raw: unknown): (string | undefined)[] {
  if (!isRecord(raw) || !Array.isArray(raw.requirements)) return [];
  return raw.requirements.map((r: unknown) => (isRecord(r) && typeof r.id === 'string' ? r.id : undefined));
}

/** Composite requirements whose references loop back to themselves. */
function cyclic(reqs: readonly ParsedRequirement[]): Set<string> {
  const edges = new Map(reqs.map((r) => [r.id, r.refs.requirements.map((x) => x.id)]));
  const bad = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string, stack: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      for (const s of stack.slice(stack.indexOf(id))) bad.add(s);
      return;
    }
    state.set(id, 'open');
    for (const next of edges.get(id) ?? []) walk(next, [...stack, id]);
    state.set(id, 'done');
  };
  for (const r of reqs) walk(r.id, []);
  return bad;
}

export function crossCheck(raw: unknown, index: NodeIndex, file: string): RubricDiagnostic[] {
  const out: RubricDiagnostic[] = [];
  const add = (code: RubricErrorCode, path: NodePath, message: string): void => {
    const { line, col } = locate(index, path);
    out.push({ file, line, col, code, message });
  };
  const reqs = parseEach(raw);
  const roles = new Set(isRecord(raw) && isRecord(raw.roles) ? Object.keys(raw.roles) : []);
  // Ids are read from every requirement, even those with other problems, so all duplicates show at once.
  const seen = new Set<string>();
  rawIds(raw).forEach((id, index) => {
    if (id === undefined) return;
    if (seen.has(id)) add('DUPLICATE_ID', ['requirements', index, 'id'], `requirement id "${id}" is used more than once`);
    seen.add(id);
  });
  const cycles = cyclic(reqs);
  for (const r of reqs) {
    const at = (p: NodePath): NodePath => ['requirements', r.index, ...p];
    for (const ref of r.refs.roles)
      if (!roles.has(ref.id)) add('UNKNOWN_ROLE', at(ref.path), `role category "${ref.id}" is not defined under roles`);
    for (const ref of r.refs.requirements)
      if (!seen.has(ref.id)) add('UNKNOWN_REQUIREMENT', at(ref.path), `requirement "${ref.id}" is not defined`);
    if (cycles.has(r.id)) add('CYCLE', at(['of']), `requirement "${r.id}" depends on itself`);
  }
  return out;
}
