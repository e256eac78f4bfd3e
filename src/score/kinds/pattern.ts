// `pattern`: an RE2 regular expression (linear time, so no rubric can hang a batch) over scoped lines.
import { RE2JS } from 're2js';
import { z } from 'zod';
import { evidenceOf, linesInScope, MAX_EVIDENCE, ScopeShape } from '../scope.js';
import { defineKind } from './kind.js';

/**
 * Counted repetitions above this are refused: `[a-z]{1000}` compiles to a 1,000-state program (slow to build, and
 * every résumé line pays for it); a rubric never needs more.
 */
export const MAX_REPEAT = 100;
const REPEAT_RE = /\{(\d+)(?:,(\d*))?\}/g;

function repeatTooLarge(pattern: string): boolean {
  for (const m of pattern.matchAll(REPEAT_RE)) if (Number(m[1]) > MAX_REPEAT || Number(m[2] || 0) > MAX_REPEAT) return true;
  return false;
}

/** Compiled patterns by flags+source: the loader validates each requirement twice, the scorer compiles again. */
const cache = new Map<string, RE2JS | string>();
const CACHE_LIMIT = 10_000;

/** Compile with RE2; returns the error's text when the pattern is invalid or too expensive. */
export function compilePattern(pattern: string, caseSensitive: boolean): RE2JS | string {
  const key = `${caseSensitive ? 's' : 'i'}:${pattern}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let result: RE2JS | string;
  if (repeatTooLarge(pattern)) result = `counted repetition above ${MAX_REPEAT}`;
  else {
    try {
      result = RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    } catch (err) {
      result = err instanceof Error ? err.message : String(err);
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

const PatternSource = z
  .string()
  .min(1)
  .superRefine((p, ctx) => {
    const r = compilePattern(p, true);
    if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: `invalid RE2 pattern: ${r}`, params: { code: 'BAD_PATTERN' } });
  })
  .describe('RE2 syntax (no backreferences or lookaround); matched per line');

const compiled = new WeakMap<object, RE2JS>();

export const pattern = defineKind({
  shape: {
    pattern: PatternSource,
    case_sensitive: z.boolean().default(false),
    min_count: z.number().int().positive().default(1).describe('matching lines needed (default 1)'),
    ...ScopeShape,
  },
  refs: (o) => (o.in_category === undefined ? {} : { roles: [{ path: ['in_category'], id: o.in_category }] }),
  evaluate(profile, o) {
    let re = compiled.get(o);
    if (!re) {
      const r = compilePattern(o.pattern, o.case_sensitive);
      if (typeof r === 'string') throw new Error('pattern was validated at load');
      re = r;
      compiled.set(o, re);
    }
    const hits = linesInScope(profile, { sections: o.sections, inCategory: o.in_category }).filter((s) => re.test(s.line.text));
    const strongCount = hits.length;
    const data: Record<string, unknown> = { count: strongCount, minCount: o.min_count };
    const evidence = hits.slice(0, MAX_EVIDENCE).map((s) => evidenceOf(s));
    if (strongCount >= o.min_count) return { met: true, value: strongCount, code: 'PATTERN_FOUND', data, evidence };
    const weakSections = o.weak_sections.filter((s) => !o.sections.includes(s));
    const weak = weakSections.length
      ? linesInScope(profile, { sections: weakSections, inCategory: o.in_category }).filter((s) => re.test(s.line.text))
      : [];
    if (strongCount + weak.length >= o.min_count) {
      const all = [...evidence, ...weak.map((s) => evidenceOf(s, 'weak'))].slice(0, MAX_EVIDENCE);
      return { met: false, near: true, value: strongCount, code: 'PATTERN_WEAK_ONLY', data, evidence: all };
    }
    return { met: false, value: strongCount, code: strongCount ? 'PATTERN_TOO_FEW' : 'PATTERN_NOT_FOUND', data, evidence };
  },
});
