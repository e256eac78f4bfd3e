// LinkedIn exports write several roles under one company line and its total ("Ferrow University" / "6 years"), each
// role as title, dates, place and description. A description's last line then reads like the next role's company.
// The stated total says how many roles are still to come: while the roles read so far span less than it, the next
// dated role is one more of the company's. Every line is invented.
import { describe, expect, it } from 'vitest';
import { looksLikeProse } from '../../src/profile/line-shape.js';
import { parseDateRange } from '../../src/profile/dates.js';
import { expectRange, jobSummaries, type RangeCase } from './helpers.js';

describe('roles under a LinkedIn company total', () => {
  it.each<[string, string[], string[]]>([
    ['a description line between roles is not the next role\'s company while the total is not filled',
      ['Experience', 'Ferrow University', '6 years', 'Research Assistant', 'September 2019 - Present (1 year 9 months)',
        'Teaching Assistant', 'September 2017 - February 2020 (2 years 6 months)', 'Principles of Compiler Design',
        'Engineering Student', 'June 2015 - September 2019 (4 years 4 months)',
        'Harbor Freight Co', 'Intern', 'June 2014 - August 2014 (3 months)'],
      ['Research Assistant @ Ferrow University 2019-09…present', 'Teaching Assistant @ Ferrow University 2017-09…2020-02',
        'Engineering Student @ Ferrow University 2015-06…2019-09', 'Intern @ Harbor Freight Co 2014-06…2014-08']],
    ['a year-only total ("3 years") filled by ended roles',
      ['Experience', 'Orrin Analytics', '3 years', 'Senior Analyst', 'January 2021 - December 2021 (1 year)',
        'Analyst', 'January 2020 - December 2020 (1 year)', 'Store Demand Forecasting',
        'Junior Analyst', 'January 2019 - December 2019 (1 year)'],
      ['Senior Analyst @ Orrin Analytics 2021-01…2021-12', 'Analyst @ Orrin Analytics 2020-01…2020-12',
        'Junior Analyst @ Orrin Analytics 2019-01…2019-12']],
    ['trap: once the total is filled, the next company is its own',
      ['Experience', 'Northwind', '3 years 3 months', 'Software Engineer II', 'December 2024 - Present (1 year 1 month)',
        'Software Engineer', 'October 2022 - December 2024 (2 years 3 months)', 'Gdańsk, Poland', 'Built the ledger service.',
        'Quaystone', 'Backend Developer', 'January 2022 - June 2022 (6 months)', 'Kept the shop online.'],
      ['Software Engineer II @ Northwind 2024-12…present', 'Software Engineer @ Northwind 2022-10…2024-12',
        'Backend Developer @ Quaystone 2022-01…2022-06']],
    ['trap: a role at another company inside the filled span (a side job) keeps its company',
      ['Experience', 'Northwind', '3 years 3 months', 'Software Engineer II', 'December 2024 - Present (1 year 1 month)',
        'Software Engineer', 'October 2022 - December 2024 (2 years 3 months)', 'Built the ledger service.',
        'Quaystone', 'Backend Developer', 'March 2023 - June 2023 (4 months)'],
      ['Software Engineer II @ Northwind 2024-12…present', 'Software Engineer @ Northwind 2022-10…2024-12',
        'Backend Developer @ Quaystone 2023-03…2023-06']],
    ['trap: a role that does not fit in the total is not the company\'s, even while it is not filled',
      ['Experience', 'Northwind', '3 years', 'Software Engineer', 'January 2022 - December 2022 (1 year)',
        'Quaystone', 'Backend Developer', 'January 2015 - June 2016 (1 year 6 months)'],
      ['Software Engineer @ Northwind 2022-01…2022-12', 'Backend Developer @ Quaystone 2015-01…2016-06']],
  ])('%s', (_name, lines, want) => {
    expect(jobSummaries(lines)).toEqual(want);
  });
});

describe('a company on a line of its own next to its title, after the last job\'s description', () => {
  const before = ['Experience', 'Harbor Freight Co', 'Operations Manager', 'March 2021 - Present (1 year 8 months)', 'Lagos, Nigeria',
    'Self-employed', 'Director', 'June 2019 - Present (3 years 4 months)', 'Lagos, Nigeria'];
  const titleFirst = ['Experience', 'Operations Manager', 'Harbor Freight Co', 'March 2021 - Present (1 year 8 months)',
    'Director', 'Self-employed', 'June 2019 - Present (3 years 4 months)'];
  const earlier = ['Operations Manager @ Harbor Freight Co 2021-03…present', 'Director @ Self-employed 2019-06…present'];
  it.each<[string, string[], string]>([
    ['company over title (LinkedIn): the line right over the title, not the description\'s wrapped lines above it',
      [...before, 'A mentoring programme helping Young People Find their', 'Footing', 'Riverlight', 'Chapter President', 'July 2018 - March 2019 (9 months)'],
      'Chapter President @ Riverlight 2018-07…2019-03'],
    ['title over company: the line right under the title',
      [...titleFirst, 'A mentoring programme helping Young People Find their', 'Footing', 'Chapter President', 'Riverlight', 'July 2018 - March 2019 (9 months)'],
      'Chapter President @ Riverlight 2018-07…2019-03'],
    ['trap: a team between the company and the title is not the company',
      [...before, 'Northwind Labs', 'Ads Ranking', 'Software Engineer', 'July 2018 - March 2019 (9 months)'],
      'Software Engineer @ Northwind Labs 2018-07…2019-03'],
    ['trap: a place over the title is not the company',
      [...before, 'Northwind Labs', 'Lagos, Nigeria', 'Software Engineer', 'July 2018 - March 2019 (9 months)'],
      'Software Engineer @ Northwind Labs 2018-07…2019-03'],
  ])('%s', (_name, lines, want) => {
    const jobs = jobSummaries(lines);
    expect(jobs.slice(0, 2)).toEqual(earlier);
    expect(jobs[2]).toBe(want);
  });
});

describe('LinkedIn descriptions and lower-case brands', () => {
  const head = ['Experience', 'Northwind', 'Software Engineer', 'October 2022 - December 2024 (2 years 3 months)', 'Gdańsk, Poland'];
  it.each<[string, string[], string | RegExp]>([
    ['a lower-case brand with a capitalised word over a title and its dates is the company',
      [...head, 'Kept the ledger service running for the', 'whole of the region', 'quaystone Egypt', 'Backend Developer', 'January 2022 - June 2022 (6 months)', 'Egypt',
        'Building platform solutions that scale, part of the back-end team', 'that keeps the checkout consistent'],
      'Backend Developer @ quaystone Egypt 2022-01…2022-06'],
    ['trap: a lower-case tail with no capitalised word ends the sentence above',
      [...head, 'Kept the ledger service running for the', 'sales team', 'Backend Developer', 'January 2022 - June 2022 (6 months)'],
      /^Backend Developer @ (?!sales team)/u],
    ['trap: a lower-case line that ends a sentence is no company',
      [...head, 'Kept the ledger service running for the', 'whole of Egypt.', 'Backend Developer', 'January 2022 - June 2022 (6 months)'],
      /^Backend Developer @ (?!whole of Egypt)/u],
  ])('%s', (_name, lines, want) => {
    const jobs = jobSummaries(lines);
    expect(jobs[0]).toBe('Software Engineer @ Northwind 2022-10…2024-12');
    if (typeof want === 'string') expect(jobs[1]).toBe(want);
    else expect(jobs[1]).toMatch(want);
  });

  it.each([
    ['Building industry-leading platform solutions that scale, part of the back-end team', true],
    ['Working mainly on developing, customizing and maintaining Odoo modules', true],
    ['Leading a small team of analysts in the north', true],
    ['Working as a devops engineer', true],
    ['I have collaborated across various teams, improving my craft', true],
    ['I collaborated with a multicultural team', true],
    // traps: a title that opens with a capital I, a role named with "as" in a title
    ['IT Support Technician', false],
    ['Interim Head of Data', false],
    // traps: titles and names that open with an "-ing" word
    ['Training and development manager', false],
    ['Consulting engineer for offshore wind farms', false],
    ['Marketing Manager', false],
    ['Building Services Engineer', false],
    ['Learning and development partner at Orrin', false],
  ])('%j is a description → %s', (text, expected) => {
    expect(looksLikeProse(text)).toBe(expected);
  });
});

describe('Indonesian (LinkedIn\'s Indonesian export and Indonesian CVs)', () => {
  it.each<RangeCase>([
    ['Oktober 2024 - Oktober 2025 (1 tahun 1 bulan)', '2024-10', '2025-10', 'month'],
    ['Agustus 2023 - Saat ini (3 bulan)', '2023-08', 'present', 'month'],
    ['Maret 2019 sampai Desember 2021', '2019-03', '2021-12', 'month'],
    ['Des 2018 - sekarang', '2018-12', 'present', 'month'],
    ['Mei 2020 hingga Agt 2022', '2020-05', '2022-08', 'month'],
  ])('%j', (text, start, end, precision) => expectRange(text, start, end, precision));

  it.each<[string, number | undefined]>([
    // trap: "des" in lower case is a French word, not December ("Des 2019" is)
    ['des 2019 - 2021', undefined],
    ['Des 2019 - 2021', 12],
  ])('%j starts in month %s', (text, month) => {
    expect(parseDateRange(text)?.start.month).toBe(month);
  });

  it('reads an Indonesian LinkedIn export: headings, months, "tahun"/"bulan" totals, a title inside the last role\'s list', () => {
    expect(jobSummaries([
      'Pengalaman',
      'Komunitas Kode Bandung', '1 tahun 1 bulan',
      'Ketua Divisi Media', 'November 2024 - Oktober 2025 (1 tahun)', 'Bandung, Jawa Barat, Indonesia',
      'Mengelola tim desain untuk acara komunitas.',
      'Fotografer Acara', 'Oktober 2024 - Oktober 2025 (1 tahun 1 bulan)',
      'Institut Teknologi Karangsari', '3 bulan',
      'IT Support', 'Agustus 2023 - Oktober 2023 (3 bulan)',
      'My main responsibilities included:', 'Set up laptops for new staff', 'Librarian', 'Agustus 2023 - Oktober 2023 (3 bulan)',
      'Pendidikan', 'Universitas Sukamaju', 'Informatika · (September 2024 - 2028)',
    ])).toEqual([
      'Ketua Divisi Media @ Komunitas Kode Bandung 2024-11…2025-10',
      'Fotografer Acara @ Komunitas Kode Bandung 2024-10…2025-10',
      'IT Support @ Institut Teknologi Karangsari 2023-08…2023-10',
      'Librarian @ Institut Teknologi Karangsari 2023-08…2023-10',
    ]);
  });
});

describe('a team after the title\'s dash, the company on a line of its own above', () => {
  it.each<[string, string]>([
    ['Software Engineer II - RDS/DMS', 'Software Engineer II - RDS/DMS @ Northwind Labs 2021-03…present'],
    ['Nurse - ICU', 'Nurse - ICU @ Northwind Labs 2021-03…present'],
    // traps: a place after the dash, known or not, is the place
    ['Software Engineer - Tarrowby', 'Software Engineer @ Northwind Labs [Tarrowby] 2021-03…present'],
    ['Software Engineer - NYC', 'Software Engineer @ Northwind Labs [NYC] 2021-03…present'],
    ['Software Engineer - Remote', 'Software Engineer @ Northwind Labs [Remote] 2021-03…present'],
  ])('%j', (titleLine, want) => {
    expect(jobSummaries(['Experience', 'Northwind Labs', titleLine, 'March 2021 - Present (1 year 8 months)', '[•] Built things.'], true)).toEqual([want]);
  });
});
