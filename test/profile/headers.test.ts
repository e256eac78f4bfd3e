// Job headers read by evidence (title vocabulary, organisation cues, places), with the traps that must not become a
// title or a company. Built as Documents from lines written here (fictional people and companies).
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { splitCommaHeader, splitOrgFirstComma } from '../../src/profile/comma-header.js';
import { splitBracketedOrg } from '../../src/profile/job-header.js';
import { addressColonHeader } from '../../src/profile/address-colon.js';
import { isLocation, isPlaceOnly } from '../../src/profile/header-places.js';
import { ORG_RE } from '../../src/profile/header-lexicon.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

function jobsOf(lines: string[]): Job[] {
  return buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
}

const BODY = '• Built the ranking model for the home feed.';
const tc = (j: Job) => [j.title, j.org ?? null];

const SHAPES: [string, string[], (string | null)[][]][] = [
  ['Title, Company, City', ['Experience', 'Principal Engineer, Lumivale Payments Oy, Helsinki', 'July 2020 to Present', BODY],
    [['Principal Engineer', 'Lumivale Payments Oy']]],
  ['Title, Company, unknown town', ['Experience', 'Junior Developer, Pohjanmaa Web Solutions, Seinäjoki', '2012 - 2014', BODY],
    [['Junior Developer', 'Pohjanmaa Web Solutions']]],
  ['a title holding a comma: Title, Area, Company, City', ['Experience', 'VP Engineering, Ads, Tealbrook Social, Amsterdam', '2020 – Present', BODY],
    [['VP Engineering, Ads', 'Tealbrook Social']]],
  ['Title, Company', ['Experience', 'Treasurer, Graduate Students Association\t2023 – 2024', BODY],
    [['Treasurer', 'Graduate Students Association']]],
  ['Title, Lab, University', ['Experience', 'Undergraduate Research Assistant, HCI Lab, Lakemont State University\tJan 2025 – Present', BODY],
    [['Undergraduate Research Assistant', 'HCI Lab, Lakemont State University']]],
  ['Company: Title', ['Experience', 'Fernhill Talent Partners: Senior Technical Recruiter', 'Jul 2019 – Present · Amsterdam', BODY],
    [['Senior Technical Recruiter', 'Fernhill Talent Partners']]],
  ['Company : Street, City: Title', ['Experience', 'Nordlicht Logistik GmbH : Hafenstraße 12, Hamburg: Data Engineer', 'Jan 2019 – Present', BODY],
    [['Data Engineer', 'Nordlicht Logistik GmbH']]],
  ['Company: City: Title, the company without a legal form', ['Experience', 'Kestrel Analytics: Leeds: Senior Software Developer\t2016 – 2018', BODY],
    [['Senior Software Developer', 'Kestrel Analytics']]],
  ['trap: a labelled list with two colons stays body', ['Experience', 'Senior Engineer, Acme Labs\t2014 – 2016', 'Skills: Python, SQL: advanced', BODY],
    [['Senior Engineer', 'Acme Labs']]],
  ['Title at Company', ['Experience', 'Staff Engineer at Quillmoor Labs', 'Mar 2018 – Present', BODY],
    [['Staff Engineer', 'Quillmoor Labs']]],
  ['Title | Company. (trailing full stop, not part of the name)', ['Experience', 'Product Manager | Flintwood Books.', 'Mar 2018 – Aug 2021', BODY],
    [['Product Manager', 'Flintwood Books']]],
  ['Company — Title, company first', ['Experience', 'Tallinn Freight OÜ — Financial Controller', 'Sep 2019 – Present', BODY],
    [['Financial Controller', 'Tallinn Freight OÜ']]],
  ['a name ending in "!"', ['Experience', 'Head of Recommendations, Yippee!\tMar 2022 – Present', BODY],
    [['Head of Recommendations', 'Yippee!']]],
  ['a legal form in lower case', ['Experience', 'Sable Search d.o.o.', 'Data Scientist', 'September 2011 - April 2013 (1 year 8 months)', 'Zagreb, Croatia', BODY],
    [['Data Scientist', 'Sable Search d.o.o.']]],
  ['a title that is only an area after a comma keeps it', ['Experience', 'Data Science Manager, Recommendations', 'Northbeam Thread Ltd.', 'Feb 2022 – Present', BODY],
    [['Data Science Manager, Recommendations', 'Northbeam Thread Ltd.']]],
  ['a title wrapped inside parentheses', ['Experience', 'Jan 2021 – Present\tEngineering Manager, Personalization Platform (Home Feed', 'and Search)', 'Lakeshore Streaming Co., Leeds', BODY],
    [['Engineering Manager, Personalization Platform (Home Feed and Search)', 'Lakeshore Streaming Co.']]],
  ['CV line: dates, then "Title, Org, City." and a sentence', ['Appointments', '2020–2022\tResearch Scientist, Corvane AI Labs, London. Built recommendation models for a news person-', 'alization product.'],
    [['Research Scientist', 'Corvane AI Labs']]],
  ['CV line: a sentence label after the header', ['Research Experience', '2014–2018\tDoctoral Researcher, Halvard Institute of Technology. Thesis:', 'Counterfactual Evaluation of Ranking Policies.'],
    [['Doctoral Researcher', 'Halvard Institute of Technology']]],
  ['a comma header wrapped before the legal form', ['Experience', 'Senior Financial Analyst, Whitcliffe Infrastructure', 'Holdings plc, Stafford', 'Apr 2021 – Present', BODY],
    [['Senior Financial Analyst', 'Whitcliffe Infrastructure Holdings plc']]],
  ['a comma header wrapped after a comma', ['Voluntary work', 'Treasurer (volunteer), Riverside Youth Orchestra,', 'Stafford', '2019 – present', BODY],
    [['Treasurer (volunteer)', 'Riverside Youth Orchestra']]],
  ['a title with an area above its university is not joined to it', ['Experience', 'Graduate Teaching Assistant, Statistics', 'University of Edinburgh', 'Sep 2018 – May 2020', BODY],
    [['Graduate Teaching Assistant, Statistics', 'University of Edinburgh']]],
  ['a title line under a company cell stays a title', ['Volunteering', 'Code Clubhouse Manchester\t2018 – 2022', 'Volunteer Mentor', BODY],
    [['Volunteer Mentor', 'Code Clubhouse Manchester']]],
  // An employment type opening a piece ("Full-time co-op positions", "Part-time") describes the role, never the employer;
  // an entry whose only header is an organisation never takes the organisation of the entry before it.
  ['company line, then "Employment type …, dates" line', ['Experience', 'Siemens Product Lifecycle Management', 'Full-time co-op positions, January 2013 – January 2016', BODY,
    'Cincinnati Hills Christian Academy', 'Part-time, Summer 2009', BODY],
  [['Full-time co-op positions', 'Siemens Product Lifecycle Management'], ['', 'Cincinnati Hills Christian Academy']]],
  ['trap: an agency named with an employment-type word is an organisation', ['Experience', 'Contract Staffing Partners Ltd', 'Payroll Administrator, Mar 2015 – Jun 2016', BODY],
    [['Payroll Administrator', 'Contract Staffing Partners Ltd']]],
  ['trap: promotions under one company heading keep its name', ['Experience', 'Harrowgate Analytics', 'Senior Data Scientist, Jan 2020 – Present', BODY, 'Data Scientist, Mar 2017 – Dec 2019', BODY],
    [['Senior Data Scientist', 'Harrowgate Analytics'], ['Data Scientist', 'Harrowgate Analytics']]],
  ['an abbreviated academic title before its university, trailing full stop', ['Experience', 'Computer Science TA, Saint John’s University. 09/2022 – Current.', BODY],
    [['Computer Science TA', 'Saint John’s University']]],
  ['an hourly job title under a company with its city', ['Experience', 'Bill’s Superette, Andover, MN. 02/2018 – 08/2019.', 'Kitchen employee', BODY],
    [['Kitchen employee', 'Bill’s Superette']]],
  // A company heading written as "Acronym - Full Name", with the tenure stated before its dates.
  ['acronym and full name, tenure stated, then a role under it', ['Experience', 'THG - The Hut Group ~ 7 years (2015-Present)', 'Junior Linux Engineer (2022-Present)', BODY],
    [['Junior Linux Engineer', 'THG - The Hut Group']]],
  ['a stated tenure after the company on the dates line', ['Experience', 'Senior Data Engineer', 'Northwind Retail · 2 yrs 3 mos · Mar 2019 – May 2021', BODY],
    [['Senior Data Engineer', 'Northwind Retail']]],
  ['a title written as acronym and full name', ['Experience', 'SRE – Site Reliability Engineer, Lumen Freight Ltd\tJan 2020 – Present', BODY],
    [['SRE – Site Reliability Engineer', 'Lumen Freight Ltd']]],
  ['trap: an acronym title beside a company it does not spell', ['Experience', 'SRE – Lumen Freight Ltd\tJan 2020 – Present', BODY],
    [['SRE', 'Lumen Freight Ltd']]],
  ['an undated list under a lead-in ending in a colon is body, not a job', ['Experience', 'Junior Linux Engineer, Tarnwick Hosting Ltd (2022-Present)', 'Day to day this includes things such as :', 'Managing Linux servers', 'Patching and package management ( Foreman )', 'OS Lifecycle'],
    [['Junior Linux Engineer', 'Tarnwick Hosting Ltd']]],
  ['trap: an undated job after a body line is still a job', ['Experience', 'Junior Linux Engineer, Tarnwick Hosting Ltd (2022-Present)', 'Managed the Linux estate.', 'Systems Administrator, Orrin Labs Ltd', 'Ran the mail servers.'],
    [['Junior Linux Engineer', 'Tarnwick Hosting Ltd'], ['Systems Administrator', 'Orrin Labs Ltd']]],
  ['trap: a company line ending in a colon above its title stays a header', ['Experience', 'Fernhill Talent Partners Ltd:', 'Senior Technical Recruiter', 'Jul 2019 – Present', BODY],
    [['Senior Technical Recruiter', 'Fernhill Talent Partners Ltd']]],
  ['the place in brackets; the title keeps its own brackets', ['Experience', 'Quillmoor Labs', 'Software Engineer (Payments) · (Remote) May 2025 – Current', BODY],
    [['Software Engineer (Payments)', 'Quillmoor Labs']]],
  ['"Title @Company" without a space after the at sign', ['Experience', 'Full Stack (MERN) Developer Intern @Metaworks', 'Sept 2022 to Apr 2023', BODY],
    [['Full Stack (MERN) Developer Intern', 'Metaworks']]],
  ['trap: a handle in a title\'s brackets stays', ['Experience', 'Northwind Labs Ltd', 'Software Engineer (maintainer of @Quillkit)', 'May 2023 to Aug 2023', BODY],
    [['Software Engineer (maintainer of @Quillkit)', 'Northwind Labs Ltd']]],
  ['"Title at company" with a lower-case handle for a name', ['Experience', '[January 2024 - March 2024 ] Front-End Developer at moon-client', BODY],
    [['Front-End Developer', 'moon-client']]],
  ['trap: "at" before lower-case words is part of the title', ['Experience', '[January 2024 - March 2024 ] Developer at large scale', BODY],
    [['Developer at large scale', null]]],
  ['a full stop after the dates before the company', ['Experience', 'Engineer', '2017 - 2023. Kyiv Metropoliten', BODY],
    [['Engineer', 'Kyiv Metropoliten']]],
  ['company heading, then "Title, Area" roles under it', ['Experience', 'JP MORGAN CHASE & CO.', 'Associate, Software Engineering', 'Jan 2021 - Aug 2021 | Mumbai, India', BODY, 'Analyst, Software Engineering', 'Jan 2020 - Jan 2021 | Mumbai, India', BODY],
    [['Associate, Software Engineering', 'JP MORGAN CHASE & CO.'], ['Analyst, Software Engineering', 'JP MORGAN CHASE & CO.']]],
  ['"Company @City, Country"', ['Experience', 'Trendyol @Istanbul, Turkey · May, 2019 – Present', 'Data Engineer', BODY],
    [['Data Engineer', 'Trendyol']]],
  ['LinkedIn: "QA at Company (formerly …)" under the company line', ['Experience', 'GetGo', 'QA at GetGo (formerly part of Citrix)', 'February 2017 - June 2017 (5 months)', 'Bangalore', BODY],
    [['QA', 'GetGo (formerly part of Citrix)']]],
  ['"Company, City, ST — Title - Title": two titles are one combined title', ['Experience', 'Superior Metalworks, Chittenango, NY — Production Planner - Shipping Coordinator', 'December 2023 - May 2024', BODY],
    [['Production Planner - Shipping Coordinator', 'Superior Metalworks']]],
  ['trap: "Title – Company" keeps the company', ['Experience', 'Production Planner – Lumen Freight Ltd', 'December 2023 - May 2024', BODY],
    [['Production Planner', 'Lumen Freight Ltd']]],
  ['a table header row with School', ['Teaching experience', 'School\tPosition\tDates', 'Fjellvik Upper Secondary School\tChemistry Teacher\tAug 2019 – present', BODY],
    [['Chemistry Teacher', 'Fjellvik Upper Secondary School']]],
];

describe('header shapes', () => {
  it.each(SHAPES)('%s', (_name, lines, expected) => {
    expect(jobsOf(lines).map(tc)).toEqual(expected);
  });
});

describe('LinkedIn export: company, duration, title, dates, location', () => {
  const lines = [
    'Experience', 'Vectorwell AI', '5 years 11 months',
    'Enterprise Account Executive', 'February 2022 - Present (4 years 10 months)', 'Atlanta, Georgia, United States', BODY,
    'Account Executive, Mid-Market', 'January 2021 - January 2022 (1 year 1 month)', 'Atlanta', BODY,
    'Peachwood Payroll Systems', 'Account Executive', 'June 2017 - December 2020 (3 years 7 months)', 'Savannah, Georgia', BODY,
    'Open Ranking Foundation', 'Board Member', 'June 2022 - Present (4 years 6 months)', 'Remote', BODY,
  ];
  it('keeps the company for each title under it; the location is never the company', () => {
    expect(jobsOf(lines).map(tc)).toEqual([
      ['Enterprise Account Executive', 'Vectorwell AI'],
      ['Account Executive, Mid-Market', 'Vectorwell AI'],
      ['Account Executive', 'Peachwood Payroll Systems'],
      ['Board Member', 'Open Ranking Foundation'],
    ]);
  });
  it('reads a whole organisation line with a dash in its name', () => {
    const jobs = jobsOf(['Experience', 'Technion – Israel Institute of Technology', 'Postdoctoral Researcher', 'October 2019 - October 2022 (3 years 1 month)', 'Haifa, Israel', BODY]);
    expect(jobs.map(tc)).toEqual([['Postdoctoral Researcher', 'Technion – Israel Institute of Technology']]);
  });
});

describe('company headings', () => {
  it('gives a bold company line to the titles under it, never across a new company', () => {
    const jobs = jobsOf([
      'Experience', 'Lumenvale Video', 'Copenhagen, Denmark · Remote since 2023',
      'Engineering Manager, Recommendations\tAug 2022 – Present', BODY,
      'Staff Machine Learning Engineer\tJan 2019 – Jul 2022', BODY,
      'Ternwood Analytics ApS', 'Aarhus, Denmark', 'Machine Learning Engineer\t2014 – 2017', BODY,
    ]);
    expect(jobs.map(tc)).toEqual([
      ['Engineering Manager, Recommendations', 'Lumenvale Video'],
      ['Staff Machine Learning Engineer', 'Lumenvale Video'],
      ['Machine Learning Engineer', 'Ternwood Analytics ApS'],
    ]);
  });
});

describe('traps: never a title or a company', () => {
  it.each([
    ['a tech-stack line', ['Experience', 'Senior Engineer — Orrin Labs — 2019 – 2021', 'Go · gRPC · Postgres · Kafka', BODY]],
    ['a section heading word', ['Experience', 'PREVIOUS ROLES', 'Senior Engineer — Orrin Labs — 2019 – 2021', BODY]],
    ['"Present" on its own line', ['Experience', 'Senior Engineer — Orrin Labs — 2019 –', 'Present', BODY]],
    ['a table header row', ['Experience', 'Company\tTitle\tDates', 'Orrin Labs\tSenior Engineer\t2019 – 2021', BODY]],
  ])('%s', (_name, lines) => {
    const jobs = jobsOf(lines);
    expect(jobs.map(tc)).toEqual([['Senior Engineer', 'Orrin Labs']]);
  });
  it('a city is the location, not the company', () => {
    const jobs = jobsOf(['Experience', 'Recruitment Consultant', 'June 2016 - March 2019', 'Lisbon, Portugal', BODY]);
    expect(jobs.map((j) => [j.title, j.org ?? null, j.location])).toEqual([['Recruitment Consultant', null, 'Lisbon, Portugal']]);
  });
  it('the end of a wrapped sentence is not a company', () => {
    const jobs = jobsOf(['Experience', 'Data Scientist, Flintmere Media Group, London\t2008 – 2011', 'Audience segmentation and look-alike models in scikit-learn and', 'R.', 'Analyst, Orrin Labs, Leeds\t2006 – 2008', BODY]);
    expect(jobs.map(tc)).toEqual([['Data Scientist', 'Flintmere Media Group'], ['Analyst', 'Orrin Labs']]);
  });
});

describe('splitCommaHeader', () => {
  it.each([
    ['Sergeant, Communications Systems Engineer, 3rd Signal Regiment', { title: 'Sergeant, Communications Systems Engineer', org: '3rd Signal Regiment' }],
    ['Systems Administrator, Harlow Shipping Co., Belfast', { title: 'Systems Administrator', org: 'Harlow Shipping Co.', location: 'Belfast' }],
    ['Teaching Assistant, Statistics', { title: 'Teaching Assistant, Statistics' }],
    ['Engineering Manager, Ads, Orrin', { title: 'Engineering Manager, Ads', org: 'Orrin' }],
    ['Software Engineer, Acme, Inc., Austin', { title: 'Software Engineer', org: 'Acme, Inc.', location: 'Austin' }],
    // "Town, ST" at the end is one place, the town not the company's
    ['Sales Associate, Army & Navy Outfitters, Flagstaff, AZ', { title: 'Sales Associate', org: 'Army & Navy Outfitters', location: 'Flagstaff, AZ' }],
    ['Analyst, Orrin Labs, Andover, MN.', { title: 'Analyst', org: 'Orrin Labs', location: 'Andover, MN.' }],
    // traps: a code with nothing left for the name is the location alone; a company is never the town
    ['Analyst, Flagstaff, AZ', { title: 'Analyst', org: 'Flagstaff', location: 'AZ' }],
    ['Analyst, Orrin Labs, Harbour Trust, AZ', { title: 'Analyst', org: 'Orrin Labs, Harbour Trust', location: 'AZ' }],
  ])('%s', (text, expected) => {
    expect(splitCommaHeader(text)).toEqual(expected);
  });
  it.each(['Orrin Labs, Oslo', 'Go, gRPC, Postgres'])('not a title first: %s', (text) => {
    expect(splitCommaHeader(text)).toBeUndefined();
  });
});

describe('places', () => {
  it.each(['Atlanta, Georgia, United States', 'Zagreb, Croatia', 'Remote', 'Seattle, WA', 'Savannah, Georgia', 'St. Paul, MN', 'Fort Collins, CO', 'San Mateo, CA'])('place only: %s', (t) => {
    expect(isLocation(t) && isPlaceOnly(t)).toBe(true);
  });
  it.each(['Proseware, Redmond, WA', 'Trey Research, Paris', 'Tailspin Data, Remote', 'Blue Fin, WA'])('organisation and place: %s', (t) => {
    expect(isLocation(t) && !isPlaceOnly(t)).toBe(true);
  });
  it.each(['New Relic Labs, OR', 'St. Luke Hospital, MN', 'San Francisco Engineer, CA'])('never a place alone (an organisation or title word after a town prefix): %s', (t) => {
    expect(isLocation(t) && isPlaceOnly(t)).toBe(false);
  });
  it.each(['Boston MA', 'Salt Lake City UT', 'St. Paul MN', 'Somerville MA'])('a town then a state code, no comma: %s', (t) => {
    expect(isLocation(t)).toBe(true);
  });
  // Traps: a legal form or a country code is not a state; an organisation or title word makes it no place.
  it.each(['Vipps AS', 'Klarna AB', 'Halden Freight SE', 'Acme Labs CA', 'Senior Engineer WA', 'Northwind NV', 'boston ma', 'Boston Consulting Group MA'])('no place: %s', (t) => {
    expect(isLocation(t)).toBe(false);
  });
});

describe('UNUSED_DATE_RANGE', () => {
  it('reports a date line of an experience section that made no job, by line number only', () => {
    const profile = buildProfile(docOf(['Experience', '2015 – 2017', 'Senior Engineer — Orrin Labs — 2019 – 2021', BODY]), { asOf: AS_OF, categories: CATEGORIES });
    const unused = profile.diagnostics.filter((d) => d.code === 'UNUSED_DATE_RANGE');
    expect(unused).toEqual([{ code: 'UNUSED_DATE_RANGE', severity: 'warning', line: 1, data: { line: 2 } }]);
  });
  it('says nothing when every date line made a job', () => {
    const profile = buildProfile(docOf(['Experience', 'Senior Engineer — Orrin Labs — 2019 – 2021', BODY, 'Education', 'BSc Physics 2012 – 2015']), { asOf: AS_OF, categories: CATEGORIES });
    expect(profile.diagnostics.some((d) => d.code === 'UNUSED_DATE_RANGE')).toBe(false);
  });
});

describe('kinds from the section and the organisation', () => {
  const kindOf = (lines: string[]) => jobsOf(lines).map((j) => j.kind);
  it.each([
    ['a board seat at a foundation is volunteer work', ['Experience', 'Board Member, Open Ranking Foundation\tJun 2022 – Present', BODY], 'volunteer'],
    ['a board seat at a company is not', ['Experience', 'Board Member, Orrin Holdings plc\tJun 2022 – Present', BODY], 'employment'],
    ['a role under a Leadership heading is volunteer work', ['Leadership', 'President, Lakemont Robotics Society\tSep 2025 – Present', BODY], 'volunteer'],
    ['a role under On-campus involvement is volunteer work', ['On-campus involvement', 'Treasurer, Graduate Students Association\t2023 – 2024', BODY], 'volunteer'],
  ])('%s', (_name, lines, kind) => {
    expect(kindOf(lines)).toEqual([kind]);
  });
});

describe('degrees among jobs', () => {
  it('never makes a job of a degree line, and reports its dates as unused', () => {
    const profile = buildProfile(docOf(['Experience', 'Clinical Data Lead, Wessex Vale Health Trust\t2023 – present', BODY, 'MSc Health Data Science (full time), University of Itchen Valley\t2021 – 2022', 'Specialty Registrar, Acute Medicine, Wessex Vale Health Trust\t2017 – 2021', BODY]), { asOf: AS_OF, categories: CATEGORIES });
    expect(profile.jobs.map(tc)).toEqual([['Clinical Data Lead', 'Wessex Vale Health Trust'], ['Specialty Registrar, Acute Medicine', 'Wessex Vale Health Trust']]);
    expect(profile.diagnostics.filter((d) => d.code === 'UNUSED_DATE_RANGE').map((d) => d.line)).toEqual([3]);
  });
  it.each([['MBA Intern, Orrin Capital\tJun 2019 – Aug 2019'], ['MS Dynamics Consultant, Orrin Labs\t2019 – 2021']])('keeps a job whose title opens with a degree-like word: %s', (line) => {
    expect(jobsOf(['Experience', line, BODY])).toHaveLength(1);
  });
});

describe('"Title (Company)": the organisation in brackets after the title', () => {
  it.each<[string, string, { title: string; org: string } | undefined]>([
    ['an organisation cue', 'Data Engineer (Ria Sensors Lda)', { title: 'Data Engineer', org: 'Ria Sensors Lda' }],
    ['a title without a title word', 'Research Staff / Flood Modelling (Institute for Coastal Studies)', { title: 'Research Staff / Flood Modelling', org: 'Institute for Coastal Studies' }],
    ['a web address', 'Support Technician (pennineparcels.example.co.uk)', { title: 'Support Technician', org: 'pennineparcels.example.co.uk' }],
    ['trap: a city', 'Software Engineer (Porto)', undefined],
    ['trap: a city and country', 'Senior Engineer (Berlin, Germany)', undefined],
    ['trap: remote', 'Software Engineer (Remote)', undefined],
    ['trap: an employment type', 'Data Scientist (Part-time)', undefined],
    ['trap: a contract', 'Software Engineer (Contract)', undefined],
    ['trap: subjects', 'Science Teacher (Chemistry, Biology)', undefined],
    ['trap: a team without an organisation cue', 'Engineering Manager (Search Infrastructure)', undefined],
    ['trap: a technology that looks like an address', 'Software Engineer (Node.js)', undefined],
    ['trap: a date', 'Intern (Summer 2019)', undefined],
    ['trap: a second title', 'ML Engineer (Engineering Manager)', undefined],
    ['trap: a lower-case aside', 'Data Engineer (mostly pipelines)', undefined],
  ])('%s', (_name, text, expected) => {
    expect(splitBracketedOrg(text)).toEqual(expected);
  });

  it('reads "Title (Company)<tab>dates" rows, and keeps the bracket when the company has its own line', () => {
    expect(jobsOf(['Experience', 'Test Analyst / Automation (Calder Valley Building Society)\t2018 - 2022', BODY]).map(tc)).toEqual([['Test Analyst / Automation', 'Calder Valley Building Society']]);
    expect(jobsOf(['Experience', 'Lumivale Payments Oy', 'Engineering Manager (Payments Systems)\t2018 - 2022', BODY]).map(tc)).toEqual([['Engineering Manager (Payments Systems)', 'Lumivale Payments Oy']]);
  });
});

describe('"Company, Title – City, ST" (RenderCV Harvard): the name first, the place never the company', () => {
  it.each<[string, string, { title: string; org: string } | undefined]>([
    ['a name, then a title', 'Kestrel Freight, Backend Engineer', { title: 'Backend Engineer', org: 'Kestrel Freight' }],
    ['a title holding a comma', 'Larkspur Grocery Cooperative, Engineering Manager, Personalization', { title: 'Engineering Manager, Personalization', org: 'Larkspur Grocery Cooperative' }],
    ['a legal form kept with the name', 'Northstar Ticketing, Inc., Data Scientist', { title: 'Data Scientist', org: 'Northstar Ticketing, Inc.' }],
    ['trap: a title first', 'Engineering Manager, Recommendations', undefined],
    ['trap: a place first', 'Austin, Backend Engineer', undefined],
    ['trap: an area word first', 'Senior, Backend Engineer', undefined],
    ['trap: no title', 'Kestrel Freight, Austin', undefined],
    ['trap: lower-case opening', 'various clients, Data Analyst', undefined],
  ])('%s', (_name, text, expected) => {
    expect(splitOrgFirstComma(text)).toEqual(expected);
  });

  it.each<[string, string[], (string | null)[][]]>([
    ['company first, dates right', ['Experience', 'Northstar Ticketing Inc., Senior Machine Learning Engineer – St. Paul, MN\tAug 2018 – Mar 2022', BODY], [['Senior Machine Learning Engineer', 'Northstar Ticketing Inc.']]],
    ['dates first, title first', ['Experience', 'Jun 2018 – Dec 2020 · Junior Developer, Harrow Labs Inc. – Fort Collins, CO', BODY], [['Junior Developer', 'Harrow Labs Inc.']]],
    ['company first, a title with its area, the place in a cell (four comma parts: not a list)', ['Experience', 'Skerry Marketplace AB, Engineering Manager, Search Ranking\tGothenburg, Sweden', 'Mar 2021 – present', BODY], [['Engineering Manager, Search Ranking', 'Skerry Marketplace AB']]],
    ['trap: a four-item skills list under a job stays its body', ['Experience', 'Data Engineer, Ria Sensors Lda\t2019 – 2021', 'Python, Airflow, dbt, PostGIS', BODY], [['Data Engineer', 'Ria Sensors Lda']]],
  ])('%s', (_name, lines, expected) => {
    expect(jobsOf(lines).map(tc)).toEqual(expected);
  });
});

describe('organisation cues', () => {
  it.each<[string, boolean]>([
    ['Vipps AS', true], ['Klarna AB', true], ['Banco Exemplo SA', true], ['Siemens AG', true], ['Nordic Semiconductor ASA', true],
    ['Lumen Freight Ltd', true], ['Halvard Institute of Technology', true],
    // Traps: two-letter legal forms that are everyday words in lower case.
    ['These include things such as', false], ['Served as tech lead', false], ['Ab initio modelling', false], ['ASAP delivery', false],
  ])('%s → %s', (text, expected) => {
    expect(ORG_RE.test(text)).toBe(expected);
  });
});

describe('"Company : address, City: Title"', () => {
  it.each([
    ['Nordlicht Logistik GmbH : Hafenstraße 12, Hamburg: Data Engineer', { org: 'Nordlicht Logistik GmbH', place: 'Hamburg', title: 'Data Engineer' }],
    ['Kestrel Analytics: Leeds: Senior Software Developer', { org: 'Kestrel Analytics', place: 'Leeds', title: 'Senior Software Developer' }],
    ['Harbour Bank plc: 4 Quay Street: Analyst', { org: 'Harbour Bank plc', place: '4 Quay Street', title: 'Analyst' }],
    // traps
    ['Skills: Python, SQL: advanced', undefined], // no title last
    ['Awards: Best Paper, 2019: Data Scientist of the Year', undefined], // a one-word label first
    ['Data Engineer: Hafenstraße 12, Hamburg: Senior Engineer', undefined], // a title first is no company
    ['Nordlicht Logistik GmbH: Data Engineer', undefined], // one colon: "Company: Title", read elsewhere
    ['Nordlicht Logistik GmbH : logistics and freight: Data Engineer', undefined], // no address between
  ])('%s', (text, want) => {
    expect(addressColonHeader(text)).toEqual(want);
  });
});
