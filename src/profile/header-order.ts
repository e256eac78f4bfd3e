// The order a résumé writes its headers in, learnt from the headers whose title the lexicon knows, applied to those
// whose title it does not ("Software Engineer, Quillmoor Labs" and "Data Analyst, Halden Systems" above "Glass
// Collector, Marrowfield Bistro"; "Quillmoor Labs — Software Engineer" above "Norby Foods — Shelf Stacker"). One writer
// keeps one order; a title the lexicon lacks is read where that writer's titles stand.
import { ORG_RE, TITLE_RE } from './header-lexicon.js';
import { isLocation } from './header-places.js';
import { isTitleQualifier } from './comma-header.js';

/** How a matched header was written: one comma between title and company, or two pieces split by a separator. */
export interface HeaderShape {
  /** "lines": the title and the company each on a line of its own (LinkedIn's company line over its title). */
  kind: 'comma' | 'pieces' | 'lines';
  titleFirst: boolean;
}

/** The order a section's headers agree on, per shape. */
export interface HeaderOrder {
  comma?: boolean;
  pieces?: boolean;
  lines?: boolean;
}

/** Fewest matched headers of one shape that make an order. */
const MIN_VOTES = 2;
/** How many agreeing headers outvote one stray in the line order. */
const LINES_MAJORITY = 3;
/** Fewest words of a title read by order alone ("Glass Collector"; a lone capitalised word may be a town). */
const MIN_TITLE_WORDS = 2;

/** The order of each shape that every matched header of that shape (two or more) agrees on. */
export function voteOrder(shapes: readonly (HeaderShape | undefined)[]): HeaderOrder {
  const order: HeaderOrder = {};
  for (const kind of ['comma', 'pieces', 'lines'] as const) {
    const votes = shapes.filter((s): s is HeaderShape => s?.kind === kind);
    const first = votes.filter((s) => s.titleFirst).length;
    if (votes.length >= MIN_VOTES && (first === 0 || first === votes.length)) order[kind] = first > 0;
    // A line each: a wrapped description line over the next one can look like "Title" / "Company" ("Copywriter of
    // case studies for Enterprise" / "Ireland's newsletter"); the lines' order holds when it outvotes such strays
    // three to one (and two at least agree).
    else if (kind === 'lines') {
      const agree = Math.max(first, votes.length - first);
      if (agree >= MIN_VOTES && (votes.length - agree) * LINES_MAJORITY <= agree) order[kind] = first === agree;
    }
  }
  return order;
}

const words = (t: string): number => t.trim().split(/\s+/u).length;
const orgOnly = (t: string): boolean => ORG_RE.test(t) && !TITLE_RE.test(t);
/** A piece that can be read as a title by order: two words or more, no organisation cue, no place, no area alone. */
const canBeTitle = (t: string): boolean => words(t) >= MIN_TITLE_WORDS && !orgOnly(t) && !isLocation(t) && !isTitleQualifier(t);
/** A piece that can be a company by order: starts like a name, no place, no area alone. */
const canBeOrg = (t: string): boolean => /^[\p{Lu}\p{N}]/u.test(t) && !isLocation(t) && !isTitleQualifier(t) && !TITLE_RE.test(t);

/** "Glass Collector, Marrowfield Bistro" (or "Marrowfield Bistro, Glass Collector") read in the section's order. */
export function orderedComma(text: string, titleFirst: boolean): { title: string; org: string } | undefined {
  const parts = text.split(/,\s+/u);
  if (parts.length !== 2) return undefined;
  const [a = '', b = ''] = parts.map((p) => p.trim());
  const [title, org] = titleFirst ? [a, b] : [b, a];
  return canBeTitle(title) && canBeOrg(org) ? { title, org } : undefined;
}

/** Which of two pieces on one line is the title in the section's order, or -1. */
export function orderedPieces(texts: readonly string[], titleFirst: boolean): number {
  if (texts.length !== 2) return -1;
  const t = titleFirst ? 0 : 1;
  const title = texts[t] ?? '';
  const org = texts[1 - t] ?? '';
  return canBeTitle(title) && canBeOrg(org) ? t : -1;
}
