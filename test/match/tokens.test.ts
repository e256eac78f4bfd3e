// The per-line token caches and the one-character gap shortcut give exactly what the plain computations give.
import { describe, expect, it } from 'vitest';
import { stemKey } from '../../src/match/stem.js';
import { gapKey, lowerSlice, prepareLine, tokenLower, tokenStem } from '../../src/match/tokens.js';

const reference = (gap: string) => gap.replace(/[\s\u00AD\u2010\u2011-]+/gu, '').replace(/\u2019/g, "'");

describe('gapKey', () => {
  it('agrees with the regex form for every one-unit gap of the BMP', () => {
    for (let c = 0; c < 0xd800; c++) {
      const gap = String.fromCharCode(c);
      expect(gapKey(gap)).toBe(reference(gap));
    }
  });
  it.each([' - ', '  ', ' & ', '’', '\u00A0\u00AD', '/', ''])('and for %j', (gap) => {
    expect(gapKey(gap)).toBe(reference(gap));
  });
});

describe('token caches', () => {
  it.each(['Managed RECOMMENDER systems', 'İstanbul Ads teams', 'ẞtraße Managing Ranking'])('%j: lower and stem per token as computed afresh', (text) => {
    const line = prepareLine(text);
    line.tokens.starts.forEach((s, i) => {
      const lower = lowerSlice(line, s, line.tokens.ends[i] ?? 0);
      expect(tokenLower(line, i)).toBe(lower);
      expect(tokenStem(line, i)).toBe(stemKey(lower));
      expect(tokenStem(line, i)).toBe(stemKey(lower)); // from the cache
    });
  });
});
