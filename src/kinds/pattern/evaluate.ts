// `pattern`: lines in scope that the compiled RE2 expression matches, strong sections first, then weak ones.
import type { RE2JS } from 're2js';
import { evidenceOf, linesInScope, MAX_EVIDENCE } from '../scope.js';
import type { Profile } from '../../types.js';
import type { KindResult } from '../kind.js';
import type { PatternCode } from './codes.js';
import type { PatternOptions } from './options.js';
import { compilePattern } from '../../match/re2.js';

const compiled = new WeakMap<object, RE2JS>();

export function evaluatePattern(profile: Profile, o: PatternOptions): KindResult<PatternCode> {
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
}
