// List items (lines that opened with a bullet, or a Word list item's) are the body of the entry above, whatever their
// shape: only one that heads a dated line, or the title a dated line above it lacks, is an entry's header.
import { describe, expect, it } from 'vitest';
import { normalizeMarkedLines } from '../../src/extract/normalize.js';
import { findJobs } from '../../src/profile/jobs.js';
import type { Line } from '../../src/types.js';

/** Raw lines as a reader gives them ("• " where the page shows a bullet), normalised and numbered like extraction's. */
const linesOf = (raw: string[]): Line[] => normalizeMarkedLines(raw, { joinHyphens: false }).map((l, index) => ({ ...l, page: 1, index }));
const jobsOf = (raw: string[]) => findJobs(linesOf(raw), 2027).map((j) => `${j.title} @ ${j.org ?? ''}`);

describe('list items in an experience section', () => {
  it.each<[string, string[], string[]]>([
    [
      'noun-phrase items under a dated entry stay its body (the next entry keeps its own header)',
      [
        'WordPress.org, Contributor to Core, Plugins, & Themes', '2010 – Current',
        '• Contributions to WordPress Core in versions 3.8, 3.8.1 and 3.9', '• Six Plugin contributions to the Plugin Directory',
        '• Theme Reviewer for the Theme Directory and one Theme contribution',
        'Mesa State University, Student Web Developer', '2007 – 2011',
        '• Designed the first department theme',
      ],
      ['Contributor to Core, Plugins, & Themes @ WordPress.org', 'Student Web Developer @ Mesa State University'],
    ],
    [
      "Word's Symbol-font bullets count as bullets",
      ['Harbour Analytics, Data Analyst', 'March 2019 – May 2021', '\uF0B7 Dashboards for the Sales Team', '\uF0B7 Quarterly Forecasting Models', 'Tidewater Bank, Junior Analyst', 'June 2017 – February 2019', '\uF0B7 Branch Reporting'],
      ['Data Analyst @ Harbour Analytics', 'Junior Analyst @ Tidewater Bank'],
    ],
    [
      'a template that bullets the company over its title and dates',
      ['• Quillon Systems\tAustin, TX', 'Software Engineer\tOct 2016 – Present', '• Payments: built the ledger service.', '• Larkmoor Labs\tBoston, MA', 'Data Scientist\tJan 2014 – Oct 2016', '• Churn: built the churn models.'],
      ['Software Engineer @ Quillon Systems', 'Data Scientist @ Larkmoor Labs'],
    ],
    [
      'the title given as the first item under a dated organisation line',
      ["Bill's Superette, Andover, MN. 02/2018 – 08/2019.", '• Shift Supervisor.', '• Handled customer complaints.', "Davanni's, Coon Rapids, MN. 09/2017 – 01/2018.", '• Delivery Driver', '• Friendly customer interactions.'],
      ["Shift Supervisor @ Bill's Superette", "Delivery Driver @ Davanni's"],
    ],
    [
      'trap: an item under a dated line that names no role is no title',
      ['Excion, Web Engineer', 'August 2012 – Feb 2015', '• Hosting Platforms and Deployment Systems', '• Version Control for the Content Team'],
      ['Web Engineer @ Excion'],
    ],
    [
      'trap: an unbulleted header between items still heads its dates',
      ['Northwind Retail, Analyst', '2018 – 2020', '• Pricing Dashboards', 'Contoso Media, Senior Analyst', '2020 – 2023', '• Audience Models'],
      ['Analyst @ Northwind Retail', 'Senior Analyst @ Contoso Media'],
    ],
  ])('%s', (_name, raw, jobs) => {
    expect(jobsOf(raw)).toEqual(jobs);
  });
});

describe('a title closed like a sentence', () => {
  it.each<[string, string, string]>([
    ['the stop is not the title’s', 'Shift Supervisor.', 'Shift Supervisor @ Pellow Grocers'],
    ['trap: an abbreviated title word keeps its stop', 'Assistant Prof.', 'Assistant Prof. @ Pellow Grocers'],
    ['trap: so does a title ending in Sr.', 'Buyer, Sr.', 'Buyer, Sr. @ Pellow Grocers'],
  ])('%s', (_name, title, job) => {
    expect(jobsOf(['Pellow Grocers, Leeds. 2018 – 2020.', title, '• Ran the night shift.'])).toEqual([job]);
  });
});

describe('one paragraph: a header, its dates, then what the job was', () => {
  const jobsWithBody = (raw: string[]) => findJobs(linesOf(raw), 2027).map((j) => ({ job: `${j.title} @ ${j.org ?? ''}`, body: j.body.map((l) => l.text) }));
  it.each<[string, string, { job: string; body: string[] }[]]>([
    [
      'a dash after the dates opens the description',
      'Forensic Analyst Intern · Ridgeline State Police, Morgantown, WV May 2016 – July 2016 - Used forensic tools to recover evidence from phones and drives.',
      [{ job: 'Forensic Analyst Intern @ Ridgeline State Police', body: ['Used forensic tools to recover evidence from phones and drives.'] }],
    ],
    [
      'a colon does too',
      'Data Analyst, Tidewater Bank 2019 – 2021: built the churn models and the branch dashboards for every region.',
      [{ job: 'Data Analyst @ Tidewater Bank', body: ['built the churn models and the branch dashboards for every region.'] }],
    ],
    [
      'trap: a sentence around the dates without a header before them stays body',
      'In May 2016 – July 2016 - we moved the whole team to the new office and rebuilt the evidence room.',
      [],
    ],
    [
      'trap: prose before the dates is no header',
      'Worked with the state police on forensic tools May 2016 – July 2016 - then went back to university for the final year.',
      [],
    ],
  ])('%s', (_name, line, jobs) => {
    expect(jobsWithBody([line])).toEqual(jobs);
  });
});

describe('an employment type as the only role, names in quotes, the industry in brackets', () => {
  it.each<[string, string[], string[]]>([
    ['"INTERNSHIP: “Org (Software Industry)” (2021)"', ['INTERNSHIP: “Orrin Consulting Service (Software Industry)” (2021)', 'Duration: 1 Month'], ['INTERNSHIP @ Orrin Consulting Service']],
    ['a quoted name beside its title', ['Data Analyst, “Harbour Analytics”, 2019 – 2021', '• Dashboards.'], ['Data Analyst @ Harbour Analytics']],
    ['the sector in brackets after the name', ['Data Analyst, Tidewater Bank (Banking Sector), 2019 – 2021', '• Dashboards.'], ['Data Analyst @ Tidewater Bank']],
    ['trap: "industry" in the name itself stays', ['Data Analyst, Software Industry Council, 2019 – 2021', '• Dashboards.'], ['Data Analyst @ Software Industry Council']],
    ['trap: an employment type on its own line is no title', ['Cinder Hills Academy', 'Part-time, Summer 2009', '• Replaced lab computers.'], [' @ Cinder Hills Academy']],
  ])('%s', (_name, raw, jobs) => {
    expect(jobsOf(raw)).toEqual(jobs);
  });
});

describe('a preposition that opens the range is part of the dates', () => {
  it.each<[string, string[], string[]]>([
    ['"From: 2012 – Present" under its header', ['Harbour Analytics, Data Analyst', 'From: 2012 – Present', '• Dashboards.'], ['Data Analyst @ Harbour Analytics']],
    ['"Since 2019"', ['Data Analyst, Harbour Analytics', 'Since 2019 – Present', '• Dashboards.'], ['Data Analyst @ Harbour Analytics']],
    ['German "Seit"', ['Projektleiterin, Hafen Analytik GmbH', 'Seit 03/2020 – heute', '• Berichte.'], ['Projektleiterin @ Hafen Analytik GmbH']],
    ['trap: a name before the dates stays a header', ['Fromberg Analytics 2012 – 2016', 'Data Analyst', '• Dashboards.'], ['Data Analyst @ Fromberg Analytics']],
  ])('%s', (_name, raw, jobs) => {
    expect(jobsOf(raw)).toEqual(jobs);
  });
});
