// Asides people write inside job headers: a note with a year in parentheses ("promoted from …, 2016", "acquired by
// … in 2024"), what a company is in lower case ("(civil service)", ", various Austin hospitals"), a season repeated
// in a list ("Fall 2019, Fall 2020"), what a career break was for, and the wrapped tail of the last job's body above
// a header. Lines written here (fictional people and companies); each rule has the cases it must reject.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { splitOrgLocation } from '../../src/profile/header-places.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf, expectRange } from './helpers.js';

const jobsOf = (lines: string[]): Job[] => buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
const tc = (j: Job) => [j.title, j.org ?? null];
const BODY = '• Built the ranking model for the home feed.';

describe('asides in parentheses', () => {
  it.each([
    ['a dated note after the title', '2014–2018 · Technical Lead (promoted from Senior Engineer, 2016) — Loomfield Analytics, Berkeley, CA', ['Technical Lead', 'Loomfield Analytics']],
    ['a long header whose length is the aside', '2022–now · Interim Head of ML, Ads — Peregrine Shop, Inc. (acquired by Cobalt Retail in 2024), San Francisco, CA', ['Interim Head of ML, Ads', 'Peregrine Shop, Inc.']],
    ['a dated note after the company', '2011 · Founder, Pixelbee (my own app studio, closed 2012)', ['Founder', 'Pixelbee']],
    ['a lower-case description of the employer', 'Statistical Officer, Office for Regional Statistics (civil service)\t2012 – 2015', ['Statistical Officer', 'Office for Regional Statistics']],
    ['how one joined', 'Data Scientist, Cresswell Energy plc (joined via the graduate scheme)\t2016 – 2019', ['Data Scientist', 'Cresswell Energy plc']],
    ['a lower-case description after a comma', 'PRN Staff Nurse (per diem) - Hillcountry Staffing, various Austin hospitals, 2012-2013', ['PRN Staff Nurse (per diem)', 'Hillcountry Staffing']],
  ])('%s', (_name, line, expected) => {
    expect(jobsOf(['Experience', line, BODY]).map(tc)).toEqual([expected]);
  });

  it.each([
    // Traps: the name's history and a one-word kind stay; parentheses without a year stay in the title.
    ['"(now part of …)" stays', 'Data Scientist, Tidewell Media (now part of Cobalt Retail)\t2016 – 2019', ['Data Scientist', 'Tidewell Media (now part of Cobalt Retail)']],
    ['"(meetup)" stays', 'Chair, Women in ML Boston (meetup)\t2019 – 2023', ['Chair', 'Women in ML Boston (meetup)']],
    ['"(UK)" stays', 'Data Scientist, Orrin Labs (UK) Ltd\t2016 – 2019', ['Data Scientist', 'Orrin Labs (UK) Ltd']],
    ['an area in parentheses stays in the title', 'Engineering Manager (Ads Ranking), Orrin Labs\t2019 – 2021', ['Engineering Manager (Ads Ranking)', 'Orrin Labs']],
  ])('trap: %s', (_name, line, expected) => {
    expect(jobsOf(['Experience', line, BODY]).map(tc)).toEqual([expected]);
  });

  it('trap: a course line whose only title word is inside the aside is not a job', () => {
    expect(jobsOf(['Teaching', '2023–2026 · COMP3410 Information Retrieval (lecturer, 140 students), University of Eastmarch.'])).toEqual([]);
  });
});

describe('places with commas after the company', () => {
  it.each([
    ['Peregrine Shop, Inc., San Francisco, CA', 'Peregrine Shop, Inc.', 'San Francisco, CA'],
    ['Proseware, Atlanta, Georgia, United States', 'Proseware', 'Atlanta, Georgia, United States'],
    ['Tailspin Data, Remote', 'Tailspin Data', 'Remote'],
  ])('%s', (text, org, location) => {
    expect(splitOrgLocation(text)).toEqual({ org, location });
  });
});

describe('season lists that repeat the season', () => {
  it('"Fall 2019, Fall 2020" is one span', () => expectRange('Fall 2019, Fall 2020', '2019-09', '2020-11', 'season'));
  it('trap: two different seasons are not a list', () => expectRange('Fall 2019, Spring 2020', '2019-09', '2019-11', 'season'));
});

describe('career breaks and body tails', () => {
  it('a career break with what it was for is not a job', () => {
    expect(jobsOf(['Experience', '2015\tCareer break — travelling and volunteering in Ghana', 'Data Scientist, Orrin Labs\t2016 – 2019', BODY]).map(tc))
      .toEqual([['Data Scientist', 'Orrin Labs']]);
  });

  it('trap: a sabbatical held at an institution stays a job', () => {
    expect(jobsOf(['Experience', 'Visiting Researcher (sabbatical), Halvard Institute\t2019 – 2020', BODY]).map(tc)).toEqual([['Visiting Researcher (sabbatical)', 'Halvard Institute']]);
  });

  it('the company on the title line wins over an organisation word in the line above', () => {
    const jobs = jobsOf(['Experience', '2018–2022 · ML Manager — Tidewell Media, Oakland, CA', 'Real-time bidding models for a programmatic ad', 'exchange.',
      '2014–2018 · Technical Lead — Loomfield Analytics, Berkeley, CA', 'Spark on Hadoop.']);
    expect(jobs.map(tc)).toEqual([['ML Manager', 'Tidewell Media'], ['Technical Lead', 'Loomfield Analytics']]);
  });
});

describe('asides that say the role was the candidate\'s own stay for the concurrent-roles check', () => {
  it.each([
    ['"(own company)" after a title that does not say so', 'Engineering Manager, Machine Learning, Okafor Labs (own company)\t2016 – Present', ['Engineering Manager, Machine Learning', 'Okafor Labs (own company)']],
    ['a dated "(my own …)" aside after a plain title', 'ML Engineer, Pixelbee (my own studio until 2012)\t2011 – 2012', ['ML Engineer', 'Pixelbee (my own studio until 2012)']],
    ['trap: the title already says it, the aside goes', 'Founder, Pixelbee (my own app studio, closed 2012)\t2011 – 2012', ['Founder', 'Pixelbee']],
  ])('%s', (_name, line, expected) => {
    expect(jobsOf(['Experience', line, BODY]).map(tc)).toEqual([expected]);
  });
});
