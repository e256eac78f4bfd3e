// Job entries in the layouts résumés use, built as Documents from lines written here.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

function jobsOf(lines: string[]): Job[] {
  return buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
}

const brief = (j: Job) => ({
  title: j.title,
  org: j.org,
  start: j.range ? `${j.range.start.year}-${j.range.start.month}` : null,
  end: j.range ? (j.range.end === 'present' ? 'present' : `${j.range.end.year}-${j.range.end.month}`) : null,
});

const BODY = '• Built the ranking model for the home feed.';

const LAYOUTS: [string, string[], ReturnType<typeof brief>[]][] = [
  ['one line: Title — Company — dates', ['Experience', 'Senior ML Engineer — Northwind Retail — Jan 2018 – Present', BODY],
    [{ title: 'Senior ML Engineer', org: 'Northwind Retail', start: '2018-1', end: 'present' }]],
  ['two lines, dates right-aligned (tab)', ['Experience', 'Senior ML Engineer', 'Northwind Retail, Oslo\tJan 2018 – Present', BODY],
    [{ title: 'Senior ML Engineer', org: 'Northwind Retail', start: '2018-1', end: 'present' }]],
  ['two lines, dates right-aligned (own cell line)', ['Experience', 'Senior ML Engineer', 'Northwind Retail', 'Jan 2018 – Present', BODY],
    [{ title: 'Senior ML Engineer', org: 'Northwind Retail', start: '2018-1', end: 'present' }]],
  ['title and dates on one row, company below', ['Experience', 'Senior ML Engineer      Jan 2018 – Present', 'Northwind Retail', BODY],
    [{ title: 'Senior ML Engineer', org: 'Northwind Retail', start: '2018-1', end: 'present' }]],
  ['title and dates as separate lines (cells of one row), company below', ['Experience', 'Senior ML Engineer', 'Jan 2018 – Present', 'Northwind Retail', BODY, 'ML Engineer', 'Mar 2015 – Dec 2017', 'Contoso Media', BODY],
    [{ title: 'Senior ML Engineer', org: 'Northwind Retail', start: '2018-1', end: 'present' }, { title: 'ML Engineer', org: 'Contoso Media', start: '2015-3', end: '2017-12' }]],
  ['bullets without glyphs (extraction removed them)', ['Experience', 'Senior ML Engineer — Northwind — Jan 2018 – Present', 'Built the ranking model for the home feed', 'and the feature store.', 'Led the 2018 migration of 1,500 servers', 'Data Scientist — Contoso — 2015 – 2017', 'Churn models.'],
    [{ title: 'Senior ML Engineer', org: 'Northwind', start: '2018-1', end: 'present' }, { title: 'Data Scientist', org: 'Contoso', start: '2015-7', end: '2017-6' }]],
  ['company first: Company | Title', ['Experience', 'Northwind Retail | Senior ML Engineer | 03/2016 – 08/2019', BODY],
    [{ title: 'Senior ML Engineer', org: 'Northwind Retail', start: '2016-3', end: '2019-8' }]],
  ['Title at Company (dates)', ['Experience', 'Head of Machine Learning at Adventure Works (Sept. 2019 to Present)', BODY],
    [{ title: 'Head of Machine Learning', org: 'Adventure Works', start: '2019-9', end: 'present' }]],
  ['dates in a left column (moderncv)', ['Experience', '2016.03 - 2018.11\tML Engineer', 'Proseware, Novosibirsk', BODY, '2013.07 - 2016.02\tSoftware Engineer', 'Proseware', BODY],
    [{ title: 'ML Engineer', org: 'Proseware', start: '2016-3', end: '2018-11' }, { title: 'Software Engineer', org: 'Proseware', start: '2013-7', end: '2016-2' }]],
  ['dates cell before the title (table)', ['Experience', '2019–Current', 'Engineering Manager, Feed Ranking', 'Fabrikam Ads', BODY, '2015-2019', 'Senior ML Engineer', 'Contoso Media', BODY],
    [{ title: 'Engineering Manager, Feed Ranking', org: 'Fabrikam Ads', start: '2019-7', end: 'present' }, { title: 'Senior ML Engineer', org: 'Contoso Media', start: '2015-7', end: '2019-6' }]],
  ['Markdown: ### title, emphasised company', ['## Experience', '### Senior ML Engineer', '_Acme Corp_ | 2019 – 2021', '- Ranking models.', '**Data Scientist** | Contoso Media | Jan 2016 – Dec 2018', '- Models.'],
    [{ title: 'Senior ML Engineer', org: 'Acme Corp', start: '2019-7', end: '2021-6' }, { title: 'Data Scientist', org: 'Contoso Media', start: '2016-1', end: '2018-12' }]],
];

describe('job layouts', () => {
  it.each(LAYOUTS)('%s', (_name, lines, expected) => {
    expect(jobsOf(lines).map(brief)).toEqual(expected);
  });
});

describe('several roles under one company heading', () => {
  it('gives a LinkedIn company heading to each of its roles', () => {
    const jobs = jobsOf([
      'Experience', 'Litware Music', '6 years 9 months',
      'Director of Engineering', 'January 2024 - Present (2 years 11 months)', 'Stockholm, Sweden', BODY,
      'Engineering Manager', 'March 2020 - December 2023 (3 years 10 months)', 'Stockholm, Sweden', BODY,
      'Relecloud', 'Data Scientist', 'September 2015 - July 2017 (1 year 11 months)', 'Göteborg, Sweden', BODY,
    ]);
    expect(jobs.map(brief)).toEqual([
      { title: 'Director of Engineering', org: 'Litware Music', start: '2024-1', end: 'present' },
      { title: 'Engineering Manager', org: 'Litware Music', start: '2020-3', end: '2023-12' },
      { title: 'Data Scientist', org: 'Relecloud', start: '2015-9', end: '2017-7' },
    ]);
    expect(jobs[0]?.location).toBe('Stockholm, Sweden');
  });
  it('reads a LinkedIn employment type beside the company: not the org, and it decides the kind', () => {
    const jobs = jobsOf(['Experience', 'Northwind · Internship', 'Data Analyst', 'Jun 2019 - Aug 2019 · 3 mos', BODY, 'Contoso · Full-time', 'Machine Learning Engineer', 'Jan 2020 - Present', BODY]);
    expect(jobs.map((j) => [j.title, j.org, j.kind])).toEqual([['Data Analyst', 'Northwind', 'internship'], ['Machine Learning Engineer', 'Contoso', 'employment']]);
  });
  it('reads a promotion: company line, then roles with their own dates', () => {
    const jobs = jobsOf(['Experience', 'Wide World Importers — København', 'Senior ML Engineer\tJan 2017 – Oct 2019', BODY, 'ML Engineer\tAug 2014 – Dec 2016', BODY]);
    expect(jobs.map((j) => [j.title, j.org])).toEqual([['Senior ML Engineer', 'Wide World Importers'], ['ML Engineer', 'Wide World Importers']]);
  });
  it('drops a company line whose range spans its roles, and gives its name to them', () => {
    const jobs = jobsOf(['Experience', 'Northwind Retail   2016 – Present', 'Senior ML Engineer   Jan 2020 – Present', BODY, 'ML Engineer   Jan 2016 – Dec 2019', BODY]);
    expect(jobs.map(brief)).toEqual([
      { title: 'Senior ML Engineer', org: 'Northwind Retail', start: '2020-1', end: 'present' },
      { title: 'ML Engineer', org: 'Northwind Retail', start: '2016-1', end: '2019-12' },
    ]);
  });
});

describe('ranges split across lines', () => {
  it('joins "2021 –" with "Present" on a later line', () => {
    const [job] = jobsOf(['Experience', 'Senior ML Engineer — Northwind — 2021 –', 'Present', BODY]);
    expect(job?.range?.end).toBe('present');
    expect(job?.flags).not.toContain('OPEN_RANGE');
  });
  it('joins a dates-left cell split over two rows', () => {
    const [job] = jobsOf(['Experience', '03/2015 –\tSenior Data Scientist', '03/2019\tContoso Media, Hamburg', BODY]);
    expect(brief(job as Job)).toEqual({ title: 'Senior Data Scientist', org: 'Contoso Media', start: '2015-3', end: '2019-3' });
  });
  it('keeps a reversed range as one range (not a lone year), flagged, counting 0 months', () => {
    const [job] = jobsOf(['Experience', 'ML Engineer — Acme — 2019 – 2015', BODY]);
    // The range is kept as read (ends swapped) so the score stage can tell what it would have added; it adds nothing.
    expect(brief(job as Job)).toEqual({ title: 'ML Engineer', org: 'Acme', start: '2015-7', end: '2019-6' });
    expect(job?.flags).toContain('REVERSED_RANGE');
    expect(job?.months).toBe(0);
  });
  it('flags a range that never ends and runs it to as-of', () => {
    const [job] = jobsOf(['Experience', 'Senior ML Engineer — Northwind — 2021 –', BODY]);
    expect(job?.flags).toContain('OPEN_RANGE');
    expect(job?.range?.end).toBe('present');
  });
});

describe('jobs without dates, and years that are not jobs', () => {
  it('keeps an undated job, flagged NO_DATES, counting 0 months', () => {
    const jobs = jobsOf(['Experience', 'Freelance ML Engineer — Self-employed', BODY, 'Software Engineer — Proseware — 2015 – 2021', BODY]);
    expect(jobs[0]).toMatchObject({ title: 'Freelance ML Engineer', org: 'Self-employed', months: 0 });
    expect(jobs[0]?.flags).toContain('NO_DATES');
    expect(jobs).toHaveLength(2);
  });
  it('reads no jobs from education, awards, certifications or publications', () => {
    const jobs = jobsOf([
      'Education', 'MSc Computer Science — University of Bergen — 2009 – 2011',
      'Awards', 'Best Paper Award, RecSys Workshop, 2016',
      'Certifications', 'AWS Certified Machine Learning – Specialty, 2020',
      'Publications', 'Counterfactual ranking evaluation. KDD 2019.',
      'Experience', 'ML Engineer — Acme — 2019 – 2021', BODY,
    ]);
    expect(jobs.map((j) => j.title)).toEqual(['ML Engineer']);
  });
  it('does not make a job of a body sentence with a year in it', () => {
    const jobs = jobsOf(['Experience', 'ML Engineer — Acme — Jan 2019 – Present', 'Led the 2018 migration of 1,500 servers to the new store.', 'Top 10 in 2019']);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.body.map((l) => l.text)).toContain('Top 10 in 2019');
  });
});

describe('a résumé without an experience heading', () => {
  it('looks for jobs outside education and skills, and says so', () => {
    const p = buildProfile(docOf(['Ada Example', 'ML Engineer — Acme — 2019 – 2021', '• Models.', 'Education', 'MSc — University of Oslo — 2015 – 2017']), { asOf: AS_OF, categories: CATEGORIES });
    expect(p.jobs.map((j) => j.title)).toEqual(['ML Engineer']);
    expect(p.diagnostics.map((d) => d.code)).toContain('NO_EXPERIENCE_SECTION');
  });
  it.each<[string, string[], string[]]>([
    ['a headline under the name is no job', ['Ada Example · Location: Oslo, Norway', 'SOFTWARE ENGINEER', 'As a new web developer, I build fast and friendly apps.', 'Education', 'BSc — University of Oslo — 2020 – 2024'], []],
    ['a date of birth is no job', ['Ada Example', 'Projects', 'Route planner', 'Personal information', 'Date of Birth & Age\t01.07.1999'], []],
    ['a date of birth in an experience section is no job either', ['Ada Example', 'Experience', 'ML Engineer — Acme — 2019 – 2021', 'DOB: 14/05/1988'], ['ML Engineer']],
    ['a headline naming an employer but no date is no job', ['Ada Example', 'Data Engineer at Kestrel Freight', 'Projects', 'Route planner — 2023'], []],
    ['a referee is no job', ['Ada Example', 'Projects', 'Route planner', 'References', 'Dr. Vishnu Example', 'Professor, Department of Statistics, Lakemont University', 'Email: v.example@lakemont.example'], []],
    ['trap: a job under another heading beside references stays', ['Ada Example', 'Other', 'Data Analyst, Lumen Freight Ltd', 'References', 'Professor, Department of Statistics, Lakemont University'], ['Data Analyst']],
    // trap: a dated line at the top of a résumé with no headings is still a job
    ['a dated job at the top stays', ['Ada Example', 'ML Engineer — Acme — 2019 – 2021', 'Education', 'MSc — University of Oslo — 2015 – 2017'], ['ML Engineer']],
  ])('%s', (_name, lines, titles) => {
    const p = buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES });
    expect(p.jobs.map((j) => j.title)).toEqual(titles);
  });
});
