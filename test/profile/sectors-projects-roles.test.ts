// Known public-résumé failures of job headers, each with the traps it must leave alone (fictional people and
// companies): "Company - Sector - Title", dated projects listed as work, a one-word role under a club's name, and
// "Staff" as a title's last word.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { TITLE_RE } from '../../src/profile/header-lexicon.js';
import { isProjectPhrase } from '../../src/profile/project-lines.js';
import { splitRunTogether } from '../../src/profile/run-together.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

function jobsOf(lines: string[]): Job[] {
  return buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
}

const BODY = '• Built the write path of the storage engine.';
const tc = (j: Job) => [j.title, j.org ?? null];

const CASES: [string, string[], (string | null)[][]][] = [
  // 1. "Company - Sector - Title": the sector is a piece the title repeats and narrows.
  ['Company - Sector - Title (no title word)', ['Experience', 'Norbeck Ltd. - Storage - Storage Engine R&D', 'Jan 2020 – Present', BODY],
    [['Storage Engine R&D', 'Norbeck Ltd.']]],
  ['Company - Sector - Title, the company without an organisation word', ['Experience', 'Norbeck - Storage - Storage Engine R&D', 'Jan 2020 – Present', BODY],
    [['Storage Engine R&D', 'Norbeck']]],
  ['Company - Sector - Title with a title word', ['Experience', 'Halden Systems AB - Storage - Storage Engineer', 'Mar 2015 – Dec 2016', BODY],
    [['Storage Engineer', 'Halden Systems AB']]],
  ['trap: Company - Title - unknown town (no sector) keeps the first unnamed piece', ['Experience', 'Quillmoor Ltd - Storage Engine R&D - Gdańsk', 'Mar 2017 – Dec 2019', BODY],
    [['Storage Engine R&D', 'Quillmoor Ltd']]],
  ['trap: two pieces that share no words are not a sector and a role', ['Experience', 'Halden Systems AB - Data Platform - Search', 'Mar 2013 – Dec 2014', BODY],
    [['Data Platform', 'Halden Systems AB']]],
  ['Company - Unit - Role with no title word: the role comes last', ['Experience', 'Norbeck Ltd. - Database - Kernel R&D', 'Jan 2020 – Present', BODY],
    [['Kernel R&D', 'Norbeck Ltd.']]],
  // 2. A dated project among jobs is no job; a dated company with no title is one.
  ['dated projects in Work Experience', ['Work Experience', 'Building an HTML5 puzzle game\t2019 – 2020', '• Wrote the rendering loop.',
    'Personal finance tracker app\t2018 – 2019', '• Budget charts.', 'Software Engineer, Quillmoor Labs\t2016 – 2018', BODY],
    [['Software Engineer', 'Quillmoor Labs']]],
  ['trap: a dated company with a description and no title is a job', ['Work Experience', 'Halden Systems\t2014 – 2016',
    'Employee number four: built the routing platform from scratch.'],
    [['', 'Halden Systems']]],
  ['trap: a freelance line is a role', ['Work Experience', 'Freelance web development\t2012 – 2014', '• Sites for local shops.'],
    [['Freelance web development', null]]],
  // 3. A one-word role on the line under a club's or community's name.
  ['"Club ⇥ dates" / "Volunteer"', ['Community', 'Riverside Chess Club\t2015 – 2018', 'Volunteer', '• Ran the junior league.'],
    [['Volunteer', 'Riverside Chess Club']]],
  ['"Community ⇥ dates" / "Member" (no organisation word)', ['Community', 'Women Who Code Porto\t2019 – Present', 'Member', '• Gave two talks.'],
    [['Member', 'Women Who Code Porto']]],
  ['"Community ⇥ dates" / "Organizer", after another entry', ['Community', 'Lisbon Python Meetup\t2019 – Present', 'Member', '• Gave two talks.',
    'Python Porto\t2015 – 2018', 'Organizer', '• Ran the monthly meetups.'],
    [['Member', 'Lisbon Python Meetup'], ['Organizer', 'Python Porto']]],
  ['"Community" / "Member ⇥ dates"', ['Community', 'Hacklab Lisboa', 'Member\t2012 – 2014', '• Soldering workshops.'],
    [['Member', 'Hacklab Lisboa']]],
  ['stacked with no bullets: "Name · dates" / "Member" / "Name · dates" / "Volunteer"', ['Community',
    'Trondheim Systems Programming Meetup · 2019 – present', 'Member', 'Nidaros Chess Club · 2012 – 2016', 'Volunteer'],
    [['Member', 'Trondheim Systems Programming Meetup'], ['Volunteer', 'Nidaros Chess Club']]],
  ['trap: stacked "Title" / "Company · dates" entries keep their title above', ['Experience',
    'Engineer', 'Acme Labs · 2019 – 2021', 'Analyst', 'Beta Insights · 2017 – 2019'],
    [['Engineer', 'Acme Labs'], ['Analyst', 'Beta Insights']]],
  ['trap: a title over its own bare dates under a dated company stays with those dates', ['Experience',
    'Corvid Analytics · 2010 – 2016', 'Senior Engineer', '2013 – 2016', 'Engineer', '2010 – 2013'],
    [['Senior Engineer', 'Corvid Analytics'], ['Engineer', 'Corvid Analytics']]],
  ['"Organisation (Role)"', ['Community', 'Lisbon Python Meetup (Member)\t2019 – Present', '• Talks.', 'Nidaros Chess Club (Volunteer)\t2015 – 2018', '• Junior league.'],
    [['Member', 'Lisbon Python Meetup'], ['Volunteer', 'Nidaros Chess Club']]],
  ['trap: "Title (Employment type)" and "Area (Role)" stay whole', ['Experience', 'Data Engineer (Contract)\t2019 – 2020', BODY, 'Data Platform (Lead)\t2017 – 2019', BODY],
    [['Data Engineer (Contract)', null], ['Data Platform (Lead)', null]]],
  ['trap: a title wrapped beside its dates still joins its title word', ['Experience', 'Senior Machine Learning\tJan 2020 – Present', 'Engineer', 'Quillmoor Labs', BODY],
    [['Senior Machine Learning Engineer', 'Quillmoor Labs']]],
  // 4. "Staff" ends a title; it opens one only as a seniority.
  ['"Ad-hoc Staff, Company"', ['Experience', 'Ad-hoc Staff, Marrowfield Events\tJun 2018 – Aug 2018', '• Set up stages.'],
    [['Ad-hoc Staff', 'Marrowfield Events']]],
  ['"Company — Ad-hoc Staff"', ['Experience', 'Marrowfield Events — Ad-hoc Staff\tJun 2016 – Aug 2016', '• Set up stages.'],
    [['Ad-hoc Staff', 'Marrowfield Events']]],
  ['"Ad-hoc Staff at Company"', ['Experience', 'Ad-hoc Staff at Marrowfield Events\tJun 2015 – Aug 2015', '• Set up stages.'],
    [['Ad-hoc Staff', 'Marrowfield Events']]],
  ['trap: "Staff RN, Unit" under a hospital keeps its unit', ['Experience', 'LAKEVIEW MEDICAL CENTER, Round Rock, TX',
    'Charge Nurse, Cardiac Step-Down Unit\t06/2015 - 07/2018', 'Staff RN, Medical-Surgical\t06/2013 - 05/2015'],
    [['Charge Nurse, Cardiac Step-Down Unit', 'LAKEVIEW MEDICAL CENTER'], ['Staff RN, Medical-Surgical', 'LAKEVIEW MEDICAL CENTER']]],
  ['a running page header above "Title, Organisation ⇥ dates" is not the title', ['Leadership', 'Mentor, Women in Ads Tech Europe\t2019 – Present',
    'Volunteer mentor for engineers moving into management.', 'CAMILLE OSEI-HARTMANN\tVP Engineering, Ads', 'Board Member, Amsterdam Tech Meetup Foundation\t2021 – 2024',
    'Organised the monthly meetups.'],
    [['Mentor', 'Women in Ads Tech Europe'], ['Board Member', 'Amsterdam Tech Meetup Foundation']]],
  ['trap: a title line above "Company ⇥ dates" keeps the title', ['Experience', 'Head of Data Science', 'Lumen Freight Ltd.\tJan 2020 – Present', BODY],
    [['Head of Data Science', 'Lumen Freight Ltd.']]],
  // 6. An employment type in brackets after the organisation ("(volunteer)") is not part of the name, nor a title.
  ['"Title, Organisation (volunteer)"', ['Community', '2023 –\tMentor, Women in Machine Learning Berlin (volunteer)\tBerlin'],
    [['Mentor', 'Women in Machine Learning Berlin']]],
  ['"Title, Organisation (Volunteer)" with a capital', ['Volunteering', 'Mentor, Code Clubhouse Leeds (Volunteer)\t2015 – 2017', '• Lessons.'],
    [['Mentor', 'Code Clubhouse Leeds']]],
  ['"Title, Company (contract)"', ['Experience', 'Data Engineer, Tessellate Labs (contract)\t2021 – 2022', BODY],
    [['Data Engineer', 'Tessellate Labs']]],
  ['trap: "(freelance)" says the work was the candidate\'s own and stays', ['Experience', 'Developer, Kestrel Apps (freelance)\t2019 – 2021', BODY],
    [['Developer', 'Kestrel Apps (freelance)']]],
  ['trap: an area before the aside is still the title\'s', ['Experience', 'Science Teacher, Chemistry (part-time)\t2017 – 2019', BODY],
    [['Science Teacher, Chemistry (part-time)', null]]],
];

describe('sectors, projects, roles under a name, "Staff"', () => {
  it.each(CASES)('%s', (_name, lines, want) => {
    expect(jobsOf(lines).map(tc)).toEqual(want);
  });

  it('trap: a career break written as a phrase is still reported as one, not dropped as a project', () => {
    const p = buildProfile(docOf(['Work Experience', 'Career break to care for my father\t2018 – 2019', 'Software Engineer, Quillmoor Labs\t2016 – 2018', BODY]),
      { asOf: AS_OF, categories: CATEGORIES });
    expect(p.jobs.map(tc)).toEqual([['Software Engineer', 'Quillmoor Labs']]);
    expect(p.diagnostics.some((d) => d.code === 'CAREER_BREAK')).toBe(true);
  });

  it('a project\'s bullets do not go to the job above it', () => {
    const jobs = jobsOf(['Work Experience', 'Software Engineer, Quillmoor Labs\t2020 – 2022', BODY, 'Building an HTML5 puzzle game\t2019 – 2020', '• Wrote the rendering loop.']);
    expect(jobs.map(tc)).toEqual([['Software Engineer', 'Quillmoor Labs']]);
    expect(jobs[0]?.body.map((l) => l.text)).toEqual([BODY]);
  });
});

describe('the department between company and role is not the place', () => {
  it.each<[string, string, string | null]>([
    ['Norbeck Ltd. - Infrastructure - Software Engineer', 'Software Engineer', null],
    ['Norbeck Ltd. - Storage - Storage Engine R&D', 'Storage Engine R&D', null],
    ['Norbeck Ltd. - Software Engineer - Hamburg', 'Software Engineer', 'Hamburg'],
  ])('%s', (line, title, location) => {
    const [job] = jobsOf(['Experience', line, 'Jan 2020 – Present', BODY]);
    expect([job?.title, job?.location ?? null]).toEqual([title, location]);
  });
});

describe('a name run into a title with a unit after the comma', () => {
  it.each<[string, string, (string | null)[]]>([
    ['the unit stays with the title, the name is the employer', 'Northgate Polytechnic Research Assistant, Transport Modelling Group', ['Research Assistant, Transport Modelling Group', 'Northgate Polytechnic']],
    ['trap: a whole company after the comma stays the company', 'Senior Data Analyst, Halden Freight AB', ['Senior Data Analyst', 'Halden Freight AB']],
    ['trap: no run-together name, the lab after the comma as before', 'Undergraduate Research Assistant, HCI Lab', ['Undergraduate Research Assistant', 'HCI Lab']],
  ])('%s', (_name, line, want) => {
    expect(jobsOf(['Experience', `${line}\tOct 2012 – Aug 2014`, BODY]).map(tc)).toEqual([want]);
  });
});

describe('isProjectPhrase', () => {
  it.each([
    ['Building an HTML5 puzzle game', true],
    ['Personal finance tracker app', true],
    ['Research on graph partitioning', true],
    ['Puzzle Game (personal project)', true],
    ['Lumen Hackathon', true],
    ['Capstone: Bike-Share Demand Map', true],
    ['Halden Systems', false],
    ['Project Zephyr', false],
    ['Projektleiter Digitalisierung', false],
    ['Ferrow Logistics', false],
    ['Open-source contributions to Kafka', false],
    ['Freelance web development', false],
    ['Teaching assistant for statistics', false],
    ['Online marketplace Ltd', false],
  ])('%s → %s', (text, want) => {
    expect(isProjectPhrase(text)).toBe(want);
  });
});

describe('"Staff" as a title word', () => {
  it.each([
    ['Ad-hoc Staff', true],
    ['Kitchen Staff, Marrowfield Events', true],
    ['Research Staff / Flood Modelling', true],
    ['Member of Technical Staff', true],
    ['Staff RN', false],
    ['Managed 12 staff across two sites', false],
    ['Managed 12 Staff', false],
    ['Hillcountry Staffing', false],
  ])('%s → %s', (text, want) => {
    expect(TITLE_RE.test(text)).toBe(want);
  });
});

describe('a bilingual résumé listing every job twice', () => {
  const EN = ['Work Experience', 'Data Engineer, Norbeck Logistik GmbH\tMar 2021 – Present', '• Built the routing data platform.',
    'Junior Developer, Halden Systems AB\tSep 2017 – Feb 2021', '• Billing services.'];
  const DE = ['Berufserfahrung', 'Dateningenieurin, Norbeck Logistik GmbH\tMärz 2021 – heute', '• Aufbau der Datenplattform.',
    'Juniorentwicklerin bei Halden Systems AB\tSept. 2017 – Feb. 2021', '• Abrechnungsdienste.'];

  it('keeps the first listing of each job and reports the repeat', () => {
    const p = buildProfile(docOf(['Jana Novak', ...EN, ...DE]), { asOf: AS_OF, categories: CATEGORIES });
    expect(p.jobs.map(tc)).toEqual([['Data Engineer', 'Norbeck Logistik GmbH'], ['Junior Developer', 'Halden Systems AB']]);
    expect(p.diagnostics.filter((d) => d.code === 'REPEATED_JOB')).toHaveLength(2);
  });

  it('keeps the listing read better when the other language comes first', () => {
    const de = ['Berufserfahrung', 'Datenplattform-Verantwortliche, Norbeck Logistik GmbH\tMärz 2021 – heute', '• Aufbau der Datenplattform.'];
    const p = buildProfile(docOf(['Jana Novak', ...de, ...EN.slice(0, 3)]), { asOf: AS_OF, categories: CATEGORIES });
    expect(p.jobs.map(tc)).toEqual([['Data Engineer', 'Norbeck Logistik GmbH']]);
    expect(p.diagnostics.filter((d) => d.code === 'REPEATED_JOB').map((d) => d.line)).toEqual([2]);
  });

  it.each([
    ['each job in both languages in turn, in one section', ['Work Experience / Berufserfahrung',
      'Data Engineer, Norbeck Logistik GmbH\tMar 2021 – Present', '• Built the routing data platform.',
      'Dateningenieurin, Norbeck Logistik GmbH\tMärz 2021 – heute', '• Aufbau der Datenplattform.'],
      [['Data Engineer', 'Norbeck Logistik GmbH']]],
    ['trap: two roles at one organisation over the same dates in one section stay', ['Volunteering',
      'Treasurer, Riverside Youth Orchestra\t2019 – 2022', '• Accounts.', 'Board Member, Riverside Youth Orchestra\t2019 – 2022', '• Strategy.'],
      [['Treasurer', 'Riverside Youth Orchestra'], ['Board Member', 'Riverside Youth Orchestra']]],
    ['trap: the same dates written with other punctuation in one section are not another language', ['Volunteering',
      'Treasurer, Riverside Youth Orchestra\t2019 – 2022', '• Accounts.', 'Board Member, Riverside Youth Orchestra\t2019-2022', '• Strategy.'],
      [['Treasurer', 'Riverside Youth Orchestra'], ['Board Member', 'Riverside Youth Orchestra']]],
    ['trap: the same organisation in another section over other dates stays', [...EN.slice(0, 3), 'Internships',
      'Data Intern, Norbeck Logistik GmbH\tJun 2016 – Aug 2016', '• Dashboards.'],
      [['Data Engineer', 'Norbeck Logistik GmbH'], ['Data Intern', 'Norbeck Logistik GmbH']]],
    ['trap: one coincidence in two sections is no second listing (a student’s club and library job, same years)', ['Volunteering',
      'Student Senate Representative, Hollins College\t2002-2006', '• Budget committee.', 'Professional Experience',
      'Circulation Staff, Hollins College\t2002-2006', '• Inventory.', 'Work-Study Student, Hollins College\t2002-2006', '• Shelving.'],
      [['Student Senate Representative', 'Hollins College'], ['Circulation Staff', 'Hollins College'], ['Work-Study Student', 'Hollins College']]],
    ['trap: another organisation over the same dates in another section stays', [...EN.slice(0, 3), 'Volunteering',
      'Mentor, Women Who Code Porto\tMar 2021 – Present', '• Mentoring.'],
      [['Data Engineer', 'Norbeck Logistik GmbH'], ['Mentor', 'Women Who Code Porto']]],
  ])('%s', (_name, lines, want) => {
    expect(jobsOf(lines).map(tc)).toEqual(want);
  });
});

describe('a name that opens with an organisation word, run together with its title', () => {
  it.each<[string, string, [string, string] | undefined]>([
    ['org word first, a name word, then area + title word', 'Studio Larkspur UX Designer', ['Studio Larkspur', 'UX Designer']],
    ['the same with a seniority word in the title', 'Bank Nordvik Senior Data Analyst', ['Bank Nordvik', 'Senior Data Analyst']],
    ['longer name', 'Studio Larkspur Nord Product Designer', ['Studio Larkspur Nord', 'Product Designer']],
    ['trap: no name word of its own ("Group Product")', 'Group Product Manager Lead', undefined],
    ['trap: a title of area words only', 'Studio Product Design Engineer', undefined],
    ['trap: three words', 'Studio Larkspur Designer', undefined],
  ])('%s', (_name, text, want) => {
    const s = splitRunTogether(text);
    expect(s ? [s.org, s.title] : undefined).toEqual(want);
  });
});
