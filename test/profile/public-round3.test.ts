// Failure classes found reading public résumés made by LaTeX classes and HTML/JSON-Resume builders (round 3), each as
// a case table with the traps it must reject. Every line is invented; only the layouts come from what was read.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { looksLikeProse } from '../../src/profile/line-shape.js';
import { isPlaceOnly } from '../../src/profile/header-places.js';
import { endsWithLegalForm } from '../../src/profile/legal-forms.js';
import { splitCommaHeader, splitOrgFirstComma } from '../../src/profile/comma-header.js';
import { AS_OF, CATEGORIES, docOf, jobSummaries } from './helpers.js';

const jobsOf = (lines: string[]): string[] => jobSummaries(lines, true);

describe('Awesome-CV: the next company right under a job with no bullets', () => {
  it('"Company ⇥ City, Country" after a bodiless entry heads the next job, not the place of the last one', () => {
    expect(jobsOf([
      'Experience',
      'Quillmoor Freight\tRemote',
      'DISPATCH ANALYST\t2020–2021',
      'Tarrow Mills\tKendal, United Kingdom',
      'SENIOR PLANNER\t2017–2020',
      '• Planned the night shifts.',
      'PLANNER\t2013–2017',
      '• Kept the rotas.',
    ])).toEqual([
      'DISPATCH ANALYST @ Quillmoor Freight [Remote] 2020-07…2021-06',
      'SENIOR PLANNER @ Tarrow Mills [Kendal, United Kingdom] 2017-07…2020-06',
      'PLANNER @ Tarrow Mills 2013-07…2017-06',
    ]);
  });

  it.each([
    ['a plain description', 'Booking app for iOS and Android'],
    // a one-bullet job whose bullet names a role: without the rules, the place line and the bullet waited for the next
    // job, and the bullet became its title
    ['a drawn bullet that names a role', '[•] Software developer of booking apps for iOS and Android'],
  ])('"Company ⇥ dates" over "Title ⇥ Place" then %s: the line under the dated one is that job\'s title and place', (_name, description) => {
    expect(jobsOf([
      'Jobs',
      'Quillmoor s.r.l.\t2023 - 2024',
      'App Development\tPrato, IT',
      description,
      'Tarrow Mills\t2020',
      'Web Developer\tRemote',
      '• Kept the shop online.',
    ])).toEqual([
      'App Development @ Quillmoor s.r.l. [Prato, IT] 2023-07…2024-06',
      'Web Developer @ Tarrow Mills [Remote] 2020-01…2020-06',
    ]);
  });

  it('trap: a line that is only a place under a dated header stays that job\'s place', () => {
    expect(jobsOf([
      'Experience',
      'Senior Planner, Tarrow Mills\t2019 – 2021',
      'Kendal, United Kingdom',
      '• Planned the night shifts.',
      'Planner, Quillmoor Freight\t2016 – 2019',
      '• Kept the rotas.',
    ])).toEqual([
      'Senior Planner @ Tarrow Mills [Kendal, United Kingdom] 2019-07…2021-06',
      'Planner @ Quillmoor Freight 2016-07…2019-06',
    ]);
  });
});

describe('a company named by its web address opens its header line', () => {
  it.each([
    ['tallow-works.io\tKendal, United Kingdom', false],
    ['kestrel.example · Remote', false],
    ['tallow-works.co.uk\tLeeds', false],
    // traps: sentences that open in lower case stay sentences
    ['led the migration of the billing service', true],
    ['maintained the nightly exports', true],
    ['via recruiters and referrals', true],
  ])('%j → prose %s', (text, prose) => {
    expect(looksLikeProse(text)).toBe(prose);
  });

  it('"domain ⇥ City" over "TITLE ⇥ dates" (Awesome-CV) names the company', () => {
    expect(jobsOf([
      'Work Experience',
      'tallow-works.io\tKendal, United Kingdom',
      'BACKEND DEVELOPER\tFeb. 2022 - Present',
      '• Build and run the booking services.',
    ])).toEqual(['BACKEND DEVELOPER @ tallow-works.io [Kendal, United Kingdom] 2022-02…present']);
  });
});

describe('"Company, Title ⇥ Town, ST, Country" (RenderCV-like Typst and JSON-Resume themes)', () => {
  it.each([
    ['Port Elmsby, ON, Canada', true],
    ['Fairhaven Park, MA, USA', true],
    ['Oulu, Finland', true],
    // traps: a name before one region, or a name with an organisation or title word, is not only a place
    ['Tailspin Analytics, Remote', false],
    ['Harbour Logistics, ON, Canada', false],
    ['Senior Engineer, ON, Canada', false],
  ])('%j → place only %s', (text, placeOnly) => {
    expect(isPlaceOnly(text)).toBe(placeOnly);
  });

  it.each([
    ['Quenby Systems Inc., Platform Developer & Team Lead', { org: 'Quenby Systems Inc.', title: 'Platform Developer & Team Lead' }],
    ['Parrow Cloud, Inc. (Harbour Division), Security Consultant', { org: 'Parrow Cloud, Inc. (Harbour Division)', title: 'Security Consultant' }],
    ['Tarn Travel Technologies / Corporate Travel Group, Software Engineer', { org: 'Tarn Travel Technologies / Corporate Travel Group', title: 'Software Engineer' }],
    // traps: a long name without an organisation word, a title first, a place first
    ['The Very Long Name Of Some Local Bakery, Baker', undefined],
    ['Engineering Manager, Recommendations', undefined],
    ['Austin, Backend Engineer', undefined],
  ])('%j', (text, want) => {
    expect(splitOrgFirstComma(text)).toEqual(want);
  });

  it('reads the company, title and place of such a header with its dates on the description line', () => {
    expect(jobsOf([
      'Work Experience',
      'Quenby Systems Inc., Platform Developer & Team Lead\tPort Elmsby, ON, Canada',
      'Platform engineer for the building-access readers.\tMarch 2021 - Oct 2024',
      '• Led the access-control team.',
    ])).toEqual(['Platform Developer & Team Lead @ Quenby Systems Inc. [Port Elmsby, ON, Canada] 2021-03…2024-10']);
  });
});

describe('moderncv "Title, Company, Town." with a town of two words', () => {
  it.each([
    ['Software Developer, Quillan, Glen Ora.', { title: 'Software Developer', org: 'Quillan', location: 'Glen Ora.' }],
    ['Postdoctoral Associate, Dept. of Soil Biology, Marrow University, Port Elmsby, CT.',
      { title: 'Postdoctoral Associate, Dept. of Soil Biology', org: 'Marrow University', location: 'Port Elmsby, CT.' }],
    ['Lab Technician, Fenwick Labs, Marsh Tarn', { title: 'Lab Technician', org: 'Fenwick Labs', location: 'Marsh Tarn' }],
    // traps: an area before the last name keeps the name as the organisation; a title, an organisation word or an
    // area at the end is no town; three words are a name
    ['Software Engineer, Payments, Stack Harbour', { title: 'Software Engineer, Payments', org: 'Stack Harbour' }],
    ['Analyst, Quillan, Data Platform', { title: 'Analyst, Quillan, Data Platform' }],
    ['Volunteer Tutor, Riverside Reading Project', { title: 'Volunteer Tutor', org: 'Riverside Reading Project' }],
    ['Developer, Quillan, Blue Harbour Works', { title: 'Developer, Quillan', org: 'Blue Harbour Works' }],
  ])('%j', (text, want) => {
    expect(splitCommaHeader(text)).toEqual(want);
  });
});

describe('jobs written straight after the skills, with no heading of their own', () => {
  const skillsThenJobs = [
    'Dana Kestrel',
    'dana@example.com',
    'Skills',
    '• Languages: Go, Python, Bash',
    '• Tools: Git, Terraform',
    'Platform Developer, Tallowmere Cloud, Leeds — 2019-Present',
    '• Ran the build farm.',
    'Systems Developer III, Fenwick Aluminium, Marsh Tarn, KY — 2014-2017',
    '• Kept the stock ledger.',
    'Education',
    'Murrow State University — B.S. Computer Science, 2016',
  ];
  it('reads the dated headers as jobs when the résumé has no experience section', () => {
    expect(jobsOf(skillsThenJobs)).toEqual([
      'Platform Developer @ Tallowmere Cloud [Leeds] 2019-07…present',
      'Systems Developer III @ Fenwick Aluminium [Marsh Tarn, KY] 2014-07…2017-06',
    ]);
  });
  // Traps: a dated skill is no job; with an experience section of its own, the skills section is never read for jobs.
  it.each([
    [['Skills', 'Python (2015 – present)', 'Go, 2019 – 2024', 'Education', 'BSc, 2010 – 2013']],
    [['Experience', 'Planner, Quillmoor Freight — 2021 – 2023', '• Kept the rotas.', 'Skills', 'Software Developer, Tallowmere Cloud — 2019 – 2020']],
  ])('no job from the skills: %j', (lines) => {
    expect(jobsOf(lines).filter((j) => j.includes('2015') || j.includes('2019') || j.includes('Tallowmere'))).toEqual([]);
  });
});

describe('a long lead-in before a list, on a bullet whose glyph was lost', () => {
  it('"Tools I have been using on this team lately: a, b, c" above the next header stays in the body', () => {
    expect(jobsOf([
      'Experience',
      'Support Engineer, Pellow Desk\tJan 2020 - Present',
      'Working on integrations and REST APIs for the help desk.',
      'Tools I have been using on this team lately: Go, Kafka, Terraform',
      'Software Development Engineer, Carrowkite\tMay 2017 - Dec 2019',
      'Started the chatbot project.',
    ])).toEqual([
      'Support Engineer @ Pellow Desk 2020-01…present',
      'Software Development Engineer @ Carrowkite 2017-05…2019-12',
    ]);
  });
  // Traps: a short label, or a long name before a title, stays what it was.
  it.each([
    [['Experience', 'Northbridge Community Housing Association Ltd: Senior Housing Officer, Lettings\t2019 – 2022', 'Ran lettings.'],
      ['Senior Housing Officer, Lettings @ Northbridge Community Housing Association Ltd 2019-07…2022-06']],
  ])('%j', (lines, want) => {
    expect(jobsOf(lines)).toEqual(want);
  });
});

describe('a lower-case web address before the title\'s comma', () => {
  it.each([
    ['quillmark.io, Venue Operations Lead', { org: 'quillmark.io', title: 'Venue Operations Lead' }],
    // traps: a lower-case word or a framework name is no company
    ['freelance, Venue Operations Lead', undefined], ['node.js, Backend Developer', undefined],
  ])('%j', (text, want) => {
    expect(splitOrgFirstComma(text)).toEqual(want);
  });
  it.each([['quillmark.io, Venue Operations Lead', false], ['node.js, react and more', true]])('%j → prose %s', (text, prose) => {
    expect(looksLikeProse(text)).toBe(prose);
  });
});

describe('a team after the title\'s dash, under a company line of its own', () => {
  it.each([
    [['Experience', 'Ostrander Markets', 'Software Engineer – Order Routing Platform\tFeb 2022 – Present', '• Built the router.'],
      ['Software Engineer – Order Routing Platform @ Ostrander Markets 2022-02…present']],
    [['Leadership', 'Harbour College Advisory Board\tKendal, UK', 'Member – Chemistry Department\tMarch 2018 - November 2018'],
      ['Member – Chemistry Department @ Harbour College Advisory Board [Kendal, UK] 2018-03…2018-11']],
  ])('%j', (lines, want) => {
    expect(jobsOf(lines)).toEqual(want);
  });
  // Traps: a name above "Title — Company" (no area or unit word after the dash), and a company with an organisation
  // word after the dash: the piece after the dash stays the company.
  it.each([
    [['Ada Example', 'ML Engineer — Acme — 2018 – 2020', 'Built models.'], 'ML Engineer', 'Acme'],
    [['Experience', 'Ostrander Markets', 'Data Engineer – Pellow Analytics Ltd\tFeb 2019 – Nov 2021', '• Built pipelines.'], 'Data Engineer', 'Pellow Analytics Ltd'],
  ])('%j', (lines, title, org) => {
    const [job] = buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
    expect([job?.title, job?.org]).toEqual([title, org]);
  });
});

describe('Typst and Jake\'s-resume headers: two titles joined by a bar, self-employment after "@"', () => {
  it.each([
    [['Experience', 'Senior Data Engineer | Tech Lead', 'Ostrander Markets', 'Since Feb 2024\tKendal, United Kingdom', '• Built the platform.'],
      ['Senior Data Engineer | Tech Lead @ Ostrander Markets [Kendal, United Kingdom] 2024-02…present']],
    [['Experience', 'Data Engineer @ Freelancer — Kendal, UK\tApril 2021 — Present', '• Built agents.'],
      ['Data Engineer @ Freelancer [Kendal, UK] 2021-04…present']],
    // traps: a company after the bar; a title after "@" that is not working for oneself stays one title
    [['Experience', 'Data Scientist | Pellow Analytics\tJan 2020 – Dec 2022', '• Forecasts.'], ['Data Scientist @ Pellow Analytics 2020-01…2022-12']],
    [['Experience', 'Editor @ Independent Press Guild\tJan 2020 – Dec 2022', '• Reviews.'], ['Editor @ Independent Press Guild 2020-01…2022-12']],
  ])('%j', (lines, want) => {
    expect(jobsOf(lines)).toEqual(want);
  });
});

describe('Awesome-CV: "Department | Company" on the company line, with no organisation word anywhere', () => {
  it.each([
    [['Professional Experience', 'Credit Modelling ‑ Financial Risk | Harlow Advisory\tKendal, United Kingdom', 'Risk Analyst\tJuly 2021 - May 2023', '• Built models.'],
      ['Risk Analyst @ Harlow Advisory [Kendal, United Kingdom] 2021-07…2023-05']],
    // traps: "Company | Unit" keeps the company first; with no area on the line the first piece stays the name
    [['Professional Experience', 'Pellow | Special Projects Group\tKendal, United Kingdom', 'Software Engineering Intern\tJuly 2018 - September 2018', '• Built tools.'],
      ['Software Engineering Intern @ Pellow | Special Projects Group [Kendal, United Kingdom] 2018-07…2018-09']],
    [['Professional Experience', 'Harlow Advisory | Ostrander\tKendal, United Kingdom', 'Analyst\tJuly 2021 - May 2023', '• Built models.'],
      ['Analyst @ Harlow Advisory [Kendal, United Kingdom] 2021-07…2023-05']],
  ])('%j', (lines, want) => {
    expect(jobsOf(lines)).toEqual(want);
  });
});

describe('titles of one who runs a business alone and of a student government', () => {
  it.each([
    [['Experience', 'Tarrow Repairs, Ltd.\tMar. 2012 - Jul. 2017', 'SOLE PROPRIETOR', 'Fixed tills for local shops.'], ['SOLE PROPRIETOR @ Tarrow Repairs, Ltd. 2012-03…2017-07']],
    [['Leadership', 'Harbour College Student Council\tKendal, UK', 'Senator – Chemistry Department\tFebruary 2021 - June 2021'],
      ['Senator – Chemistry Department @ Harbour College Student Council [Kendal, UK] 2021-02…2021-06']],
  ])('%j', (lines, want) => {
    expect(jobsOf(lines)).toEqual(want);
  });
});

describe('a date column that stacks the start over the end, with no dash (wkhtmltopdf themes)', () => {
  it('"Oct 2018 ⇥ Title – Course" / "May 2019 ⇥ Department" is one range', () => {
    expect(jobsOf([
      'Teaching Experience',
      'Oct 2018\tTeaching assistant – Rocks and Soils I',
      'May 2019\tDepartment of Geology',
      'Professor: A. Quenby',
    ])).toEqual(['Teaching assistant @ Department of Geology 2018-10…2019-05']);
  });
  // Traps: a newest-first timeline of start dates, and a later date beside no organisation (the next entry, its title
  // unknown to the lexicon), stay apart.
  it.each([
    [['Experience', '10/2018\tData Scientist @Pellow', '03/2016\tAnalyst @Tarrow Mills'], 2],
    [['Experience', 'Sept 2016\tTeaching assistant – Physics II', 'Mar 2017\tDemonstrator – Acoustics'], 2],
  ])('%j → %i jobs, none joined', (lines, n) => {
    const jobs = buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
    expect(jobs).toHaveLength(n);
    expect(jobs.some((j) => j.range?.raw.includes(' ') === true && /\d{4}.*\d{4}/u.test(j.range.raw))).toBe(false);
  });
});

describe('the next role\'s team under the same company line', () => {
  it('"Company" / "Engineer – Team A" / "Engineer – Team B": both roles at the company', () => {
    expect(jobsOf([
      'Experience',
      'Ostrander Markets',
      'Software Engineer – Order Routing Platform\tFeb 2022 – Present',
      '• Built the router.',
      'Software Engineer – Market Data Product\tMay 2019 – Feb 2022',
      '• Built the feeds.',
      'Tarrow Mills – Data Analyst\tJun 2016 – Mar 2019',
      '• Forecasts.',
    ])).toEqual([
      'Software Engineer – Order Routing Platform @ Ostrander Markets 2022-02…present',
      'Software Engineer – Market Data Product @ Ostrander Markets 2019-05…2022-02',
      'Data Analyst @ Tarrow Mills 2016-06…2019-03',
    ]);
  });
  // Traps: a company with an organisation word after the dash, and an area after the dash with no company line above.
  it.each([
    [['Experience', 'Ostrander Markets', 'Software Engineer – Order Routing Platform\tFeb 2022 – Present', '• Built it.',
      'Data Engineer – Pellow Analytics Ltd\tMay 2019 – Feb 2022', '• Pipelines.'], 'Pellow Analytics Ltd'],
    [['Experience', 'Data Engineer – Market Data Product\tMay 2019 – Feb 2022', '• Pipelines.'], 'Market Data Product'],
  ])('%j → last job at %s', (lines, org) => {
    const jobs = buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
    expect(jobs[jobs.length - 1]?.org).toBe(org);
  });
});

describe('a company line with no organisation word, in another language', () => {
  it.each<[string, string[], string[]]>([
    ['a one-letter "and" inside the name is no area of work (the town was read as the company)',
      ['Опыт работы', 'ТРЛ «Звезда и Море»\tГиссар, Таджикистан', 'Преподаватель математики\tДекабрь 2022 - Июнь 2023', 'Кружки по алгебре.'],
      ['Преподаватель математики @ ТРЛ «Звезда и Море» [Гиссар, Таджикистан] 2022-12…2023-06']],
    ['trap: an area of work beside the name is still its department',
      ['Experience', 'Credit Modelling ‑ Financial Risk | Harlow Advisory', 'Risk Analyst\t2019 – 2021', '• Built scorecards.'],
      ['Risk Analyst @ Harlow Advisory 2019-07…2021-06']],
  ])('%s', (_name, lines, want) => {
    expect(jobsOf(lines)).toEqual(want);
  });
});

describe('a one-bullet job right above the next dated line', () => {
  it.each<[string, string[], string[]]>([
    ['the bullet under "Company ⇥ dates" / "Title ⇥ Place" is that job\'s body, not the next job\'s title',
      ['Jobs', 'Quillmoor s.r.l.\t2023 - 2024', 'App Development\tPrato, IT', '[•] Software developer of booking apps', 'Fernhill Works\t2021 - 2022', 'Web Designer\tRemote', '[•] Drew the shop.'],
      ['App Development @ Quillmoor s.r.l. [Prato, IT] 2023-07…2024-06', 'Web Designer @ Fernhill Works [Remote] 2021-07…2022-06']],
    ['trap: a bulleted company over its dated title still heads that job',
      ['Experience', '[•] Northwind Labs\tSeattle, WA', 'Software Engineer\tOct 2016 – Jan 2019', '[•] Built the billing service.', '[•] Harbor Freight Co\tPortland, OR', 'Intern\tJun 2015 – Aug 2015'],
      ['Software Engineer @ Northwind Labs [Seattle, WA] 2016-10…2019-01', 'Intern @ Harbor Freight Co [Portland, OR] 2015-06…2015-08']],
    ['trap: a bulleted company right under a job with no bullets still heads the next job',
      ['Experience', '[•] Northwind Labs\tSeattle, WA', 'Software Engineer\tOct 2016 – Jan 2019', '[•] Harbor Freight Co\tPortland, OR', 'Intern\tJun 2015 – Aug 2015'],
      ['Software Engineer @ Northwind Labs [Seattle, WA] 2016-10…2019-01', 'Intern @ Harbor Freight Co [Portland, OR] 2015-06…2015-08']],
  ])('%s', (_name, lines, want) => {
    expect(jobsOf(lines)).toEqual(want);
  });
});

describe('with no title word, the piece that ends in a legal form is the company', () => {
  it.each<[string, string[], string[]]>([
    ['"Company s.r.l. ⇥ dates" over "Software Development ⇥ Place"',
      ['Jobs', 'Pentavo s.r.l.\t2023', 'Software Development\tRemote', '[•] Built a web app.'],
      ['Software Development @ Pentavo s.r.l. [Remote] 2023-01…2023-06']],
    ['every piece on one line',
      ['Jobs', 'Brightwell GmbH | Data Systems | 2019 – 2021', '[•] Kept the warehouse online.'],
      ['Data Systems @ Brightwell GmbH 2019-07…2021-06']],
  ])('%s', (_name, lines, want) => {
    expect(jobsOf(lines)).toEqual(want);
  });

  it.each([
    ['Pentavo s.r.l.', true], ['Brightwell GmbH', true], ['Vipps AS', true], ['Norbeck Ltd.', true], ['Harrow & Co.', true],
    ['Tallis Holdings Pty', true], ['Orrin Labs, Inc.', true],
    // traps: industry words and everyday words are not legal forms
    ['Software Development', false], ['Data Systems', false], ['things such as', false], ['Certified in SAS', false],
    ['Ltd edition prints', false], ['Co-op placement', false],
  ])('%j ends in a legal form → %s', (text, expected) => {
    expect(endsWithLegalForm(text)).toBe(expected);
  });
});
