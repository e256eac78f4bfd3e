// Porter stemming through natural's stemmer submodule only: importing 'natural' itself loads ~1,300 modules
// and prints to stdout (DESIGN.md §4).
import { createRequire } from 'node:module';

interface Stemmer {
  stem(token: string): string;
}

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

/** Longer tokens are not words (base64, hashes, a hostile 1 MB line); Porter's regexes need not see them. */
const MAX_STEMMED_LENGTH = 40;
/** Bounded so a batch of thousands of résumés cannot grow it without limit. */
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

/** Porter stem of a lower-case word; words it does not change (short, long, digits) come back as they are. */
export function stemWord(lower: string): string {
  if (lower.length < 3 || lower.length > MAX_STEMMED_LENGTH) return lower;
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  const stem = porter.stem(lower);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, stem);
  return stem;
}

/**
 * Porter stems under four letters collide with unrelated words ("adding" and "ads" both give "ad", "used" gives
 * "us", "news" gives "new"), so a word whose stem is that short is compared as written instead.
 */
const MIN_STEM_LENGTH = 4;

/** The key a word is compared by in stemmed terms: its stem, or the word itself when the stem is too short. */
export function stemKey(lower: string): string {
  const stem = stemWord(lower);
  return stem.length >= MIN_STEM_LENGTH ? stem : lower;
}

/**
 * Porter only rewrites suffixes, so a word and its stem share their first two letters (checked on
 * 13,230 distinct words of the installed packages' docs, and on a résumé word list in test/match/stem.test.ts).
 * The matcher uses this to stem only tokens that could reach a wanted stem.
 */
export function stemPrefix(word: string): string {
  return word.slice(0, 2);
}
