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

  it.each([
    // Traps: "bij" before a lower-case word is prose, not a company link; a summary sentence is not a job.
    ['"bij" in a sentence', ['Werkervaring', 'Adviseur bij de afdeling inkoop', '2015 – 2018', '• Inkoopanalyses.'], [['Adviseur bij de afdeling inkoop', null]]],
  ])('trap: %s', (_name, lines, expected) => {
    expect(profileOf(lines).jobs.map(tc)).toEqual(expected);
  });
});
