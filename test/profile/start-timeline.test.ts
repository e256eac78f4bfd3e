// A timeline of start dates only: each job runs until the next starts, the newest to the as-of date, the ends marked
// INFERRED_END; and a years requirement met only thanks to them is a review, never a pass.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { parseRubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const fmt = (ym: { year: number; month: number } | 'present') => (ym === 'present' ? 'present' : `${ym.year}-${String(ym.month).padStart(2, '0')}`);
const read = (lines: string[]) =>
  buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) => [
    j.title,
    j.range ? `${fmt(j.range.start)}..${fmt(j.range.end)}` : '-',
    j.flags.includes('INFERRED_END'),
  ]);

describe('start-date timelines', () => {
  it.each([
    ['month starts, newest first', ['Experience', '10/2021 Senior Data Scientist @Fjordline Analytics', 'Built churn models.', '10/2018 Software Engineer @Upplands Bank', 'Wrote the booking service.'],
      [['Senior Data Scientist', '2021-10..present', true], ['Software Engineer', '2018-10..2021-09', true]]],
    ['year starts with a dash, newest first (the year-only rule: July to June)', ['Experience', '2021 – Engineering Manager, Fjordline Analytics', 'Lead a team of six.', '2019 – Data Scientist, Kestrel Labs', 'Forecasts.', '2016 – Analyst, Harbour Bank', 'Reports.'],
      [['Engineering Manager', '2021-07..present', true], ['Data Scientist', '2019-07..2021-06', true], ['Analyst', '2016-07..2019-06', true]]],
    ['oldest first', ['Experience', '03/2016 Junior Developer @Fyris Web AB', 'PHP.', '10/2018 Software Engineer @Upplands Bank', 'Kotlin.'],
      [['Junior Developer', '2016-03..2018-09', true], ['Software Engineer', '2018-10..present', true]]],
    ['an earlier section ends where the main one starts; an internship keeps its year',
      ['Experience', '10/2018 Software Engineer @Upplands Bank', 'Kotlin.', '08/2016 Junior Developer @Fyris Web AB', 'PHP.', 'Earlier roles', '2014 – Teaching Assistant, Uppsala University', 'Statistics classes.', '2013 – Summer Intern, Mälardalen Energi', 'Meter data.'],
      [['Software Engineer', '2018-10..present', true], ['Junior Developer', '2016-08..2018-09', true], ['Teaching Assistant', '2014-07..2016-07', true], ['Summer Intern', '2013-01..2013-06', false]]],
    // traps: nothing is inferred
    ['trap: one range among the lone dates', ['Experience', '10/2021 Senior Data Scientist @Fjordline Analytics', 'Churn.', 'Jan 2016 – Sep 2018 Software Engineer @Upplands Bank', 'Kotlin.'],
      [['Senior Data Scientist', '2021-10..2021-10', false], ['Software Engineer', '2016-01..2018-09', false]]],
    ['trap: a single dated job', ['Experience', '10/2021 Senior Data Scientist @Fjordline Analytics', 'Churn.'],
      [['Senior Data Scientist', '2021-10..2021-10', false]]],
    ['trap: two jobs starting in the same month', ['Experience', '10/2021 Senior Data Scientist @Fjordline Analytics', 'Churn.', '10/2021 Advisor @Kestrel Labs', 'Board.'],
      [['Senior Data Scientist', '2021-10..2021-10', false], ['Advisor', '2021-10..2021-10', false]]],
    ['trap: not in order', ['Experience', '10/2019 Senior Data Scientist @Fjordline Analytics', 'Churn.', '10/2021 Software Engineer @Upplands Bank', 'Kotlin.', '03/2016 Junior Developer @Fyris Web AB', 'PHP.'],
      [['Senior Data Scientist', '2019-10..2019-10', false], ['Software Engineer', '2021-10..2021-10', false], ['Junior Developer', '2016-03..2016-03', false]]],
    ['trap: seasons', ['Experience', 'Summer 2021 Data Intern @Fjordline Analytics', 'Dashboards.', 'Summer 2020 Research Intern @Kestrel Labs', 'Notebooks.'],
      [['Data Intern', '2021-06..2021-08', false], ['Research Intern', '2020-06..2020-08', false]]],
  ])('%s', (_name, lines, want) => {
    expect(read(lines)).toEqual(want);
  });

  it('marks the inferred ends in the diagnostics, the newest also as open', () => {
    const profile = buildProfile(docOf(['Experience', '10/2021 Senior Data Scientist @Fjordline Analytics', 'Churn.', '10/2018 Software Engineer @Upplands Bank', 'Kotlin.']), { asOf: AS_OF, categories: CATEGORIES });
    expect(profile.diagnostics.filter((d) => d.code === 'INFERRED_END').map((d) => d.data)).toEqual([{ job: 1 }, { job: 2 }]);
    expect(profile.jobs[0]?.flags).toContain('OPEN_RANGE');
    expect(profile.jobs[1]?.flags).not.toContain('OPEN_RANGE');
  });
});

describe('years met only thanks to inferred ends are a review', () => {
  const rubric = parseRubric(
    `
id: inferred
title: inferred ends
version: 1
roles:
  mgmt:
    titles: [manager]
    evidence: [hired, direct reports]
    min_evidence: 2
requirements:
  - { id: mgmt2, kind: years, category: mgmt, min: 2 }
`,
    'inferred.yaml',
  );
  const outcome = (lines: string[]) => {
    const profile = buildProfile(docOf(['Experience', ...lines]), { asOf: AS_OF, categories: rubric.roles });
    return scoreProfile(profile, rubric).outcomes.find((o) => o.requirementId === 'mgmt2');
  };
  const body = 'Hired four engineers; six direct reports.';

  it('a start-date timeline: the years are shown, the outcome is a near miss with the stated years', () => {
    expect(outcome(['03/2023 Engineering Manager @Kvarnby Delivery', body, '10/2020 Data Scientist @Kvarnby Delivery', 'Models.'])).toMatchObject({
      met: false, near: true, code: 'YEARS_INFERRED_END', value: 3.75, data: { statedYears: 0.08 },
    });
  });
  it('the same job written as a range passes', () => {
    expect(outcome(['03/2023 – Present Engineering Manager @Kvarnby Delivery', body, '10/2020 – 02/2023 Data Scientist @Kvarnby Delivery', 'Models.'])).toMatchObject({ met: true, code: 'YEARS_MET' });
  });
  it('met by stated ranges alone, an inferred job beside them changes nothing', () => {
    const lines = ['Mar 2019 – Present Engineering Manager @Kvarnby Delivery', body, 'Earlier roles', '2014 – Analyst, Harbour Bank', 'Reports.', '2012 – Clerk, Harbour Bank', 'Filing.'];
    expect(outcome(lines)?.code).toBe('YEARS_MET');
  });
});
