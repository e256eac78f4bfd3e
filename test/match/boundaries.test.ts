// Word and phrase boundaries, case rules, synonyms and symbol-bearing terms.
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/match/index.js';
import { expected, findAll, line, type MatchCase } from './helpers.js';

const ads = { term: 'ads', synonyms: ['ad', 'advertising'] };
const recsys = { term: 'recommender systems', synonyms: ['recommender system', 'recsys'] };

const valid: MatchCase[] = [
  { text: 'Built the ads ranking system', terms: [ads], hits: ['ads'] },
  { text: 'ADS platform and Advertising team', terms: [ads], hits: ['ADS', 'Advertising'] },
  { text: 'ads-ranking models; ads/search infra', terms: [ads], hits: ['ads', 'ads'] },
  { text: 'Owned the ad auction', terms: [ads], hits: ['ad'] },
  { text: 'Built recommender systems at scale', terms: [recsys], hits: ['recommender systems'] },
  { text: 'a recommender-system for news', terms: [recsys], hits: ['recommender-system'] },
  { text: 'two recommender  systems', terms: [recsys], hits: ['recommender  systems'] },
  { text: 'Recommender\u00ADSystems', terms: [recsys], hits: ['Recommender\u00ADSystems'] },
  { text: 'RecSys 2023 paper', terms: [recsys], hits: ['RecSys'] },
  { text: 'C++, Python', terms: [{ term: 'C++' }], hits: ['C++'] },
  { text: 'Modern c++17 codebase', terms: [{ term: 'C++' }], hits: ['c++'] },
  { text: 'C, C++ and C#', terms: [{ term: 'C' }], hits: ['C'] },
  { text: 'C/C++ embedded work', terms: [{ term: 'C' }, { term: 'C++' }], hits: ['C', 'C++'] },
  { text: 'Services in C# and F#', terms: [{ term: 'C#' }], hits: ['C#'] },
  { text: 'Node.js, Go', terms: [{ term: 'Node.js', synonyms: ['NodeJS'] }], hits: ['Node.js'] },
  { text: 'NodeJS backend', terms: [{ term: 'Node.js', synonyms: ['NodeJS'] }], hits: ['NodeJS'] },
  { text: 'Apps in .NET and Java', terms: [{ term: '.NET' }], hits: ['.NET'] },
  { text: '.NET Core services', terms: [{ term: '.NET' }], hits: ['.NET'] },
  { text: 'Stats in R, SQL', terms: [{ term: 'R' }], hits: ['R'] },
  { text: 'Python/R notebooks', terms: [{ term: 'R' }], hits: ['R'] },
  { text: 'Ran A/B testing at scale', terms: [{ term: 'A/B testing' }], hits: ['A/B testing'] },
  { text: 'a / b testing framework', terms: [{ term: 'A/B testing' }], hits: ['a / b testing'] },
  { text: 'ML platform lead', terms: [{ term: 'ML' }], hits: ['ML'] },
  { text: 'ML-based ranking, ML/AI', terms: [{ term: 'ML' }], hits: ['ML', 'ML'] },
  { text: 'Go services', terms: [{ term: 'Go' }], hits: ['Go'] },
  { text: 'used Cursor daily for refactoring', terms: [{ term: 'Cursor' }], hits: ['Cursor'] },
  { text: 'GitHub Copilot and Claude Code', terms: [{ term: 'Copilot' }, { term: 'Claude Code' }], hits: ['Copilot', 'Claude Code'] },
  { text: 'Kubernetes (k8s)', terms: [{ term: 'Kubernetes', synonyms: ['k8s'] }], hits: ['Kubernetes', 'k8s'] },
  { text: 'Ads', terms: [{ term: 'ads', caseSensitive: true }], hits: [] },
  { text: 'ml ops', terms: [{ term: 'ML', caseSensitive: false }], hits: ['ml'] },
  { text: 'Ad spend and ad auctions', terms: [{ term: 'ad' }], hits: ['Ad', 'ad'] },
];

const invalid: MatchCase[] = [
  { text: 'Managed downloads and roads', terms: [ads], hits: [] },
  { text: 'loads of leads', terms: [ads], hits: [] },
  { text: 'adsorption chemistry', terms: [ads], hits: [] },
  { text: 'HTML and XML pages', terms: [{ term: 'ML' }], hits: [] },
  { text: 'some ml of water', terms: [{ term: 'ML' }], hits: [] },
  { text: 'recommender, systems', terms: [recsys], hits: [] },
  { text: 'recommender for systems', terms: [recsys], hits: [] },
  { text: 'Cxx and C++', terms: [{ term: 'C' }], hits: [] },
  { text: 'C# only', terms: [{ term: 'C' }], hits: [] },
  { text: 'C-level execs, C-suite', terms: [{ term: 'C' }], hits: [] },
  { text: 'R&D budget', terms: [{ term: 'R' }, { term: 'D' }], hits: [] },
  { text: 'R-squared of 0.9', terms: [{ term: 'R' }], hits: [] },
  { text: 'I/O bound, A/B tests', terms: [{ term: 'A' }, { term: 'B' }, { term: 'I' }, { term: 'O' }], hits: [] },
  { text: 'r is lower-case', terms: [{ term: 'R' }], hits: [] },
  { text: 'Let us go', terms: [{ term: 'Go' }], hits: [] },
  { text: 'AD domain admin', terms: [{ term: 'ad' }], hits: [] },
  { text: 'GO team', terms: [{ term: 'Go' }], hits: [] },
  { text: 'Node and js', terms: [{ term: 'Node.js' }], hits: [] },
  { text: 'Node.js services', terms: [{ term: 'Node' }, { term: 'js' }], hits: [] },
  { text: 'ASP.NET and mail@example.net', terms: [{ term: '.NET' }], hits: [] },
  { text: 'AB testing', terms: [{ term: 'A/B testing' }], hits: [] },
  { text: 'john@ads.com', terms: [ads], hits: [] },
  { text: 'my_ads_model', terms: [ads], hits: [] },
  { text: 'cursors and recursor', terms: [{ term: 'Cursor' }], hits: [] },
];

describe('term boundaries', () => {
  it.each(valid)('finds in "$text"', (c) => {
    expect(findAll(c.terms, c.text)).toEqual(expected(c));
  });
  it.each(invalid)('rejects "$text"', (c) => {
    expect(findAll(c.terms, c.text)).toEqual([]);
  });
});

describe('hits', () => {
  it('report the canonical term, the span and the line', () => {
    const l = line('Shipped RecSys models', 7);
    const [hit] = compileTerms([recsys]).find(l);
    expect(hit).toMatchObject({ term: 'recommender systems', matched: 'RecSys', start: 8, end: 14, status: 'ok' });
    expect(hit?.line).toBe(l);
  });
  it('count overlapping synonyms of one term once (longest)', () => {
    const terms = [{ term: 'ads', synonyms: ['ads ranking'] }];
    expect(findAll(terms, 'ads ranking team')).toEqual([['ads ranking', 'ok']]);
  });
  it('report each term separately', () => {
    const terms = [{ term: 'ranking' }, { term: 'ads ranking' }];
    expect(findAll(terms, 'ads ranking')).toEqual([['ads ranking', 'ok'], ['ranking', 'ok']]);
  });
  it('ignore terms without word characters', () => {
    expect(findAll([{ term: '++' }], 'C++ ++')).toEqual([]);
  });
});
