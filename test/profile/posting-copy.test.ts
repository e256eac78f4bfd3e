// POSTING_COPY: blocks of résumé lines that reproduce the shipped rubric's job posting, and the honest résumé lines
// that share ordinary phrases with it and must be left alone. The posting is the real file the rubric names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { findPostingCopy, postingShingles } from '../../src/profile/posting-copy.js';
import type { Line, Posting } from '../../src/types.js';
import { AS_OF, docOf, PEOPLE_MANAGEMENT } from './helpers.js';

const POSTING_TEXT = readFileSync('rubrics/em-user-understanding.posting.txt', 'utf8');
const POSTING: Posting = { path: 'em-user-understanding.posting.txt', text: POSTING_TEXT };
const postingLines = POSTING_TEXT.split('\n').filter((l) => l.trim() !== '');
const linesOf = (texts: string[]): Line[] => texts.map((text, index) => ({ text, page: 1, index }));
const copied = (texts: string[]): number[] => findPostingCopy(linesOf(texts), postingShingles(POSTING)).flat();

const HONEST = [
  'Dana Okafor — Engineering Manager',
  'Summary',
  'Engineering manager with 9 years in applied machine learning and 4 years of people management.',
  'Experience',
  'Engineering Manager, Personalisation — Brightwater Media — 2021 – Present',
  '- Led a team of 8 machine learning engineers building recommender systems for the home feed.',
  '- Collaborated with Product and Data Science to set priorities for user modeling work.',
  '- Drove experimentation on ranking models; measurable impact on key metrics such as retention.',
  '- Ran roadmap planning and stakeholder communication for ads and growth teams.',
  'Senior ML Engineer — Harbour Analytics — 2016 – 2021',
  '- Built large-scale machine learning for recommendation and ads systems (CTR prediction).',
  '- Mentored engineers and fostered an inclusive, high-performing team culture.',
];

describe('posting copy: flagged', () => {
  it('flags a pasted Responsibilities block, exactly its lines', () => {
    const block = postingLines.slice(2, 8);
    const texts = [...HONEST.slice(0, 5), ...block, ...HONEST.slice(5)];
    expect(copied(texts)).toEqual([5, 6, 7, 8, 9, 10]);
  });
  it('flags one whole bullet copied verbatim', () => {
    const bullet = postingLines.find((l) => l.startsWith('- Lead and mentor')) ?? '';
    expect(copied([...HONEST, bullet])).toEqual([HONEST.length]);
  });
  it('flags the posting run into one long line, case and punctuation changed', () => {
    const oneLine = postingLines.slice(0, 6).join(' ').toUpperCase().replace(/[,.-]/g, ' ');
    expect(copied([HONEST[0] ?? '', oneLine, ...HONEST.slice(1)])).toEqual([1]);
  });
  it('flags the posting re-wrapped at other line ends, with an empty rule line inside', () => {
    const words = postingLines.slice(9, 14).join(' ').split(/\s+/);
    const rewrapped: string[] = [];
    for (let i = 0; i < words.length; i += 7) rewrapped.push(words.slice(i, i + 7).join(' '));
    rewrapped.splice(3, 0, '———');
    const got = copied([...HONEST, ...rewrapped]);
    expect(got).toEqual(rewrapped.map((_, k) => HONEST.length + k));
  });
});

describe('posting copy: honest résumés left alone', () => {
  it('an honest résumé that shares the posting\'s ordinary phrases', () => {
    expect(copied(HONEST)).toEqual([]);
  });
  it.each([
    ['one requirement echoed in a summary', ['Summary', '6+ years of industry experience in applied machine learning; 2+ years of people management experience.', 'Built ranking at Halden.']],
    ['short phrases on every line', ['recommender systems', 'machine learning', 'people management', 'user understanding', 'Discovery, Ads, and Growth']],
    ['the posting\'s words in another order', [postingLines[2]?.split(' ').reverse().join(' ') ?? '']],
    ['every fourth word of a bullet changed', [(postingLines[3] ?? '').split(' ').map((w, i) => (i % 4 === 3 ? 'zz' : w)).join(' ')]],
  ])('%s', (_name, texts) => expect(copied(texts)).toEqual([]));
  it('no posting text: nothing to compare with', () => {
    expect(findPostingCopy(linesOf(postingLines), postingShingles({ path: 'missing.txt', problem: 'NOT_FOUND' }))).toEqual([]);
  });
});

/** A category the posting's own words would credit: a copied posting must not. */
const LEADS_ML = { ...PEOPLE_MANAGEMENT, id: 'leads-ml', evidence: [{ term: 'mentor' }, { term: 'machine learning engineers' }, { term: 'recommender systems' }] };

describe('posting copy in the profile', () => {
  it('marks the block suspect and it credits no role', () => {
    const texts = ['Experience', 'Software Engineer — Quarry Labs — 2019 – 2025', '- Built billing APIs in Go.', ...postingLines.slice(2, 8), 'Skills', 'Go, SQL'];
    const plain = buildProfile(docOf(texts), { asOf: AS_OF, categories: [LEADS_ML] });
    const withPosting = buildProfile(docOf(texts), { asOf: AS_OF, categories: [LEADS_ML], posting: POSTING });
    expect(withPosting.lines.filter((l) => l.suspect === 'POSTING_COPY').map((l) => l.index)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(plain.lines.some((l) => l.suspect !== undefined)).toBe(false);
    expect(plain.jobs[0]?.categories.map((c) => c.category)).toEqual(['leads-ml']);
    expect(withPosting.jobs[0]?.categories).toEqual([]);
  });
});
