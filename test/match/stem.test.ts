// Porter stemming: opt-in per term, never for protected terms, never through too-short stems.
import { describe, expect, it } from 'vitest';
import { stemKey, stemPrefix } from '../../src/match/stem.js';
import { expected, findAll, type MatchCase } from './helpers.js';

const recommend = { term: 'recommend', stem: true };

const valid: MatchCase[] = [
  { text: 'recommendation engine', terms: [recommend], hits: ['recommendation'] },
  { text: 'Recommendations, recommending', terms: [recommend], hits: ['Recommendations', 'recommending'] },
  { text: 'the recommender team', terms: [recommend], hits: ['recommender'] },
  { text: 'ranked and ranking', terms: [{ term: 'rank', stem: true }], hits: ['ranked', 'ranking'] },
  {
    text: 'recommendation-systems work',
    terms: [{ term: 'recommender system', stem: true }],
    hits: ['recommendation-systems'],
  },
  { text: 'Managing 8 engineers', terms: [{ term: 'managed', stem: true }], hits: ['Managing'] },
  { text: 'C++ services', terms: [{ term: 'C++', stem: true }], hits: ['C++'] },
  { text: 'Node.js', terms: [{ term: 'Node.js', stem: true }], hits: ['Node.js'] },
  { text: 'ads team', terms: [{ term: 'ads', stem: true }], hits: ['ads'] },
];

const invalid: MatchCase[] = [
  // Without `stem`, only the written forms match.
  { text: 'recommendation engine', terms: [{ term: 'recommend' }], hits: [] },
  // Protected terms are never stemmed: "A/B test" is not a form of "A/B testing".
  { text: 'ran an A/B test', terms: [{ term: 'A/B testing', stem: true }], hits: [] },
  { text: 'Nodes.js', terms: [{ term: 'Node.js', stem: true }], hits: [] },
  // Stems under four letters collide: "adding" and "ads" both stem to "ad", "used" to "us", "news" to "new".
  { text: 'adding features, added tests', terms: [{ term: 'ads', stem: true }], hits: [] },
  { text: 'a new model', terms: [{ term: 'news', stem: true }], hits: [] },
  { text: 'the US office', terms: [{ term: 'used', stem: true }], hits: [] },
  // A stem matches words, not parts of words.
  { text: 'unrecommended', terms: [recommend], hits: [] },
];

describe('stemming', () => {
  it.each(valid)('finds in "$text"', (c) => {
    expect(findAll(c.terms, c.text)).toEqual(expected(c));
  });
  it.each(invalid)('rejects "$text"', (c) => {
    expect(findAll(c.terms, c.text)).toEqual([]);
  });
});

/** Words from résumés whose stems the matcher prefilters by their first two letters. */
const RESUME_WORDS = `recommendation recommendations recommending personalization personalized ranking rankers retrieval
  auctions bidding advertising advertisers managed managing management managers leadership mentoring mentored hiring
  engineers engineering distributed systems scaling scalability experimentation experiments optimization optimized
  prediction predictions probabilities generative assistants productivity agreed argued happiness relational
  conditional rational valenci digitizer operational generalization sensitivities hopefulness goodness formalize
  electricity triplicate adjustable defensible irritant replacement adoption homologous communism activate angularity
  homologou effective bowdlerize ies sky skies dying lying tying agreed feed`.split(/\s+/);

describe('stem prefilter', () => {
  it('keeps the first two letters of every word it may compare', () => {
    const broken = RESUME_WORDS.filter((w) => stemPrefix(stemKey(w)) !== stemPrefix(w));
    expect(broken).toEqual([]);
  });
});
