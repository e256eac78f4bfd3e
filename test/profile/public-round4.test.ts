// Failure classes found reading public résumés, round 4 (LaTeX classes, Canva, Word, Google Docs and macOS exports,
// German Lebensläufe, academic CVs), each as a case table with the traps it must reject. Every line is written here
// (fictional people and companies).
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/profile/sections.js';
import { splitTitleThenName } from '../../src/profile/run-together.js';
import { jobSummaries } from './helpers.js';

describe('German experience headings: "Praxiserfahrung", and the plural of an abstract noun ("Erfahrungen")', () => {
  it.each([
    ['Praxiserfahrung', 'experience'],
    ['Praktische Erfahrungen', 'experience'],
    ['Erfahrungen und Tätigkeiten', 'experience'],
    ['Berufserfahrungen', 'experience'],
    ['Werkervaringen', 'experience'], // Dutch: the same plural
    ['Past positions', 'experience'],
  ])('%j → %s', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });

  it.each([
    'Kenntnissen', // not an -ung/-heit/-keit plural
    'Zeitungen', // a plural whose singular is no heading
    'Praktische Übungen',
  ])('%j is no heading', (text) => {
    expect(classifyHeading(text)).toBeUndefined();
  });

  it('the jobs under "Erfahrungen und Tätigkeiten", one "Kind als Title, Company, Town" over its dates each, are read', () => {
    expect(jobSummaries([
      'Ausbildung',
      'Bachelor of Science (Bauingenieurwesen), Hochschule Lindenfeld',
      'September 2019 - Februar 2023',
      'Erfahrungen und Tätigkeiten',
      'Werkstudententätigkeit als Bauzeichner, Halvorsen Planung GmbH, Dorsten',
      'Seit März 2023',
      'Praktikum als Statiker, Kellmann Tragwerk GmbH, Marl',
      'August 2022 – Oktober 2022',
      'Aushilfe im Einzelhandel, Brotzeit Backhaus GmbH, Herne',
      'Mai 2019 – Juli 2022',
      'Kenntnisse',
      'AutoCAD, Revit',
    ])).toEqual([
      'Werkstudententätigkeit als Bauzeichner @ Halvorsen Planung GmbH 2023-03…present',
      'Praktikum als Statiker @ Kellmann Tragwerk GmbH 2022-08…2022-10',
      'Aushilfe im Einzelhandel @ Brotzeit Backhaus GmbH 2019-05…2022-07',
    ]);
  });
});

describe('"Projekte:⇥…" under a job is the job\'s own list, not a section', () => {
  const cv = (label: string, heading = 'Berufserfahrung'): string[] => [
    heading,
    '03/2019 – heute\tCloud Engineer',
    'Falkenrath Systeme GmbH',
    `${label}\tUmzug der Build-Server in die Cloud`,
    'Aufbau von Terraform-Modulen für alle Teams',
    '01/2016 – 02/2019\tSystemadministrator',
    'Brenner & Lutz GmbH',
    '• Betrieb der Linux-Server',
    'Ausbildung',
    '2012 – 2015\tB.Sc. Informatik, Hochschule Lindenfeld',
  ];

  it.each(['Projekte:', 'Projects:', 'Key projects:'])('%j keeps the later jobs', (label) => {
    expect(jobSummaries(cv(label))).toEqual([
      'Cloud Engineer @ Falkenrath Systeme GmbH 2019-03…present',
      'Systemadministrator @ Brenner & Lutz GmbH 2016-01…2019-02',
    ]);
  });

  it('a "Projects:" written alone on its line under a job is the same', () => {
    const lines = cv('Projects:');
    lines.splice(3, 1, 'Projects:', 'Moved the build servers to the cloud');
    expect(jobSummaries(lines)).toHaveLength(2);
  });

  it.each([
    ['PROJECTS:', 'Berufserfahrung'], // capitals: a section of its own
    ['Projects:', 'Experience:'], // every heading ends in a colon: "Projects:" is one of them
    ['Projects', 'Berufserfahrung'], // no colon: a heading
  ])('traps: %j under %j ends the jobs', (label, heading) => {
    expect(jobSummaries(cv(label, heading))).toEqual(['Cloud Engineer @ Falkenrath Systeme GmbH 2019-03…present']);
  });
});

describe('a duties field ("Tätigkeiten: …") under unlabelled header lines opens the body', () => {
  it('each job keeps its own company', () => {
    expect(jobSummaries([
      'Berufserfahrung',
      '02/2022 – heute\tPlatform Engineer',
      'Nordwall Datentechnik GmbH',
      'Tätigkeiten: Beratung und Betrieb der Kubernetes-Cluster',
      'Betreuung der Entwicklerteams',
      '09/2019 – 01/2022\tIT Consultant',
      'Quellberg Informationsdienste GmbH',
      'Tätigkeiten: Aufbau von Deployment-Pipelines',
    ])).toEqual([
      'Platform Engineer @ Nordwall Datentechnik GmbH 2022-02…present',
      'IT Consultant @ Quellberg Informationsdienste GmbH 2019-09…2022-01',
    ]);
  });

  it('trap: in a labelled (Europass) entry the duties between position and employer stay inside the entry', () => {
    expect(jobSummaries([
      'Work experience',
      'Dates\t2019 – 2021',
      'Occupation or position held\tField Engineer',
      'Main activities and responsibilities\tServiced the wind turbines of the coast',
      'Name and address of employer\tTidewater Turbines Ltd, Harwick',
      'Dates\t2016 – 2019',
      'Occupation or position held\tTechnician',
      'Main activities and responsibilities\tWired the control cabinets',
      'Name and address of employer\tFenwick Controls Ltd, Harwick',
    ])).toEqual([
      'Field Engineer @ Tidewater Turbines Ltd 2019-07…2021-06',
      'Technician @ Fenwick Controls Ltd 2016-07…2019-06',
    ]);
  });
});

describe('a dated line in a list a lead-in opened under a job is an item of that job ("Courses Assisted:")', () => {
  const cv = (items: string[]): string[] => [
    'Teaching Experience',
    'Lakemont State University\t2018-2024',
    'Graduate Teaching Assistant\tLakemont, OR',
    'Ran discussion sections and wrote homework problems.',
    'Courses Assisted:',
    ...items,
    'Education',
    'Lakemont State University\t2018-2024',
  ];

  it.each([
    [['Numerical Analysis (CS450)\tFall 2018 & Spring 2019', 'Error analysis and conditioning.', 'Numerical Methods (CS357)\tSpring & Fall 2021']],
    [['Parallel Algorithms\t2020 – 2021', 'Load balancing on clusters.']],
  ])('%j stay in the job', (items) => {
    expect(jobSummaries(cv(items))).toEqual(['Graduate Teaching Assistant @ Lakemont State University 2018-07…2024-06']);
  });

  it.each([
    // after the list, the next job: outside the dates above
    [['Numerical Analysis (CS450)\tFall 2019', 'Harwick Analytics\t2015 – 2017'], 2],
    // a dated line with a title of its own is a job (a role held alongside)
    [['Numerical Analysis (CS450)\tFall 2019', 'Head Teaching Assistant\t2022 – 2023'], 2],
    // a dated line naming an organisation is a job
    [['Numerical Analysis (CS450)\tFall 2019', 'Orrin Labs Inc.\t2021'], 2],
  ])('traps: %j', (items, count) => {
    expect(jobSummaries(cv(items))).toHaveLength(count);
  });

  it('with no lead-in, an unnamed dated line within the job above is folded into it by the nested-project rule (round 5)', () => {
    const lines = cv(['Parallel Algorithms\t2020 – 2021']);
    lines.splice(4, 1);
    expect(jobSummaries(lines)).toEqual(['Graduate Teaching Assistant @ Lakemont State University 2018-07…2024-06']);
  });
});

describe('a firm written in lower case, then its legal form, run into the title ("Cloud Architect draglet gmbh")', () => {
  it.each([
    ['Cloud Architect vellumsoft gmbh', { title: 'Cloud Architect', org: 'vellumsoft gmbh' }],
    ['Lead Infrastructure DevOps brightmoor AG', { title: 'Lead Infrastructure DevOps', org: 'brightmoor AG' }],
    ['Senior Developer tallow & reed ltd.', { title: 'Senior Developer', org: 'tallow & reed ltd.' }],
    ['Software Engineer Quarrymoor Labs Inc', { title: 'Software Engineer', org: 'Quarrymoor Labs Inc' }],
  ])('%j', (text, expected) => {
    expect(splitTitleThenName(text, false)).toEqual(expected);
  });

  it.each([
    'Senior Developer for the team at gmbh', // connectors: a sentence, not a name
    'Cloud Architect', // nothing after the title
    'Lead Engineer Platform AG', // the word before the form is an area word: no brand word
    'Managed the migration for 3 gmbh', // no title word before the name
  ])('trap: %j is not split', (text) => {
    expect(splitTitleThenName(text, false)).toBeUndefined();
  });

  it('dated lines "dates ⇥ Title firm gmbh, Town" each keep their own firm, not the job above\'s, nor a stray line above', () => {
    expect(jobSummaries([
      'Professional Experience',
      '08/2018 – 11/2025\tCloud Architect',
      'Ostrander Media, Munich',
      'Responsibilities:',
      'Setup of several serverless APIs',
      '03/2017 – 07/2018\tCloud Architect vellumsoft gmbh, Munich',
      'Responsibilities:',
      'Integration of all core components via Ansible',
      'Conceptual familiarization with Docker containers',
      '06/2012 – 04/2016\tLead Infrastructure DevOps brightmoor AG, Munich',
      'Responsibilities:',
      'Redundant infrastructure',
    ])).toEqual([
      'Cloud Architect @ Ostrander Media 2018-08…2025-11',
      'Cloud Architect @ vellumsoft gmbh 2017-03…2018-07',
      'Lead Infrastructure DevOps @ brightmoor AG 2012-06…2016-04',
    ]);
  });
});

describe('the employer, then a town run into the title ("Skyscanner, Edinburgh Software Engineering Intern")', () => {
  it.each([
    ['Farrowdale, Edinburgh Software Engineering Intern\tJune 2018-September 2019', 'Software Engineering Intern @ Farrowdale [Edinburgh] 2018-06…2019-09'],
    ['Kestrel Audit China, Hong Kong Trainee\tMay-August 2016', 'Trainee @ Kestrel Audit China [Hong Kong] 2016-05…2016-08'],
    ['Lanyard Modern Technology Ltd. Hong Kong Programmer Trainee (Summer)\tJune-July 2017', 'Programmer Trainee (Summer) @ Lanyard Modern Technology Ltd. [Hong Kong] 2017-06…2017-07'],
  ])('%j', (line, expected) => {
    expect(jobSummaries(['Work experience', line, 'Wrote the reporting scripts for the finance team.'], true)).toEqual([expected]);
  });

  it.each([
    // a work mode opens a title of its own
    ['Farrowdale, Remote Support Engineer\t2019 – 2021', 'Remote Support Engineer @ Farrowdale 2019-07…2021-06'],
    // a name no place list knows opens the title: left as written
    ['Farrowdale, Northbank Site Manager\t2019 – 2021', 'Northbank Site Manager @ Farrowdale 2019-07…2021-06'],
  ])('trap: %j', (line, expected) => {
    expect(jobSummaries(['Work experience', line, 'Wrote the reporting scripts for the finance team.'])).toEqual([expected]);
  });
});

describe('a bulleted title in capitals over a dated line that names no title ("> DEVOPS ENGINEER INTERN" / "Company, Town, 2023")', () => {
  it('each capitals bullet is its entry\'s title', () => {
    expect(jobSummaries([
      'EXPERIENCE :',
      '> DEVOPS ENGINEER INTERN (CONSULTANT)',
      'Corvane Consulting, Boulogne, 2023',
      'DevOps - Internal deployment with Docker and Helm.',
      '> EDUCATIONAL ENGINEER',
      'Codelune & Robotique, Paris, 2018 - 2022',
      'Managed programming and robotics courses for children.',
    ])).toEqual([
      'DEVOPS ENGINEER INTERN (CONSULTANT) @ Corvane Consulting 2023-01…2023-06',
      'EDUCATIONAL ENGINEER @ Codelune & Robotique 2018-07…2022-06',
    ]);
  });

  it.each([
    // the dated line has its own title: the bullet is the last item of the job above
    ['> ON-CALL ENGINEER ROTATION', 'Site Reliability Engineer, Corvane Consulting, 2023'],
    // a sentence in capitals
    ['> LED THE MOVE OF THE BUILD SERVERS.', 'Corvane Consulting, Boulogne, 2023'],
    // mixed case: a list item
    ['> Support engineer rotation', 'Corvane Consulting, Boulogne, 2023'],
  ])('trap: %j over %j is no title', (bullet, dated) => {
    const jobs = jobSummaries(['EXPERIENCE :', 'Junior Developer, Halden Works, 2020 - 2022', '> Built the shop pages.', bullet, dated, 'Ran the deployments.']);
    expect(jobs.some((j) => j.startsWith(bullet.slice(2, 12)))).toBe(false);
  });
});
