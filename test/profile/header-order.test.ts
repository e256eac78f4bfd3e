// A title the lexicon lacks is read where the same writer's known titles stand (fictional people and companies).
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { orderedComma, orderedPieces, voteOrder } from '../../src/profile/header-order.js';
import { isCompoundTitle } from '../../src/profile/header-lexicon.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const jobsOf = (lines: string[]): Job[] => buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs;
const tc = (j: Job) => [j.title, j.org ?? null];
const B = '• Served the lunch rush.';

describe('headers read in the order the section uses', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['"Title, Company" order: "Kitchen Porter, Marrowfield Bistro"', ['Experience',
      'Software Engineer, Quillmoor Labs\t2020 – 2022', B, 'Data Analyst, Halden Systems\t2018 – 2020', B,
      'Kitchen Porter, Marrowfield Bistro\t2016 – 2018', B, 'Shelf Stacker, Norby Foods\t2015 – 2016', B],
      [['Software Engineer', 'Quillmoor Labs'], ['Data Analyst', 'Halden Systems'], ['Kitchen Porter', 'Marrowfield Bistro'], ['Shelf Stacker', 'Norby Foods']]],
    ['"Company — Title" order: "Norby Foods — Shelf Stacker"', ['Experience',
      'Quillmoor Labs — Software Engineer\t2020 – 2022', B, 'Halden Systems — Data Analyst\t2018 – 2020', B,
      'Norby Foods — Shelf Stacker\t2015 – 2016', B],
      [['Software Engineer', 'Quillmoor Labs'], ['Data Analyst', 'Halden Systems'], ['Shelf Stacker', 'Norby Foods']]],
    ['"Title — Company" order', ['Experience',
      'Software Engineer — Quillmoor Labs\t2020 – 2022', B, 'Data Analyst — Halden Systems\t2018 – 2020', B,
      'Shelf Stacker — Norby Foods\t2015 – 2016', B],
      [['Software Engineer', 'Quillmoor Labs'], ['Data Analyst', 'Halden Systems'], ['Shelf Stacker', 'Norby Foods']]],
    ['trap: one known title is no order', ['Experience',
      'Software Engineer, Quillmoor Labs\t2020 – 2022', B, 'Glass Collector, Marrowfield Bistro\t2016 – 2018', B],
      [['Software Engineer', 'Quillmoor Labs'], ['Glass Collector, Marrowfield Bistro', null]]],
    ['trap: headers that disagree give no order', ['Experience',
      'Software Engineer — Quillmoor Labs\t2020 – 2022', B, 'Halden Systems — Data Analyst\t2018 – 2020', B,
      'Norby Foods — Shelf Stacker\t2015 – 2016', B],
      [['Software Engineer', 'Quillmoor Labs'], ['Data Analyst', 'Halden Systems'], ['Norby Foods', 'Shelf Stacker']]],
    ['trap: a company and its town never become a title and a company', ['Experience',
      'Software Engineer, Quillmoor Labs\t2020 – 2022', B, 'Data Analyst, Halden Systems\t2018 – 2020', B,
      'Marrowfield Bistro, Leeds\t2016 – 2018', B],
      [['Software Engineer', 'Quillmoor Labs'], ['Data Analyst', 'Halden Systems']]],
  ])('%s', (_name, lines, want) => {
    expect(jobsOf(lines).map(tc)).toEqual(want);
  });
});

describe('voteOrder, orderedComma, orderedPieces', () => {
  it('needs two agreeing votes per shape', () => {
    expect(voteOrder([{ kind: 'comma', titleFirst: true }, { kind: 'comma', titleFirst: true }, undefined])).toEqual({ comma: true });
    expect(voteOrder([{ kind: 'pieces', titleFirst: false }, { kind: 'pieces', titleFirst: false }])).toEqual({ pieces: false });
    expect(voteOrder([{ kind: 'comma', titleFirst: true }])).toEqual({});
    expect(voteOrder([{ kind: 'pieces', titleFirst: true }, { kind: 'pieces', titleFirst: false }])).toEqual({});
  });

  it.each<[string, boolean, { title: string; org: string } | undefined]>([
    ['Kitchen Porter, Marrowfield Bistro', true, { title: 'Kitchen Porter', org: 'Marrowfield Bistro' }],
    ['Marrowfield Bistro, Kitchen Porter', false, { title: 'Kitchen Porter', org: 'Marrowfield Bistro' }],
    ['Stocker, Norby Foods', true, undefined],
    ['Marrowfield Bistro, Leeds', true, undefined],
    ['Kitchen Porter, Marrowfield Bistro, Leeds', true, undefined],
    ['Kitchen Porter, Ads', true, undefined],
  ])('orderedComma(%s, %s)', (text, titleFirst, want) => {
    expect(orderedComma(text, titleFirst)).toEqual(want);
  });

  it.each<[string[], boolean, number]>([
    [['Norby Foods', 'Shelf Stacker'], false, 1],
    [['Shelf Stacker', 'Norby Foods'], true, 0],
    [['Norby Foods', 'Leeds'], false, -1],
    [['Norby Foods', 'Stacker'], false, -1],
  ])('orderedPieces(%j, %s)', (texts, titleFirst, want) => {
    expect(orderedPieces(texts, titleFirst)).toBe(want);
  });
});

describe('compound titles (the head noun last)', () => {
  it.each<[string, boolean]>([
    ['Jugendtrainerin', true],
    ['Softwareentwickler', true],
    ['Dateningenieurin', true],
    ['Mjukvaruutvecklare', true],
    ['Softwareontwikkelaar', true],
    ['Nonresident', false], // English heads are not compounded
    ['Ingenieurin', false], // the head alone is a title word, not a compound
    ['Stakeholder', false],
    ['Hochschule Lindevoort', false],
    ['Praktikumsbericht', false],
    ['Entwicklungs', false],
    [`${'x'.repeat(60)}entwickler`, false],
  ])('isCompoundTitle(%s) → %s', (text, want) => {
    expect(isCompoundTitle(text)).toBe(want);
  });

  it('"Jugendtrainerin Leichtathletik, SV Grün-Weiß Leipzig" splits at its comma', () => {
    expect(jobsOf(['Ehrenamt', 'seit 2019 — Jugendtrainerin Leichtathletik, SV Grün-Weiß Leipzig']).map(tc))
      .toEqual([['Jugendtrainerin Leichtathletik', 'SV Grün-Weiß Leipzig']]);
  });
});

describe('a full stop after a legal form is no sentence end', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['"GmbH & Co. KG" after a compound title', ['Berufserfahrung', 'Okt. 2014 – Feb. 2017 — Entwicklungsingenieurin bei Mittelgrund Präzisionsteile GmbH & Co. KG, Zwickau'],
      [['Entwicklungsingenieurin', 'Mittelgrund Präzisionsteile GmbH & Co. KG']]],
    ['trap: a sentence after the place still ends the header', ['Appointments', '2020–2022\tResearch Scientist, Corvane AI Labs, London. Built recommendation models for a news product.'],
      [['Research Scientist', 'Corvane AI Labs']]],
  ])('%s', (_name, lines, want) => {
    expect(jobsOf(lines).map(tc)).toEqual(want);
  });
});
