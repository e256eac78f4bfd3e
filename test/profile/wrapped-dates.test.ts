// Dates that a page layout broke: a season list wrapped after its joining word ("… — Summer 2014 and" / "2015"),
// and a right-aligned range that wrapped so that a PDF reader put its end year before its start on the same row
// ("… Water 2020<tab>2017 –"). Lines written here (fictional people and companies); each rule has its traps.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/profile/job-lines.js';
import type { Line } from '../../src/types.js';

const lines = (texts: string[]): Line[] => texts.map((text, index) => ({ text, page: 1, index }));
const anchors = (texts: string[]) => classifyLines(lines(texts), 2026).filter((c) => c.role === 'anchor').map((c) => [c.range?.raw ?? null, c.rest]);

describe('a season list wrapped after its joining word', () => {
  it.each([
    ['"and" at the line end', ['Software Engineering Intern, Hollis Freight Co. — Summer 2014 and', '2015', 'Internal tools in Java.'], [['Summer 2014 and 2015', 'Software Engineering Intern, Hollis Freight Co.']]],
    ['a comma at the line end', ['Research Intern, Halvard Institute — Summers 2016,', '2017', 'Ranking experiments.'], [['Summers 2016, 2017', 'Research Intern, Halvard Institute']]],
  ])('%s', (_name, texts, expected) => {
    expect(anchors(texts)).toEqual(expected);
  });

  it.each([
    // Traps: a sentence ending in "and" above a year line, and a year that is not later.
    ['a body sentence above a lone year', ['Built the pricing model and', '2015', 'Data Analyst, Orrin Labs\t2015 – 2017'], [['2015', ''], ['2015 – 2017', 'Data Analyst, Orrin Labs']]],
    ['an earlier year is not the list going on', ['Intern, Hollis Freight Co. — Summer 2014 and', '2013'], [['2013', '']]],
  ])('trap: %s', (_name, texts, expected) => {
    expect(anchors(texts)).toEqual(expected);
  });
});

describe('a wrapped range whose end year landed before its start', () => {
  it.each([
    ['a tab between them', 'Consultant, Brightmoor Consulting — clients: Halewood Bank, Ouse Valley Water 2020\t2017 –', '2017 – 2020', 'Consultant, Brightmoor Consulting — clients: Halewood Bank, Ouse Valley Water'],
    ['a month start', 'Data Engineer, Orrin Labs 2021  ·  Mar 2019 –', 'Mar 2019 – 2021', 'Data Engineer, Orrin Labs'],
  ])('%s', (_name, text, raw, rest) => {
    expect(anchors([text])).toEqual([[raw, rest]]);
  });

  it.each([
    // Traps: an earlier year, a year that is part of a name, an open range that does not end the line: never joined.
    ['an earlier year is not the end', 'Data Engineer, Orrin Labs 2015\t2017 –', '2017 – 2015'],
    ['a year inside a name', 'Analyst, Vision 2030 Programme\t2021 –', '2021 – 2030'],
    ['an open range followed by text', 'Data Engineer 2021\t2019 – Orrin Labs', '2019 – 2021'],
  ])('trap: %s', (_name, text, joined) => {
    expect(anchors([text]).map((a) => a[0])).not.toContain(joined);
  });
});
