// Reading classes added with the third zoo round (fictional people and companies written here): Europass-style form
// entries (a label column beside the values), "since <date> — header" open ranges, "Title at/bei/en Company" only
// before a capitalised name, a company and a title run together on one line, the lower-case end of a wrapped
// bullet, and capitalised verbs that head a title or a name. Each table holds the traps it must reject.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { employerName, formField } from '../../src/profile/form-labels.js';
import { splitRunTogether } from '../../src/profile/run-together.js';
import { splitPieces } from '../../src/profile/job-header.js';
import { findDateRanges } from '../../src/profile/dates.js';
import { looksLikeProse } from '../../src/profile/line-shape.js';
import { isLocation } from '../../src/profile/header-places.js';
import { unfoldCardRows } from '../../src/profile/jobs.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

function jobsOf(lines: string[]): Job[] {
  return buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
}
const ym = (p: { year: number; month: number } | 'present' | undefined) => (p === undefined ? null : p === 'present' ? p : `${p.year}-${p.month}`);
const tcd = (j: Job) => [j.title, j.org ?? null, ym(j.range?.start), ym(j.range?.end)];

describe('form labels', () => {
  it.each([
    ['Occupation or position held\tSenior Logistics Coordinator', 'position', 'Senior Logistics Coordinator'],
    ['Occupation or position held Senior Logistics Coordinator', 'position', 'Senior Logistics Coordinator'],
    ['Name and address of employer\tKestrel Haulage Ltd, 4 Quay Road, Hull', 'employer', 'Kestrel Haulage Ltd, 4 Quay Road, Hull'],
    ['Main activities and responsibilities\tRoute planning for 40 trucks', 'activities', 'Route planning for 40 trucks'],
    ['Type of business or sector  Freight forwarding', 'sector', 'Freight forwarding'],
    ['Dates\t01/03/2019 – present', 'dates', '01/03/2019 – present'],
    ['Employer: Kestrel Haulage Ltd', 'employer', 'Kestrel Haulage Ltd'],
    ['Position: Dispatcher', 'position', 'Dispatcher'],
    ['Beruf oder Funktion\tDisponentin', 'position', 'Disponentin'],
    ['Name und Adresse des Arbeitgebers\tHallwig Logistik GmbH, Leipzig', 'employer', 'Hallwig Logistik GmbH, Leipzig'],
    ['Fonction ou poste occupé\tResponsable logistique', 'position', 'Responsable logistique'],
    ['Profesión o cargo desempeñado\tJefa de almacén', 'position', 'Jefa de almacén'],
    ['Occupation or position held', 'position', ''],
  ])('%s → %s', (line, field, value) => {
    expect(formField(line)).toEqual({ field, value });
  });

  it.each([
    'Company culture and onboarding for new drivers', // a one-word label before a plain space is a sentence
    'Date of birth 14/05/1988',
    'Position papers on freight emissions',
    'Responsibilities included route planning', // no colon, no tab
    'Dispatcher, Kestrel Haulage Ltd',
    'Title of qualification awarded\tBSc Logistics', // not a work field
    '',
  ])('rejects %j', (line) => {
    expect(formField(line)).toBeUndefined();
  });

  it.each([
    ['Vantor Freight Sp. z o.o., ul. Przemysłowa 12, 60-101 Poznań (Poland)', 'Vantor Freight Sp. z o.o.'],
    ['Acme Rail, Inc., 12 Main Street, Dayton', 'Acme Rail, Inc.'],
    ['Nordhamn Distribution AB', 'Nordhamn Distribution AB'],
  ])('employer name of %j', (value, name) => {
    expect(employerName(value)).toBe(name);
  });

  const FORM = [
    'Work experience',
    'Dates\t01/03/2019 – present',
    'Occupation or position held\tSenior Dispatcher',
    'Main activities and responsibilities\tRoute planning for 40 trucks; driver rotas;',
    'customs documents for Baltic ferries',
    'Name and address of employer\tKestrel Haulage Ltd, 4 Quay Road, Hull (UK)',
    'Type of business or sector\tRoad haulage',
    'Dates\t01/09/2015 – 28/02/2019',
    'Occupation or position held\tDispatcher',
    'Main activities and responsibilities\tNight-shift dispatch',
    'Name and address of employer\tOstmark Freight GmbH, Hafenstraße 3, Rostock',
    'Type of business or sector\tFreight forwarding',
  ];
  it('reads a form-like entry: dates, position and employer by their labels, never the labels themselves', () => {
    expect(jobsOf(FORM).map(tcd)).toEqual([
      ['Senior Dispatcher', 'Kestrel Haulage Ltd', '2019-3', 'present'],
      ['Dispatcher', 'Ostmark Freight GmbH', '2015-9', '2019-2'],
    ]);
  });
  it('reads the same entry when the PDF closed the gap after a one-word label ("Dates 01/03/2019 – present")', () => {
    const pdfLike = FORM.map((l) => (l.startsWith('Dates\t') ? l.replace('\t', ' ') : l));
    expect(jobsOf(pdfLike).map(tcd)).toEqual(jobsOf(FORM).map(tcd));
  });
  it('keeps the activities in the body of their own job', () => {
    const [first, second] = jobsOf(FORM);
    expect(first?.body.map((l) => l.text).join(' ')).toContain('Baltic ferries');
    expect(second?.body.map((l) => l.text).join(' ')).toContain('Night-shift dispatch');
    expect(second?.body.map((l) => l.text).join(' ')).not.toContain('Baltic ferries');
  });
});

describe('since <date> before a header', () => {
  it.each([
    ['seit 04/2021 — Senior-Konstrukteurin bei Hallwig Antriebstechnik GmbH', { year: 2021, month: 4 }, 'present'],
    ['since March 2020 — Dispatcher, Kestrel Haulage Ltd', { year: 2020, month: 3 }, 'present'],
    ['depuis mars 2021', { year: 2021, month: 3 }, 'present'],
  ])('%s is open to the present', (line, start, end) => {
    const [r] = findDateRanges(line);
    expect(r?.start).toEqual(start);
    expect(r?.end).toBe(end);
  });
  it.each([
    ['since 2019 – 2021', { year: 2021, month: 6 }], // an end date after the dash still ends it
    ['2019 — Engineer', { year: 2019, month: 6 }], // no "since": a single year, not an open range
  ])('%s is not open', (line, end) => {
    expect(findDateRanges(line)[0]?.end).toEqual(end);
  });
});

describe('a dash that lost one of its spaces still separates pieces', () => {
  const texts = (t: string) => splitPieces(t, 0).map((p) => p.text);
  it.each([
    ['Atom Freight LLC -Parcel Courier —Alpharetta, Georgia', ['Atom Freight LLC', 'Parcel Courier', 'Alpharetta, Georgia']],
    ['Parcel Courier— Kestrel Haulage Ltd', ['Parcel Courier', 'Kestrel Haulage Ltd']],
    // traps: hyphens inside names and words, a dash before lower case
    ['Jean-Luc Software Consulting', ['Jean-Luc Software Consulting']],
    ['Senior Engineer for the Ad-Tech Platform', ['Senior Engineer for the Ad-Tech Platform']],
    ['Data Engineer -contract role', ['Data Engineer -contract role']],
  ])('%s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});

describe('"Title at Company" needs a name after the link word', () => {
  const texts = (t: string) => splitPieces(t, 0).map((p) => p.text);
  it.each([
    ['Konstrukteurin bei Brandauer Fördersysteme AG', ['Konstrukteurin', 'Brandauer Fördersysteme AG']], // the right side's legal form
    ['Staff Engineer at Quillmoor Labs', ['Staff Engineer', 'Quillmoor Labs']],
    ['Ingeniera de datos en Telefónica Tech', ['Ingeniera de datos', 'Telefónica Tech']],
    ['Software Engineer @Upplands Bank', ['Software Engineer', 'Upplands Bank']], // "@" bound to the name
    ['Data Science Lead @ Kvarnby Delivery', ['Data Science Lead', 'Kvarnby Delivery']],
  ])('%s splits', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
  it.each([
    ['Stagiaire en audit'], // "en" + a lower-case field: one French title
    ['Ingeniera en sistemas'],
    ['Engineer at scale'],
    ['Senior Engineer at Staff Engineer'], // a title on the right is not a company
    ['Software Engineer @kvarnby'], // a lower-case handle, not a name
    ['Software Engineer, soraya@Kvarnby.se'], // an e-mail address: "@" after a letter
  ])('%s stays one piece', (text) => {
    expect(texts(text)).toEqual([text]);
  });
});

describe('a company and a title run together', () => {
  it.each([
    ['Lumen Freight Ltd. Head of Data Science', 'Lumen Freight Ltd.', 'Head of Data Science'],
    ['Marigold Transit Lead Product Designer', 'Marigold Transit', 'Lead Product Designer'],
    ['Castor & Vale Insurance Data Scientist', 'Castor & Vale Insurance', 'Data Scientist'],
    ['Design for Neighbours Volunteer Mentor', 'Design for Neighbours', 'Volunteer Mentor'],
  ])('%s', (text, org, title) => {
    expect(splitRunTogether(text)).toMatchObject({ org, title });
  });
  it.each([
    'Machine Learning Engineer',
    'Senior Machine Learning Engineer',
    'Senior Staff Engineer', // a seniority word first is a title, not a name
    'Head of Data Science',
    'Data Science Lead',
    'Engineering Manager, Personalization', // a comma header is read elsewhere
    'Bank Teller', // one word each side is too little evidence
    'Lumen Freight Ltd.', // no title
  ])('rejects %j', (text) => {
    expect(splitRunTogether(text)).toBeUndefined();
  });
  it('reads a definition-list-like line as company and title', () => {
    const jobs = jobsOf(['Experience', 'Lumen Freight Ltd. Head of Data Science – Jan 2020 – Present, Leeds', 'Manage a department of 14.']);
    expect(jobs.map(tcd)).toEqual([['Head of Data Science', 'Lumen Freight Ltd.', '2020-1', 'present']]);
  });
});

describe('wrapped bullets and verb-like openings', () => {
  it('the lower-case end of a wrapped bullet is not the next role\'s company', () => {
    const jobs = jobsOf([
      'Experience', 'Lumora Health\tBoston, MA', 'Engineering Manager\tMar 2022 – Present',
      'Brought ChatGPT Enterprise into the team for experiment', 'analysis',
      'Senior Data Scientist\tJan 2020 – Feb 2022', 'Trained churn classifiers.',
    ]);
    expect(jobs.map((j) => j.org)).not.toContain('analysis');
    expect(jobs.map((j) => j.title)).toEqual(['Engineering Manager', 'Senior Data Scientist']);
  });
  it('a glyph-less bullet opening with "Integrated …" is not the title of the next dated row', () => {
    const jobs = jobsOf([
      'Experience', '2021 - 2024\tData Engineer\tRia Sensors Lda', 'Wrote the data quality checks for the gauges',
      'Integrated Mistral flow engine and OpenTide modeler in Harbour Ops', '2019 - 2021\tResearch Staff / Flood Modelling\tInstitute for Coastal Studies',
      'Ran the hindcast simulations',
    ]);
    expect(jobs.map((j) => [j.title, j.org])).toEqual([['Data Engineer', 'Ria Sensors Lda'], ['Research Staff / Flood Modelling', 'Institute for Coastal Studies']]);
  });
  it('keeps a name like "eBay" after a body line a header', () => {
    const jobs = jobsOf(['Experience', 'Engineering Manager, Kestrel Haulage Ltd\t2019 – 2022', 'Ran the dispatch platform team for freight', 'eBay Kleinanzeigen', 'Software Engineer\t2016 – 2019', 'Built search.']);
    expect(jobs.map((j) => j.title)).toContain('Software Engineer');
  });
  it.each([
    ['Support Engineer, Ardnacrusha Networks (2008–2010)', false],
    ['Design for Neighbours Volunteer Mentor', false],
    ['Support Team Manager — Lindqvist Ledger AB', false],
    ['Support Team Lead | Brightwater Telecom', false],
    ['Support the on-call rota for the payments team', true],
    ['Support the On-Call Rota — weekly', true],
    ['Design Figma components for the checkout flow', true],
    ['Manage 8 ML engineers and two data scientists', true],
    // present-tense bullets whose glyph a Word document typed as "·" + tab (the extraction drops it)
    ['Assists Program Director in creating strategic planning resources', true],
    ['Coordinates volunteer schedules for three clinics', true],
    ['Analyzes survey data in R for the politics lab', true],
    ['Prepares monthly reports for the board', true],
    ['Creates, edits, and manages technical communications for the program', true],
    // traps: titles that open with the same words
    ['Research Assistant, Institute for Social Data', false],
    ['Process Engineer, Halvorsen Chemicals', false],
    ['Research Staff / Flood Modelling · Institute for Coastal Studies', false],
    ['Review Board Member, Northwind Foundation', false],
    ['Program Coordinator', false],
    ['Training Coordinator, Northwind Clinics', false],
    // A participle that also opens titles, followed by lower-case content words, opens a sentence (a glyph-less bullet).
    ['Integrated Mistral flow engine and OpenTide modeler in Harbour Ops', true],
    ['Applied Bayesian calibration to the tide gauge network', true],
    ['Automated the nightly reconciliation of ledger exports', true],
    ['trap: Integrated Marketing Manager', false],
    ['trap: Applied Scientist, ads ranking and bidding', false],
    ['trap: Distributed Systems Engineer, storage and replication team', false],
    ['trap: Shared services manager', false],
    ['trap: Advanced Analytics Manager', false],
    ['trap: Embedded Software Engineer (Automotive)', false],
  ])('looksLikeProse(%j) is %s', (text, prose) => {
    expect(looksLikeProse(text.replace(/^trap: /, ''))).toBe(prose);
  });
  it.each([
    ['Jugendtrainerin Leichtathletik, SV Grün-Weiß Leipzig', false], // a club named after its city is not a place
    ['Leeds, Remote', true],
    ['Stockholm, Sweden', true],
    ['Seattle, WA', true],
  ])('isLocation(%j) is %s', (text, place) => {
    expect(isLocation(text)).toBe(place);
  });

  it('reads "Company: Title, Area" as a header, and keeps "Label: a, b" lists in the body', () => {
    const jobs = jobsOf([
      'Employment History', 'Harbourview General Hospital: Charge Nurse, Acute Medical Unit', '01/03/2019 – present · Cardiff',
      'Coordinate a 28-bed unit on day and night shifts.', 'Clinical skills: IV therapy, venepuncture, wound care',
      'Tools: Engineer Toolkit, Jira', 'Westfield Care Homes Ltd.: Staff Nurse', '15/08/2015 – 28/02/2019 · Penarth', 'Medication rounds.',
    ]);
    expect(jobs.map(tcd)).toEqual([
      ['Charge Nurse, Acute Medical Unit', 'Harbourview General Hospital', '2019-3', 'present'],
      ['Staff Nurse', 'Westfield Care Homes Ltd.', '2015-8', '2019-2'],
    ]);
  });
});

describe('a grid of role cards read row by row', () => {
  const lines = (texts: string[]) => docOf(texts).lines;
  const GRID = [
    'Engineering Manager, Ads\tTech Lead Manager\tData Scientist',
    'Olivar Classifieds S.L.\tOlivar Classifieds S.L.\tBanco Albero',
    'Jan 2022 → Present · Madrid\tMar 2020 → Dec 2021 · Madrid\tSep 2014 → May 2016 · Madrid',
    'Manage 8 engineers (direct reports).\t⟶\tManaged a team of five.\t⟶\tCredit-risk models with gradient boosting.',
  ];
  it('is read card by card, each card with its own bullets', () => {
    expect(unfoldCardRows(lines(GRID), 2026).map((l) => l.text)).toEqual([
      'Engineering Manager, Ads', 'Olivar Classifieds S.L.', 'Jan 2022 → Present · Madrid', 'Manage 8 engineers (direct reports).',
      'Tech Lead Manager', 'Olivar Classifieds S.L.', 'Mar 2020 → Dec 2021 · Madrid', 'Managed a team of five.',
      'Data Scientist', 'Banco Albero', 'Sep 2014 → May 2016 · Madrid', 'Credit-risk models with gradient boosting.',
    ]);
    expect(jobsOf(['Career path', ...GRID]).map(tcd)).toEqual([
      ['Engineering Manager, Ads', 'Olivar Classifieds S.L.', '2022-1', 'present'],
      ['Tech Lead Manager', 'Olivar Classifieds S.L.', '2020-3', '2021-12'],
      ['Data Scientist', 'Banco Albero', '2014-9', '2016-5'],
    ]);
  });
  it.each([
    [['Company\tTitle\tDates', 'Kestrel Haulage Ltd\tDispatcher\tJan 2019 – Present']], // a table row: one date cell
    [['Jan 2019 – Present\tMar 2015 – Dec 2018', 'Dispatcher']], // dates in every cell but no header row above
    [['Dispatcher\tDriver', 'Jan 2019 – Present\tno date here']], // one cell without a range
  ])('leaves %j as it is', (texts) => {
    expect(unfoldCardRows(lines(texts), 2026).map((l) => l.text)).toEqual(texts);
  });
});

