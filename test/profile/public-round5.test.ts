// Failure classes found reading public résumés in DOCX, ODT, RTF and .doc, and CVs in European languages (round 5),
// each as a case table with the traps it must reject. Every line is written here (fictional people and companies).
import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../src/profile/dates.js';
import { classifyHeading } from '../../src/profile/sections.js';
import { BIRTH_LABEL, isCopyrightLine, looksLikeProse } from '../../src/profile/line-shape.js';
import { splitQuotedOrg } from '../../src/profile/job-header.js';
import { isLocation } from '../../src/profile/header-places.js';
import { expectRange, jobSummaries } from './helpers.js';

describe('Polish CVs: headings, months, "obecnie", "od … do", "w firmie"', () => {
  it.each([
    ['Doświadczenie zawodowe', 'experience'],
    ['DOŚWIADCZENIE', 'experience'],
    ['Przebieg pracy', 'experience'],
    ['Wykształcenie', 'education'],
    ['Umiejętności', 'skills'],
    ['Języki obce', 'languages'],
    ['Zainteresowania', 'other'],
    ['Kursy i szkolenia', 'certifications'],
  ])('%j is a %s heading', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });

  it.each([
    ['Kwi 2022 - Lis 2022', '2022-04', '2022-11', 'month'],
    ['Maj - Sie 2020', '2020-05', '2020-08', 'month'],
    ['wrzesień 2019 – czerwca 2021', '2019-09', '2021-06', 'month'],
    ['Paź 2023 - Gru 2023', '2023-10', '2023-12', 'month'],
    ['2012 – Obecnie', '2012-07', 'present', 'year'],
    ['od 03.2020', '2020-03', 'present', 'month'],
    ['od 2015 do 2019', '2015-07', '2019-06', 'year'],
  ] as const)('%j', (text, start, end, precision) => {
    expectRange(text, start, end, precision);
  });

  it.each([
    'lis 2020 kopał rowy', // lower-case "lis" (a fox) is no month
    'sty 2019 nowy plan', // lower-case "sty" (a pigsty) is no month
  ])('trap: %j holds no month', (text) => {
    const r = parseDateRange(text);
    expect(r === null || r.precision === 'year').toBe(true);
  });

  it('reads the jobs of a Polish CV, "Title w firmie Company" and "Place | dates" over company and title', () => {
    expect(jobSummaries([
      'Anna Nowak',
      'Doświadczenie zawodowe',
      '2019 – Obecnie\tProgramistka w firmie Kodwerk',
      'Aplikacje dla klientów z branży finansowej',
      'Gdynia | Kwi 2016 - Lis 2018',
      'BAŁTYK SERWIS',
      'Sprzedawczyni',
      'Obsługa klienta i przyjmowanie dostaw.',
      'Wykształcenie',
      '2012 – 2016\tStudia inżynierskie, Politechnika Gdańska',
    ])).toEqual(['Programistka @ Kodwerk 2019-07…present', 'Sprzedawczyni @ BAŁTYK SERWIS 2016-04…2018-11']);
  });

  it('trap: "Technik" inside a German company name is no Polish title word', () => {
    expect(jobSummaries([
      'Berufserfahrung',
      '7/2003 - 4/2004\tHolm Spezial-Computer-Technik GbR, Dresden',
      'Programmierung',
    ])).toEqual(['Programmierung @ Holm Spezial-Computer-Technik GbR 2003-07…2004-04']);
  });
});

describe('German: "Erfahrungen und Tätigkeiten", "Werkstudententätigkeit als …"', () => {
  it.each([
    ['Erfahrungen und Tätigkeiten', 'experience'],
    ['Praktische Erfahrungen', 'experience'],
    ['Berufliche Erfahrungen', 'experience'],
  ])('%j is a %s heading', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });

  it('reads "Kind als Title, Company, City" over its dates, under that heading', () => {
    expect(jobSummaries([
      'Mira Köhler',
      'Ausbildung',
      'Bachelor of Science (Bauingenieurwesen), Hochschule Lindental',
      'September 2020 - Februar 2024',
      'Erfahrungen und Tätigkeiten',
      'Werkstudententätigkeit als Bauzeichnerin, Feldmark Planung GmbH, Unna',
      'Seit November 2023',
      'Praktikum als Bauzeichnerin, Feldmark Planung GmbH, Unna',
      'September 2023 – Oktober 2023',
      'achtwöchiges Praktikum für die Praxisphase',
      'Aushilfe im Einzelhandel, Kornhaus GmbH, Hamm',
      'Mai 2020 – Januar 2021',
    ])).toEqual([
      'Werkstudententätigkeit als Bauzeichnerin @ Feldmark Planung GmbH 2023-11…present',
      'Praktikum als Bauzeichnerin @ Feldmark Planung GmbH 2023-09…2023-10',
      'Aushilfe im Einzelhandel @ Kornhaus GmbH 2020-05…2021-01',
    ]);
  });
});

describe('a date of birth or a template\'s copyright footer is never a job', () => {
  it.each([
    ['Date of birth\t05/11/1990', true],
    ['Data urodzenia:\t1988-02-23', true],
    ['Sexul Masculin | Data nașterii 08/03/1997', true],
    ['Fødselsdato: 12.04.1985', true],
    ['Geburtsdatum: 30. April 1981', true],
    // traps
    ['Birthday cakes baker, Crumb & Co', false],
    ['Database administrator', false],
    ['Dateline editor', false],
  ])('%j birth label → %s', (text, expected) => {
    expect(BIRTH_LABEL.test(text)).toBe(expected);
  });

  it.each([
    ['© European Union, 2002-2013 | europass.example.eu\tPage 1 / 2', true],
    ['Copyright 2019–2024 Lena Park', true],
    ['(c) 2021 Lena Park', true],
    // traps: a job whose title or company holds the sign later on, a bullet list letter
    ['Editor, Crumb © Press 2019 – 2021', false],
    ['(c) Reviewed pull requests', false],
  ])('%j copyright line → %s', (text, expected) => {
    expect(isCopyrightLine(text)).toBe(expected);
  });

  it('a CV with no work experience and a dated footer and birth date reads no job', () => {
    expect(jobSummaries([
      'Curriculum Vitae\tIoana Pavel',
      '© European Union, 2002-2013 | europass.example.eu\tPage 1 / 2',
      'PERSONAL DETAILS',
      'Surname\tPavel',
      'Date of birth\t05/11/1990',
      'EDUCATION',
      'September 2007 – May 2011\tState University of Economics',
    ])).toEqual([]);
  });

  it('trap: a job under the personal details stays a job', () => {
    expect(jobSummaries([
      'Date of birth\t05/11/1990',
      'Experience',
      'Data Analyst, Crumb & Co\t2019 – 2021',
    ])).toEqual(['Data Analyst @ Crumb & Co 2019-07…2021-06']);
  });
});

describe('"dates ⇥ Title" / "Company" / "Tätigkeiten: …" entry after entry', () => {
  it('the company line under each dated title is that job\'s, and "Projekte: ⇥ …" is the job\'s label, not a section', () => {
    expect(jobSummaries([
      'Berufserfahrung',
      '02/2022 – heute\tPlatform Specialist',
      'Nordlicht Systeme GmbH',
      'Tätigkeiten: Beratung und Unterstützung bei Plattformen',
      '09/2019 – 01/2022\tPlatform Engineer',
      'Kiefer Informationsdienste GmbH',
      'Tätigkeiten: Betreiben und Weiterentwickeln von Werkzeugen',
      '05/2016 – 08/2019\tIT Consultant',
      'Weltenbau GmbH',
      'Projekte:\tMigration einer Entwicklungsumgebung',
      'Aufbau von Vorlagen für die Infrastruktur',
      '04/2014 – 04/2016\tSupport Engineer',
      'Mipora Labor GmbH',
      'Studium',
      '09/2009 – 10/2012\tStudium Betriebswirtschaftslehre',
    ])).toEqual([
      'Platform Specialist @ Nordlicht Systeme GmbH 2022-02…present',
      'Platform Engineer @ Kiefer Informationsdienste GmbH 2019-09…2022-01',
      'IT Consultant @ Weltenbau GmbH 2016-05…2019-08',
      'Support Engineer @ Mipora Labor GmbH 2014-04…2016-04',
    ]);
  });

  it('trap: "Company ⇥ dates" over "Title" with "Aufgaben:" keeps a header above a dated line as that job\'s', () => {
    expect(jobSummaries([
      'Berufserfahrung',
      'Senior Engineer',
      'Nordlicht Systeme GmbH\t2020 – 2023',
      'Aufgaben: Betrieb der Plattform',
      'Engineer',
      'Kiefer Informationsdienste GmbH\t2017 – 2020',
      'Aufgaben: Entwicklung von Werkzeugen',
    ])).toEqual([
      'Senior Engineer @ Nordlicht Systeme GmbH 2020-07…2023-06',
      'Engineer @ Kiefer Informationsdienste GmbH 2017-07…2020-06',
    ]);
  });

  it('trap: a side label without a colon still opens its section', () => {
    expect(classifyHeading('Projekte')?.kind).toBe('projects');
    expect(jobSummaries([
      'Berufserfahrung',
      '2019 – 2021\tEngineer, Weltenbau GmbH',
      'Projekte\tWetterstation mit Kafka',
      '2018 – 2019\tHobbyprojekt Spielesammlung',
    ])).toEqual(['Engineer @ Weltenbau GmbH 2019-07…2021-06']);
  });
});

describe('German action nouns without a suffix open a description line', () => {
  it.each([
    ['Aufbau von Vorlagen für die Infrastruktur', true],
    ['Betrieb der Plattform im Schichtdienst', true],
    ['Einsatz von Kafka für Ereignisse', true],
    // traps: a title or a company that opens with such a word
    ['Betriebsleiter der Filiale Nord', false],
    ['Aufbau GmbH', false],
    ['Betrieb', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeProse(text)).toBe(expected);
  });
});

describe('Spanish, Portuguese, German and French parts of a year and "Season de Year"', () => {
  it.each([
    ['Verano de 2017 - Hoy', '2017-06', 'present', 'season'],
    ['Finales de 2015 – Verano de 2017', '2015-09', '2017-08', 'season'],
    ['Septiembre de 2013 – Principios de 2015', '2013-09', '2015-04', 'season'],
    ['Otoño del 2018 – Invierno de 2019', '2018-09', '2019-02', 'season'],
    ['meados de 2019 – atualmente', '2019-05', 'present', 'season'],
    ['Anfang 2020 – Ende 2021', '2020-01', '2021-12', 'season'],
    ['début 2018 – fin 2019', '2018-01', '2019-12', 'season'],
    // "ongoing" as a preposition and a noun
    ['Giugno 2023 – in corso', '2023-06', 'present', 'month'],
    ['marzo 2021 – en curso', '2021-03', 'present', 'month'],
    ['mars 2020 - en cours', '2020-03', 'present', 'month'],
    ['2019 – em curso', '2019-07', 'present', 'year'],
    // Danish
    ['marts 2019 – nuværende', '2019-03', 'present', 'month'],
  ] as const)('%j', (text, start, end, precision) => {
    expectRange(text, start, end, precision);
  });

  it.each([
    'Ende der Probezeit', // no year after the word
    'Fin de semana libre',
  ])('trap: %j is no date', (text) => {
    expect(parseDateRange(text)).toBeNull();
  });

  it('trap: "2019 – in Berlin" is a year, not an open range', () => {
    expect(parseDateRange('2019 – in Berlin')?.end).not.toBe('present');
  });
});

describe('projects dated inside the job above them are that job\'s, not jobs', () => {
  it('untitled, unnamed entries inside a titled job\'s dates are its projects', () => {
    expect(jobSummaries([
      'Experiencia laboral',
      'Ingeniero de software\tRobotalia\tFinales de 2015 – Verano de 2017',
      'Arañabot\tFinales de 2016 – Verano de 2017',
      'Robot basado en Arduino que clasifica piezas por color.',
      'Gol Remoto\tFinales de 2015 – Finales de 2016',
      'Dos robots coordinados por Bluetooth.',
      'Analista\tDatalia\tSeptiembre de 2013 – Principios de 2015',
    ])).toEqual(['Ingeniero de software @ Robotalia 2015-09…2017-08', 'Analista @ Datalia 2013-09…2015-04']);
  });

  it('traps: a dated entry outside the job\'s dates, and a titled role inside them, stay jobs', () => {
    expect(jobSummaries([
      'Experience',
      'Software Engineer\tHalden Systems\t2016 – 2020',
      'Senior Engineer\t2018 – 2020',
      'Ferrow Logistics\t2012 – 2015',
    ])).toEqual([
      'Software Engineer @ Halden Systems 2016-07…2020-06',
      'Senior Engineer @  2018-07…2020-06',
      'Ferrow Logistics @  2012-07…2015-06',
    ]);
  });
});

describe('a name in quotation marks beside the role is the employer', () => {
  it.each([
    ['“DigiwayMedia”, front-end developer', { title: 'front-end developer', org: 'DigiwayMedia' }],
    ['“Aweb System” markup, content-manager', { title: 'markup, content-manager', org: 'Aweb System' }],
    ['«Shishka», hookah master', { title: 'hookah master', org: 'Shishka' }],
    ['Backend developer, „Kodwerk Sp. z o.o.“', { title: 'Backend developer', org: 'Kodwerk Sp. z o.o.' }],
    ['Developer in «Romashka»', { title: 'Developer', org: 'Romashka' }],
    // traps: a quoted project inside a title, a quoted place, nothing beside the quotes
    ['Lead of the “Atlas” migration team', undefined],
    ['“Kyiv”, Ukraine', undefined],
    ['“DigiwayMedia”', undefined],
  ])('%j → %j', (text, expected) => {
    expect(splitQuotedOrg(text)).toEqual(expected);
  });

  it('reads the jobs of such a list', () => {
    expect(jobSummaries([
      'Professional Experience:',
      '02.2019 – 02.2022 “Aweb System” markup, content-manager',
      '05.2018 – 09.2018 «Shishka», hookah master',
    ])).toEqual(['markup, content-manager @ Aweb System 2019-02…2022-02', 'hookah master @ Shishka 2018-05…2018-09']);
  });
});

describe('"Title · Area" over "Company · dates"', () => {
  it('the name on the dated line under the title is the employer, the area beside the title is not', () => {
    expect(jobSummaries([
      'EXPERIENCIA PROFESIONAL',
      'Técnico GIS · Desarrollo de Negocio',
      'Esri Iberia · 2021 – 2023',
      'Creación y preparación de datasets en múltiples proyectos.',
      'Analista GIS · Desarrollo de Negocio',
      'Mapalia · 2019 – 2021',
      'Estudios de mercado con datos sociodemográficos.',
    ])).toEqual(['Técnico GIS @ Esri Iberia 2021-07…2023-06', 'Analista GIS @ Mapalia 2019-07…2021-06']);
  });

  it('trap: "Title · Company" over "Place · dates" keeps the company beside the title', () => {
    expect(jobSummaries([
      'Experience',
      'Data Analyst · Mapalia',
      'Madrid · 2019 – 2021',
      'Built dashboards.',
    ])).toEqual(['Data Analyst @ Mapalia 2019-07…2021-06']);
  });
});

describe('Polish description lines and multi-word legal forms', () => {
  it.each([
    ['Planowanie tras dla floty 40 ciężarówek', true],
    ['Prowadzenie zajęć żeglarskich dla dzieci', true],
    ['Obsługa klienta przy kasie', true],
    ['Współpraca z przewoźnikami', true],
    // traps: a header with a long legal form is not prose; a name ending like a verbal noun
    ['Specjalistka ds. logistyki w firmie Bursztynowy Szlak Transport Sp. z o.o., Gdańsk', false],
    ['Monteur bei Hallwig Antriebstechnik Süd GmbH & Co. KG, Leipzig', false],
    ['Stefanie Marketing', false],
  ])('%j prose → %s', (text, expected) => {
    expect(looksLikeProse(text)).toBe(expected);
  });

  it('a dated "od … — Title w firmie Company Sp. z o.o., Town" over a description is one job', () => {
    expect(jobSummaries([
      'Doświadczenie zawodowe',
      'od 03.2021 — Specjalistka ds. logistyki w firmie Bursztynowy Szlak Transport Sp. z o.o., Gdańsk',
      'Planowanie tras dla floty 40 ciężarówek i rozliczanie kosztów przewozu',
      'Kwi 2017 – Lut 2021 — Koordynatorka magazynu w firmie Morena Dystrybucja S.A., Gdynia',
    ])).toEqual([
      'Specjalistka ds. logistyki @ Bursztynowy Szlak Transport Sp. z o.o. 2021-03…present',
      'Koordynatorka magazynu @ Morena Dystrybucja S.A. 2017-04…2021-02',
    ]);
  });
});

describe('projects under a company line that carries over', () => {
  it('"Title · Area" / "Company · dates" with inner dated works: the company carried onto them does not make them jobs', () => {
    expect(jobSummaries([
      'Experiencia profesional',
      'Técnico de mantenimiento · Operaciones',
      'Hidrovía del Cierzo S.L. · Verano de 2019 – Actualidad',
      'Mantenimiento preventivo de bombas.',
      'Presa de Valdelobos · Finales de 2020 – Principios de 2021',
      'Sustitución de los variadores.',
      'Ayudante de taller · Operaciones',
      'Talleres Moncayo · Finales de 2016 – Verano de 2019',
      'Reparación de motores.',
    ])).toEqual([
      'Técnico de mantenimiento @ Hidrovía del Cierzo S.L. 2019-06…present',
      'Ayudante de taller @ Talleres Moncayo 2016-09…2019-08',
    ]);
  });
});

describe('a postal code before a town is a place', () => {
  it.each([
    ['25548 KELLINGHUSEN', true],
    ['75011 Paris', true],
    ['D-04109 Leipzig', true],
    ['00-950 Warszawa', true],
    ['1012 AB Amsterdam', true],
    ['8001 Zürich', true],
    ['60311 Frankfurt am Main', true],
    // traps: a year before a town, a count before a noun, a number in a name
    ['2019 Berlin', false],
    ['500 Startups', false],
    ['12 Monkeys Studio GmbH', false],
  ])('%j → %s', (text, expected) => {
    expect(isLocation(text)).toBe(expected);
  });

  it('"Title, Company, 04109 Town ⇥ dates": the code and town are the place, not the employer', () => {
    expect(jobSummaries([
      'Berufserfahrung',
      'Monteur, Hallwig Antrieb, 04109 Leipzig\t2019 – 2021',
      'Montage von Getrieben.',
      'Technicien, Atelier Morel, 75011 Paris\t2016 – 2019',
      'Montage des moteurs.',
    ], true)).toEqual(['Monteur @ Hallwig Antrieb [04109 Leipzig] 2019-07…2021-06', 'Technicien @ Atelier Morel [75011 Paris] 2016-07…2019-06']);
  });
});

describe('"dates. Title: what the job was" in one paragraph', () => {
  it('the title before the colon (or the full stop) is the header, the rest the job\'s text', () => {
    expect(jobSummaries([
      'Past Experience',
      'May 2015 – Dec 2017. Software developer, analyst: surveying data estimation, statistical modeling and visualization for mining clients, industry specific software.',
      'Aug 2012 – May 2015. Analyst in projects evaluation: Analysis of client projects for financial and risk management; modeling, prototyping.',
      'Education',
    ])).toEqual(['Software developer, analyst @  2015-05…2017-12', 'Analyst in projects evaluation @  2012-08…2015-05']);
  });

  it('traps: a dated sentence with no title before its colon or stop is no job', () => {
    expect(jobSummaries([
      'Experience',
      'Software Engineer, Halden Systems\t2016 – 2020',
      '2018 – 2019: we moved the billing platform to streaming events and cut the nightly batch, with the whole team on call.',
    ])).toEqual(['Software Engineer @ Halden Systems 2016-07…2020-06']);
  });
});

describe('"title in lower case | Company ⇥ dates"', () => {
  it('a short lower-case title beside a company is a header', () => {
    expect(jobSummaries([
      'WORK EXPERIENCE',
      'Kitchen Porter | Thorley Arms\tAug 2018 to Present',
      'Cleaning up and prepping areas within the kitchen',
      'engineer/tech | Generator Care Services LTD\tJun 2018 to Jul 2018',
      'Testing and installing new panels.',
    ])).toEqual(['Kitchen Porter @ Thorley Arms 2018-08…present', 'engineer/tech @ Generator Care Services LTD 2018-06…2018-07']);
  });

  it('trap: lower-case pieces with no title word stay body text', () => {
    expect(jobSummaries([
      'Experience',
      'Software Engineer | Halden Systems\t2016 – 2020',
      'built things | for the billing team\t2018 – 2019',
    ])).toEqual(['Software Engineer @ Halden Systems 2016-07…2020-06']);
  });
});

describe('Danish CVs: headings and "dates: Title, Company"', () => {
  it.each([
    ['ERHVERVSERFARING', 'experience'],
    ['Arbejdserfaring', 'experience'],
    ['UDDANNELSE', 'education'],
    ['CERTIFICERINGER', 'certifications'],
    ['Sprog', 'languages'],
  ])('%j is a %s heading', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });

  it('reads the jobs and leaves education and certificates alone', () => {
    expect(jobSummaries([
      'ERHVERVSERFARING',
      '2015-2017: Specialekonsulent, Kulturministeriet',
      'Udvikling og vedligeholdelse af webservices.',
      '2013-2015: Konsulent, Hedegaard & Lund',
      'Tilpasning af e-handelsløsninger.',
      'UDDANNELSE',
      '2000-2004 Cand. scient., Datalogi, Aarhus Universitet',
      'CERTIFICERINGER',
      '2015: ITIL Foundation',
    ])).toEqual(['Specialekonsulent @ Kulturministeriet 2015-07…2017-06', 'Konsulent @ Hedegaard & Lund 2013-07…2015-06']);
  });

  it('traps: English words that Danish lists must not take ("fond of", "the region")', () => {
    expect(jobSummaries([
      'Experience',
      'Support Engineer, Halden Systems\t2016 – 2020',
      'Fond of the region and its people, I moved here in 2016.',
    ])).toEqual(['Support Engineer @ Halden Systems 2016-07…2020-06']);
  });
});

describe('"Town | dates" over a NAME IN CAPITALS over the title', () => {
  it('the word beside the dates is the town, the capitals the employer', () => {
    expect(jobSummaries([
      'DOŚWIADCZENIE',
      'Władysławowo | Maj - Sie 2020',
      'LINOWY PARK BAŁTYK',
      'Instruktor',
      'Obsługa sprzętu parku linowego.',
      'Rumia | Kwi 2023 - Paź 2023',
      'STACJA PALIW NORD',
      'Kasjer',
      'Obsługa klienta przy kasie.',
    ], true)).toEqual([
      'Instruktor @ LINOWY PARK BAŁTYK [Władysławowo] 2020-05…2020-08',
      'Kasjer @ STACJA PALIW NORD [Rumia] 2023-04…2023-10',
    ]);
  });

  it('traps: a company beside the dates over a team in mixed case or in capitals keeps the company', () => {
    expect(jobSummaries([
      'Experience',
      'Halden | 2019 – 2021',
      'Ads Ranking',
      'Software Engineer',
      'Built ranking models.',
    ])).toEqual(['Software Engineer @ Halden 2019-07…2021-06']);
    expect(jobSummaries([
      'Experience',
      'Halden | 2019 – 2021',
      'DATA PLATFORM',
      'Software Engineer',
      'Built ranking models.',
    ])).toEqual(['Software Engineer @ Halden 2019-07…2021-06']);
  });
});
