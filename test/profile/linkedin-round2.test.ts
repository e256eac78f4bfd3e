// LinkedIn's "Save to PDF" in other interfaces and careers, round 2: the company line over a title when both read as
// titles ("Freelancer.com" / "Full-stack Developer"), Romanian, Danish and Turkish interface words, Spanish and
// Portuguese first-job titles and Latin American legal forms, self-employment in other languages. Every line is
// invented.
import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../src/profile/dates.js';
import { endsWithLegalForm } from '../../src/profile/legal-forms.js';
import { voteOrder, type HeaderShape } from '../../src/profile/header-order.js';
import { buildProfile } from '../../src/profile/index.js';
import { looksLikeProse } from '../../src/profile/line-shape.js';
import { AS_OF, CATEGORIES, docOf, docOfDrawnBullets, expectRange, jobSummaries, type RangeCase } from './helpers.js';

const company = (org: string, title: string, dates: string, ...body: string[]): string[] => [org, title, dates, ...body];

describe('two title-like lines over the dates: the section\'s company-over-title order decides', () => {
  const north = company('Northwind Labs', 'Software Engineer', 'January 2022 - Present (1 year)', 'Kept the ledger running for the region.');
  const quay = company('Quaystone', 'Data Analyst', 'March 2018 - January 2020 (1 year 11 months)', 'Lima, Peru');
  it.each<[string, string[], string]>([
    ['a web address with a title word over the title', company('Freelancer.com', 'Full-stack Developer', 'February 2020 - December 2021 (1 year 11 months)',
      'Built web applications for several clients.'), 'Full-stack Developer @ Freelancer.com 2020-02…2021-12'],
    ['a company named after a role', company('Become a Writer Today', 'Company Owner', 'October 2014 - December 2021 (7 years 3 months)', 'Built a portfolio of sites.'),
      'Company Owner @ Become a Writer Today 2014-10…2021-12'],
    ['working for oneself written as the company', company('Freelance (Self employed)', 'Content Strategist', 'January 2020 - December 2021 (2 years)'),
      'Content Strategist @ Freelance (Self employed) 2020-01…2021-12'],
  ])('%s', (_name, middle, want) => {
    expect(jobSummaries(['Experience', ...north, ...middle, ...quay])[1]).toBe(want);
  });

  it('title over company (the other order): the first line is the title', () => {
    expect(jobSummaries(['Experience', 'Software Engineer', 'Northwind Labs', 'January 2022 - Present (1 year)',
      'Full-stack Developer', 'Freelancer.com', 'February 2020 - December 2021 (1 year 11 months)',
      'Data Analyst', 'Quaystone', 'March 2018 - January 2020 (1 year 11 months)'])[1]).toBe('Full-stack Developer @ Freelancer.com 2020-02…2021-12');
  });

  it('trap: with no order in the section (one other job), the reading is the lexicon\'s', () => {
    expect(jobSummaries(['Experience', ...north, 'Freelancer.com', 'Full-stack Developer', 'February 2020 - December 2021 (1 year 11 months)'])[1])
      .not.toBe('Full-stack Developer @ Freelancer.com 2020-02…2021-12');
  });

  it('trap: a bare role word is never the company by position ("Owner" over "Company Owner")', () => {
    expect(jobSummaries(['Experience', ...north, 'Owner', 'Company Owner', 'February 2020 - December 2021 (1 year 11 months)', ...quay])[1])
      .not.toMatch(/@ Owner /u);
  });
});

describe('LinkedIn interface words: Romanian, Danish, Turkish', () => {
  it.each<RangeCase>([
    ['aprilie 2024 - Present (2 luni)', '2024-04', 'present', 'month'],
    ['septembrie 2021 - Present (2 ani 9 luni)', '2021-09', 'present', 'month'],
    ['octombrie 2020 - august 2021 (11 luni)', '2020-10', '2021-08', 'month'],
    ['ianuarie 2019 - decembrie 2019 (1 an)', '2019-01', '2019-12', 'month'],
    ['november 2023 - maj 2026 (2 år 7 måneder)', '2023-11', '2026-05', 'month'],
    ['Mart 2021 - Günümüz (3 yıl 2 ay)', '2021-03', 'present', 'month'],
    ['Eylül 2019 - Ağustos 2020 (1 yıl)', '2019-09', '2020-08', 'month'],
    ['Ocak 2018 - Aralık 2018', '2018-01', '2018-12', 'month'],
  ])('%j', (text, start, end, precision) => expectRange(text, start, end, precision));

  it.each<[string, number | undefined]>([
    ['Mart 2021 - 2022', 3],
    // trap: "mart" in lower case is a shop ("mart 2021 - 2022 listing"), a month only capitalised
    ['mart 2021 - 2022', undefined],
  ])('%j starts in month %s', (text, month) => {
    expect(parseDateRange(text)?.start.month).toBe(month);
  });

  it('reads a Romanian export: headings, a company total in "ani"/"luni", the education heading ends the jobs', () => {
    expect(jobSummaries([
      'Experiență',
      'Kestrel Tech', 'Internship', 'aprilie 2024 - Present (2 luni)',
      'Morrow Remote Services', '3 ani 8 luni',
      'Team Leader', 'septembrie 2021 - Present (2 ani 9 luni)', 'Bucureşti, Bucureşti, România',
      'Customer Service Assistant', 'octombrie 2020 - august 2021 (11 luni)',
      'Larkfield', 'Customer Service Agent', 'februarie 2016 - iulie 2016 (6 luni)', 'Piatra Neamţ, Neamţ, România',
      'Studii', 'Școala Brightpath', 'Front End Developer · (septembrie 2023 - iunie 2024)',
    ])).toEqual([
      'Internship @ Kestrel Tech 2024-04…present',
      'Team Leader @ Morrow Remote Services 2021-09…present',
      'Customer Service Assistant @ Morrow Remote Services 2020-10…2021-08',
      'Customer Service Agent @ Larkfield 2016-02…2016-07',
    ]);
  });

  it('a Danish company total ("9 måneder") is never the company', () => {
    expect(jobSummaries([
      'Erfaring',
      'Northwind Studio', '9 måneder',
      'UI/UX Associate', 'december 2021 - april 2022 (5 måneder)',
      'IT-supporter', 'august 2021 - april 2022 (9 måneder)',
      'Viborg Svømmeklub', 'Instruktør', 'februar 2012 - Present (14 år 4 måneder)',
    ])).toEqual([
      'UI/UX Associate @ Northwind Studio 2021-12…2022-04',
      'IT-supporter @ Northwind Studio 2021-08…2022-04',
      'Instruktør @ Viborg Svømmeklub 2012-02…present',
    ]);
  });
});

describe('Spanish and Portuguese first jobs, Latin American legal forms, self-employment', () => {
  const head = ['Experiencia', 'Cadi Norte Academia', 'Profesor de programación', 'mayo de 2019 - Present (7 años 2 meses)', 'Barquisimeto, Lara, Venezuela'];
  it.each<[string, string[], string]>([
    ['"Vendedor" under a name ending in "C.A."', ['Toyomar del Este C.A.', 'Vendedor - almacenista', '2011 - 2012 (1 año)'], 'Vendedor - almacenista @ Toyomar del Este C.A. 2011-07…2012-06'],
    ['"Pasante" under a name ending in "C.A."', ['Invermar Electrónica C.A.', 'Pasante', 'octubre de 2010 - febrero de 2011 (5 meses)'], 'Pasante @ Invermar Electrónica C.A. 2010-10…2011-02'],
    ['Peru\'s "S.A.C."', ['MDQ CONSULTORES S.A.C', 'Auxiliar contable', 'septiembre de 2022 - diciembre de 2022 (4 meses)'], 'Auxiliar contable @ MDQ CONSULTORES S.A.C 2022-09…2022-12'],
    ['Portuguese "Vendedor" and "Ltda"', ['Casa Aurora Ltda', 'Vendedora', 'março de 2019 - junho de 2020 (1 ano 4 meses)'], 'Vendedora @ Casa Aurora Ltda 2019-03…2020-06'],
  ])('%s', (_name, lines, want) => {
    expect(jobSummaries([...head, ...lines])[1]).toBe(want);
  });

  it('"Pasante" and "Estagiário" are internships', () => {
    const kinds = buildProfile(docOf([...head, 'Invermar Electrónica C.A.', 'Pasante', 'octubre de 2010 - febrero de 2011 (5 meses)',
      'Rodas Pneus', 'Estagiário de TI', 'dezembro de 2021 - abril de 2022 (5 meses)']), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) => j.kind);
    expect(kinds).toEqual(['employment', 'internship', 'internship']);
  });

  it.each<[string, boolean]>([
    ['Toyomar del Este C.A.', true],
    ['MDQ CONSULTORES S.A.C', true],
    ['Andina Logística S.A.S.', true],
    ['Servicios Quispe E.I.R.L.', true],
    // traps: an address and a sentence that end in look-alikes
    ['Av. Vargas con Av. Lara', false],
    ['Trabajé en la tienda de la calle', false],
    ['Ventas y atención al cliente', false],
  ])('%j ends in a legal form → %s', (text, expected) => {
    expect(endsWithLegalForm(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['Desarrollador web @ Profesional independiente', 'Desarrollador web @ Profesional independiente 2022-03…present'],
    ['Programador @ Trabajadora independiente', 'Programador @ Trabajadora independiente 2022-03…present'],
    ['Développeur web @ Indépendant', 'Développeur web @ Indépendant 2022-03…present'],
    ['Softwareentwickler @ Selbstständig', 'Softwareentwickler @ Selbstständig 2022-03…present'],
  ])('%j: working for oneself where the employer goes', (line, want) => {
    expect(jobSummaries(['Experiencia', line, 'marzo de 2022 - Present (2 años 7 meses)'])).toEqual([want]);
  });
});

describe('the line order outvotes a stray wrapped description three to one', () => {
  const lines = (titleFirst: boolean): HeaderShape => ({ kind: 'lines', titleFirst });
  const pieces = (titleFirst: boolean): HeaderShape => ({ kind: 'pieces', titleFirst });
  it.each<[string, (HeaderShape | undefined)[], boolean | undefined]>([
    ['all agree', [lines(false), lines(false)], false],
    ['three to one', [lines(false), lines(false), lines(false), lines(true)], false],
    ['four to one', [lines(false), lines(true), lines(false), lines(false), lines(false)], false],
    // traps: a close vote, a single voice and a lone vote say nothing
    ['trap: two to one', [lines(false), lines(false), lines(true)], undefined],
    ['trap: two to two', [lines(false), lines(true), lines(false), lines(true)], undefined],
    ['trap: one vote', [lines(false), undefined], undefined],
  ])('%s', (_name, shapes, want) => {
    expect(voteOrder(shapes).lines).toBe(want);
  });

  it('trap: two pieces on one line keep needing every vote', () => {
    expect(voteOrder([pieces(true), pieces(true), pieces(true), pieces(false)]).pieces).toBeUndefined();
  });

  it('a role\'s place line under its dates casts no vote (the title over the dates, the place under them)', () => {
    expect(jobSummaries(['Experience',
      'Freelance (Self employed)', 'Content Strategist', 'January 2020 - Present (5 years 5 months)', 'Consulting for software firms.',
      'Sage Harbour', '7 years 5 months',
      'Senior Content Manager', 'October 2015 - January 2021 (5 years 4 months)', 'Ran the blog.',
      'Online Marketing Specialist', 'September 2013 - October 2015 (2 years 2 months)', 'Citywest, Dublin',
      'Sunday Business Post', 'Feature Writer', 'February 2008 - May 2009 (1 year 4 months)',
    ])[0]).toBe('Content Strategist @ Freelance (Self employed) 2020-01…present');
  });
});

describe('first-person sentences in Spanish, Portuguese and French are descriptions', () => {
  it.each<[string, boolean]>([
    ['Trabajé como programador haciendo páginas para clientes', true],
    ['Me desempeñé como analista de datos', true],
    ['Trabalhei como analista de suporte', true],
    ['Atuei na equipe de dados', true],
    ["J'ai travaillé comme développeur", true],
    // traps: titles that open with the same letters
    ['Trabajador social', false],
    ['Programador informático', false],
    ['Participante del programa de mentores', false],
    ['Estudiante de ingeniería', false],
  ])('%j is a description → %s', (text, expected) => {
    expect(looksLikeProse(text)).toBe(expected);
  });

  it('a first-person line under the last job\'s place is not the next title', () => {
    expect(jobSummaries(['Experiencia',
      'Influmar', 'Programador informático', 'octubre de 2022 - marzo de 2023 (6 meses)', 'Gran Santiago, Chile',
      'Trabajé como programador haciendo páginas o softwares para clientes',
      'Audimar', 'Programador informático', 'marzo de 2020 - septiembre de 2022 (2 años 7 meses)', 'Gran Santiago, Chile',
    ])).toEqual(['Programador informático @ Influmar 2022-10…2023-03', 'Programador informático @ Audimar 2020-03…2022-09']);
  });
});

describe('working for oneself on a line of its own over the title', () => {
  it.each<[string, string]>([
    ['Profesional independiente', 'Desarrollador web @ Profesional independiente 2022-03…present'],
    ['Self-employed', 'Desarrollador web @ Self-employed 2022-03…present'],
  ])('%j is the employer, not a wrapped description line above it', (line, want) => {
    expect(jobSummaries(['Experiencia', 'ProductoMar', 'Desarrollador de front-end', 'junio de 2024 - Present (4 meses)',
      'Diseño y desarrollo de interfaces de usuario, con React - React Native', line, 'Desarrollador web',
      'marzo de 2022 - Present (2 años 7 meses)'])[1]).toBe(want);
  });
});

describe('an item of a bulleted list is never a heading', () => {
  const kinds = (lines: string[]): string[] =>
    buildProfile(docOfDrawnBullets(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) => `${j.title}:${j.kind}`);
  it('"· Strong Management and Leadership" inside a job\'s list does not open a volunteering section', () => {
    expect(kinds(['Erfaring', 'Viborg Svømmeklub', 'Instruktør', 'februar 2012 - Present (14 år 4 måneder)', 'Skills learned:',
      '[•] Interpersonal and Communication', '[•] Strong Management and Leadership', '[•] Speaking in front of an audience',
      'Adservice A/S', 'Overordnet designer', 'april 2022 - marts 2024 (2 år)'])).toEqual(['Instruktør:employment', 'Overordnet designer:employment']);
  });

  it('trap: the same words on a line of their own, no list around them, still head a section', () => {
    expect(kinds(['Erfaring', 'Adservice A/S', 'Overordnet designer', 'april 2022 - marts 2024 (2 år)', 'Ran the design system.',
      'Leadership', 'Viborg Svømmeklub', 'Instruktør', 'februar 2012 - Present (14 år 4 måneder)'])).toEqual(['Overordnet designer:employment', 'Instruktør:volunteer']);
  });
});

describe('Portuguese singular month ("1 mês") and "Cofundador"', () => {
  it.each<RangeCase>([
    ['abril de 2020 - abril de 2021 (1 ano 1 mês)', '2020-04', '2021-04', 'month'],
    ['agosto de 2022 - Present (3 anos 1 mês)', '2022-08', 'present', 'month'],
  ])('%j', (text, start, end, precision) => expectRange(text, start, end, precision));

  it('a company group\'s role stated in "mês" keeps its dates, and the next role stays the group\'s', () => {
    expect(jobSummaries(['Experiência',
      'Banco Quaresma', '1 ano 9 meses',
      'Data Engineer', 'abril de 2020 - abril de 2021 (1 ano 1 mês)', 'Pipelines for the data lake.',
      'Backend Engineer', 'agosto de 2019 - abril de 2020 (9 meses)', 'Belo Horizonte e Região',
      'Gravatá Labs', 'Cofundador', 'março de 2018 - julho de 2019 (1 ano 5 meses)',
    ])).toEqual([
      'Data Engineer @ Banco Quaresma 2020-04…2021-04', 'Backend Engineer @ Banco Quaresma 2019-08…2020-04',
      'Cofundador @ Gravatá Labs 2018-03…2019-07',
    ]);
  });
});
