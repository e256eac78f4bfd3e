// Failure classes found reading public résumés exported from Microsoft Word, Google Docs and Pages (round 6), each as a
// case table with the traps it must reject. Every line is written here (fictional people and companies).
import { describe, expect, it } from 'vitest';
import { classifyHeading, normaliseHeading } from '../../src/profile/sections.js';
import { isPlaceOnly, splitOrgLocation } from '../../src/profile/header-places.js';
import { jobSummaries } from './helpers.js';

describe('letter-spaced headings whose letters the PDF grouped unevenly (Word character spacing)', () => {
  it.each([
    ['EDU C AT I ON', 'education', 'education'],
    ['PR O FE SS I ON AL E X PERI ENCE', 'professional experience', 'experience'],
    ['SK ILL S', 'skills', 'skills'],
    ['W OR K H IS T OR Y', 'work history', 'experience'],
    ['PR O JEC T S & C ERT I F IC AT ION S', 'projects & certifications', 'certifications'], // as 'Projects & Certifications'
    // evenly spaced, as before
    ['E X P E R I E N C E', 'experience', 'experience'],
  ])('%j reads as %j (%s)', (text, norm, kind) => {
    expect(normaliseHeading(text)).toBe(norm);
    expect(classifyHeading(text)?.kind).toBe(kind);
  });

  it.each([
    ['IT HR QA', 'it hr qa'], // short words that join into no heading
    ['Q A LEAD', 'q a lead'],
    ['AB C DE', 'ab c de'],
    ['Ed U Ca Ti On', 'ed u ca ti on'], // mixed case: not a letter-spaced heading in capitals
    ['KARL JOHAN S BERG', 'karl johan s berg'], // long pieces: a name, not fragments
  ])('trap: %j stays as written', (text, norm) => {
    expect(normaliseHeading(text)).toBe(norm);
  });

  it('reads the jobs under a fragmented experience heading, not as education', () => {
    expect(jobSummaries([
      'Tamsin Orlov',
      'EDU C AT I ON',
      'Harlow State University - Harlow, NH\t2019 - 2023',
      'Bachelor of Science in Computer Science',
      'PR O FE SS I ON AL E X PERI ENCE',
      'Grainfield Bakery, Dover, NH\t2017 ~ 2019',
      'Shift Supervisor',
      '[•] Ran the early shift of six bakers.',
      'SK ILL S',
      'Python, SQL',
    ])).toEqual(['Shift Supervisor @ Grainfield Bakery 2017-07…2019-06']);
  });
});

describe('"Relevant Projects" ends an experience section', () => {
  it.each([
    ['Relevant Projects', 'projects', true],
    ['Technical Projects', 'projects', true],
    ['Notable Projects', 'projects', true],
  ])('%j is a strong %s heading', (text, kind, strong) => {
    expect(classifyHeading(text)).toMatchObject({ kind, strong });
  });

  it('trap: a company named "… Projects" stays weak inside a job', () => {
    expect(classifyHeading('Northwind Projects')?.strong).toBe(false);
  });

  it('does not read dated projects after it as jobs', () => {
    expect(jobSummaries([
      'Professional Experience',
      'Help Desk Analyst at Brookfield College\tApril 2023 - May 2024',
      '[•] Resolved support tickets.',
      'Relevant Projects',
      'Inventory Tracker | Power Apps, Dataverse\tMay 2025',
      '[•] Built an app for the parking office.',
    ])).toEqual(['Help Desk Analyst @ Brookfield College 2023-04…2024-05']);
  });
});

describe('a dated "Company, Town, ST" line over a role the lexicon does not know', () => {
  it.each([
    [['Party Barn, Plano, TX\t2013 ~ 2015', 'Front Of Store Retail Management'], 'Front Of Store Retail Management @ Party Barn [Plano, TX] 2013-07…2015-06'],
    [['Soap & Candle Works, Plano/Frisco, TX\t2008 ~ 2013', 'Key Holder/Retail Marketing Management'], 'Key Holder/Retail Marketing Management @ Soap & Candle Works [Plano/Frisco, TX] 2008-07…2013-06'],
    // the town-less line below: the same reading, whichever line is dated
    [['Front Desk Retail Management\t2013 – 2015', 'Party Barn, Plano, TX'], 'Front Desk Retail Management @ Party Barn [Plano, TX] 2013-07…2015-06'],
  ])('%j', (lines, expected) => {
    expect(jobSummaries(['Experience', ...lines, '[•] Ran the front of the store.'], true)).toEqual([expected]);
  });

  it.each([
    // a title word decides as before
    [['Party Barn, Plano, TX\t2013 – 2015', 'Store Manager'], 'Store Manager @ Party Barn [Plano, TX] 2013-07…2015-06'],
    // neither line with a town: the first line stays the title, as before
    [['Harrow Foods\t2013 – 2015', 'Shift Lead Thing'], 'Shift Lead Thing @ Harrow Foods 2013-07…2015-06'],
  ])('trap: %j', (lines, expected) => {
    expect(jobSummaries(['Experience', ...lines, '[•] Ran the front of the store.'], true)).toEqual([expected]);
  });
});

describe('a job\'s list label alone on its line ("Duties and responsibilities") is neither title nor company', () => {
  it.each(['Duties and responsibilities', 'Duties & Responsibilities', 'Key Responsibilities', 'Job responsibilities'])('%j', (label) => {
    const jobs = jobSummaries([
      'Work Experience',
      '2018 – 2020: Kestrel Water Board.',
      label,
      '[•] Data entry',
      '2021 – To date: Halden Forest Station',
      label,
      '[•] Revenue collection',
    ]);
    expect(jobs).toHaveLength(2);
    expect(jobs.join('\n')).not.toContain(label);
    expect(jobs[1]).toContain('Halden Forest Station');
  });

  it('trap: a title that merely opens with a label word stays the title', () => {
    expect(jobSummaries(['Work Experience', 'Halden Forest Station\t2021 – Present', 'Duty Manager', '[•] Ran the night shift.']))
      .toEqual(['Duty Manager @ Halden Forest Station 2021-07…present']);
  });
});

describe('a capital named after its country ("Mexico City, Mexico") is a place, not "Company, Place"', () => {
  it.each(['Mexico City, Mexico', 'Kuwait City, Kuwait', 'Panama City, Panama', 'Guatemala City, Guatemala'])('%j is a place only', (text) => {
    expect(isPlaceOnly(text)).toBe(true);
  });

  it.each(['Northwind Mexico, Mexico', 'Fabrikam Kuwait City Office, Kuwait'])('trap: %j names a company', (text) => {
    expect(isPlaceOnly(text)).toBe(false);
  });

  it('reads "Title, Company | City, Country" with the capital as the place', () => {
    expect(jobSummaries([
      'Work Experience',
      'Team Supervisor, Gelato Norte | Melbourne, Australia',
      'August 2022 - Present',
      '[•] Managing a team of three.',
      'Customer Service Agent, Telvora | Mexico City, Mexico',
      'August 2021 - December 2021',
      '[•] Handled grievances.',
    ], true)).toEqual([
      'Team Supervisor @ Gelato Norte [Melbourne, Australia] 2022-08…present',
      'Customer Service Agent @ Telvora [Mexico City, Mexico] 2021-08…2021-12',
    ]);
  });
});

describe('"Title | Stack" under a lone company on the dated line above: the word after the bar is no employer', () => {
  it.each([
    [['Tarnwick Media\tJan 2022 - Apr 2022', 'Android Developer Intern | Kotlin'], 'Android Developer Intern @ Tarnwick Media 2022-01…2022-04'],
    [['Arvo Networks\tSep 2022 - Dec 2022', 'Backend Developer Intern | Go'], 'Backend Developer Intern @ Arvo Networks 2022-09…2022-12'],
  ])('%j', (lines, expected) => {
    expect(jobSummaries(['Experience', ...lines, '[•] Improved the radio app.'])).toEqual([expected]);
  });

  it.each([
    // the bar names the employer with no name on the dated line above
    [['INTERN | KELLAN WORKS\tJan 2022 - Apr 2022', 'Associates Degree Program'], 'INTERN @ KELLAN WORKS 2022-01…2022-04'],
    [['Design Engineer Intern | Harrowgate\tMay 2024 - Aug 2024'], 'Design Engineer Intern @ Harrowgate 2024-05…2024-08'],
  ])('trap: %j', (lines, expected) => {
    expect(jobSummaries(['Experience', ...lines, '[•] Improved the radio app.'])).toEqual([expected]);
  });
});

describe('a heading in capitals, a dash, then what the section is about ("EDUCATION — COMPUTER SCIENCE, B.S.")', () => {
  it.each([
    ['EDUCATION — COMPUTER SCIENCE, B.S.', 'education'],
    ['EXPERIENCE – RETAIL AND HOSPITALITY', 'experience'],
    ['SKILLS — TECHNICAL', 'skills'],
  ])('%j is a strong %s heading', (text, kind) => {
    expect(classifyHeading(text)).toMatchObject({ kind, strong: true });
  });

  it.each([
    'TRAINING — ACME CORP', // a heading word that also ends names
    'PROJECTS — LEAD ENGINEER', // a title after the dash: an entry
    'ACME CORP — SEATTLE', // no heading phrase before the dash
    'Education — Computer Science, B.S.', // mixed case
  ])('trap: %j is no heading', (text) => {
    expect(classifyHeading(text)).toBeUndefined();
  });

  it('ends the experience section, so dated schools under it are no jobs', () => {
    expect(jobSummaries([
      'PROFESSIONAL EXPERIENCE',
      'Aug. 2024 – Dec. 2024\tBrandvale – AI Studio Fellow',
      'Built a model on unstructured data.',
      'EDUCATION — COMPUTER SCIENCE, B.S.',
      'Aug. 2022 – May 2023\tHollins Valley University – Collegedale, TN',
      'Relevant Coursework: Statistics',
      'May 2024 – Aug. 2024',
      'Cornwell University – Online Machine Learning Course Certification',
    ])).toEqual(['AI Studio Fellow @ Brandvale 2024-08…2024-12']);
  });
});

describe('"Company Corporation Town, ST": the town written after the name with no comma', () => {
  it.each([
    ['Harlow Corporation Dorchester, MA', 'Harlow Corporation', 'Dorchester, MA'],
    ['Quellary Fuel Cells, LLC Billerica, MA', 'Quellary Fuel Cells, LLC', 'Billerica, MA'],
    ['Contoso Ltd New Bedford, MA', 'Contoso Ltd', 'New Bedford, MA'],
  ])('%j', (text, org, location) => {
    expect(splitOrgLocation(text)).toEqual({ org, location });
  });

  it.each([
    ['Boston Consulting Partners Group, MA', 'Boston Consulting Partners Group', 'MA'], // nothing after the organisation word
    ['Northwind Harbor, ME', 'Northwind Harbor', 'ME'], // no organisation word
    ['Bank of Avalon Charlotte, NC', 'Bank of Avalon Charlotte', 'NC'], // more than a town after it
    ['Fabrikam Inc. Software Engineer, WA', 'Fabrikam Inc. Software Engineer', 'WA'], // a title, not a town
  ])('trap: %j keeps its words', (text, org, location) => {
    expect(splitOrgLocation(text)).toEqual({ org, location });
  });

  it('reads the job with the town as its place', () => {
    expect(jobSummaries(['Work Experience', 'Harlow Corporation Dorchester, MA\tAugust 2020 — July 2023', 'Small Format Team Member', '[•] Received deliveries.'], true))
      .toEqual(['Small Format Team Member @ Harlow Corporation [Dorchester, MA] 2020-08…2023-07']);
  });
});

describe('a Word list whose bullets the PDF dropped: its short last items above the next dated line are body', () => {
  const job = (tail: string[], dated: string) => jobSummaries([
    'Work Experience',
    'Orvane Telecom, Lagos Nigeria\tJan 2018 – Present',
    'Software Developer',
    'Writing macros in Excel VBA for automating report preparation.',
    ...tail,
    dated,
    'Freelancer, VBA Developer',
    'Build and integrate custom Excel functions.',
  ], true);

  it.each([
    [['Debugging and Revision of software.', 'Data Base Maintenance.']],
    [['Record Keeping and Filing.']],
  ])('%j', (tail) => {
    expect(job(tail, 'Gigmarket, Remote\tMay 2017 – Jan. 2018')[1]).toBe('Freelancer, VBA Developer @ Gigmarket [Remote] 2017-05…2018-01');
  });

  it.each([
    ['Harlow Holdings Limited.', 'Freelancer, VBA Developer @ Harlow Holdings Limited 2017-05…2018-01'], // an organisation word: a header
  ])('trap: %j above a dated line with no name stays its company', (line, expected) => {
    expect(jobSummaries([
      'Work Experience',
      'Orvane Telecom\tJan 2018 – Present',
      'Software Developer',
      '[•] Wrote macros.',
      line,
      'Freelancer, VBA Developer\tMay 2017 – Jan. 2018',
      '[•] Built functions.',
    ])[1]).toBe(expected);
  });
});

describe('"Professional Associations" ends the experience section', () => {
  it.each(['PROFESSIONAL ASSOCIATIONS', 'Professional Associations', 'Professional Memberships', 'Professional Affiliations'])('%j is a strong heading', (text) => {
    expect(classifyHeading(text)).toMatchObject({ kind: 'other', strong: true });
  });

  it.each(['Associations', 'Housing Associations'])('trap: %j is no heading', (text) => {
    expect(classifyHeading(text)).toBeUndefined();
  });

  it('reads no membership as a job', () => {
    expect(jobSummaries([
      'WORK EXPERIENCE',
      'Vynora Controls Limited, Lagos\tMay 2016 – Jan. 2017',
      'Electrical Engineer (Graduate Trainee)',
      '[•] Installed surveillance systems.',
      'PROFESSIONAL ASSOCIATIONS',
      '[•] Society of Harbour Engineers (SHE), Graduate Member',
    ])).toEqual(['Electrical Engineer (Graduate Trainee) @ Vynora Controls Limited 2016-05…2017-01']);
  });
});
