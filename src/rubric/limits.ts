// Cheap bounds checked before the expensive steps, so a hostile rubric is refused fast (issue 7, "rubric hostility").
import { isAlias, isCollection, isPair, type Document, type Node } from 'yaml';

/** Real rubrics nest a handful of levels; yaml's parser recurses per level and overflows near 10^5. */
export const MAX_NESTING = 64;
/**
 * Requirements per rubric: a posting has a dozen or two. Each costs every résumé a pass over its lines, so thousands
 * of valid-but-expensive patterns would make every file time out; refused at load instead.
 */
export const MAX_REQUIREMENTS = 200;
/** Nodes after aliases are expanded: a large real rubric has a few thousand; yaml's alias *count* limit misses wide anchors. */
export const MAX_EXPANDED_NODES = 200_000;

/**
 * Deepest nesting of flow collections ([ and {) outside quoted scalars and comments: a linear scan that stops early.
 * Block nesting needs indentation, so the size cap already bounds it.
 */
export function flowDepthExceeds(text: string, limit = MAX_NESTING): boolean {
  let depth = 0;
  let quote: string | undefined;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (comment) {
      if (ch === '\n') comment = false;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || (ch === "'" && /[\s[{,:]/.test(text[i - 1] ?? ' '))) quote = ch;
    else if (ch === '#' && /\s/.test(text[i - 1] ?? ' ')) comment = true;
    else if (ch === '[' || ch === '{') {
      if (++depth > limit) return true;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return false;
}

/** Number of nodes the document has once every alias is replaced by what it points at (memoised, so linear). */
export function expandedNodeCount(doc: Document): number {
  const memo = new Map<unknown, number>();
  const size = (node: unknown): number => {
    if (node === null || node === undefined) return 1;
    const known = memo.get(node);
    if (known !== undefined) return known;
    memo.set(node, 1); // a self-referencing alias counts once instead of looping
    let n = 1;
    if (isAlias(node)) n = size(node.resolve(doc));
    else if (isPair(node)) n = size(node.key) + size(node.value);
    else if (isCollection(node)) for (const item of (node as { items: unknown[] }).items) n += size(item);
    memo.set(node, n);
    return n;
  };
  return size(doc.contents as Node | null);
}
