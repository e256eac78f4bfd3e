import type { Line, TermSpec } from '../../src/types.js';
import { compileTerms, type HitStatus } from '../../src/match/index.js';

export function line(text: string, index = 0): Line {
  return { text, page: 1, index };
}

/** One case of a table: a line, the terms, and what must (or must not) be found. */
export interface MatchCase {
  text: string;
  terms: TermSpec[];
  /** The text each hit must have matched, in order, with its status (default 'ok'). Empty for rejected cases. */
  hits: Array<string | [string, HitStatus]>;
}

export function findAll(terms: TermSpec[], text: string): Array<[string, HitStatus]> {
  return compileTerms(terms)
    .find(line(text))
    .map((h) => [h.matched, h.status]);
}

export function expected(c: MatchCase): Array<[string, HitStatus]> {
  return c.hits.map((h) => (typeof h === 'string' ? [h, 'ok'] : h));
}
