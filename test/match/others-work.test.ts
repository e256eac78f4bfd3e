// Whose work it is (issue 13 point 4): mentions of other people's work are `others`, not the candidate's evidence,
// and a negation after the term that points back at it ("…; I have not used it myself") negates it. Each trap has
// its positive twin: the same words where the work is the candidate's.
import { describe, expect, it } from 'vitest';
import { compileTerms, contextAt, type HitStatus } from '../../src/match/index.js';
import { line } from './helpers.js';

const matcher = compileTerms([
  { term: 'recommender systems', synonyms: ['recommender system'] },
  { term: 'ads', synonyms: ['ad', 'advertising'] },
  { term: 'ML', caseSensitive: true },
  { term: 'hiring' },
  { term: 'trained the models', synonyms: ['trained models'] },
  { term: 'Copilot', synonyms: ['GitHub Copilot'] },
  { term: 'Cursor' },
  { term: 'performance reviews' },
  { term: 'managed the team' },
  { term: 'data scientists', synonyms: ['data scientist'] },
]);

/** [line, [matched text, status, cue?] per hit, in order]. */
type Case = [string, Array<[string, HitStatus, string?]>];

const check = ([text, hits]: Case) =>
  expect(matcher.find(line(text)).map((h) => [h.matched, h.status, ...(h.cue === undefined ? [] : [h.cue])])).toEqual(hits);

const someoneElse: Case[] = [
  ['Reported to the head of recommender systems', [['recommender systems', 'others', 'Reported to']]],
  ['My manager ran hiring for the group', [['hiring', 'others', 'My manager']]],
  ['Our data scientists trained the models; I wrote the ETL',
    [['data scientists', 'others', 'Our data scientists'], ['trained the models', 'others', 'Our data scientists']]],
  ['Worked next to the ads team on a shared floor', [['ads', 'others', 'next to']]],
  ['Sat alongside the ML team', [['ML', 'others', 'the ML team']]],
  ['Sat alongside the ML org', [['ML', 'others', 'alongside']]],
  ['Reporting to the VP of Advertising', [['Advertising', 'others', 'Reporting to']]],
  ['Assisted the director of recommender systems with planning', [['recommender systems', 'others', 'Assisted']]],
  ['My team lead handled performance reviews', [['performance reviews', 'others', 'My team lead']]],
  ['Backend engineer; reported to the head of ads', [['ads', 'others', 'reported to']]],
  ['Our data scientists built the models', [['data scientists', 'others', 'Our data scientists']]],
];

const candidatesOwn: Case[] = [
  ['Reported to the VP and led hiring for 8 engineers', [['hiring', 'ok']]],
  ['Reported to the CTO. Built recommender systems for 40M users', [['recommender systems', 'ok']]],
  ['Managed the team that worked next to ads', [['Managed the team', 'ok'], ['ads', 'ok']]],
  ['Shipped ranking alongside a redesign of the ads UI', [['ads', 'ok']]],
  ['Cut ad latency to next to nothing', [['ad', 'ok']]],
  ['My manager ran planning while I ran hiring', [['hiring', 'ok']]],
  ['Partnered with my manager on roadmaps; ran hiring and performance reviews', [['hiring', 'ok'], ['performance reviews', 'ok']]],
  ['Led hiring, then reported results to leadership', [['hiring', 'ok']]],
  ['Built recommender systems next to a busy ads team', [['recommender systems', 'ok'], ['ads', 'others', 'next to']]],
  ['Hired 4 data scientists for the ranking team', [['data scientists', 'ok']]],
];

const negatedAfter: Case[] = [
  ['Rolled out Copilot; I have not used it myself', [['Copilot', 'negated', 'have not used it myself']]],
  ['Rolled out GitHub Copilot to 200 engineers. I have never used it', [['GitHub Copilot', 'negated', 'have never used it']]],
  ['Copilot (not used)', [['Copilot', 'negated', 'not used']]],
  ['Bought Copilot licences, though I haven\u2019t used them personally', [['Copilot', 'negated', 'haven\u2019t used them personally']]],
];

const notNegated: Case[] = [
  ['Rolled out Copilot to 200 engineers and used it daily', [['Copilot', 'ok']]],
  ['Used Cursor daily for two years; rolled out Copilot to the team. Later replaced the old IDE plugin, which I have not used it since',
    [['Cursor', 'ok'], ['Copilot', 'ok']]],
  ['Rolled out Copilot. Hired 4 engineers. Moved off Jenkins. I have not used it since', [['Copilot', 'ok']]],
];

describe("someone else's work", () => {
  it.each(someoneElse)('"%s" is not the candidate\'s', (...c) => check(c));
  it.each(candidatesOwn)('"%s" stays the candidate\'s where it is', (...c) => check(c));
});

describe('negation after the term', () => {
  it.each(negatedAfter)('"%s" is negated', (...c) => check(c));
  it.each(notNegated)('"%s" is not', (...c) => check(c));
});

describe('evidence patterns share the context', () => {
  it('"reported to the VP and led 8 engineers": the pattern match is the candidate\'s', () => {
    const text = 'I reported to the VP and led 8 engineers';
    const at = text.indexOf('led 8 engineers');
    expect(contextAt(line(text), at, at + 'led 8 engineers'.length).status).toBe('ok');
  });
  it('"my manager led 8 engineers": it is not', () => {
    const text = 'My manager led 8 engineers';
    const at = text.indexOf('led 8 engineers');
    expect(contextAt(line(text), at, at + 'led 8 engineers'.length)).toEqual({ status: 'others', cue: 'My manager' });
  });
});
