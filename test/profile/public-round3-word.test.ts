// Failure classes found reading public résumés made by Word, Google Docs, Canva, InDesign and LinkedIn (round 3), each
// as a case table with the traps it must reject. Every line is written here (fictional people and companies).
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { orgColonPlace } from '../../src/profile/address-colon.js';
import { isBulletLine, isPageMarker } from '../../src/profile/line-shape.js';
import { isEntryLabel } from '../../src/profile/sections.js';
import { TITLE_RE } from '../../src/profile/header-lexicon.js';
import { isLocation } from '../../src/profile/header-places.js';
import { AS_OF, CATEGORIES, docOf, jobSummaries } from './helpers.js';

const jobsOf = (lines: string[]): string[] => jobSummaries(lines);

describe('"> " opens a list item (Google Docs and InDesign templates draw it as the bullet)', () => {
  it.each([
    ['> Kept the park grounds clean', true],
    ['» Opened the store alone', true],
    ['>Kept the grounds clean', false], // no space: not a bullet
    ['>= 20 orders a day', false],
    ['Harbor Theme Park: Charlotte, NC', false],
  ])('%j → %s', (text, expected) => {
    expect(isBulletLine(text)).toBe(expected);
  });

  it('the items are the body, never the next job\'s company', () => {
    expect(jobsOf([
      'Experience',
      'Team Member, Summer 2023',
      '> Opened the store alone',
      '> Ran the cash register during shifts',
      'Crew Lead, Summer 2022',
      '> Trained two new starters',
    ])).toEqual(['Team Member @  2023-06…2023-08', 'Crew Lead @  2022-06…2022-08']);
  });

  it('an item that had not ended, finished by one word and a stop on the next line, stays the item\'s', () => {
    expect(jobsOf([
      'Experience',
      'TUTOR | WESTBROOK COLLEGE',
      'March 2020 – December 2021',
      '> Prepared nursing students for the entrance',
      'Exams.',
      'INTERN | KELLAN WORKS',
      'June 2021 – August 2021',
      '> Set up firewalls',
    ])).toEqual(['TUTOR @ WESTBROOK COLLEGE 2020-03…2021-12', 'INTERN @ KELLAN WORKS 2021-06…2021-08']);
  });
});

describe('"Company: City, ST" over "Title, Season Year" (a Google Docs template)', () => {
  it.each([
    ['Harbor Theme Park: Charlotte, NC', { org: 'Harbor Theme Park', place: 'Charlotte, NC' }],
    ['Frosty’s Frozen Yogurt: Indian Land, SC', { org: 'Frosty’s Frozen Yogurt', place: 'Indian Land, SC' }],
    ['Bank of the Fells: Boston, MA', { org: 'Bank of the Fells', place: 'Boston, MA' }],
    // traps: labels, a title, a list, a place without a region
    ['Location: Boston, MA', undefined],
    ['Willing to relocate: Boston, MA', undefined],
    ['Senior Engineer: Boston, MA', undefined],
    ['Tech Stack: Python, Go, SQL', undefined],
    ['Harbor Theme Park: Charlotte', undefined],
  ])('%j', (text, expected) => {
    expect(orgColonPlace(text)).toEqual(expected);
  });

  it('the company line heads its own job, with the title and season below it', () => {
    expect(jobsOf([
      'EXPERIENCE',
      'Harbor Theme Park: Charlotte, NC',
      'Operations, Summer 2024',
      '> Kept the park grounds clean',
      'Frosty Yogurt: Indian Land, SC',
      'Team Member, Summer 2023',
      '> Opened the store alone',
    ])).toEqual(['Operations @ Harbor Theme Park 2024-06…2024-08', 'Team Member @ Frosty Yogurt 2023-06…2023-08']);
  });
});

describe('a label written inside each entry ("Achievements/Tasks", "Achievements") does not end the section', () => {
  it.each([
    ['Achievements/Tasks', true],
    ['Achievements', true],
    ['Key Skills', true],
    // traps: experience headings, titles, names that end like a heading, long lines
    ['Work Experience', false],
    ['Volunteer', false],
    ['Northwind Projects', false],
    ['Awards for the regional sales team', false],
  ])('%j → %s', (text, expected) => {
    expect(isEntryLabel(text)).toBe(expected);
  });

  it('a label repeated under each job keeps the next job in the section', () => {
    expect(jobsOf([
      'WORK EXPERIENCE',
      'Floor Staff',
      'Harbour Lights Bistro',
      '06/2018 - 01/2021',
      'Achievements/Tasks',
      '• Greeted and served customers',
      'Sales Assistant',
      'Quayside Books',
      '07/2017 - 08/2018',
      'Achievements/Tasks',
      '• Restocked the shelves',
      'SKILLS',
      'Customer service',
    ])).toEqual(['Floor Staff @ Harbour Lights Bistro 2018-06…2021-01', 'Sales Assistant @ Quayside Books 2017-07…2018-08']);
  });

  it('the last job\'s label too: a job after it stays in the section', () => {
    expect(jobsOf([
      'Professional Experience',
      'Cashier\tJun 2018 – Feb 2020',
      'Achievements',
      '• Ran the busiest register',
      'Stock Clerk\tJun 2016 – May 2018',
      'Achievements',
      '• Counted the stock',
      'Intern | Kellan Works',
      'June 2015 – August 2015',
      '• Set up the scanners',
    ]).map((j) => j.split(' @ ')[0])).toEqual(['Cashier', 'Stock Clerk', 'Intern']);
  });

  it('trap: an awards section written once after the jobs is still a section', () => {
    const profile = buildProfile(docOf([
      'Experience',
      'Sales Assistant, Quayside Books',
      '07/2017 - 08/2018',
      '• Restocked the shelves',
      'Achievements',
      'Employee of the Year, Quayside Books, 2018',
    ]), { asOf: AS_OF, categories: CATEGORIES });
    expect(profile.sections.map((s) => s.kind)).toEqual(['experience', 'awards']);
  });
});

describe('"INTERN | COMPANY" over a line that says what the role was part of', () => {
  it('the name beside the title after the bar is the employer', () => {
    expect(jobsOf([
      'Experience',
      'Intern | Kellan Works',
      'Associates Degree Program',
      'June 2021 – August 2021',
      '• Set up firewalls',
    ])).toEqual(['Intern @ Kellan Works 2021-06…2021-08']);
  });

  it.each([
    // traps: an area after the bar is the title's, and a company line above the title keeps its place
    [['Experience', 'Software Engineer | Payments', 'Wexford Systems Ltd', 'June 2021 – August 2022', '• Built the ledger'], ['Software Engineer @ Wexford Systems Ltd 2021-06…2022-08']],
    [['Experience', 'Wexford Systems Ltd', 'Analyst | Kellan', 'June 2021 – August 2022', '• Built reports'], ['Analyst @ Wexford Systems Ltd 2021-06…2022-08']],
  ])('%j', (lines, expected) => {
    expect(jobsOf(lines)).toEqual(expected);
  });
});

describe('"Company // dates" (Canva): the double slash separates, it is no part of the name', () => {
  it('reads the company without it', () => {
    expect(jobsOf([
      'Arbeitserfahrung',
      'Agenturpartnerin (Westfalia)',
      'Westfalia Versicherung // Jan 2023 - Feb 2024',
      'Selbstständige Vertriebspartnerin, spezialisiert auf Beratung',
    ])).toEqual(['Agenturpartnerin (Westfalia) @ Westfalia Versicherung 2023-01…2024-02']);
  });
});

describe('hourly jobs of retail, hospitality and care are titles', () => {
  it.each([
    ['Greenhouse Worker', true],
    ['Pool Attendant', true],
    ['Floor Staff', true],
    ['Line Cook', true],
    ['Banquet Server', true],
    ['Server', true],
    ['Server / Bartender', true],
    ["Server at Luigi's Trattoria", true],
    ['Head Server, Marrowfield Events', true],
    ['Teacher’s Aide', true],
    ['Inhaberin', true],
    // traps: names and words that hold the same letters
    ['Fernbrook Nursery', false],
    ['Cookstown Farm Shop', false],
    ['Staffordshire County Council', false],
    // traps: a server that is a machine
    ['SQL Server', false],
    ['Windows Server 2019', false],
    ['built an MCP server for the docs', false],
    ['Server administration and patching', false],
    ['server-side rendering', false],
    ['Minecraft server community', false],
  ])('%j → %s', (text, expected) => {
    expect(TITLE_RE.test(text)).toBe(expected);
  });

  it('"Title at Company" with such a title', () => {
    expect(jobsOf(['Career history', 'Greenhouse Worker at Fernbrook Nursery', 'January 2018 – December 2021', '• Repotted plants'])).toEqual([
      'Greenhouse Worker @ Fernbrook Nursery 2018-01…2021-12',
    ]);
  });
});

describe('LinkedIn: a company line over its title line, in the order the section\'s known titles show', () => {
  const entry = (org: string, title: string, dates: string, place: string, body: string) => [org, title, dates, place, body];
  it('a title the lexicon lacks is read on the line where the known titles stand', () => {
    expect(jobsOf([
      'Experience',
      ...entry('Harbourside Water Network', 'Team Lead', 'September 2010 - Present (15 years 7 months)', 'Freetown, Sierra Leone', 'Ran the national water campaign.'),
      ...entry('Global Call for Fair Rivers', 'Regional Liaison Point', 'September 2015 - Present (10 years 7 months)', 'Sierra Leone', 'Spoke for the campaign.'),
      ...entry('The Kestrel Institute', 'Research Assistant', '2007 - 2007 (less than a year)', 'Canberra, Australia', 'Booked the interviews.'),
    ])).toEqual([
      'Team Lead @ Harbourside Water Network 2010-09…present',
      'Regional Liaison Point @ Global Call for Fair Rivers 2015-09…present',
      'Research Assistant @ The Kestrel Institute 2007-01…2007-06',
    ]);
  });

  it('trap: with one known title only, no order is learnt and nothing is swapped', () => {
    expect(jobsOf([
      'Experience',
      ...entry('Harbourside Water Network', 'Team Lead', 'September 2010 - Present', 'Freetown, Sierra Leone', 'Ran the campaign.'),
      ...entry('Global Call for Fair Rivers', 'Regional Liaison Point', 'September 2015 - Present', 'Sierra Leone', 'Spoke for the campaign.'),
    ])).toEqual([
      'Team Lead @ Harbourside Water Network 2010-09…present',
      'Global Call for Fair Rivers @ Regional Liaison Point 2015-09…present',
    ]);
  });

  it.each([
    ['Sierra Leone', true],
    ['Burkina Faso', true],
    ['Trinidad and Tobago', true],
    ['Sierra Leone Water Board', false],
  ])('%j is a place: %s', (text, place) => {
    expect(isLocation(text)).toBe(place);
  });
});

describe('a running header with the name and the page, and a long title written out', () => {
  it.each([
    ['______________Jordan Avery Quinn, PG. 2', true],
    ['Jordan Quinn – Page 2 of 3', true],
    ['Jordan Quinn | page 2', true],
    // traps: a company, a sentence, a header with a year
    ['Sales Manager, Page 2 Media', false],
    ['Designed page 2 of the brochure', false],
    ['Acme Corp – 2019', false],
  ])('%j is a page marker: %s', (text, marker) => {
    expect(isPageMarker(text)).toBe(marker);
  });

  it('page 2 opens with the running header, then an entry with an eleven-word title', () => {
    expect(jobsOf([
      'PROFESSIONAL EXPERIENCE',
      'NORTHWIND MARINE WORKS – Portmere, ME\tMar 2018 – Aug 2020',
      'Dock Coordinator',
      '• Checked every manifest.',
      '______________Jordan Avery Quinn, PG. 2',
      'NORTHWIND MARINE WORKS – Various Locations\tMar 2016 – Mar 2018',
      'Gas Turbine Engine Test Cell (GTC) Operation and Maintenance Program Manager',
      '• Ran the engine test cell.',
      'NORTHWIND MARINE WORKS – Various Locations\tJan 2015 – Feb 2016',
      'Managed the Gas Turbine Test Cell for the Northern Fleet',
      '• Kept the cell running.',
    ])).toEqual([
      'Dock Coordinator @ NORTHWIND MARINE WORKS 2018-03…2020-08',
      'Gas Turbine Engine Test Cell (GTC) Operation and Maintenance Program Manager @ NORTHWIND MARINE WORKS 2016-03…2018-03',
      // trap: a sentence in Title Case that ends with no title word is the body, not the title
      'NORTHWIND MARINE WORKS @ Various Locations 2015-01…2016-02',
    ]);
  });
});

describe('"Company, street address, City, ST ZIP— Title" (a Google Docs template with the employer\'s address)', () => {
  it('reads the company, its town and the title; the street and postcode are dropped', () => {
    expect(buildProfile(docOf([
      'EXPERIENCE',
      'Tallow Electronics, 12 Mill Rd, Greenwood, IN 46100— Seasonal Sales Advisor',
      'OCTOBER 2021 - PRESENT',
      '• Helped customers on the sales floor',
      'Quayside Books, 400 U.S. Hwy 9 N, Greenwood, IN 46100— Part Time Assistant Manager',
      'MARCH 2021 - AUGUST 2021',
      '• Opened and closed the store',
    ]), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) => [j.title, j.org, j.location])).toEqual([
      ['Seasonal Sales Advisor', 'Tallow Electronics', 'Greenwood, IN'],
      ['Part Time Assistant Manager', 'Quayside Books', 'Greenwood, IN'],
    ]);
  });

  it.each([
    // traps: a list of places, a company whose name holds a number, no street word
    [['Experience', 'Store Manager, 7 Seas Outfitters, Portland, OR', 'May 2019 – Present', '• Ran the store'], [['Store Manager', '7 Seas Outfitters', 'Portland, OR']]],
    [['Experience', 'Shop Assistant, 3 Rivers Trust, Pittsburgh, PA', 'May 2019 – Present', '• Ran the till'], [['Shop Assistant', '3 Rivers Trust', 'Pittsburgh, PA']]],
  ])('%j', (lines, expected) => {
    expect(buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) => [j.title, j.org, j.location])).toEqual(expected);
  });
});

describe('a title and its employer run together, and an employer in sentence case beside its title', () => {
  const read = (lines: string[]) => buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) => [j.title, j.org ?? null, j.location ?? null]);
  it.each<[string, string[], (string | null)[][]]>([
    ['"Title Name, City, ST"', ['Experience', 'Sales Associate Fennick Outlet, Washington, PA', 'June 2019 - August 2019', '• Helped customers'],
      [['Sales Associate', 'Fennick Outlet', 'Washington, PA']]],
    ['"Title Name, City, ST" with a one-word name', ['Experience', 'Barista Quaybrew, Bangor, ME', 'June 2019 - August 2019', '• Made coffee'],
      [['Barista', 'Quaybrew', 'Bangor, ME']]],
    ['"Title | Name in sentence case - City, ST | dates"', ['Experience', 'Pool Attendant | Greenfield country club - Greenfield, SC | 06/2024 - 07/2024', '• Took orders'],
      [['Pool Attendant', 'Greenfield country club', 'Greenfield, SC']]],
    // traps: a title and its area, a German compound title over a company, a company that is no place
    ['trap: "Sales Associate Team Lead, Washington, PA"', ['Experience', 'Sales Associate Team Lead, Washington, PA', 'June 2019 - August 2019', '• Led the team'],
      [['Sales Associate Team Lead', 'Washington', 'PA']]],
    ['trap: "Title Area" under a company with its town', ['Experience', 'seit 6/2015\tBrandhorst Personal-Service e.K., Dresden', 'Helfer Lagerlogistik', '• Kommissionierung'],
      [['Helfer Lagerlogistik', 'Brandhorst Personal-Service e.K.', 'Dresden']]],
    ['trap: a description line beside a named company stays out', ['Experience', 'Data Analyst | Northwind Traders | Online marketplace for home goods', 'June 2019 - August 2020', '• Built reports'],
      [['Data Analyst', 'Northwind Traders', null]]],
  ])('%s', (_name, lines, expected) => {
    expect(read(lines)).toEqual(expected);
  });
});

describe('"Company ⇥ dates" over "Title – Area ⇥ City, ST" (Word)', () => {
  const read = (lines: string[]) => buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) => [j.title, j.org ?? null]);
  it.each<[string, string[], (string | null)[][]]>([
    ['the name alone on the dated line is the employer, the word after the title its area',
      ['Professional Experience', 'Harrowgate Steel\tMay – August 2024', 'Mechanical Design Engineer Intern – Structures\tDelta, OH', '• Designed 40 parts'],
      [['Mechanical Design Engineer Intern', 'Harrowgate Steel']]],
    // traps: a company named after the dash on the title line, and a company line that is not the dated one
    ['trap: "Title – Company" beside a dated place line', ['Experience', 'Portmere, ME\tMay 2021 – Present', 'Barista – Quaybrew', '• Made coffee'],
      [['Barista', 'Quaybrew']]],
  ])('%s', (_name, lines, expected) => {
    expect(read(lines)).toEqual(expected);
  });
});
