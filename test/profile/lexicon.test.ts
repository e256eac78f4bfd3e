// Every language's lexicon fills every slot, so adding a language is adding one file that this test checks.
import { describe, expect, it } from 'vitest';
import { LEXICONS, WORD_SLOTS } from '../../src/profile/lexicon/index.js';
import type { SectionKind } from '../../src/types.js';

const SECTION_KINDS: readonly SectionKind[] = [
  'contact', 'summary', 'experience', 'education', 'skills', 'projects', 'publications', 'certifications', 'awards',
  'volunteering', 'languages', 'other',
];

describe.each(LEXICONS.map((l) => [l.lang, l] as const))('lexicon %s', (_lang, lexicon) => {
  it.each(WORD_SLOTS)('fills %s', (slot) => {
    expect(lexicon[slot].length).toBeGreaterThan(0);
    for (const w of lexicon[slot]) expect(w.trim()).not.toBe('');
  });
  it.each(SECTION_KINDS)('names section kind %s', (kind) => {
    expect(lexicon.sections[kind].length).toBeGreaterThan(0);
  });
  it('writes heading phrases in lower case', () => {
    for (const phrases of Object.values(lexicon.sections)) {
      for (const p of phrases) expect(p).toBe(p.toLowerCase());
    }
  });
});

it('has one record per language code', () => {
  const langs = LEXICONS.map((l) => l.lang);
  expect(new Set(langs).size).toBe(langs.length);
  expect(langs.length).toBeGreaterThanOrEqual(2);
});
