// Dutch résumés: month names and "heden"/"sinds"/"tot", section headings and "Titel bij Bedrijf" headers (the
// lexicon record lexicon/nl.ts and the date words). Lines written here (fictional people and companies).
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { parseDateRange } from '../../src/profile/dates.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf, expectRange, type RangeCase } from './helpers.js';

function profileOf(lines: string[]) {
  return buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES });
}
const tc = (j: Job) => [j.title, j.org ?? null];

describe('Dutch dates', () => {
  const ACCEPT: RangeCase[] = [
    ['mei 2021 – heden', '2021-05', 'present', 'month'],
    ['sept. 2016 – apr. 2021', '2016-09', '2021-04', 'month'],
    ['maart 2014 tot augustus 2016', '2014-03', '2016-08', 'month'],
    ['mrt 2014 - okt 2015', '2014-03', '2015-10', 'month'],
    ['sinds 2019', '2019-07', 'present', 'year'],
    ['van 2015 tot heden', '2015-07', 'present', 'year'],
    ['zomer 2013', '2013-06', '2013-08', 'season'],
  ];
  it.each(ACCEPT)('%s', (text, start, end, precision) => expectRange(text, start, end, precision));

  // Traps: Dutch words that are not dates.
  it.each(['Meijer en Zonen', 'tot slot een project', 'heden en verleden', 'van Dijk Logistiek'])('not a range: %s', (text) => {
    expect(parseDateRange(text)).toBeNull();
  });
});

describe('Dutch headers and sections', () => {
  it('"Titel bij Bedrijf" headers under "Werkervaring", education not a job', () => {
    const p = profileOf([
      'Sanne Voorbeeld', 'Profiel', 'Engineering manager met tien jaar ervaring in machine learning.',
      'Werkervaring', 'Engineering Manager Aanbevelingen bij Tulpveld B.V.', 'mei 2021 – heden · Utrecht', '• Leidinggevende van 8 engineers.',
      'Data Scientist bij Gemeente Dijkstad', 'okt. 2013 – aug. 2016 · Dijkstad', '• Voorspelmodellen voor onderhoud.',
      'Opleiding', 'MSc Artificial Intelligence, Universiteit van Amstelveen, 2011 – 2013',
    ]);
    expect(p.jobs.map(tc)).toEqual([['Engineering Manager Aanbevelingen', 'Tulpveld B.V.'], ['Data Scientist', 'Gemeente Dijkstad']]);
  });

  // An internship named by its kind alone ("Stage", "Prácticas", "Apprenticeship"), then "bij"/"chez"/"at" and the employer.
  it.each<[string, string[], Array<[string, string | null]>]>([
    ['"STAGE BIJ COMPANY (TOWN)" in capitals', ['Werkervaring', 'STAGE BIJ VERHOEVEN TRANSPORT (GENK)', '(26/02/2024-24/05/2024)', 'Logbestanden geanalyseerd.'],
      [['STAGE', 'VERHOEVEN TRANSPORT (GENK)']]],
    ['"Stage chez …"', ['Expérience', 'Stage chez Lumière Données', 'juin 2022 – août 2022', 'Tableaux de bord.'], [['Stage', 'Lumière Données']]],
    ['"Apprenticeship at …"', ['Experience', 'Apprenticeship at Harrow Joinery', 'Sep 2019 – Aug 2021', 'Built cabinets.'], [['Apprenticeship', 'Harrow Joinery']]],
    // Traps: a type that names only the terms stays with what follows; a title before "at" as before.
    ['trap: "Full-time at …" names no role', ['Experience', 'Full-time at Harrow Joinery', 'Sep 2019 – Aug 2021', 'Built cabinets.'], [['Full-time at Harrow Joinery', null]]],
    ['trap: "Stage Manager at …" is a title', ['Experience', 'Stage Manager at Lantern Theatre Company', '2018 – 2020', 'Ran the prompt desk.'], [['Stage Manager', 'Lantern Theatre Company']]],
  ])('%s', (_name, lines, expected) => {
    expect(profileOf(lines).jobs.map(tc)).toEqual(expected);
  });

  it.each([
    // Traps: "bij" before a lower-case word is prose, not a company link; a summary sentence is not a job.
    ['"bij" in a sentence', ['Werkervaring', 'Adviseur bij de afdeling inkoop', '2015 – 2018', '• Inkoopanalyses.'], [['Adviseur bij de afdeling inkoop', null]]],
  ])('trap: %s', (_name, lines, expected) => {
    expect(profileOf(lines).jobs.map(tc)).toEqual(expected);
  });
});
