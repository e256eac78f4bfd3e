// A long dated line made of short pieces is a job header, judged piece by piece; sentences and lists are not. A
// career break written like an entry is not a job.
import { describe, expect, it } from 'vitest';
import { isPiecedHeader } from '../../src/profile/job-lines.js';
import { isCareerBreak } from '../../src/profile/index.js';

describe('isPiecedHeader', () => {
  const cases: [string, boolean][] = [
    ['Meridian Advertising Technologies Europe GmbH (formerly AdLoom Berlin) · Lead Data Scientist, Ads Relevance and Click Prediction', true],
    ['Lead Data Scientist, Ads Relevance and Click Prediction | Meridian Advertising Technologies Europe GmbH', true],
    ['Senior Machine Learning Engineer, Search and Recommendations\tNorthwind Traders International Holdings Ltd.', true],
    ['Staff Engineer — Kestrel Mobility Solutions — Berlin, Germany', true],
    // traps
    ['Meridian Advertising Technologies Europe GmbH (formerly AdLoom Berlin) Lead Data Scientist Ads Relevance', false], // one piece
    ['Built the ranking stack for the marketplace · shipped it to forty markets in two years', false], // prose pieces
    ['Berlin · Germany · Remote', false], // no title in any piece
    ['Python · Go · Kafka · Spark · Kubernetes', false], // a stack list, five pieces
    ['Led a team of five engineers that rebuilt the whole pricing service from scratch · Engineering Manager', false], // a piece too long
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(isPiecedHeader(text)).toBe(expected);
  });
});

describe('career breaks are not jobs', () => {
  const cases: [string, string | undefined, boolean][] = [
    ['Career break (caring for a family member)', undefined, true],
    ['Parental leave', '', true],
    ['Elternzeit', undefined, true],
    ['Année sabbatique', undefined, true],
    // traps: a sabbatical held somewhere, a job whose title merely contains a word near it
    ['Visiting Researcher (sabbatical)', 'Halvard Institute of Technology', false],
    ['Engineering Manager', undefined, false],
    ['Careers Advisor', 'Northgate Polytechnic', false],
  ];
  it.each(cases)('%s @ %s → %s', (title, org, expected) => {
    expect(isCareerBreak({ title, ...(org !== undefined ? { org } : {}) })).toBe(expected);
  });
});
