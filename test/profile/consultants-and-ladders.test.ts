// How people write jobs that do not fit one "Title, Company" line: consultants and agency contractors (clients are
// not employers, nor extra jobs), promotion chains on one line, a bare seniority word before an area, a company's
// description in parentheses, firms named after partners, a company heading with its span and city, a job with no
// title. Lines written here (fictional people and companies); each rule has the cases it must reject.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { splitCommaHeader } from '../../src/profile/comma-header.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

function jobsOf(lines: string[]): Job[] {
  return buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
}

const BODY = '• Built the ranking model for the home feed.';
const tc = (j: Job) => [j.title, j.org ?? null];

describe('consultants and contractors: the employer is the company, clients are not', () => {
  it.each([
    ['agency in parentheses, client after a dash', ['Experience', 'Senior ML Engineer (contract via Quillon Recruitment) — Client: Northwind Bank', 'Jan 2023 – Current', BODY],
      [['Senior ML Engineer', 'Quillon Recruitment']]],
    ['"(via Agency)" with a tab and dates', ['Experience', 'IT Contractor (via Sterling Pace) — Client: Ouseburn City Council\tMay 2015 – Jul 2017', BODY],
      [['IT Contractor', 'Sterling Pace']]],
    ['consultancy with a clients list after a dash', ['Experience', 'Consultant, Brightmoor Consulting — clients: Halewood Bank, Tarn Energy\t2017 – 2020', BODY],
      [['Consultant', 'Brightmoor Consulting']]],
    ['a clients line under the header is body, not another job', ['Experience', 'Principal Consultant, Harrowgate Consulting', 'Q3 2019 – Q4 2022 · London', 'Clients: Pellucid Insurance, Orca Telecom, Barrow & Lyle', BODY],
      [['Principal Consultant', 'Harrowgate Consulting']]],
    ['"Kunden:" in German', ['Berufserfahrung', 'Beraterin, Falkenried Consulting GmbH — Kunden: Nordbank AG\t2018 – 2021', BODY],
      [['Beraterin', 'Falkenried Consulting GmbH']]],
  ])('%s', (_name, lines, expected) => {
    expect(jobsOf(lines).map(tc)).toEqual(expected);
  });

  it.each([
    // Traps: "via" that names no agency, and parentheses that are part of the title.
    ['"(via acquisition)" is not an agency', 'Senior Engineer (via acquisition), Tallow Systems\t2019 – 2021', ['Senior Engineer (via acquisition)', 'Tallow Systems']],
    ['an area in parentheses stays in the title', 'Engineering Manager (Ads Ranking), Orrin Labs\t2019 – 2021', ['Engineering Manager (Ads Ranking)', 'Orrin Labs']],
    ['a company named "Client…" is still a company', 'Data Analyst, Clientele Analytics Ltd\t2019 – 2021', ['Data Analyst', 'Clientele Analytics Ltd']],
  ])('trap: %s', (_name, line, expected) => {
    expect(jobsOf(['Experience', line, BODY]).map(tc)).toEqual([expected]);
  });
});

describe('promotion chains and seniority words', () => {
  it.each([
    ['an arrow chain is one title', ['Experience', 'Pemberton Labs', 'Software Engineer → Senior → Staff, 2009–2016', BODY],
      [['Software Engineer → Senior → Staff', 'Pemberton Labs']]],
    ['"⇒" chain of full titles', ['Experience', 'Data Analyst ⇒ Data Scientist, Orrin Labs\t2015 – 2019', BODY],
      [['Data Analyst ⇒ Data Scientist', 'Orrin Labs']]],
    ['a bare seniority word keeps the area after its dash', ['Experience', 'Lead — Recommendations, Larkhill Media', 'Sept 2015 – Jun 2019 (3 yrs 10 mos)', BODY],
      [['Lead — Recommendations', 'Larkhill Media']]],
    ['"Head – Ads, Company"', ['Experience', 'Head – Ads, Tealbrook Social\t2020 – Present', BODY],
      [['Head – Ads', 'Tealbrook Social']]],
  ])('%s', (_name, lines, expected) => {
    expect(jobsOf(lines).map(tc)).toEqual(expected);
  });

  it.each([
    // Traps: an arrow between dates is a range; an arrow to a company is not a chain; a full title before a dash
    // keeps the usual "Title — Company" split.
    ['arrow dates stay dates', ['Experience', 'Data Scientist, Orrin Labs', 'Jan 2018 → Jan 2021', BODY], [['Data Scientist', 'Orrin Labs']], '2021-01'],
    ['an arrow to a company is not a promotion', ['Experience', 'Data Scientist → Orrin Labs Ltd\t2018 – 2021', BODY], [['Data Scientist', 'Orrin Labs Ltd']], '2021'],
    ['"Title — Area, Company" with a full title is split as before', ['Experience', 'Engineering Manager — Tealbrook Social, Amsterdam\t2020 – 2022', BODY], [['Engineering Manager', 'Tealbrook Social']], '2022'],
  ])('trap: %s', (_name, lines, expected, end) => {
    const jobs = jobsOf(lines);
    expect(jobs.map(tc)).toEqual(expected);
    const e = jobs[0]?.range?.end;
    expect(e === 'present' || e === undefined ? e : `${e.year}${end.length > 4 ? `-${String(e.month).padStart(2, '0')}` : ''}`).toBe(end);
  });
});

describe('company names and what is written around them', () => {
  it.each([
    ['a description in parentheses is not the name', 'Head of Data Science | Quaystone (Series B fintech, 120 people) | London | 2019-2021', ['Head of Data Science', 'Quaystone']],
    ['"(startup, 40 employees)"', 'Data Engineer, Merrow Health (startup, 40 employees)\t2017 – 2019', ['Data Engineer', 'Merrow Health']],
    ['a firm named after partners keeps its first partner', 'Graduate Trainee, Clifton, Hale & Morrow LLP          Sept 2010 - May 2012', ['Graduate Trainee', 'Clifton, Hale & Morrow LLP']],
    ['"Smith, Jones & Co." after a comma title', 'Data Scientist, Hartley, Voss & Co., London\tMar. 2016 – Feb. 2019', ['Data Scientist', 'Hartley, Voss & Co.']],
  ])('%s', (_name, line, expected) => {
    expect(jobsOf(['Experience', line, BODY]).map(tc)).toEqual([expected]);
  });

  it.each([
    // Traps: a name's own parentheses stay; a place or an area before a partner firm is not a partner.
    ['"(formerly …)" is part of the name', 'Data Scientist, Meridian Ads GmbH (formerly AdLoom Berlin)\t2019 – 2021', ['Data Scientist', 'Meridian Ads GmbH (formerly AdLoom Berlin)']],
    ['"(meetup)" is part of the name', 'Chair, Women in ML Boston (meetup)\t2019 – 2023', ['Chair', 'Women in ML Boston (meetup)']],
  ])('trap: %s', (_name, line, expected) => {
    expect(jobsOf(['Experience', line, BODY]).map(tc)).toEqual([expected]);
  });

  it.each([
    ['Consultant, London, Hale & Morrow LLP', { org: 'Hale & Morrow LLP' }],
    ['Data Scientist, Ads, Hale & Morrow LLP', { title: 'Data Scientist, Ads', org: 'Hale & Morrow LLP' }],
  ])('trap: no partner before a firm: %s', (text, expected) => {
    expect(splitCommaHeader(text)).toMatchObject(expected);
  });
});

describe('company headings and untitled jobs', () => {
  it('a company heading with its span and a city gives the roles the name only', () => {
    const jobs = jobsOf(['Experience', 'CORVID ANALYTICS (2016–2024), Manchester', 'Engineering Manager (2021–2024)', BODY, 'Senior Engineer (2018–2021)', BODY]);
    expect(jobs.map(tc)).toEqual([['Engineering Manager', 'CORVID ANALYTICS'], ['Senior Engineer', 'CORVID ANALYTICS']]);
  });

  it('a dated organisation with a body of its own and no title is a job without a title', () => {
    const jobs = jobsOf(['Experience', '2012 – 2015 · Graz', 'Ferrow Logistics', 'Employee number four: built the routing data platform from scratch.']);
    expect(jobs.map(tc)).toEqual([['', 'Ferrow Logistics']]);
  });

  it.each([
    // Traps: a company heading above titled roles is not itself a job; a title-less line with no organisation cue
    // stays a title (nothing says it is a company).
    ['a company heading above its roles', ['Experience', 'Ferrow Logistics\t2012 – 2015', 'Data Analyst\t2012 – 2015', BODY], [['Data Analyst', 'Ferrow Logistics']]],
    ['a line with no organisation word stays a title', ['Experience', '2012 – 2015', 'Pricing and routing', 'Built the routing data platform from scratch.'], [['Pricing and routing', null]]],
  ])('trap: %s', (_name, lines, expected) => {
    expect(jobsOf(lines).map(tc)).toEqual(expected);
  });
});
