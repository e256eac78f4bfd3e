// Dates that do not add up (issue 13 point 5): a must-have's years that only come from a self-made role (founder,
// own company, freelance) held at the same time as a job at another employer, every job starting the same year, ranges ending far in the future,
// ranges that end before they start (counted 0 by the profile, REVERSED_RANGE), a "Present" job whose stated
// duration is longer than it has run (DURATION_MISMATCH; the profile compares closed ranges both ways).
// Each is a warning; a years must-have that is met only thanks to such months is held at review, and one that only a
// reversed range keeps from being met is a near miss (review), never a pass.
import { leastClaimed } from '../profile/durations.js';
import { jobInterval, monthsToYears, totalMonths, unionIntervals } from '../profile/timeline.js';
import type { Rubric } from '../rubric/types.js';
import type { Diagnostic, Interval, Job, Outcome, Profile } from '../types.js';
import { monthIndex } from '../months.js';

/** Two jobs overlapping by more than this many months are concurrent (a month's handover is normal). */
const CONCURRENT_MONTHS = 3;
/** This many dated jobs or more all starting in one year is not a career. */
const SAME_START_JOBS = 3;
/** An end date more than this many years after the as-of date is not a plan, it is padding. */
const FUTURE_END_YEARS = 1;
/**
 * Overlapping months (summed minus counted once) below this are a handover or a part-time tail of a job ("stayed on
 * part-time for nine months"), not months claimed twice.
 */
const SUMMED_EXCESS_MONTHS = 12;
/** Months a stated duration may exceed the dates by (rounding, inclusive counting), as the profile allows. */
const DURATION_TOLERANCE_MONTHS = 1;

const overlapMonths = (a: Interval, b: Interval) => Math.min(monthIndex(a.end), monthIndex(b.end)) - Math.max(monthIndex(a.start), monthIndex(b.start)) + 1;
/**
 * A role the candidate gives themselves: founder, own company, self-employed, freelance. Held alongside a job at
 * another employer it is the cheapest way to add months (issue 13); honest side roles at other employers (an
 * adjunct post, an advisory board) are common, so only these are flagged.
 */
const SELF_MADE = /\b(?:co-?founder|founder|owner|self[- ]employed|freelance(?:r)?|independent|own (?:company|business|consultancy)|my (?:own )?company|sole trader|proprietor)\b/i;
const selfMade = (j: Job) => SELF_MADE.test(`${j.title} ${j.org ?? ''}`);
/** Roles held beside a main job by their nature (a board seat, an advisory role, part-time teaching): never the busy job. */
const SIDE_ROLE = /\b(?:board|advis[eo]ry?|advis[eo]r|non-executive|trustee|governor|part[- ]time|mentor|volunteer|adjunct|visiting|honorary|fellow)\b/i;
const employer = (j: Job) => (j.org ?? j.title).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface DateCheck {
  warnings: Diagnostic[];
  /** Must-have requirement ids met only thanks to concurrent months. */
  dependent: string[];
  /**
   * Must-have years requirements unmet with the reversed ranges counted 0 that the same ranges read swapped would
   * meet: a typo or a trick, so neither a fail nor a pass — a near miss a person reads (review).
   */
  heldByReversed: string[];
}

/** Years must-haves that only the reversed ranges (REVERSED_RANGE, counted 0) stand between and being met. */
function reversedHolds(profile: Profile, rubric: Rubric, outcomes: readonly Outcome[]): string[] {
  const reversed = new Set(profile.jobs.flatMap((j, i) => (j.flags.includes('REVERSED_RANGE') ? [i] : [])));
  if (reversed.size === 0) return [];
  return rubric.requirements.flatMap((req) => {
    // A window (within_years) is the years kind's own arithmetic: such requirements are left as scored.
    if (!req.must || req.kind !== 'years' || req.options.within_years !== undefined) return [];
    const outcome = outcomes.find((o) => o.requirementId === req.id);
    const total = profile.categories[String(req.options.category)];
    if (!outcome || outcome.met || outcome.near || !total || !total.jobs.some((i) => reversed.has(i))) return [];
    const swapped = total.jobs.flatMap((i) => { const j = profile.jobs[i]; return j ? (jobInterval(j, profile.asOf, true) ?? []) : []; });
    return monthsToYears(totalMonths(unionIntervals(swapped))) >= Number(req.options.min) ? [req.id] : [];
  });
}

/**
 * Years must-haves left unmet with overlapping months counted once that the same jobs would meet summed: the same
 * months claimed at several employers at once ("Engineering Manager" at three companies over the same three years).
 * Counted once, they do not pass; the warning says why a reader adding the jobs up would get more.
 */
function summedOverlaps(profile: Profile, rubric: Rubric, outcomes: readonly Outcome[], dated: ReadonlyArray<{ j: Job; i: number; iv: Interval }>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const req of rubric.requirements) {
    if (!req.must || req.kind !== 'years' || req.options.within_years !== undefined) continue;
    const category = String(req.options.category);
    const min = Number(req.options.min);
    const outcome = outcomes.find((o) => o.requirementId === req.id);
    const total = profile.categories[category];
    if (!outcome || outcome.met || !total) continue;
    const jobs = dated.filter((d) => total.jobs.includes(d.i));
    const involved = new Set<number>();
    for (const a of jobs) for (const b of jobs) {
      if (a.i < b.i && employer(a.j) !== employer(b.j) && overlapMonths(a.iv, b.iv) > CONCURRENT_MONTHS) [a.i, b.i].forEach((i) => involved.add(i));
    }
    if (involved.size === 0) continue;
    const summed = jobs.reduce((n, d) => n + totalMonths([d.iv]), 0);
    const once = totalMonths(unionIntervals(jobs.map((d) => d.iv)));
    if (summed - once < SUMMED_EXCESS_MONTHS || monthsToYears(summed) < min || monthsToYears(once) >= min) continue;
    out.push({ code: 'CONCURRENT_ROLES', severity: 'warning', data: { requirement: req.id, category, jobs: [...involved].sort((x, y) => x - y).map((i) => i + 1), depends: false, summedYears: monthsToYears(summed) } });
  }
  return out;
}

/** The months (as month indexes) an interval holds. */
function monthsOf(iv: Interval): number[] {
  const out: number[] = [];
  for (let m = monthIndex(iv.start); m <= monthIndex(iv.end) && out.length < 1200; m++) out.push(m);
  return out;
}

/**
 * Years must-haves met only with the months a category job shares with a job of another kind at another employer
 * (a year or more of it): an ML contract written over the years of a full-time analyst job, the classic way to pad
 * a must-have. Only a job already running when the category job began counts as busy, never a side role (a board
 * seat, an advisory or part-time post). Those months are counted for neither job's category; when the must-have then falls short it depends on
 * them (CONCURRENT_ROLES, held at review). Honest overlaps that the must-have does not need are not flagged, nor two
 * jobs of the same category (counted once already), nor a handover under a year.
 */
function paddedByConcurrent(profile: Profile, rubric: Rubric, outcomes: readonly Outcome[], dated: ReadonlyArray<{ j: Job; i: number; iv: Interval }>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const req of rubric.requirements) {
    if (!req.must || req.kind !== 'years' || req.options.within_years !== undefined) continue;
    const category = String(req.options.category);
    const total = profile.categories[category];
    if (!total || outcomes.find((o) => o.requirementId === req.id)?.met !== true) continue;
    const inCategory = dated.filter((d) => total.jobs.includes(d.i));
    const others = dated.filter((d) => !total.jobs.includes(d.i) && d.j.kind === 'employment' && !SIDE_ROLE.test(`${d.j.title} ${d.j.org ?? ''}`));
    const solo = new Set<number>();
    const involved = new Set<number>();
    for (const a of inCategory) {
      const busy = new Set<number>();
      for (const b of others) {
        // Only a job already running when the category job began: a side role taken up later is not the main job.
        if (employer(a.j) === employer(b.j) || monthIndex(b.iv.start) > monthIndex(a.iv.start) || overlapMonths(a.iv, b.iv) < SUMMED_EXCESS_MONTHS) continue;
        for (const m of monthsOf(b.iv)) busy.add(m);
        involved.add(a.i).add(b.i);
      }
      for (const m of monthsOf(a.iv)) if (!busy.has(m)) solo.add(m);
    }
    if (involved.size === 0 || monthsToYears(solo.size) >= Number(req.options.min)) continue;
    out.push({ code: 'CONCURRENT_ROLES', severity: 'warning', data: { requirement: req.id, category, jobs: [...involved].sort((x, y) => x - y).map((i) => i + 1), depends: true, soloYears: monthsToYears(solo.size) } });
  }
  return out;
}

/**
 * The candidate's own count of their years: "15 years of experience", "12+ years' experience", "over 10 yrs of
 * hands-on engineering experience" (up to three words between the years and "experience").
 */
const YEARS_CLAIM = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,3}?experience\b/iu;
/** A four-digit year a degree line may hold. */
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;
/** Years a claim may exceed the span from the first degree's first year (work before or beside a degree, rounding). */
const CLAIM_TOLERANCE_YEARS = 2;

/**
 * A count of years the résumé claims ("15 years of experience") longer than the time since its earliest dated degree
 * began, by more than two years: impossible unless work long before university is left out. Only a warning: the
 * years must-haves come from the jobs' dates, never from the claim, so it buys nothing; a résumé that dates no degree is
 * not judged (leaving old dates out is common and honest).
 */
function claimedYears(profile: Profile): Diagnostic[] {
  const education = profile.sections.filter((sec) => sec.kind === 'education');
  let first: number | undefined;
  for (const sec of education) {
    for (const line of profile.lines.slice(sec.start, sec.end)) {
      for (const m of line.text.matchAll(YEAR)) if (Number(m[0]) <= profile.asOf.year) first = Math.min(first ?? Infinity, Number(m[0]));
    }
  }
  if (first === undefined) return [];
  const span = profile.asOf.year - first;
  for (const line of profile.lines) {
    const claimed = Number(YEARS_CLAIM.exec(line.text)?.[1] ?? NaN);
    if (claimed > span + CLAIM_TOLERANCE_YEARS) return [{ code: 'CLAIMED_YEARS', severity: 'warning', line: line.index, data: { claimedYears: claimed, since: first } }];
  }
  return [];
}

export function checkDates(profile: Profile, rubric: Rubric, outcomes: readonly Outcome[]): DateCheck {
  const warnings: Diagnostic[] = [];
  const dependent: string[] = [];
  const asOf = profile.asOf;
  const dated = profile.jobs.map((j, i) => ({ j, i, iv: jobInterval(j, asOf) })).filter((x): x is { j: Job; i: number; iv: Interval } => x.iv !== undefined && x.j.kind !== 'volunteer');
  // 1. Concurrent roles at different employers.
  const concurrent = new Set<number>();
  for (const a of dated) for (const b of dated) {
    if (a.i >= b.i || employer(a.j) === employer(b.j) || overlapMonths(a.iv, b.iv) <= CONCURRENT_MONTHS) continue;
    if (selfMade(a.j)) concurrent.add(a.i);
    if (selfMade(b.j)) concurrent.add(b.i);
  }
  // 2. Every job starting the same year.
  const byYear = new Map<number, number>();
  for (const { j } of dated) if (j.range) byYear.set(j.range.start.year, (byYear.get(j.range.start.year) ?? 0) + 1);
  const sameYear = [...byYear].find(([, n]) => n >= SAME_START_JOBS && n === dated.length);
  if (sameYear) warnings.push({ code: 'SAME_START_YEAR', severity: 'warning', data: { year: sameYear[0], count: sameYear[1] } });
  // 3. Ends far in the future.
  const future = profile.jobs.flatMap((j, i) => (j.range && j.range.end !== 'present' && j.range.end.year > asOf.year + FUTURE_END_YEARS ? [i] : []));
  if (future.length) warnings.push({ code: 'FUTURE_END', severity: 'warning', data: { jobs: future.map((i) => i + 1) } });
  // 4. A "Present" job stated to have lasted longer than its start allows by the as-of date ("Jan 2023 – Present
  //    (9 years)"). A shorter statement is only an older export of the résumé, never flagged.
  profile.jobs.forEach((j, i) => {
    const stated = j.range?.statedMonths;
    // A rounded count of years ("Jan 2023 – Present (4 years)", 47 months) claims no more than a year less.
    const claimed = stated === undefined ? undefined : leastClaimed({ months: stated, rounded: j.range?.statedRounded });
    if (claimed !== undefined && j.range?.end === 'present' && claimed > j.months + DURATION_TOLERANCE_MONTHS) {
      warnings.push({ code: 'DURATION_MISMATCH', severity: 'warning', data: { job: i + 1, statedMonths: stated, months: j.months } });
    }
  });
  // A years must-have met with such dates depends on them: held at review.
  for (const req of rubric.requirements) {
    if (!req.must || req.kind !== 'years') continue;
    const met = outcomes.find((o) => o.requirementId === req.id)?.met === true;
    const jobs = profile.categories[String(req.options.category)]?.jobs ?? [];
    if (met && jobs.length > 0 && (sameYear !== undefined || jobs.some((i) => future.includes(i)))) dependent.push(req.id);
  }
  for (const req of rubric.requirements) {
    if (!req.must || req.kind !== 'years') continue;
    const category = String(req.options.category);
    const min = Number(req.options.min);
    const outcome = outcomes.find((o) => o.requirementId === req.id);
    const total = profile.categories[category];
    if (!outcome?.met || !total) continue;
    const involved = total.jobs.filter((i) => concurrent.has(i));
    if (involved.length === 0) continue;
    // The category's months counting, for each overlap, only the job that is not concurrent.
    const solo = unionIntervals(total.jobs.filter((i) => !concurrent.has(i)).flatMap((i) => { const j = profile.jobs[i]; return j ? (jobInterval(j, asOf) ?? []) : []; }));
    const depends = monthsToYears(totalMonths(solo)) < min;
    if (depends && !dependent.includes(req.id)) dependent.push(req.id);
    warnings.push({ code: 'CONCURRENT_ROLES', severity: 'warning', data: { requirement: req.id, category, jobs: involved.map((i) => i + 1), depends } });
  }
  warnings.push(...summedOverlaps(profile, rubric, outcomes, dated));
  warnings.push(...claimedYears(profile));
  for (const w of paddedByConcurrent(profile, rubric, outcomes, dated)) {
    const requirement = String(w.data?.['requirement']);
    if (warnings.some((x) => x.code === 'CONCURRENT_ROLES' && x.data?.['requirement'] === requirement)) continue;
    warnings.push(w);
    if (!dependent.includes(requirement)) dependent.push(requirement);
  }
  return { warnings, dependent, heldByReversed: reversedHolds(profile, rubric, outcomes) };
}
