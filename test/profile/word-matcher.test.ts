// The lexicon matcher's prefilter (a Set lookup per letter/digit run) must never change an answer: every result is
// compared with the plain whole-word regex it replaces, on a case table and on every line of the golden texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternation, WordMatcher } from '../../src/profile/lexicon/word-matcher.js';
import { wordsOf, WORD_SLOTS } from '../../src/profile/lexicon/index.js';

const reference = (words: readonly string[], flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, flags);

const WORDS = ['engineer', 'engineering manager', 'gmbh & co. kg', 'sp. z o.o.', 'geschäftsführer', 'научный сотрудник', 'c++ developer', '3d artist', 'vp'];

describe('WordMatcher', () => {
  const m = new WordMatcher(WORDS);
  const re = reference(WORDS);
  it.each([
    ['Senior Engineer', true],
    ['ENGINEERING   MANAGER, Ads', true],
    ['engineers wanted', false], // a longer word is not the word
    ['reengineer', false],
    ['Acme GmbH & Co. KG', true],
    ['Acme GmbH & Co KG', false], // the dot is part of the word
    ['Nowak Sp. z o.o.', true],
    ['GESCHÄFTSFÜHRER', true],
    ['Geschäftsführerin', false],
    ['Старший научный сотрудник', true],
    ['C++ Developer', true],
    ['3D artist', true],
    ['VP, Data', true],
    ['VPN admin', false],
    ['', false],
    ['Stockholm, Sweden', false],
  ])('%j → %s, as the regex says', (text, expected) => {
    expect(m.test(text)).toBe(expected);
    expect(re.test(text)).toBe(expected);
  });

  it.each([
    ['Senior Engineer and Engineer', 'Senior  and '],
    ['Acme GmbH & Co. KG, Berlin', 'Acme , Berlin'],
    ['nothing here', 'nothing here'],
  ])('strip(%j) = %j', (text, expected) => {
    expect(m.strip(text)).toBe(expected);
    expect(text.replace(reference(WORDS, 'giu'), '')).toBe(expected);
  });

  it.each([
    ['Engineer at Acme', true],
    ['  Engineer', false], // callers trim first, as the regex's ^ demands
    ['Lead Engineer', false],
    ['engineers', false],
  ])('testStart(%j) → %s', (text, expected) => {
    expect(m.testStart(text)).toBe(expected);
  });

  it('a word that does not start with a letter or digit turns the prefilter off rather than missing it', () => {
    const odd = new WordMatcher(['.net developer', 'engineer']);
    expect(odd.test('Senior .NET Developer')).toBe(reference(['.net developer', 'engineer']).test('Senior .NET Developer'));
  });

  it('agrees with the plain regex for every lexicon slot on every line of the golden texts', () => {
    const dir = join(__dirname, '../../fixtures/golden');
    const lines = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(1000);
    for (const slot of WORD_SLOTS) {
      const words = wordsOf(slot);
      if (words.length === 0) continue;
      const fast = new WordMatcher(words);
      const slow = reference(words);
      const slowAll = reference(words, 'giu');
      for (const line of lines) {
        expect(fast.test(line), `${slot}: ${line}`).toBe(slow.test(line));
        expect(fast.strip(line)).toBe(line.replace(slowAll, ''));
      }
    }
  });
});
