// A date rail beside a list (RenderCV "classic" with durations): the rail's dates and durations that land on the
// highlights' lines are read right after the entry's header; header rows with their dates stay as they are.
import { describe, expect, it } from 'vitest';
import { isRailText, splitRailCells } from '../../src/extract/pdf/date-rail.js';
import type { VisualLine } from '../../src/extract/pdf/visual-line.js';

/** One line: [text, x0, x1] per cell, 12 pt below the previous one. */
const lines = (rows: Array<Array<[string, number, number]>>): VisualLine[] =>
  rows.map((cells, i) => ({ y: 700 - i * 12, size: 9.5, cells: cells.map(([text, x0, x1]) => ({ text, x0, x1, items: [] })) }));
const texts = (ls: VisualLine[]) => ls.map((l) => l.cells.map((c) => c.text).join(' | '));

const HEADER: [string, number, number] = ['Skerry Marketplace AB, Engineering Manager', 51, 330];
const PLACE: [string, number, number] = ['Gothenburg, Sweden', 470, 545];

describe('rail text', () => {
  it.each<[string, boolean]>([
    ['Mar 2021 – present', true], ['Sept 2013 – Jul 2015', true], ['2019 – 2021', true], ['5 years 9 months', true], ['1 year', true], ['11 months', true],
    ['Gothenburg, Sweden', false], ['Python', false], ['2021', false], ['5 engineers', false],
  ])('%s → %s', (text, expected) => expect(isRailText(text)).toBe(expected));
});

describe('splitRailCells', () => {
  it.each<[string, Array<Array<[string, number, number]>>, string[]]>([
    ['the dates and the duration beside the first highlight go under the header, in order',
      [[HEADER, PLACE], [['Manage two teams of engineers and run their reviews and', 62, 430], ['Mar 2021 – present', 454, 545]], [['the hiring for both teams', 62, 200], ['5 years 9 months', 462, 545]], [['Own the ranking platform', 62, 300]]],
      ['Skerry Marketplace AB, Engineering Manager | Gothenburg, Sweden', 'Mar 2021 – present', '5 years 9 months', 'Manage two teams of engineers and run their reviews and', 'the hiring for both teams', 'Own the ranking platform']],
    ['a bulleted highlight at the left edge',
      [[HEADER, PLACE], [['• Manage two teams of engineers', 51, 430], ['Mar 2021 – present', 454, 545]]],
      ['Skerry Marketplace AB, Engineering Manager | Gothenburg, Sweden', 'Mar 2021 – present', '• Manage two teams of engineers']],
    ['trap: "Title … dates" under "Company … City" at the left edge (Jake\'s resume) stays',
      [[['Skerry Marketplace AB', 51, 160], PLACE], [['Senior Machine Learning Engineer', 51, 220], ['Jan 2018 – Feb 2021', 449, 545]]],
      ['Skerry Marketplace AB | Gothenburg, Sweden', 'Senior Machine Learning Engineer | Jan 2018 – Feb 2021']],
    ['trap: an indented sub-role row with no rail above it stays',
      [[['Skerry Marketplace AB', 51, 160]], [['Senior Machine Learning Engineer, Ranking', 62, 260], ['Jan 2018 – Feb 2021', 449, 545]]],
      ['Skerry Marketplace AB', 'Senior Machine Learning Engineer, Ranking | Jan 2018 – Feb 2021']],
    ['trap: a short indented label beside dates stays (fewer than four words)',
      [[HEADER, PLACE], [['Team lead', 62, 110], ['Mar 2021 – present', 454, 545]]],
      ['Skerry Marketplace AB, Engineering Manager | Gothenburg, Sweden', 'Team lead | Mar 2021 – present']],
    ['trap: a right cell that is not a date or a duration stays',
      [[HEADER, PLACE], [['Manage two teams of engineers and run', 62, 430], ['Remote', 515, 545]]],
      ['Skerry Marketplace AB, Engineering Manager | Gothenburg, Sweden', 'Manage two teams of engineers and run | Remote']],
    ['trap: dates not at the right edge (a middle column) stay',
      [[HEADER, PLACE], [['Manage two teams of engineers and run', 62, 300], ['Mar 2021 – present', 320, 400], ['Oslo', 520, 545]]],
      ['Skerry Marketplace AB, Engineering Manager | Gothenburg, Sweden', 'Manage two teams of engineers and run | Mar 2021 – present | Oslo']],
    ['trap: "Title … dates" under "Company … City" when a heading sits further left (Word export)',
      [[['Work Experience', 36, 120]], [['C.H. Lakewood', 41, 110], ['Minneapolis, MN', 497, 545]], [['Student Software Engineering Project', 41, 213], ['September 2020 – May 2021', 446, 545]]],
      ['Work Experience', 'C.H. Lakewood | Minneapolis, MN', 'Student Software Engineering Project | September 2020 – May 2021']],
  ])('%s', (_name, rows, expected) => {
    expect(texts(splitRailCells(lines(rows)))).toEqual(expected);
  });
});
