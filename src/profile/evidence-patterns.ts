// A role category's evidence patterns (RE2, linear time): team-size cues and the like, which a fixed phrase cannot
// say ("team of 7", "oversaw 1000+ engineers", "grew the team from 3 to 12"). Each pattern is one evidence term.
import type { RE2JS } from 're2js';
import { compilePattern } from '../match/re2.js';
import type { EvidencePattern, Line } from '../types.js';

export interface CompiledEvidencePattern {
  name: string;
  re: RE2JS;
}

export interface PatternHit {
  name: string;
  start: number;
  end: number;
}

/** Matches looked at per pattern and line: a hostile line repeating a cue a million times costs no more. */
const MAX_MATCHES_PER_LINE = 20;

export function compileEvidencePatterns(patterns: readonly EvidencePattern[]): CompiledEvidencePattern[] {
  return patterns.flatMap((p) => {
    const re = compilePattern(p.pattern, p.caseSensitive ?? false);
    // Rubric files are validated at load; a pattern built in code that does not compile matches nothing.
    return typeof re === 'string' ? [] : [{ name: p.name, re }];
  });
}

export function evidencePatternHits(patterns: readonly CompiledEvidencePattern[], line: Line): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const p of patterns) {
    // Most lines match nothing: re2js's test() answers that several times faster than a matcher's find().
    if (!p.re.test(line.text)) continue;
    const m = p.re.matcher(line.text);
    for (let n = 0; n < MAX_MATCHES_PER_LINE && m.find(); n++) {
      if (m.end() > m.start()) hits.push({ name: p.name, start: m.start(), end: m.end() });
    }
  }
  return hits;
}
