// Failure classes found reading public résumés (round 2), each as a case table with the traps it must reject.
import { describe, expect, it } from 'vitest';
import { looksLikeProse } from '../../src/profile/line-shape.js';
import { classifyHeading } from '../../src/profile/sections.js';
import { TITLE_RE } from '../../src/profile/header-lexicon.js';
import { expectRange, jobSummaries, type RangeCase } from './helpers.js';
import { findDateRanges } from '../../src/profile/dates.js';

const jobsOf = (lines: string[]): string[] => jobSummaries(lines);

describe('a bullet written as a noun phrase is a description, not a header', () => {
  it.each([
    ['Entwicklung eines Prüfstands für Hydraulikventile', true],
    ['Steuerung einer Förderanlage', true],
    ['Abstimmung mit Lieferanten', true],
    ['Implementierung einer Messdatenbank', true],
    ['Erstellen einer Prüfanweisung für die Endkontrolle', true],
    ['Gestion des stocks et des commandes', true],
    ["Création d'une application mobile", true],
    ['Development of the billing API', true],
    ['Implementación de pasarelas de pago', true],
    ['Gestione della logistica', false], // "Gestione" carries no action-noun ending the rule knows: left as it was
    // traps: titles, organisations, names
    ['Leiter der Entwicklung', false],
    ['Institut für Angewandte Hydrologie', false],
    ['Department of Computer Science', false],
    ['Syndicat des Eaux du Vercors', false],
    ['Management Consultant', false],
    ['Development Bank of Lindmark', false],
    ['Association for Computing Machinery', false],
    ['Praktikant bei Hydrova AG', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeProse(text)).toBe(expected);
  });

  it('"Title ⇥ dates" / company / nominal bullets: the company stays with its own job', () => {
    expect(jobsOf([
      'Berufserfahrung',
      'Softwareingenieur\tDezember 2024 - Februar 2026',
      'Lindqvarn GmbH',
      'Aufbau einer CI-Pipeline',
      'Betreuung der Testgruppe',
      'Research assistant\tApril 2023 - September 2024',
      'Institut für Angewandte Hydrologie',
      'Simulation von Grundwasserströmen',
    ])).toEqual([
      'Softwareingenieur @ Lindqvarn GmbH 2024-12…2026-02',
      'Research assistant @ Institut für Angewandte Hydrologie 2023-04…2024-09',
    ]);
  });
});

describe('section headings: number variants, typed rules, German wording', () => {
  it.each([
    ['CERTIFICATION', 'certifications'],
    ['Certification', 'certifications'],
    ['WORKING EXPERIENCES', 'experience'],
    ['Other Experiences', 'experience'],
    ['Professional Experiences', 'experience'],
    ['Skill', 'skills'],
    ['Erfahrung ________________________________________________________________________', 'experience'],
    ['Kenntnisse ______________________________________________________________________', 'skills'],
    ['EDUCATION ------------------------------------------------------------------------', 'education'],
    ['Berufliche Laufbahn', 'experience'],
    ['Berufstätigkeit', 'experience'],
    ['Zivildienst', 'experience'],
    ['Technische Kenntnisse', 'skills'],
    ['Zusatzqualifikationen', 'certifications'],
    ['Führungsqualitäten', 'volunteering'],
  ])('%j is a %s heading', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });

  it.each([
    // number variants only for words of five letters or more, and only the last word
    'Gas',
    'Status',
    // a title, a company, a sentence with a rule
    'Senior Data Analyst',
    'Lindqvarn Experiences GmbH & Co. KG, Hamburg, Germany, Europe and more',
    'Responsible for the whole platform and its roadmap. ____',
  ])('%j is no lexicon heading', (text) => {
    expect(classifyHeading(text)?.lexicon ?? false).toBe(false);
  });

  it('a strong German heading ends the experience section ("Technische Kenntnisse" after the jobs)', () => {
    expect(jobsOf([
      'Beruflicher Werdegang',
      '03/2018 – 07/2018\tWerkstudent, Hydrova AG, Kassel',
      'Zivildienst',
      '05/2010 – 01/2011\tZivildienst, Sozialwerk Nordheim, Kassel',
      'Technische Kenntnisse',
      'Matlab & Simulink\tsehr gute Kenntnisse',
      'ROS Framework, NI Vision Assistant, SVN\tGrundkenntnisse',
    ])).toEqual([
      'Werkstudent @ Hydrova AG 2018-03…2018-07',
      'Zivildienst @ Sozialwerk Nordheim 2010-05…2011-01',
    ]);
  });
});

describe('a run of entries with no body between them votes for dates first by its ends', () => {
  it('"dates" / "Company" / "Title", again and again', () => {
    expect(jobsOf([
      'Berufliche Laufbahn',
      'August 2019 – April 2020',
      'Quellbach Software',
      'Full-stack Developer',
      'Dezember 2018 - Juni 2019',
      'Brotzeit Schnellrestaurant',
      'Servicemitarbeiter',
      'Mai 2017 - August 2017',
      'Havelland Informatik GmbH',
      'Datacenter Techniker',
    ])).toEqual([
      'Full-stack Developer @ Quellbach Software 2019-08…2020-04',
      'Servicemitarbeiter @ Brotzeit Schnellrestaurant 2018-12…2019-06',
      'Datacenter Techniker @ Havelland Informatik GmbH 2017-05…2017-08',
    ]);
  });

  it('"dates ⇥ Company" / "Title", again and again, a lower-case company among them', () => {
    expect(jobsOf([
      'Beruflicher Werdegang',
      'seit 6/2015\tBrandhorst Personal-Service e.K., Dresden',
      'Helfer Lagerlogistik',
      '12/2014 – 3/2015\tKorvin Technologie Dresden',
      'Programmierer',
      '12/2013 – 12/2015\tnordwerk GbR, Dresden',
      'Helfer',
      '3 - 4/2014\tFa. Uwe Lindner GbR, Bautzen',
      'Abbruch- und Entkernungsarbeiten',
      '5 - 11/2012\tSatwerk Digital GmbH, Dresden',
      'Entwicklungsingenieur',
    ])).toEqual([
      'Helfer Lagerlogistik @ Brandhorst Personal-Service e.K. 2015-06…present',
      'Programmierer @ Korvin Technologie Dresden 2014-12…2015-03',
      'Helfer @ nordwerk GbR 2013-12…2015-12',
      'Abbruch- und Entkernungsarbeiten @ Fa. Uwe Lindner GbR 2014-03…2014-04',
      'Entwicklungsingenieur @ Satwerk Digital GmbH 2012-05…2012-11',
    ]);
  });

  it('trap: a title wrapped beside dates at the line end still joins ("Senior Machine Learning ⇥ dates" / "Engineer")', () => {
    expect(jobsOf([
      'Experience',
      'Senior Machine Learning\tJan 2020 – Present',
      'Engineer',
      'Lindqvarn Analytics',
      'Built ranking models.',
    ])).toEqual(['Senior Machine Learning Engineer @ Lindqvarn Analytics 2020-01…present']);
  });

  it('trap: a lower-case sentence beside dates is not a company', () => {
    expect(jobsOf([
      'Experience',
      'Data Analyst, Hydrova AG',
      '2019 – 2021\tled the migration of the Hydrova AG data warehouse to the cloud and trained the team',
    ])).toEqual(['Data Analyst @ Hydrova AG 2019-07…2021-06']); // the sentence is a description; its dates are the entry's
  });

  it('trap: "Title" / "Company" / "dates", again and again, stays headers first', () => {
    expect(jobsOf([
      'Experience',
      'Full-stack Developer',
      'Quellbach Software',
      'August 2019 – April 2020',
      'Service Associate',
      'Brotzeit Diner',
      'December 2018 - June 2019',
    ])).toEqual([
      'Full-stack Developer @ Quellbach Software 2019-08…2020-04',
      'Service Associate @ Brotzeit Diner 2018-12…2019-06',
    ]);
  });
});

describe('German compound titles', () => {
  it.each([
    ['Softwareentwickler', true],
    ['Bauleiterin', true],
    ['Jugendtrainerin', true],
    ['Senior-Konstrukteurin', true],
    ['Berufspraktikum', true],
    ['Entwicklungsingenieur', true],
    ['Servicemitarbeiter', true],
    ['Teilzeit mitarbeiter', true],
    // things, not people; a company holding a stem not at its end; too short a prefix
    ['Halbleiter', false],
    ['Lautsprecher', false],
    ['Ingenieurbüro Lindqvarn', false],
    ['Entwicklerteam', false],
    ['Exleiter', false], // at least three letters before the stem
    ['Ableiter', false],
  ])('%j is a title: %s', (text, expected) => {
    expect(TITLE_RE.test(text)).toBe(expected);
  });

  it('"Jugendtrainerin Leichtathletik, Club" splits at the comma', () => {
    expect(jobsOf(['Ehrenamt', '2019 – heute\tJugendtrainerin Leichtathletik, SV Blau-Gelb Kassel'])).toEqual([
      'Jugendtrainerin Leichtathletik @ SV Blau-Gelb Kassel 2019-07…present',
    ]);
  });
});

describe('a legal form after "Co." is no sentence start', () => {
  it.each([
    ['Oct 2014 – Feb 2017 — Development Engineer at Mittelgrund GmbH & Co. KG, Zwickau', 'Development Engineer @ Mittelgrund GmbH & Co. KG 2014-10…2017-02'],
    ['Associate, Harrow & Co. LLP\tMar 2019 – Jan 2021', 'Associate @ Harrow & Co. LLP 2019-03…2021-01'],
    // trap: a real sentence after the header still ends it
    ['Data Analyst, Hydrova AG, Kassel. Built the forecasting pipeline for spare parts\t2016 – 2018', 'Data Analyst @ Hydrova AG 2016-07…2018-06'],
  ])('%j', (line, expected) => {
    expect(jobsOf(['Experience', line])).toEqual([expected]);
  });
});

describe('dates typed in Word and German CVs', () => {
  it.each<RangeCase>([
    // a slash with spaces, before a four-digit year
    ['08/ 2024 to Present', '2024-08', 'present', 'month'],
    ['07 / 2025- Present', '2025-07', 'present', 'month'],
    ['11/ 2024', '2024-11', '2024-11', 'month'],
    // a month number, a dash, the end month with the shared year
    ['3 - 4/2014', '2014-03', '2014-04', 'month'],
    ['9 - 12/2002', '2002-09', '2002-12', 'month'],
    ['1-2/2013', '2013-01', '2013-02', 'month'],
  ])('%j', (text, start, end, precision) => {
    expectRange(text, start, end, precision);
  });

  it.each([
    '11 - 4/2014', // backwards
    '10 3 - 4/2014', // a number before it
    '3 - 4/14', // a two-digit year
    '3 - 13/2014', // no month 13
    'rated 9 / 10',
    '24/7 / 365',
    'score 3 / 2020 participants',
    'Store 4417 June 2023', // digits right before a month name in the same cell
  ])('%j is no range', (text) => {
    expect(findDateRanges(text).filter((r) => !r.single)).toEqual([]);
  });

  it('a number in the cell before a date that opens with a month is no part of it ("Store 4417 ⇥ June 2023 – Present")', () => {
    expect(findDateRanges('Northwind Hardware, Store 4417\tJune 2023 - Present').map((r) => r.raw)).toEqual(['June 2023 - Present']);
    // trap: a bare year after a number in the cell before stays glued
    expect(findDateRanges('03–09\t2015')).toEqual([]);
  });
});

describe('"Title • Title • Company" under a date line (a promotion on one line, trades)', () => {
  it('the company is the piece that is no title', () => {
    expect(jobsOf([
      'Experience',
      '09/2008 – 07/2019',
      'Retail assistant • Duty manager • Frostway Foods',
      '2001 - 2006',
      'Butcher • butcher • Harrow Lane Butchers',
      'As duty manager I locked up, cashed up and briefed the late shift.',
    ])).toEqual([
      'Duty manager @ Frostway Foods 2008-09…2019-07',
      'Butcher @ Harrow Lane Butchers 2001-07…2006-06',
    ]);
  });

  it.each([
    ['Sales Associate | Store Manager | Northwind Traders\t2015 – 2019', 'Sales Associate @ Northwind Traders 2015-07…2019-06'],
    // trap: a company with an organisation word still wins over a plain piece
    ['Store Manager • Northwind Traders Ltd • Riverside Mall\t2015 – 2019', 'Store Manager @ Northwind Traders Ltd 2015-07…2019-06'],
  ])('%j', (line, expected) => {
    expect(jobsOf(['Experience', line])).toEqual([expected]);
  });

  it('trap: a tech stack with a tool named like a trade word stays a list', () => {
    expect(jobsOf(['Experience', 'Platform Engineer, Hydrova AG\t2019 – 2021', 'Terraform · Packer · Vault · Consul'])).toEqual([
      'Platform Engineer @ Hydrova AG 2019-07…2021-06',
    ]);
  });
});

describe('RenderCV-style entries: dates beside the first description line, a link after the title', () => {
  it('"Company, Title. link ↗ ⇥ City" / "Sentence. ⇥ dates"', () => {
    expect(jobsOf([
      'Professional Experience',
      'Korvel S.r.l., Security Intern. korvel.it 2\tVicenza, Italy',
      'Internship in the security team.\t10/03/2025 – 20/06/2025',
      'Wrote alert rules for the log platform.',
      'Mirvato, Programmer. mirvato.it 2.\tPadua, Italy',
      'Apprenticeship in the web team.\t02/09/2019 – 30/06/2020',
      'Built booking forms for two clients.',
    ])).toEqual([
      'Security Intern @ Korvel S.r.l. 2025-03…2025-06',
      'Programmer @ Mirvato 2019-09…2020-06',
    ]);
  });

  it('trap: a dated sentence under another sentence is no new entry', () => {
    expect(jobsOf([
      'Experience',
      'Data Analyst, Hydrova AG\t2019 – 2023',
      'Built the forecasting pipeline for spare parts.',
      'Ran the migration of the data warehouse.\t2021 – 2022',
    ])).toEqual(['Data Analyst @ Hydrova AG 2019-07…2023-06']);
  });

  it.each([
    ['Frontend Developer Vue.js', 'Frontend Developer Vue.js'],
    ['Backend Engineer Node.js', 'Backend Engineer Node.js'],
    ['Software Engineer II', 'Software Engineer II'],
    ['Korvel S.r.l., Security Intern. korvel.it 2', 'Security Intern'],
    ['Programmer. https://mirvato.it/team', 'Programmer'],
  ])('title %j → %j', (title, expected) => {
    expect(jobsOf(['Experience', `${title}\t2019 – 2021`])[0]?.split(' @ ')[0]).toBe(expected);
  });
});

describe('a one-word title right under an entry\'s date line is its title, not a heading', () => {
  it('"dates ⇥ Org" / "Zivildienst" under the "Zivildienst" heading', () => {
    expect(jobsOf([
      'Berufliche Laufbahn',
      'seit 04/2021\tKörbelin Präzisionstechnik GmbH, Nürnberg',
      'Softwareentwicklerin',
      'Zivildienst',
      '09/2010 – 05/2011\tSozialwerk Schwabach e.V., Schwabach',
      'Zivildienst',
      'Ausbildung',
      '10/2011 – 09/2015\tB. Eng. Mechatronik, Technische Hochschule Nürnberg',
    ])).toEqual([
      'Softwareentwicklerin @ Körbelin Präzisionstechnik GmbH 2021-04…present',
      'Zivildienst @ Sozialwerk Schwabach e.V. 2010-09…2011-05',
    ]);
  });

  it('trap: a section heading after a dated line without bullets still ends the section', () => {
    expect(jobsOf([
      'Experience',
      'Data Analyst, Hydrova AG\t2019 – 2021',
      'Education',
      'BSc Statistics, University of Kassel\t2015 – 2019',
    ])).toEqual(['Data Analyst @ Hydrova AG 2019-07…2021-06']);
  });
});

describe('the team a title names after it is not the title', () => {
  it.each([
    ['Software Developer in the Payments and Lending team – Quillbank\tDec 2020 – Present', 'Software Developer @ Quillbank 2020-12…present'],
    ['Analyst on the Pricing Squad | Hydrova\t2019 – 2021', 'Analyst @ Hydrova 2019-07…2021-06'],
    // traps: an area that is no team stays
    ['Software Engineer in Test – Zopello\t2019 – 2021', 'Software Engineer in Test @ Zopello 2019-07…2021-06'],
    ['Lecturer in Statistics, Kassel University\t2019 – 2021', 'Lecturer in Statistics @ Kassel University 2019-07…2021-06'],
    ['Head of the Platform Team, Hydrova AG\t2019 – 2021', 'Head of the Platform Team @ Hydrova AG 2019-07…2021-06'],
  ])('%j', (line, expected) => {
    expect(jobsOf(['Experience', line])).toEqual([expected]);
  });

  it('Dutch "VAKANTIEWERK BIJ ZIEKENHUIS": a holiday job at a named employer', () => {
    expect(jobsOf(['ERVARING', 'VAKANTIEWERK BIJ SINT-ANNAZIEKENHUIS', '(01/07/2023-12/08/2023)'])[0]).toBe('VAKANTIEWERK @ SINT-ANNAZIEKENHUIS 2023-07…2023-08');
  });
});

describe('a noun-phrase bullet naming an organisation later is still a description', () => {
  it.each([
    ['Entwicklung eines Condition Monitoring Systems für Pumpen', true],
    ['Implementierung einer Schnittstelle zur Lindqvarn GmbH', true],
    ['Institut für Angewandte Hydrologie', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeProse(text)).toBe(expected);
  });
});

describe('a date cell wrapped inside a narrow left column (moderncv)', () => {
  it('"September ⇥ header" / "2016 – ⇥ bullet" / "October 2019 ⇥ bullet"', () => {
    expect(jobsOf([
      'Experience',
      'September\tHelpdesk Engineer, Lindqvarn SPRL, Namur.',
      '2016 –\tFirst-line support for a 300-person office;',
      'October 2019\tKept the patch schedule;',
      'February\tIntern, Hydrova Consulting Group, Liège.',
      '2015 - May 2015\tSet up file servers for small offices',
      'November\tNetwork Administrator, Hôpital Sainte-Aldegonde, Namur',
      '2019 –\tRan the switches and firewalls of a 400-bed hospital;',
      'December\tPlanned the move of the data centre;',
      '2023',
      'March\tSupport Technician, Corvelle SPRL, Gembloux',
      '2024 – May\tImaged and shipped laptops;',
      '2024',
    ])).toEqual([
      'Helpdesk Engineer @ Lindqvarn SPRL 2016-09…2019-10',
      'Intern @ Hydrova Consulting Group 2015-02…2015-05',
      'Network Administrator @ Hôpital Sainte-Aldegonde 2019-11…2023-12',
      'Support Technician @ Corvelle SPRL 2024-03…2024-05',
    ]);
  });

  it('trap: a month name over a line that opens with a year but no dash', () => {
    expect(jobsOf(['Experience', 'March\tData Analyst, Hydrova AG', '2016 was the year of the migration', 'Built dashboards.']).some((j) => j.includes('2016-03'))).toBe(false);
  });
  it('trap: a month name over "2020 – team of four" (no range follows)', () => {
    expect(jobsOf(['Experience', 'Data Analyst, Hydrova AG\t2019 – 2021', 'May\tBuilt the reporting pipeline', '2020 – team of four', 'Ran the release.'])).toEqual([
      'Data Analyst @ Hydrova AG 2019-07…2021-06',
    ]);
  });
});

describe('an employment type as a label before the title, a full stop after the place, a list under "Aufgaben:"', () => {
  it('"dates ⇥ Vollzeit: Title, Company, City." / "Aufgaben:" / items', () => {
    expect(jobsOf([
      'Beruflicher Werdegang',
      '02/2011 – 09/2013\tVollzeit: Monteurin im Anlagenbau, Kessler, Steyr.',
      'Aufgaben:',
      'Leitung der Endmontage von Verpackungsanlagen',
      'Bau von Prüfvorrichtungen',
      '05/2010 – 01/2011\tTeilzeit: Verkäufer, Brotwerk GmbH, Wels',
    ])).toEqual([
      'Monteurin im Anlagenbau @ Kessler 2011-02…2013-09',
      'Verkäufer @ Brotwerk GmbH 2010-05…2011-01',
    ]);
  });

  it.each([
    ['Full-time: Barista, Bean Street Coffee, Leeds\t2019 – 2021', 'Barista @ Bean Street Coffee 2019-07…2021-06'],
    // trap: a colon after a name that is no employment type stays where it is
    ['Hydrova AG: Data Analyst\t2019 – 2021', 'Data Analyst @ Hydrova AG 2019-07…2021-06'],
  ])('%j', (line, expected) => {
    expect(jobsOf(['Experience', line])).toEqual([expected]);
  });

  it('trap: a sentence that ends in a full stop is still no comma header', () => {
    expect(jobsOf(['Experience', 'Data Analyst, Hydrova AG\t2019 – 2021', 'Built dashboards, cut costs, trained staff, wrote reports.'])).toEqual([
      'Data Analyst @ Hydrova AG 2019-07…2021-06',
    ]);
  });
});

describe('"Title – Company" / "2020, Jul–Okt. Description …" (dates opening the description), an employment type as the only title', () => {
  it('reads each entry with its dates', () => {
    expect(jobsOf([
      'Berufserfahrung',
      'Software Entwickler – Talweg Kassensysteme GmbH',
      '2020, Jul-Okt. Talweg baut Kassensoftware für Bäckereien. Ich habe Berichte für die Filialen programmiert.',
      'Schlagworte: C#, .Net, SQL',
      'Praktikum – Lindqvarn Bio GmbH',
      '2018, Jul-Aug. Ich habe Laborgeräte inventarisiert und Etiketten gedruckt.',
    ])).toEqual([
      'Software Entwickler @ Talweg Kassensysteme GmbH 2020-07…2020-10',
      'Praktikum @ Lindqvarn Bio GmbH 2018-07…2018-08',
    ]);
  });

  it.each<RangeCase>([
    ['2020, Jul-Okt.', '2020-07', '2020-10', 'month'],
    ['2018, Aug–Sep', '2018-08', '2018-09', 'month'],
  ])('%j', (text, start, end, precision) => {
    expectRange(text, start, end, precision);
  });

  it.each(['2020, Okt-Jul', '2019, Jun', '12 2020, Jul-Okt'])('trap: %j is no month range', (text) => {
    expect(findDateRanges(text).some((r) => r.precision === 'month' && !r.single)).toBe(false);
  });

  it.each([
    ['Internship | Acme Corp\t2019 – 2020', 'Internship @ Acme Corp 2019-07…2020-06'],
    // trap: beside a real title the employment type stays out of it
    ['Full-time | Data Analyst | Acme Corp\t2019 – 2020', 'Data Analyst @ Acme Corp 2019-07…2020-06'],
  ])('%j', (line, expected) => {
    expect(jobsOf(['Experience', line])).toEqual([expected]);
  });
});
