// All languages' words merged: the profile stage looks words up in these, never in one language's record.
import type { SectionKind } from '../../types.js';
import type { Lexicon, WordSlot } from './types.js';
import { EN } from './en.js';
import { DE } from './de.js';
import { FR } from './fr.js';
import { ES } from './es.js';
import { SV } from './sv.js';
import { IT } from './it.js';
import { PT } from './pt.js';
import { RU } from './ru.js';
import { NL } from './nl.js';
import { ID } from './id.js';
import { PL } from './pl.js';
import { DA } from './da.js';
import { RO } from './ro.js';

export type { FormField, Lexicon, WordSlot } from './types.js';
export { FORM_FIELDS, WORD_SLOTS } from './types.js';
import { WordMatcher } from './word-matcher.js';
export { WordMatcher } from './word-matcher.js';

/** The languages read; adding one is adding its file here. */
export const LEXICONS: readonly Lexicon[] = [EN, DE, FR, ES, SV, IT, PT, RU, NL, PL, DA, ID, RO];

/** One slot's words over every language, lower-case, without duplicates. */
export function wordsOf(slot: WordSlot): readonly string[] {
  return [...new Set(LEXICONS.flatMap((l) => l[slot].map((w) => w.toLowerCase())))];
}

/** Heading phrases of one section kind over every language. */
export function sectionPhrases(kind: SectionKind): readonly string[] {
  return [...new Set(LEXICONS.flatMap((l) => l.sections[kind]))];
}

/** A case-insensitive matcher of any of `words` as whole words (Unicode-aware edges); see word-matcher.ts. */
export function wordsRe(words: readonly string[]): WordMatcher {
  return new WordMatcher(words);
}
