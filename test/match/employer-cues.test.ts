// A coursework cue that names an employer ("recommendation systems at Coursera") is not coursework; the same word
// naming a course provider ("a specialization on Coursera") still is.
import { describe, expect, it } from 'vitest';
import type { HitStatus } from '../../src/match/index.js';
import { compileTerms, contextAt } from '../../src/match/index.js';
import { line } from './helpers.js';

const matcher = compileTerms([{ term: 'recommender systems', synonyms: ['recommendation systems', 'recommender system'] }]);
const statusOf = (text: string): HitStatus | undefined => matcher.find(line(text))[0]?.status;

describe('coursework cues and employers', () => {
  it.each([
    ['Core service for all recommendation systems at Coursera', 'ok'],
    ['Built recommendation systems for Udemy learners', 'ok'],
    ['Recommendation systems @Udacity', 'ok'],
    ['Joined edX to build recommender systems', 'ok'],
    ['Recommender systems team, Coursera Inc.', 'ok'],
    // traps: the provider as a course, not an employer
    ['Completed the Recommender Systems specialization on Coursera', 'coursework'],
    ['Coursera: Recommender Systems', 'coursework'],
    ['Recommender systems (Udemy course)', 'coursework'],
    ['Studied recommender systems at university', 'coursework'],
    ['Recommender systems (CS 7641) at Georgia Tech', 'coursework'],
  ] as const)('%s → %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });
});

describe('contextAt: the context of any stretch of a line', () => {
  const at = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    return contextAt(line(text), start, start + phrase.length).status;
  };
  it.each([
    ['Managed a team of 5 engineers', 'team of 5', 'ok'],
    ['Never managed a team of 5 engineers', 'managed a team of 5', 'negated'],
    ['Looking to lead a team of 5 engineers', 'a team of 5', 'aspirational'],
    ['Coursework: leading a team of 5', 'a team of 5', 'coursework'],
  ] as const)('%s [%s] → %s', (text, phrase, status) => {
    expect(at(text, phrase)).toBe(status);
  });
});
