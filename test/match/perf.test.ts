// Linear time: hostile lines must return, not hang a batch. Measured numbers go in the report; the bounds here
// are loose so a slow CI machine does not fail them, but a quadratic or backtracking matcher would.
import { describe, expect, it } from 'vitest';
import { compileTerms, MAX_HITS_PER_LINE } from '../../src/match/index.js';
import { line } from './helpers.js';

const TERMS = [
  { term: 'ads', synonyms: ['ad', 'advertising'], exclude: ['ad hoc'] },
  { term: 'recommender systems', synonyms: ['recommender system', 'recsys'], stem: true },
  { term: 'recommendation', stem: true, exclude: ['LinkedIn recommendations'] },
  { term: 'Cursor', exclude: ['cursor-based pagination'] },
  { term: 'C++' },
  { term: 'R' },
  { term: 'A/B testing' },
  { term: 'aaaa aaaa aaaa' },
];
const MB = 1 << 20;

/** A deterministic pseudo-random word stream, with cue words and terms mixed in. */
function randomWords(length: number): string {
  const vocabulary = ['ads', 'no', 'experience', 'with', 'looking', 'to', 'recommender', 'systems', 'recommendations',
    'a', 'the', 'C++', 'R&D', 'A/B', 'testing', 'coursework:', 'but', 'ad-hoc', 'cursor', 'recommending', 'x'];
  let seed = 42;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const word = vocabulary[seed % vocabulary.length] ?? 'x';
    const gap = seed % 7 === 0 ? '-' : seed % 11 === 0 ? '. ' : ' ';
    parts.push(word, gap);
    size += word.length + gap.length;
  }
  return parts.join('').slice(0, length);
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
}

describe('hostile lines', () => {
  const matcher = compileTerms(TERMS);
  it('1 MB of "a" returns', () => {
    const [hits, ms] = timed(() => matcher.find(line('a'.repeat(MB))));
    expect(hits).toEqual([]);
    expect(ms).toBeLessThan(5_000);
  });
  it('1 MB of "aaaa " (a phrase prefix everywhere) returns', () => {
    const [hits, ms] = timed(() => matcher.find(line('aaaa '.repeat(MB / 5))));
    // Overlapping three-word matches: one kept per three candidates, from the first MAX_HITS_PER_LINE.
    expect(hits.length).toBe(Math.ceil(MAX_HITS_PER_LINE / 3));
    expect(hits[0]).toMatchObject({ start: 0, end: 14 });
    expect(ms).toBeLessThan(5_000);
  });
  it('1 MB of random words with many hits returns', () => {
    const [hits, ms] = timed(() => matcher.find(line(randomWords(MB))));
    expect(hits.length).toBeGreaterThan(MAX_HITS_PER_LINE / 2);
    expect(hits.length).toBeLessThanOrEqual(MAX_HITS_PER_LINE);
    expect(new Set(hits.map((h) => h.status))).toEqual(new Set(['ok', 'negated', 'aspirational', 'coursework', 'excluded']));
    expect(ms).toBeLessThan(10_000);
  });
  it('1 MB without spaces or breaks returns', () => {
    const [hits, ms] = timed(() => matcher.find(line('ads-'.repeat(MB / 4))));
    expect(hits.length).toBe(MAX_HITS_PER_LINE);
    expect(ms).toBeLessThan(5_000);
  });
  it('20 MB of words without hits returns', () => {
    const text = 'lorem ipsum dolor sit amet recommended '.repeat((20 * MB) / 40);
    const [hits, ms] = timed(() => compileTerms([{ term: 'recommender systems', stem: true }]).find(line(text)));
    expect(hits).toEqual([]);
    expect(ms).toBeLessThan(20_000);
  });
  it('returns every hit of a dense line below the cap', () => {
    const hits = matcher.find(line('ads; '.repeat(500)));
    expect(hits.length).toBe(500);
  });
});
