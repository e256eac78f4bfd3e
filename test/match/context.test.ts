// Negation, aspiration and coursework: the cases that must not count, and the positive twin of each trap.
import { describe, expect, it } from 'vitest';
import type { HitStatus } from '../../src/match/index.js';
import { compileTerms } from '../../src/match/index.js';
import { line } from './helpers.js';

const TERMS = [
  { term: 'systèmes de recommandation', synonyms: ['Werbung'] },
  { term: 'ads', synonyms: ['ad', 'advertising'], exclude: ['ad hoc'] },
  { term: 'recommender systems', synonyms: ['recommender system', 'recsys'] },
  { term: 'Copilot', synonyms: ['GitHub Copilot'] },
  { term: 'Cursor', exclude: ['cursor-based pagination', 'database cursor'] },
];
const matcher = compileTerms(TERMS);

/** [line, matched text, status, deciding cue] — the cue is checked so a right status for a wrong reason fails. */
type Case = [string, string, HitStatus, string?];

function check([text, matched, status, cue]: Case): void {
  const hits = matcher.find(line(text));
  expect(hits.map((h) => [h.matched, h.status, h.cue])).toEqual([[matched, status, cue]]);
}

const valid: Case[] = [
  ['Built the ads ranking system', 'ads', 'ok'],
  ['Built recommender systems for 40M users', 'recommender systems', 'ok'],
  ['Used Cursor daily for refactoring', 'Cursor', 'ok'],
  ['Rolled out GitHub Copilot to 200 engineers', 'GitHub Copilot', 'ok'],
  // traps for the exposure cues: the work itself
  ['Attended to incidents in the ads pipeline', 'ads', 'ok'],
  ['Attended the kickoff and led the recommender systems rewrite', 'recommender systems', 'ok'],
  ['Attended weekly syncs with the product team for six quarters, then built the recsys', 'recsys', 'ok'],
  ['Gave a talk on recommender systems at a meetup', 'recommender systems', 'ok'],
  ['No experience with Java, but built the ads ranking system', 'ads', 'ok'],
  ['Not only ads but also search', 'ads', 'ok'],
  ['Shipped with no regressions. Then rebuilt the ads auction', 'ads', 'ok'],
  ['Cut costs without downtime; launched recsys v2', 'recsys', 'ok'],
  ['Migrated no-code ads tooling to Python', 'ads', 'ok'],
  ['Shipped 12 launches with no ads revenue regressions', 'ads', 'ok'],
  ['Looking back, the ads platform tripled revenue', 'ads', 'ok'],
  ['Mentored engineers interested in growth; led ads ranking', 'ads', 'ok'],
  ['Taught a course on Python. Built recommender systems at Acme', 'recommender systems', 'ok'],
  ['B.S. ECE 2015, thesis on recommender systems', 'recommender systems', 'ok'],
  ['Built recommender systems for CS students', 'recommender systems', 'ok'],
  ['Addressed the lack of monitoring across teams by building the ads dashboard', 'ads', 'ok'],
  ['Without sacrificing latency, rebuilt the ads ranking stack', 'ads', 'ok'],
  ['Not a rewrite: extended the ads auction', 'ads', 'ok'],
  ['Wrote the plan to migrate recsys to GPUs', 'recsys', 'ok'],
  ['Modeled user interest in ads and feed content', 'ads', 'ok'],
];

const invalid: Case[] = [
  ['No experience with ads', 'ads', 'negated', 'No experience'],
  ['no hands-on experience with Python, Go or ads', 'ads', 'negated', 'no hands-on experience'],
  ['No experience: ads, search', 'ads', 'negated', 'No experience'],
  ['Copilot (not used)', 'Copilot', 'negated', 'not used'],
  ['Never used Copilot', 'Copilot', 'negated', 'Never used'],
  ['Not familiar with recommender systems', 'recommender systems', 'negated', 'Not familiar'],
  ['Worked without any ads exposure', 'ads', 'negated', 'without'],
  ['Lack of recsys experience', 'recsys', 'negated', 'Lack of'],
  ['Ads: N/A', 'Ads', 'negated', 'N/A'],
  ['Copilot \u2014 none', 'Copilot', 'negated', 'none'],
  ["Haven't used Copilot yet", 'Copilot', 'negated', "Haven't"],
  ['Haven\u2019t used Copilot yet', 'Copilot', 'negated', 'Haven\u2019t'],
  ['No ads work so far', 'ads', 'negated', 'No'],
  ['Pas d\u2019expérience en systèmes de recommandation', 'systèmes de recommandation', 'negated', 'Pas d\u2019expérience'],
  ['Keine Erfahrung mit Werbung', 'Werbung', 'negated', 'Keine Erfahrung'],
  ['Joined with no experience in ads', 'ads', 'negated', 'no experience'],
  ['No experience in search, e.g. ads', 'ads', 'negated', 'No experience'],
  ['Looking to move into recommender systems', 'recommender systems', 'aspirational', 'Looking to'],
  ['Eager to learn recsys', 'recsys', 'aspirational', 'Eager to learn'],
  ['Interested in ads and growth', 'ads', 'aspirational', 'Interested in'],
  ['I hope to work on recommender systems', 'recommender systems', 'aspirational', 'hope to'],
  ['Want to try Copilot', 'Copilot', 'aspirational', 'Want to'],
  ['Aspiring ads engineer', 'ads', 'aspirational', 'Aspiring'],
  ['Plan to adopt Cursor next quarter', 'Cursor', 'aspirational', 'Plan to'],
  ['Seeking a role building recommender systems', 'recommender systems', 'aspirational', 'Seeking'],
  ['Looking to apply my background, ideally in recommender systems', 'recommender systems', 'aspirational', 'Looking to'],
  ['Would love to build recommender systems', 'recommender systems', 'aspirational', 'Would love to'],
  ['Coursework: Recommender Systems', 'Recommender Systems', 'coursework', 'Coursework'],
  ['Relevant coursework: Databases; Recommender Systems', 'Recommender Systems', 'coursework', 'Relevant coursework:'],
  ['Courses include recommender systems and NLP', 'recommender systems', 'coursework', 'Courses include'],
  ['Studied recommender systems at university', 'recommender systems', 'coursework', 'Studied'],
  ['Class project: a recommender system for movies', 'recommender system', 'coursework', 'Class project'],
  ['Recommender Systems (CS 7641)', 'Recommender Systems', 'coursework', 'CS 7641'],
  ['CS229 project: recsys for music', 'recsys', 'coursework', 'CS229'],
  ['Recommender systems (CSE-546), Spring 2019', 'Recommender systems', 'coursework', 'CSE-546'],
  ['Completed a MOOC on recommender systems', 'recommender systems', 'coursework', 'MOOC'],
  ['Coursera: Recommender Systems Specialization', 'Recommender Systems', 'coursework', 'Coursera'],
  ['Certificate in recommender systems, 2021', 'recommender systems', 'coursework', 'Certificate in'],
  // heard or read about it: learning, not doing
  ['Attended talks on recommender systems', 'recommender systems', 'coursework', 'Attended'],
  ['Attending the ads measurement summit each year', 'ads', 'coursework', 'Attending'],
  ['Read about Copilot last spring', 'Copilot', 'coursework', 'Read about'],
  ['Watched a webinar on GitHub Copilot', 'GitHub Copilot', 'coursework', 'Watched'],
  ['Learned about recommender systems in a reading group', 'recommender systems', 'coursework', 'Learned about'],
  ['Ad Hoc reporting for finance', 'Ad', 'excluded', 'Ad Hoc'],
  ['Wrote ad-hoc SQL queries', 'ad', 'excluded', 'ad-hoc'],
  ['Implemented cursor-based pagination', 'cursor', 'excluded', 'cursor-based pagination'],
  ['Tuned the database cursor settings', 'cursor', 'excluded', 'database cursor'],
];

describe('context statuses', () => {
  it.each(valid)('counts "%s"', (...c) => check(c));
  it.each(invalid)('does not count "%s"', (...c) => check(c));
});

describe('clauses', () => {
  it('stop a negation at "but" and at sentence ends', () => {
    const hits = matcher.find(line('No experience with ads but built recommender systems. Never used Copilot.'));
    expect(hits.map((h) => [h.matched, h.status])).toEqual([
      ['ads', 'negated'],
      ['recommender systems', 'ok'],
      ['Copilot', 'negated'],
    ]);
  });
  it('let a far negation word not reach the term', () => {
    const hits = matcher.find(line('No downtime over three years of running the company-wide ads platform'));
    expect(hits.map((h) => h.status)).toEqual(['ok']);
  });
  it('look only at the same line', () => {
    const m = compileTerms([{ term: 'ads' }]);
    m.find(line('No experience with:'));
    expect(m.find(line('ads ranking')).map((h) => h.status)).toEqual(['ok']);
  });
});
