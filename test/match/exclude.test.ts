// The rubric's named false friends: an exclude phrase that covers or touches a hit makes it `excluded`.
import { describe, expect, it } from 'vitest';
import type { HitStatus } from '../../src/match/index.js';
import { compileTerms } from '../../src/match/index.js';
import { line } from './helpers.js';

const TERMS = [
  { term: 'Cursor', exclude: ['cursor-based pagination', 'database cursor', 'SQL cursor', 'pagination'] },
  { term: 'ads', synonyms: ['ad'], exclude: ['ad hoc'] },
  {
    term: 'recommendation',
    stem: true,
    synonyms: ['recommender systems'],
    exclude: ['LinkedIn recommendations', 'recommendations available on request', 'letter of recommendation'],
  },
  { term: 'managed', stem: true, exclude: ['managed Kubernetes clusters', 'managed services'] },
];
const matcher = compileTerms(TERMS);

type Case = [string, Array<[string, HitStatus, string?]>];

const valid: Case[] = [
  ['Used Cursor daily for refactoring', [['Cursor', 'ok', undefined]]],
  ['Cursor and Copilot; fixed pagination later', [['Cursor', 'ok', undefined]]],
  ['Built the ads ranking system', [['ads', 'ok', undefined]]],
  ['Ad auctions, hoc? no', [['Ad', 'ok', undefined]]],
  ['Built recommendation models for the feed', [['recommendation', 'ok', undefined]]],
  ['Managed a team of 8 engineers', [['Managed', 'ok', undefined]]],
  ['Managed 6 engineers who ran Kubernetes clusters', [['Managed', 'ok', undefined]]],
];

const invalid: Case[] = [
  ['Implemented cursor-based pagination', [['cursor', 'excluded', 'cursor-based pagination']]],
  ['Cursor based pagination for the API', [['Cursor', 'excluded', 'Cursor based pagination']]],
  ['Opened a database cursor', [['cursor', 'excluded', 'database cursor']]],
  // Not a mention at all: the term is not stemmed, so the plural is not the editor's name.
  ['Tuned database cursors', []],
  ['Cursor pagination', [['Cursor', 'excluded', 'pagination']]],
  ['Ad Hoc reporting', [['Ad', 'excluded', 'Ad Hoc']]],
  ['ad-hoc analyses', [['ad', 'excluded', 'ad-hoc']]],
  ['12 LinkedIn recommendations', [['recommendations', 'excluded', 'LinkedIn recommendations']]],
  ['Recommendations available on request', [['Recommendations', 'excluded', 'Recommendations available on request']]],
  ['Letters of recommendation from two VPs', [['recommendation', 'excluded', 'Letters of recommendation']]],
  ['Managed Kubernetes clusters on GKE', [['Managed', 'excluded', 'Managed Kubernetes clusters']]],
  ['Managing Kubernetes clusters', [['Managing', 'excluded', 'Managing Kubernetes clusters']]],
  ['Moved to managed services', [['managed', 'excluded', 'managed services']]],
];

describe('exclusions', () => {
  it.each(valid)('counts "%s"', (text, hits) => {
    expect(matcher.find(line(text)).map((h) => [h.matched, h.status, h.cue])).toEqual(hits);
  });
  it.each(invalid)('excludes "%s"', (text, hits) => {
    expect(matcher.find(line(text)).map((h) => [h.matched, h.status, h.cue])).toEqual(hits);
  });
  it('match stemmed forms of the phrase ("SQL cursors")', () => {
    const m = compileTerms([{ term: 'cursor', stem: true, exclude: ['SQL cursor'] }]);
    expect(m.find(line('Replaced SQL cursors with set operations')).map((h) => [h.matched, h.status, h.cue])).toEqual([
      ['cursors', 'excluded', 'SQL cursors'],
    ]);
    expect(m.find(line('Cursors and agents for refactoring')).map((h) => h.status)).toEqual(['ok']);
  });
  it('apply only to the term that names them', () => {
    const m = compileTerms([{ term: 'ads', synonyms: ['ad'], exclude: ['ad hoc'] }, { term: 'ad hoc' }]);
    expect(m.find(line('ad hoc queries')).map((h) => [h.term, h.status])).toEqual([
      ['ad hoc', 'ok'],
      ['ads', 'excluded'],
    ]);
  });
  it('take precedence over context cues', () => {
    const [hit] = matcher.find(line('No experience with cursor-based pagination'));
    expect(hit?.status).toBe('excluded');
  });
});
