// Where every node of a rubric's YAML sits (line:col), plus the nodes a rubric may not contain.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourcePos } from '../types.js';
import { pathKey, type NodePath } from './types.js';

/** Keys that could reach Object.prototype if some consumer merged the data naively. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export interface NodeIndex {
  /** Position of each value node by path key. */
  values: Record<string, SourcePos>;
  /** Position of each map key by the path key of its value. */
  keys: Record<string, SourcePos>;
  forbidden: { path: NodePath; key: string; pos: SourcePos }[];
  firstAlias?: SourcePos;
}

function posOf(node: unknown, lc: LineCounter): SourcePos | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range = (node as Node).range;
  const offset = range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lc.linePos(offset);
  return { line, col };
}

export function indexNodes(doc: Document, lc: LineCounter): NodeIndex {
  const index: NodeIndex = { values: {}, keys: {}, forbidden: [] };
  const visit = (node: unknown, path: NodePath, fallback: SourcePos): void => {
    const here = posOf(node, lc) ?? fallback;
    index.values[pathKey(path)] = here;
    if (isAlias(node)) {
      index.firstAlias ??= here;
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyPos = posOf(pair.key, lc) ?? here;
        const child = [...path, key];
        index.keys[pathKey(child)] = keyPos;
        if (FORBIDDEN_KEYS.includes(key)) index.forbidden.push({ path: child, key, pos: keyPos });
        if (isAlias(pair.key)) index.firstAlias ??= keyPos;
        visit(pair.value, child, keyPos);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i], here));
    }
  };
  visit(doc.contents, [], { line: 1, col: 1 });
  return index;
}

/** The position of the deepest node on `path` that exists (a missing key points at its parent). */
export function locate(index: NodeIndex, path: NodePath, preferKey = false): SourcePos {
  for (let n = path.length; n >= 0; n--) {
    const key = pathKey(path.slice(0, n));
    const pos = (preferKey ? index.keys[key] : undefined) ?? index.values[key] ?? index.keys[key];
    if (pos) return pos;
  }
  return { line: 1, col: 1 };
}

export function exists(index: NodeIndex, path: NodePath): boolean {
  const key = pathKey(path);
  return key in index.values || key in index.keys;
}

/** `requirements[2].any[0]` — how a path reads in a message. */
export function showPath(path: NodePath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '(root)';
}
