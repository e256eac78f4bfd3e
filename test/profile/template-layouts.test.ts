// How public résumé templates word a job (the fourth blind round: Europass, friggeri-cv, McDowell, an academic
// date-label list, JSON-Resume "even"/"stackoverflow"/"elegant", OpenResume, Reactive-Resume, Word templates with
// caps pipes and dot leaders), each with the lines that must not be read that way.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/profile/job-lines.js';
import { looksLikeProse } from '../../src/profile/line-shape.js';
import { isCompanyDescription } from '../../src/profile/job-header.js';
import { splitCommaHeader } from '../../src/profile/comma-header.js';
import { TITLE_RE } from '../../src/profile/header-lexicon.js';
import { jobSummaries } from './helpers.js';

const jobsOf = (lines: string[]): string[] => jobSummaries(lines);

/** Two-digit years up to this one are 20YY. */
const PIVOT = 2026;
const roleOf = (text: string): string => classifyLine({ text, page: 1, index: 0 }, PIVOT).role;

describe('template layouts: whole entries', () => {
  const cases: [string, string[], string[]][] = [
    [
      'JSON-Resume "even": a side label on the company line, the company total beside its description, a timeline of titles',
      ['Work\tHalcyon Commerce', 'Online marketplace for home goods · 9 years 6 months', 'Engineering Manager, Recommendations',
        'Mar 2022 – Present 4 years 9 months · Berlin', 'Manage nine engineers (direct reports).', 'Senior Machine Learning Engineer',
        'Jan 2019 – Feb 2022 3 years 2 months · Berlin', 'Tech lead for candidate generation.'],
      ['Engineering Manager, Recommendations @ Halcyon Commerce 2022-03…present', 'Senior Machine Learning Engineer @ Halcyon Commerce 2019-01…2022-02'],
    ],
    [
      'trap: a company named with words in lower case after a capital is still a company when nothing else names one',
      ['Experience', 'Data Scientist', 'Tessellate Analytics · Retail analytics consultancy · Sep 2014 – May 2017 · Lisbon', 'Demand forecasting models.'],
      ['Data Scientist @ Tessellate Analytics 2014-09…2017-05'],
    ],
    [
      'JSON-Resume "stackoverflow": "Work Experience (4)", an icon before the place and the web address',
      ['Work Experience (4)', 'Staff Backend Engineer\tJan 2022 - Current', 'Norrvik Payments', '\u0000 Malmö, Sweden, \u0000 norrvik.example.se', 'Go Kafka PostgreSQL', 'Tech lead of the settlement team.'],
      ['Staff Backend Engineer @ Norrvik Payments 2022-01…present'],
    ],
    [
      'trap: a web address is the organisation when nothing else can be',
      ['Experience', 'Data Engineer (otulea.example.de)\tJan 2020 – Mar 2022', 'Built the ingestion jobs.'],
      ['Data Engineer @ otulea.example.de 2020-01…2022-03'],
    ],
    [
      'JSON-Resume "elegant": "Position, Company" over "Jun, 2013 - Aug, 2015 🕓 2 years, 3 months" with no body',
      ['Work Experience', 'Pharmacy Assistant, Kellett\'s Pharmacy', 'Jun, 2013 - Aug, 2015\t\u0000 2 years, 3 months', 'Volunteer Work'],
      ['Pharmacy Assistant @ Kellett\'s Pharmacy 2013-06…2015-08'],
    ],
    [
      'friggeri-cv: "dates ⇥ Employer ⇥ Title." rows, "07–08 2013" months sharing a year, "Summer job."',
      ['experience', '03–09 2015\tBureau Calvet Environnement, Nîmes\tResearch Internship.', 'Mapped karst springs.', '07–08 2013\tSyndicat des Eaux du Vercors\tSummer job.', 'Read water meters.'],
      ['Research Internship @ Bureau Calvet Environnement 2015-03…2015-09', 'Summer job @ Syndicat des Eaux du Vercors 2013-07…2013-08'],
    ],
    [
      'Europass: a title with its area and a comma, the employer on the next line opening with an institution word',
      ['Work experience', '02/2018–07/2020\tGuest Lecturer, Urban Mobility (part-time)', 'Hogeschool Lindevoort, Delfstad (Netherlands)', '– Taught a module.'],
      ['Guest Lecturer, Urban Mobility (part-time) @ Hogeschool Lindevoort 2018-02…2020-07'],
    ],
    [
      'trap: a legal form wrapped onto the next line still ends the name',
      ['Experience', 'Senior Analyst, Whitcliffe Infrastructure', 'Holdings plc, Stafford', 'Jan 2019 – Mar 2021', 'Modelled returns.'],
      ['Senior Analyst @ Whitcliffe Infrastructure Holdings plc 2019-01…2021-03'],
    ],
    [
      'Word two-column: a right tab with dot leaders; "St." is not a sentence end; "Second in Science"',
      ['Employment', 'Second in Science, St. Aldhelm’s Academy...................Sept 2019 – Dec 2021', '▪ Planned the scheme of work',
        'Teacher of Chemistry, St. Aldhelm’s Academy..............Sept 2015 – Aug 2019', '▪ Taught chemistry'],
      ['Second in Science @ St. Aldhelm’s Academy 2019-09…2021-12', 'Teacher of Chemistry @ St. Aldhelm’s Academy 2015-09…2019-08'],
    ],
    [
      'academic date labels: "Title, Unit, University, City" written out in full',
      ['Academic appointments', '2021–present\tReader in Biostatistics, School of Population Health, Brackenridge University, Glasgow',
        '2013–2016\tPostdoctoral Research Fellow, MRC Unit for Lifecourse Epidemiology, University of Dunmore, Dunmore'],
      ['Reader in Biostatistics @ School of Population Health, Brackenridge University 2021-07…present',
        'Postdoctoral Research Fellow @ MRC Unit for Lifecourse Epidemiology, University of Dunmore 2013-07…2016-06'],
    ],
    [
      'a closing full stop after a name is not part of it (a dot leader shrunk to one dot); an abbreviation keeps its stop',
      ['Employment', 'Graduate Teaching Assistant, University of Westmere. Oct 2013 – June 2015', 'Business Analyst | Eider Consulting.\tJan 2010 – Sep 2013',
        'Web Developer | Pecan Street Print Co.\tMar 2008 – Dec 2009', 'Junior Designer | Blue Heron Studio LLC.\t2006 – 2008'],
      ['Graduate Teaching Assistant @ University of Westmere 2013-10…2015-06', 'Business Analyst @ Eider Consulting 2010-01…2013-09',
        'Web Developer @ Pecan Street Print Co. 2008-03…2009-12', 'Junior Designer @ Blue Heron Studio LLC. 2006-07…2008-06'],
    ],
    [
      'OpenResume: "Organisation, City, ST ⇥ dates" over a one-word role; a role of more words is not glued to the place',
      ['Volunteer Experience', 'LionLike MindState, Pomona, CA\tJune 2012 – Present', 'Volunteer', 'Plan two yearly outreach events for the neighbourhood.',
        'Harbour Food Bank, Oakland, CA\tMay 2010 – May 2012', 'Driver', 'Drove the Saturday collection round.'],
      ['Volunteer @ LionLike MindState 2012-06…present', 'Driver @ Harbour Food Bank 2010-05…2012-05'],
    ],
    [
      'trap: an employment type beside the organisation stays the type, and the title comes from its own line',
      ['Experience', 'Northwind Traders · Internship', 'Data Analyst Intern', 'Jun 2019 – Aug 2019', 'Cleaned sales data.'],
      ['Data Analyst Intern @ Northwind Traders 2019-06…2019-08'],
    ],
    [
      'McDowell CV: teams inside one internship, each dated in brackets within its range, are part of it',
      ['Employment', 'Software Engineering Intern\tTamarack Software\tSummers 2016 – 2017', 'Build Systems (Summer 2017)', '• Added remote caching.',
        'Developer Productivity (Summer 2016)', '• Built a dashboard of test durations.'],
      ['Software Engineering Intern @ Tamarack Software 2016-06…2017-06'],
    ],
    [
      'trap: a role dated in brackets within the job above (a title word last) and a team outside its range stay jobs',
      ['Employment', 'Software Engineer\tHollin Freight\tJan 2015 – Dec 2020', '• Wrote the routing service.',
        'Tech Lead, Routing (2019)', '• Led the routing team.', 'Build Systems (Summer 2013)', '• Added caching.'],
      ['Software Engineer @ Hollin Freight 2015-01…2020-12', 'Tech Lead @ Routing 2019-01…2019-06', ' @ Build Systems 2013-06…2013-08'],
    ],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(jobsOf(lines)).toEqual(expected);
  });
});

describe('template layouts: one line', () => {
  it.each<[string, string]>([
    ['07–08 2013\tSyndicat des Eaux du Vercors\tSummer job.', 'anchor'],
    ['2013–2016\tPostdoctoral Research Fellow, MRC Unit for Lifecourse Epidemiology, University of Dunmore, Dunmore', 'anchor'],
    ['Teacher of Chemistry, St. Aldhelm’s Academy..............Sept 2015 – Aug 2019', 'anchor'],
    ['Online marketplace for home goods · 9 years 6 months', 'header'],
    // traps
    ['2019\tReduced costs by 20%.', 'body'],
    ['Reviewer for the RecSys industry track, 2022 – 2025.', 'body'],
    ['2019–2021\tBuilt the feature store, cut serving costs, Moved jobs to Spark, Wrote the runbook', 'body'],
    ['We shipped it. Then we scaled it… 2019 – 2021 and more...', 'body'],
    ['Led the migration. Built the feature store, 2019 – 2021', 'body'],
  ])('%s → %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it.each<[string, boolean]>([
    ['Online marketplace for home goods', true],
    ['Retail analytics consultancy', true],
    ['Careers talks and kitchen-chemistry workshops in primary schools', true],
    // names, capitalised word by word or too short to tell
    ['Juniper Lane Marketplace', false],
    ['Bank of the West', false],
    ['Ministry of defence', false],
    ['Halcyon Commerce', false],
    ['Acme Ltd', false],
  ])('company description %j → %s', (text, expected) => {
    expect(isCompanyDescription(text)).toBe(expected);
  });

  it.each<[string, string | undefined, string]>([
    ['Postdoctoral Research Fellow, MRC Unit for Lifecourse Epidemiology, University of Dunmore', 'MRC Unit for Lifecourse Epidemiology, University of Dunmore', 'Postdoctoral Research Fellow'],
    // a ward is part of the title
    ['Charge Nurse, Acute Medical Unit, Harbourview General Hospital', 'Harbourview General Hospital', 'Charge Nurse, Acute Medical Unit'],
  ])('comma header %j', (text, org, title) => {
    const split = splitCommaHeader(text);
    expect([split?.title, split?.org]).toEqual([title, org]);
  });

  it.each<[string, boolean]>([
    ['Summer job', true], ['Reader in Biostatistics', true], ['Second in Science', true],
    ['Line Cook', true], ['Babysitter', true], ['Dental Hygienist', true], ['Flight Attendant', true], ['Hairdresser', true],
    ['AWS Community Builder (Container)', true], ['Volunteer Firefighter', true], ['Staff SE', true], ['Senior SE', true], ['SDE II', true],
    // the words alone are not titles
    ['Job Centre Plus', false], ["Reader's Digest", false], ['came second in the regional final', false],
    // words that are things in a technical résumé
    ['Porter stemming', false], ['SAP SE', false], ['Halden Freight SE', false], ['actor model', false], ['Model Registry', false], ['Host Europe', false],
  ])('title words %j → %s', (text, expected) => {
    expect(TITLE_RE.test(text)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['Consolidated Grain Cooperative of the Upper Midwest', false], ['United Airlines', false],
    // a past tense opening a sentence, even in capitals, without an organisation word
    ['Consolidated the billing services of three teams', true], ['Reduced Costs By 20%', true],
    // a dotted legal form ends a name, not a sentence
    ['Baltic Bidding Sp. z o.o.', false], ['Kovač Logistika d.o.o.', false], ['Vltava Data s.r.o.', false], ['Ferro Lombardo S.p.A.', false],
    ['Tatra Analytics a.s.', false],
    // …but a sentence that ends in one is still a sentence
    ['Worked on the bidding models of Baltic Bidding Sp. z o.o. and later moved to the ranking team of its parent.', true],
    ['Migrated reporting jobs to Spark.', true],
  ])('prose %j → %s', (text, expected) => {
    expect(looksLikeProse(text)).toBe(expected);
  });
});
