// Headers written after a label: "Role: Title | dates" under a company line, and a note before a whole header
// ("Maternity cover: Title, Company (dates)", "Earlier: Title at Company, 2014–2016"). Lines written here
// (fictional people and companies); each rule has the cases it must reject.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const jobsOf = (lines: string[]): Job[] => buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
const tc = (j: Job) => [j.title, j.org ?? null];
const BODY = '- Built demand forecasts for retail clients.';

describe('a "Role:" line with its own dates under a company line', () => {
  it('each role is a dated job of the company above', () => {
    const jobs = jobsOf(['Work Experience', 'Quintrell Analytics — Cardiff (hybrid)', 'Role: Lead Data Scientist | Feb 2020 – to date', BODY, 'Role: Data Scientist | Sep 2017 – Jan 2020', BODY]);
    expect(jobs.map(tc)).toEqual([['Lead Data Scientist', 'Quintrell Analytics'], ['Data Scientist', 'Quintrell Analytics']]);
    expect(jobs.map((j) => j.range?.end)).toEqual(['present', { year: 2020, month: 1 }]);
  });

  it('trap: a Europass-like "Position:" line without dates is still read as a form field', () => {
    const jobs = jobsOf(['Work Experience', 'Dates: 01/03/2019 – present', 'Position: Lead Data Scientist', 'Employer: Quintrell Analytics Ltd', BODY]);
    expect(jobs.map(tc)).toEqual([['Lead Data Scientist', 'Quintrell Analytics Ltd']]);
  });
});

describe('a note before a whole header', () => {
  it.each([
    ['"Maternity cover:"', 'Maternity cover: Senior Analyst, Ferris & Lowe Utilities (Apr 2016 – Jul 2017)', ['Senior Analyst', 'Ferris & Lowe Utilities']],
    ['"Earlier:" with "at"', 'Earlier: Graduate Analyst at Taff Valley Water, 2014–2016', ['Graduate Analyst', 'Taff Valley Water']],
  ])('%s', (_name, line, expected) => {
    expect(jobsOf(['Work Experience', line, BODY]).map(tc)).toEqual([expected]);
  });

  it.each([
    // Traps: a company before the colon, a title before it, a lone title after it, keep the usual reading.
    ['"Company: Title"', 'Fernhill Talent Partners: Senior Recruiter\tJul 2019 – Present', ['Senior Recruiter', 'Fernhill Talent Partners']],
    ['"Hospital: Title, Unit"', 'Harbourview General Hospital: Charge Nurse, Acute Medical Unit\t2019 – 2022', ['Charge Nurse, Acute Medical Unit', 'Harbourview General Hospital']],
  ])('trap: %s', (_name, line, expected) => {
    expect(jobsOf(['Work Experience', line, BODY]).map(tc)).toEqual([expected]);
  });
});
