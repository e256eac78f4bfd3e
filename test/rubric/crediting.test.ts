// The shipped rubric's crediting policy and vocabulary, through the real profile stage: which jobs count for people
// management and applied ML (title + evidence, evidence alone, TITLE_ONLY, conditional exclusions, team-size
// patterns), and the recsys-or-ads traps. Every accepted phrasing has a trap next to it.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { loadRubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import { AS_OF, docOf } from '../profile/helpers.js';
import { jobWith } from '../score/make-profile.js';

const rubric = await loadRubric('rubrics/em-user-understanding.yaml');

/** How one job counts for a category: 'title+evidence', 'evidence', 'title', 'TITLE_ONLY' or 'none'. */
function creditOf(category: string, title: string, bullets: string[]): string {
  const lines = ['Experience', `${title} — Northwind — 2019 – 2021`, ...bullets.map((b) => `• ${b}`)];
  const profile = buildProfile(docOf(lines), { asOf: AS_OF, categories: rubric.roles });
  expect(profile.jobs).toHaveLength(1);
  const m = profile.jobs[0]?.categories.find((c) => c.category === category);
  return m === undefined ? 'none' : (m.flag ?? m.via);
}

type Row = [string, string[], string];

describe('shipped rubric crediting: people management', () => {
  const rows: Row[] = [
    // evidence overrides a conditional title exclusion
    ['Staff Engineer / Tech Lead', ['Line manager of 7 direct reports: hiring, 1:1s, performance reviews.'], 'evidence'],
    ['Tech Lead', ['Led design reviews; mentored three engineers.'], 'none'],
    ['Programme Director', ['Line manager of 9 engineers; hiring and performance reviews.'], 'evidence'],
    ['Programme Director', ['Delivery plan across 14 product teams.'], 'none'],
    ['Project Director', ['Moved 400 servers to a new data centre.'], 'none'],
    ['Release Manager', ['Managed a team of 6 release engineers; hiring and 1:1s.'], 'evidence'],
    ['Release Manager', ['Release trains and go/no-go calls.'], 'none'],
    // a hard exclusion in the title beats everything
    ['Head of Payments (sole engineer, no direct reports)', ['Built the payment integrations.'], 'none'],
    ['Head of Payments', ['Led a 7-person payments team.'], 'title+evidence'],
    // team-size cues are evidence
    ['Team Lead', ['Led an 8-person development team.'], 'title+evidence'],
    ['Senior Engineer', ['Led an 8-person development team; hiring and 1:1s.'], 'evidence'],
    ['Software Engineer', ['Member of a 7-person team.'], 'none'],
    ['Engineering Lead', ['Leading a team of AI engineers; weekly 1:1s.'], 'evidence'],
    ['VP Engineering', ['Oversaw 1000+ engineers across four countries.'], 'title+evidence'],
    ['Director of Engineering', ['Oversaw 40 engineers.'], 'title+evidence'],
    ['CEO', ['Recruited the tech team.'], 'title+evidence'],
    ['CEO', ['Freelance backend development for small shops.'], 'TITLE_ONLY'],
    ['President', ['Grew the team from 3 to 12.'], 'title+evidence'],
    ['Engineering Manager', ['Team of 7 engineers on search.'], 'title+evidence'],
    ['Engineering Manager', ['Roadmaps and planning.'], 'TITLE_ONLY'],
    ['Engineering Manager', ['Led the team through the payments migration.'], 'title+evidence'],
    ['Software Engineer', ['Led the team through the payments migration; mentored two juniors.'], 'none'],
    ['Head of Payments', ['Sole engineer on the payments stack; no direct reports.'], 'TITLE_ONLY'],
    ['Engineering Manager', ['Leading the data team (6 people) through the replatforming.'], 'title+evidence'],
    ['Engineering Manager', ['Shipped the data platform (6 services).'], 'TITLE_ONLY'],
    ['Director of Engineering', ['Managed four teams (31 engineers and data scientists) through their managers.'], 'title+evidence'],
    ['Director of Engineering', ['Shipped four products to 31 countries.'], 'TITLE_ONLY'],
    ['Software Engineer', ['7 direct reports; ran performance reviews.'], 'evidence'],
    ['Software Engineer', ['Never managed a team of 5 engineers, but hired contractors.'], 'none'],
    ['Platform Engineer', ['Managed Kubernetes clusters and managed services for 40 teams.'], 'none'],
    // whose work it is: a manager's work told by the one who reported to them is not the candidate's
    ['Software Engineer', ['My manager ran hiring and performance reviews for our 7 direct reports.'], 'none'],
    ['Software Engineer', ['I reported to the VP and led 8 engineers; ran hiring and performance reviews.'], 'evidence'],
    ['Software Engineer', ['Reported to the head of a team of 12 engineers.'], 'none'],
    ['Engineering Manager', ['Managed the team that worked next to ads; hiring and 1:1s.'], 'title+evidence'],
  ];
  it.each(rows)('%s: %j → %s', (title, bullets, expected) => {
    expect(creditOf('people-management', title, bullets)).toBe(expected);
  });
});

describe('shipped rubric crediting: applied ML', () => {
  const rows: Row[] = [
    ['Software Engineer, Home Feed', ['Trained CTR models for the home feed; gradient-boosted trees on clicks.'], 'evidence'],
    ['Software Engineer', ['Built feature pipelines for the ranking models.'], 'evidence'],
    ['Software Engineer', ['Built the REST APIs of the ranking service.'], 'none'],
    ['Machine Learning Engineer', ['Built REST APIs in Go and PostgreSQL; on-call for payments.'], 'TITLE_ONLY'],
    ['Machine Learning Engineer', ['Churn models and pricing models for subscriptions.'], 'title+evidence'],
    ['Machine Learning Engineer', ['Fraud detection in production; model evaluation with the risk team.'], 'title+evidence'],
    ['Machine Learning Engineer', ['Shipped features for the checkout; data models in PostgreSQL.'], 'TITLE_ONLY'],
    // title_support backs a title, never a job alone
    ['Backend Engineer', ['Recommendations service APIs; personalized emails.'], 'none'],
    ['ML Recruiter', ['Hired 40 ML engineers for the machine learning platform.'], 'none'],
  ];
  it.each(rows)('%s: %j → %s', (title, bullets, expected) => {
    expect(creditOf('applied-ml', title, bullets)).toBe(expected);
  });
});

describe('shipped rubric crediting: years met only by title are review', () => {
  const outcome = (title: string, bullet: string) => {
    const lines = ['Experience', `${title} — Northwind — 2016 – Present`, `• ${bullet}`];
    const profile = buildProfile(docOf(lines), { asOf: AS_OF, categories: rubric.roles });
    return scoreProfile(profile, rubric).outcomes.find((o) => o.requirementId === 'applied-ml-years');
  };
  it('a retitled backend job: TITLE_ONLY, near (review), never met', () => {
    expect(outcome('Machine Learning Engineer', 'Built REST APIs in Go and PostgreSQL.')).toMatchObject({ met: false, near: true, code: 'YEARS_TITLE_ONLY' });
  });
  it('the same job with ML in its text is met', () => {
    expect(outcome('Machine Learning Engineer', 'Trained CTR models with gradient-boosted trees.')).toMatchObject({ met: true, code: 'YEARS_MET' });
  });
});

describe('shipped rubric: recsys-or-ads keyword semantics', () => {
  const met = (line: string) => scoreProfile(jobWith([line]), rubric).outcomes.find((o) => o.requirementId === 'recsys-or-ads')?.met;
  const rows: [string, boolean][] = [
    ['Core service for all recommendation systems at Coursera', true],
    ['Completed the Recommender Systems specialization on Coursera', false],
    ['Built the bidding service for advertisers’ campaigns', true],
    ['Designed a bidding protocol for spectrum sharing between base stations', false],
    ['Won a competitive bidding process for the city contract', false],
    ['Trained Ads click models for the feed', true],
    ['Designed the ads ranking pipeline', true],
    ['Ported the firmware build from the ARM ADS toolchain to GCC', false],
    ['Ran the ADS 1.2 build farm', false],
    ['Built the advertising attribution pipeline', true],
    ['Reported to the board on $1B of advertising revenue', false],
    ['Grew advertising revenue to $1B', false],
    ['Recommendations available upon request', false],
    ['Recommendation available on request', false],
    ['References and recommendations upon request', false],
    ['References and recommendations available upon request.', false],
    ['Recommendations for 20M shoppers on the home page', true],
    // whose work it is
    ['Reported to the head of recommender systems', false],
    ['Worked next to the ads team on the same floor', false],
    ['Our data scientists trained the ads ranking models', false],
    ['Built the ads ranking service alongside the ML team', true],
  ];
  it.each(rows)('%s → %s', (line, expected) => {
    expect(met(line)).toBe(expected);
  });
});
