// A rubric with schema errors still has readable parts: prune the broken nodes so the policy rules can run on the rest
// (a typo `mx: 12` must not hide a protected-characteristic error until it is fixed).
import type { z } from 'zod';
import { buildRubric } from '../build.js';
import { locate, type NodeIndex } from '../positions.js';
import { RubricSchema } from '../schema.js';
import type { Rubric } from '../types.js';

type Issue = z.core.$ZodIssue;
type Obj = Record<string, unknown>;

/** Pruning removes at least one node a round; a rubric has far fewer broken nodes than this. */
const MAX_ROUNDS = 50;
/** Required top-level scalars that no rule reads: a stand-in keeps the rest of the file checkable. */
const ROOT_STANDINS: Readonly<Record<string, string>> = { id: 'unnamed', title: 'unnamed', version: '0' };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Remove `key` from its container; an array element takes its whole list with it (indices must not shift). */
function removeAt(root: Obj, path: readonly PropertyKey[]): boolean {
  let parent: unknown = root;
  for (const p of path.slice(0, -1)) parent = (parent as Obj | undefined)?.[p as string];
  const key = path[path.length - 1];
  if (key === undefined) return false;
  if (Array.isArray(parent)) return removeAt(root, path.slice(0, -1));
  if (!isObj(parent) || !(String(key) in parent)) return false;
  delete parent[String(key)];
  return true;
}

function valueAt(root: Obj, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, p) => (isObj(node) || Array.isArray(node) ? (node as Obj)[p as string] : undefined), root);
}

/** One issue → one pruning step; false when the document cannot be salvaged (no requirements list at all). */
function prune(data: Obj, dropped: Set<number>, kept: readonly number[], issue: Issue): boolean {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => removeAt(data, [...path, k])).some(Boolean);
  const [top, index] = path;
  if (top === 'requirements' && typeof index === 'number') {
    const original = kept[index];
    if (original === undefined) return false;
    // A requirement's own key (or deeper node) goes first; a requirement without id/kind goes whole.
    const own = ['requirements', original, ...path.slice(2)];
    if (path.length > 2 && valueAt(data, own) !== undefined && removeAt(data, own)) return true;
    dropped.add(original);
    return true;
  }
  if (path.length === 1 && typeof top === 'string' && top in ROOT_STANDINS) {
    data[top] = ROOT_STANDINS[top];
    return true;
  }
  if (top === 'requirements' || path.length === 0) return false;
  // Roles and bands: the broken node, else its parent (a role missing a required key goes whole).
  return valueAt(data, path) !== undefined ? removeAt(data, path) : removeAt(data, path.slice(0, -1));
}

/**
 * The readable part of a rubric whose schema check failed, as a Rubric whose requirement paths and positions are
 * those of the original file; undefined when nothing sensible is left.
 */
export function salvageRubric(raw: unknown, index: NodeIndex, file: string, sha256: string): Rubric | undefined {
  if (!isObj(raw) || !Array.isArray(raw.requirements)) return undefined;
  const data = structuredClone(raw);
  const all = data.requirements as unknown[];
  const dropped = new Set<number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const kept = all.map((_, i) => i).filter((i) => !dropped.has(i));
    if (kept.length === 0) return undefined;
    const parsed = RubricSchema.safeParse({ ...data, requirements: kept.map((i) => all[i]) });
    if (parsed.success) return relocate(buildRubric(parsed.data, index, file, sha256), kept, index);
    const changed = parsed.error.issues.map((issue) => prune(data, dropped, kept, issue));
    if (!changed.some(Boolean)) return undefined;
  }
  return undefined;
}

/** buildRubric numbered the kept requirements 0..n; give them back their place in the file. */
function relocate(rubric: Rubric, kept: readonly number[], index: NodeIndex): Rubric {
  rubric.requirements = rubric.requirements.map((r, i) => {
    const path = ['requirements', kept[i] ?? i];
    return { ...r, path, pos: locate(index, path) };
  });
  return rubric;
}
