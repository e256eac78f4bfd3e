// Reading order across pages: a main column that runs to the foot of a page beside a sidebar and goes on at the top
// of the next page is read on without a break, so its spilled jobs are not read after the sidebar's last section.
// Only the continuation moves, back to right after its column: nothing is ever read before the first page's opening
// blocks (blind mode finds the name there).
import type { Block } from './columns.js';

export interface PageSegment {
  /** 1-based page the blocks are on. */
  page: number;
  blocks: Block[];
}

interface Extent {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** A column runs to the foot of its page when it ends within this share of the page's text height from the bottom … */
const FOOT_SHARE = 0.15;
/** … and goes on at the top of the next one when it starts within this share from the top. */
const HEAD_SHARE = 0.15;
/** The continuation lies within its column: at least this share of its width overlaps the column's. */
const MIN_INSIDE_SHARE = 0.85;
/** Blocks are side by side when their x-ranges overlap by at most this many points … */
const SIDE_OVERLAP_PT = 2;
/** … and their y-ranges overlap by at least this many points. */
const MIN_BESIDE_PT = 20;

/**
 * The blocks of every page (each page in its own reading order), as segments in document reading order. A page's
 * blocks stay together unless its top holds the continuation of the previous page's main column: the widest column
 * that ran to the foot of the previous page beside another column. Then that continuation (and the blocks under it
 * in the same column) is read right after the column it continues; the rest of the page keeps its order.
 */
export function flowAcrossPages(pages: readonly Block[][], eligible: (page: number) => boolean = () => true): PageSegment[] {
  const flow = pages.flatMap((blocks, i) => blocks.map((block) => ({ page: i + 1, block })));
  for (let n = 1; n < pages.length; n++) {
    if (!eligible(n) || !eligible(n + 1)) continue;
    const move = continuation(pages[n - 1] ?? [], pages[n] ?? []);
    if (!move) continue;
    const moved = flow.filter((f) => move.blocks.includes(f.block));
    const rest = flow.filter((f) => !move.blocks.includes(f.block));
    const at = rest.findIndex((f) => f.block === move.after) + 1;
    flow.splice(0, flow.length, ...rest.slice(0, at), ...moved, ...rest.slice(at));
  }
  // Consecutive blocks of one page make one segment.
  const segments: PageSegment[] = [];
  for (const { page, block } of flow) {
    const last = segments[segments.length - 1];
    if (last?.page === page) last.blocks.push(block);
    else segments.push({ page, blocks: [block] });
  }
  return segments;
}

/** The blocks of `page` that continue a column of `before`, and the block of `before` they follow. */
export function continuation(before: readonly Block[], page: readonly Block[]): { after: Block; blocks: Block[] } | undefined {
  const prior = before.map(extentOf);
  const here = page.map(extentOf);
  const priorPage = pageExtent(prior);
  const herePage = pageExtent(here);
  if (!priorPage || !herePage) return undefined;
  // Columns of the previous page that run to its foot beside another column, widest first.
  const feet = prior
    .map((e, i) => ({ e, i }))
    .filter(({ e, i }) => e.bottom - priorPage.bottom <= FOOT_SHARE * (priorPage.top - priorPage.bottom) && prior.some((o, j) => j !== i && beside(e, o)))
    .sort((p, q) => q.e.x1 - q.e.x0 - (p.e.x1 - p.e.x0) || q.i - p.i);
  const column = feet[0];
  if (!column) return undefined;
  const neighbours = prior.filter((o, j) => j !== column.i && beside(column.e, o));
  // The first block of this page inside that column, at the top of the page (the pages share their margins, so the
  // higher of the two pages' first lines marks it) with nothing of the page above it.
  const pageTop = Math.max(herePage.top, priorPage.top);
  const start = here.findIndex((e, i) =>
    pageTop - e.top <= HEAD_SHARE * (priorPage.top - priorPage.bottom) &&
    inside(e, column.e) && !neighbours.some((o) => overlapX(e, o) > SIDE_OVERLAP_PT) &&
    here.slice(0, i).every((o) => overlapX(e, o) <= SIDE_OVERLAP_PT));
  if (start < 0) return undefined;
  const first = here[start] as Extent;
  // The column goes on down the page in the blocks after it that stay inside it.
  const blocks: Block[] = [];
  for (let i = start; i < page.length; i++) {
    const e = here[i] as Extent;
    if (i > start && !(inside(e, column.e) && e.top <= first.top)) break;
    blocks.push(page[i] as Block);
  }
  // A last block of the column split in several (nested columns): the continuation follows the last one read.
  let after = column.i;
  while (after + 1 < prior.length && inside(prior[after + 1] as Extent, column.e) && (prior[after + 1] as Extent).top <= column.e.bottom) after++;
  return { after: before[after] as Block, blocks };
}

function extentOf(block: Block): Extent {
  let x0 = Infinity;
  let x1 = -Infinity;
  let top = -Infinity;
  let bottom = Infinity;
  for (const row of block.rows) {
    for (const it of row.items) {
      x0 = Math.min(x0, it.x);
      x1 = Math.max(x1, it.x + it.w);
      top = Math.max(top, it.y + it.size);
      bottom = Math.min(bottom, it.y);
    }
  }
  return { x0, x1, top, bottom };
}

function pageExtent(extents: Extent[]): Extent | undefined {
  const real = extents.filter((e) => Number.isFinite(e.x0));
  if (real.length === 0) return undefined;
  return {
    x0: Math.min(...real.map((e) => e.x0)),
    x1: Math.max(...real.map((e) => e.x1)),
    top: Math.max(...real.map((e) => e.top)),
    bottom: Math.min(...real.map((e) => e.bottom)),
  };
}

const overlapX = (a: Extent, b: Extent) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const overlapY = (a: Extent, b: Extent) => Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
const beside = (a: Extent, b: Extent) => overlapX(a, b) <= SIDE_OVERLAP_PT && overlapY(a, b) >= MIN_BESIDE_PT;
const inside = (a: Extent, column: Extent) => Number.isFinite(a.x0) && overlapX(a, column) >= MIN_INSIDE_SHARE * (a.x1 - a.x0);
