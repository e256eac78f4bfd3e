// A role category's evidence patterns (RE2, linear time): team-size cues and the like, which a fixed phrase cannot
// say ("team of 7", "oversaw 1000+ engineers", "grew the team from 3 to 12"). Each pattern is one evidence term.
import { RE2Set, type RE2JS } from 're2js';
import { compilePattern } from '../match/re2.js';
import type { EvidencePattern, Line } from '../types.js';

interface OnePattern {
  name: string;
  re: RE2JS;
}

/** A category's patterns, and one RE2 set of them all that says which patterns a line matches in one pass. */
export interface CompiledEvidencePatterns {
  patterns: OnePattern[];
  /**
   * Most lines match no pattern: a set's lazy DFA answers that about 20 times faster than testing each pattern in
   * turn (ten patterns, a bench corpus's lines); the patterns it names are then searched one by one for positions.
   * Undefined when the set cannot be built (a pattern the set's parser refuses): each pattern is then tested.
   */
  set: RE2Set | undefined;
}

export interface PatternHit {
  name: string;
  start: number;
  end: number;
}

/** Matches looked at per pattern and line: a hostile line repeating a cue a million times costs no more. */
const MAX_MATCHES_PER_LINE = 20;

export function compileEvidencePatterns(patterns: readonly EvidencePattern[]): CompiledEvidencePatterns {
  const compiled: Array<OnePattern & { source: string }> = patterns.flatMap((p) => {
    const caseSensitive = p.caseSensitive ?? false;
    const re = compilePattern(p.pattern, caseSensitive);
    // Rubric files are validated at load; a pattern built in code that does not compile matches nothing.
    return typeof re === 'string' ? [] : [{ name: p.name, re, source: caseSensitive ? p.pattern : `(?i:${p.pattern})` }];
  });
  return { patterns: compiled.map(({ name, re }) => ({ name, re })), set: compiled.length > 1 ? buildSet(compiled.map((p) => p.source)) : undefined };
}

function buildSet(sources: readonly string[]): RE2Set | undefined {
  try {
    const set = new RE2Set(RE2Set.UNANCHORED);
    for (const source of sources) set.add(source);
    set.compile();
    return set;
  } catch {
    return undefined;
  }
}

export function evidencePatternHits(compiled: CompiledEvidencePatterns, line: Line): PatternHit[] {
  const hits: PatternHit[] = [];
  const { patterns, set } = compiled;
  if (patterns.length === 0) return hits;
  // Which patterns match at all: the set's indices (in the order added), or each pattern's test().
  const matching = set ? set.match(line.text).sort((a, b) => a - b).map((i) => patterns[i]) : patterns.filter((p) => p.re.test(line.text));
  for (const p of matching) {
    if (p === undefined) continue;
    const m = p.re.matcher(line.text);
    for (let n = 0; n < MAX_MATCHES_PER_LINE && m.find(); n++) {
      if (m.end() > m.start()) hits.push({ name: p.name, start: m.start(), end: m.end() });
    }
  }
  return hits;
}
