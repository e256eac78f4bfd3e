// The cue lists themselves: every phrase is findable, none is listed twice, and lines that lower-case to a
// different length (Turkish İ) or carry astral letters keep their offsets.
import { describe, expect, it } from 'vitest';
import {
  ASPIRATION_CUES, CLAUSE_BREAK_CUES, COURSEWORK_CUES, EXPOSURE_CUES, NEGATION_AFTER_CUES, NEGATION_CUES,
  PSEUDO_ASPIRATION_CUES, PSEUDO_EXPOSURE_CUES, PSEUDO_NEGATION_CUES,
} from '../../src/match/cues.js';
import { compilePattern } from '../../src/match/pattern.js';
import { compileTerms } from '../../src/match/index.js';
import { line } from './helpers.js';

const LISTS = {
  NEGATION_CUES, PSEUDO_NEGATION_CUES, NEGATION_AFTER_CUES, ASPIRATION_CUES, PSEUDO_ASPIRATION_CUES, COURSEWORK_CUES,
  EXPOSURE_CUES, PSEUDO_EXPOSURE_CUES, CLAUSE_BREAK_CUES,
};
const ALL = Object.values(LISTS).flat();

describe('cue lists', () => {
  it('compile every phrase to a word pattern', () => {
    const broken = ALL.filter((c) => compilePattern(c.phrase, 0, { caseSensitive: false }) === undefined);
    expect(broken).toEqual([]);
  });
  it('list no phrase twice', () => {
    const phrases = ALL.map((c) => c.phrase.toLowerCase());
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });
  it('are written in lower case (they match any case)', () => {
    expect(ALL.filter((c) => c.phrase !== c.phrase.toLowerCase())).toEqual([]);
  });
});

describe('offsets', () => {
  const m = compileTerms([{ term: 'ads' }, { term: 'recommend', stem: true }]);
  it('survive lines whose lower case is longer (İ)', () => {
    const text = 'İSTANBUL: no ads; İzmir recommendations';
    const hits = m.find(line(text));
    expect(hits.map((h) => [h.matched, h.status, text.slice(h.start, h.end)])).toEqual([
      ['ads', 'negated', 'ads'],
      ['recommendations', 'ok', 'recommendations'],
    ]);
  });
  it('survive astral letters next to a term', () => {
    const text = '𝐀ds and ads𝐀 but ads';
    expect(m.find(line(text)).map((h) => h.start)).toEqual([text.lastIndexOf('ads')]);
  });
});
