// Two more ways people write: several short jobs on one line ("Title, Company (Jan–Mar 2015); Title, Company
// (Apr–Jul 2015)"), and sentences about themselves under the name with no "Summary" heading (a summary, not
// contact details, and never jobs). Lines written here (fictional people and companies).
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { splitGigLines } from '../../src/profile/gig-lines.js';
import { detectSections } from '../../src/profile/sections.js';
import type { Job } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const profileOf = (lines: string[]) => buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES });
const tc = (j: Job) => [j.title, j.org ?? null];
const asLines = (texts: string[]) => docOf(texts).lines;

describe('several short jobs on one line', () => {
  it('each dated part with a title is a job', () => {
    const p = profileOf(['Experience', 'Head of Data Science, Quaystone\t2019 – 2021', '• Built the team.',
      'Freelance: Data Analyst, Pilgrim Bakeries (Jan–Mar 2015); Dashboard Developer, Solent Ferries (Apr–Jul 2015)']);
    expect(p.jobs.map(tc)).toEqual([['Head of Data Science', 'Quaystone'], ['Data Analyst', 'Pilgrim Bakeries'], ['Dashboard Developer', 'Solent Ferries']]);
    expect(p.jobs.slice(1).map((j) => j.range?.end)).toEqual([{ year: 2015, month: 3 }, { year: 2015, month: 7 }]);
  });

  it.each([
    // Traps: a bullet, a sentence, parts without a title or without their own dates stay one line.
    ['a bullet with two dated clauses', '• Shipped the pricing model (Jan–Mar 2015); led the rollout (Apr–Jul 2015)'],
    ['parts without a title', 'Summer 2014; Summer 2015'],
    ['only one part has dates', 'Data Analyst, Pilgrim Bakeries (Jan–Mar 2015); Python and SQL'],
    ['a long sentence per part', 'Worked as a data analyst for a bakery chain on pricing and waste (Jan–Mar 2015); then as a developer on dashboards for ferries (2015)'],
    ['a plain line with a semicolon', 'Data Analyst, Pilgrim Bakeries; Bristol'],
  ])('trap, stays one line: %s', (_name, text) => {
    expect(splitGigLines(asLines([text]), AS_OF.year)).toHaveLength(1);
  });
});

describe('sentences under the name with no heading', () => {
  const top = ['Rui Example', 'Staff ML engineer · Lisbon · rui@example.pt · github.com/rui-example',
    'I build ranking systems for ads and feeds, and I write most of my glue code with Cursor these days.',
    'Work', 'Staff Machine Learning Engineer, Orrery Labs — since 2021', '• Ranking.'];

  it('make a summary; the name and contact lines stay contact', () => {
    const s = detectSections(asLines(top));
    expect(s.map((x) => [x.kind, x.start, x.end])).toEqual([['contact', 0, 2], ['summary', 2, 3], ['experience', 3, 6]]);
  });

  it('a summary sentence naming employers is not a job', () => {
    const p = profileOf(['Hollis Example', 'Bristol, UK | hollis@example.co.uk',
      '10+ years leading recommender teams at Severn Mutual and Avonmouth Freight, 2012 – 2026.',
      'Experience', 'Head of Recommendations, Severn Mutual\tJan 2019 – Present', '• Led the team.']);
    expect(p.jobs.map(tc)).toEqual([['Head of Recommendations', 'Severn Mutual']]);
  });

  it.each([
    // Traps: a headline, an address or a contact line is not a summary; a top with a heading is left alone.
    ['a headline with separators', ['Ana Example', 'Senior ML Engineer (contract) · London, UK · ana@example.co.uk · +44 20 7946 0321', 'Experience']],
    ['a short tagline', ['Ana Example', 'Builder of calm teams.', 'Experience']],
    ['a contact sentence', ['Ana Example', 'Reach me at ana@example.co.uk or on +44 20 7946 0321 any weekday after six.', 'Experience']],
  ])('trap, no summary: %s', (_name, lines) => {
    expect(detectSections(asLines(lines)).map((x) => x.kind)).not.toContain('summary');
  });
});
