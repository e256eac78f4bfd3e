// The profile stage: what a résumé says about a career — sections, jobs with their date ranges and kinds, the
// timeline (overlaps merged), years per role category of the rubric, skills and the document's own date.
import type { CategoryTotal, Diagnostic, Document, Job, Line, Posting, Profile, RoleCategory, Section, YearMonth } from '../types.js';
import { afterSideLabel, detectSections, isExperienceLike } from './sections.js';
import { inferTimelineEnds } from './start-timeline.js';
import { readJobs, type ParsedJob } from './jobs.js';
import { classifyKind } from './kinds.js';
import { matchCategories } from './categories.js';
import { buildTimeline, jobInterval, monthsToYears, totalMonths, unionIntervals } from './timeline.js';
import { findDocumentDate, monthsBefore, STALE_PRESENT_MONTHS, type DocumentDate } from './asof.js';
import { extractSkills } from './skills.js';
import { screenLines } from './screen-lines.js';
import { markPostingCopy } from './posting-copy.js';
import { wordsOf, wordsRe } from './lexicon/index.js';
import { compareYm, monthsInclusive, type ReadingLike } from './dates.js';
import { addMonths, monthIndex } from '../months.js';
import { dateReadingOf } from './date-order.js';
import { statedDisagrees } from './durations.js';
import { dropRepeatedJobs } from './repeated-jobs.js';
import { BIRTH_LABEL } from './line-shape.js';
import { ORG_RE } from './header-lexicon.js';

export { parseDateRange, findDateRanges, monthsInclusive } from './dates.js';
export { PROFILE_CODES, type ProfileCode } from './codes.js';

export interface ProfileOptions {
  /** The month "Present" means. */
  asOf: YearMonth;
  /** Role categories of the rubric (Rubric.roles). */
  categories: RoleCategory[];
  /** The job posting of the rubric (Rubric.posting): lines that copy it are marked POSTING_COPY. */
  posting?: Posting | undefined;
}

/** Sections that never hold jobs, even when the résumé has no experience heading. */
const NEVER_JOBS = new Set(['education', 'skills', 'projects', 'publications', 'certifications', 'awards', 'languages']);
/** A stated duration this many months away from the dates is a mismatch (LinkedIn rounds to whole months). */
const DURATION_TOLERANCE_MONTHS = 1;

export function buildProfile(input: Document, options: ProfileOptions): Profile {
  const { asOf, categories } = options;
  // 0. Only text a reader sees builds the profile; hidden lines are kept aside with their reasons.
  //    Visible lines that copy the job posting are marked, like those that address the screener.
  const screened = screenLines(input);
  const { hidden } = screened;
  const visible = markPostingCopy(screened.visible, options.posting);
  const doc = visible === input.lines ? input : { ...input, lines: visible };
  const diagnostics: Diagnostic[] = [];
  // 1. Sections by heading wording and shape.
  const sections = detectSections(doc.lines);
  // 2. Job entries from experience-like sections (the whole document, minus education & co., when there is none).
  const reading = dateReadingOf(doc.lines.map((l) => l.text), asOf.year + 1);
  // A timeline of start dates only: each job runs until the next starts (ends marked INFERRED_END).
  // A bilingual résumé's second listing of a job (same organisation and dates, another section) is counted once.
  const parsed = inferTimelineEnds(dropRepeatedJobs(findAllJobs(doc.lines, sections, reading, diagnostics), diagnostics));
  // 3. Kind, months and flags of each job; 4. the role categories it counts for, and why.
  const jobs = parsed.map(({ job, section }, i) => finishJob(doc.lines, job, section, i, categories, asOf, diagnostics, blockBody(parsed, i)));
  // 5. Timeline (union of intervals, gaps) and per-category totals.
  const timeline = buildTimeline(jobs, asOf);
  const totals = categoryTotals(jobs, categories, asOf);
  // 6. The document's own date, and whether its "Present" is stale.
  const documentDate = findDocumentDate(doc) ?? dateFromStatedDuration(jobs);
  checkStalePresent(jobs, documentDate, asOf, diagnostics);
  summarise(jobs, timeline.months, asOf, diagnostics);
  // 7. Skills.
  const skills = extractSkills(doc.lines, sections);
  return {
    source: doc.source, kind: doc.kind, pages: doc.pages, meta: doc.meta, lines: doc.lines,
    ...(hidden.length > 0 ? { hiddenLines: hidden } : {}),
    sections, jobs, timeline, categories: totals, skills, asOf,
    ...(documentDate ? { documentDate: documentDate.date } : {}),
    diagnostics,
  };
}

function findAllJobs(lines: readonly Line[], sections: readonly Section[], pivot: ReadingLike, diagnostics: Diagnostic[]): { job: ParsedJob; section: Section }[] {
  let sources = sections.filter((s) => isExperienceLike(s.kind));
  const fallback = sources.length === 0;
  if (fallback) {
    diagnostics.push({ code: 'NO_EXPERIENCE_SECTION', severity: 'info' });
    // Referees are other people's jobs ("Professor, Department of Statistics, …" under References).
    sources = sections.filter((s) => (!NEVER_JOBS.has(s.kind) || s.kind === 'skills') && !REFERENCES_HEADING.test(s.heading ?? ''));
  }
  return sources.flatMap((section) => {
    const from = section.heading === undefined ? section.start : section.start + 1;
    const own = lines.slice(from, section.end);
    // A section opened by a side label ("Work<tab>Halcyon Commerce"): its first line is read without the label.
    const first = section.heading === undefined && section.kind !== 'contact' ? own[0] : undefined;
    const rest = first ? afterSideLabel(first.text) : undefined;
    if (first && rest !== undefined) own[0] = { ...first, text: rest };
    const { jobs, unusedRanges } = readJobs(own, pivot);
    // A date line of an experience section that made no job is reported, never silently dropped.
    if (isExperienceLike(section.kind)) for (const line of unusedRanges) diagnostics.push({ code: 'UNUSED_DATE_RANGE', severity: 'warning', line, data: { line: line + 1 } });
    let titled: ParsedJob | undefined;
    return jobs.flatMap((job) => {
      // "Ingeniero de software ⇥ Complubot ⇥ 2015 – 2017" over "ColdPlay-Robot ⇥ 2016 – 2017": an entry that names
      // neither a role nor an employer, dated inside the job above it, is a project of that job (its lines its body).
      if (titled && isNestedProject(job, titled)) {
        titled.body.push(...lines.slice(job.titleLine, job.titleLine + 1), ...job.body);
        return [];
      }
      if (job.titleMatched && job.org !== undefined && job.range !== undefined) titled = job;
      // Without an experience section every section is searched; the name and headline at the top ("Jane Doe ·
      // City" over "SOFTWARE ENGINEER") hold no job unless a date says so.
      if (fallback && section.kind === 'contact' && job.range === undefined) return [];
      // Jobs written straight after the skills with no heading of their own ("Skills" … "Software Developer, Acme,
      // Glen Ora WA — 2019-Present"): only a dated header with a known title and an organisation counts there.
      if (section.kind === 'skills' && !(job.range !== undefined && job.titleMatched && job.org !== undefined)) return [];
      // A date of birth is a date beside a label, never a job ("Date of Birth & Age  01.07.1999").
      if (BIRTH_LABEL.test(`${job.title} ${job.org ?? ''}`)) return [];
      if (!isCareerBreak(job)) return [{ job, section }];
      diagnostics.push({ code: 'CAREER_BREAK', severity: 'info', line: job.titleLine, data: { line: job.titleLine + 1 } });
      return [];
    });
  });
}

const CAREER_BREAK = wordsRe(wordsOf('careerBreaks'));

/** Months an end may pass its parent's (one dated "– 2017" against a parent's "Summer 2017"). */
const NESTED_SLACK_MONTHS = 2;

/** An untitled, unnamed entry whose dates lie inside those of the titled job above it. */
function isNestedProject(job: ParsedJob, parent: ParsedJob): boolean {
  // The company above both is carried onto the inner entry ("Hidrovía del Ebro S.L. · 2019 – …" over "Presa de
  // Valdelobos · 2020 – 2021"): the same organisation counts as none.
  const ownOrg = job.org !== undefined && job.org.trim().toLowerCase() !== (parent.org ?? '').trim().toLowerCase();
  // A dated line that names an organisation ("Orrin Labs Inc. ⇥ 2021") is a job of its own, whatever its dates.
  if (job.titleMatched || ownOrg || ORG_RE.test(job.title) || job.range === undefined || parent.range === undefined) return false;
  const { start, end } = job.range;
  const p = parent.range;
  if (compareYm(start, p.start) < 0) return false;
  if (p.end === 'present') return true;
  if (end === 'present') return false;
  return compareYm(end, p.end) <= 0 || monthsInclusive(p.end, end) - 1 <= NESTED_SLACK_MONTHS;
}
/** A references section's heading in the languages read. */
const REFERENCES_HEADING = /^\W*(?:references?|referees?|referenzen|références|referencias|referenze|referências|referenties|referenser|рекомендации)\b/iu;

/**
 * Dated time out of work written like an entry ("Career break (caring for a parent)", "Parental leave"): not a job,
 * and no employer. A sabbatical held somewhere ("Visiting Researcher (sabbatical), Halvard Institute") has one, and
 * stays a job.
 */
export function isCareerBreak(job: Pick<ParsedJob, 'title' | 'org'>): boolean {
  // "Career break — travelling and volunteering in Ghana": what the time was for, in lower case, is no employer.
  return (job.org === undefined || !/^[\p{Lu}\p{N}]/u.test(job.org.trim())) && CAREER_BREAK.test(job.title);
}

const sameOrg = (a: ParsedJob, b: ParsedJob): boolean =>
  a.org !== undefined && b.org !== undefined && a.org.trim().toLowerCase() === b.org.trim().toLowerCase();

/**
 * The text a job's role categories are judged on: its own body, or, for a role stacked over the next one at the same
 * organisation with no text of its own ("Staff Engineer — 2022–now" / "Senior Engineer — 2019–2022" / bullets), the
 * body of the block they share. Evidence is never borrowed across organisations or sections.
 */
function blockBody(parsed: readonly { job: ParsedJob; section: Section }[], i: number): readonly Line[] {
  const own = parsed[i];
  if (!own || own.job.body.length > 0) return own?.job.body ?? [];
  for (let k = i + 1; k < parsed.length; k++) {
    const next = parsed[k];
    if (!next || next.section !== own.section || !sameOrg(next.job, own.job)) return [];
    if (next.job.body.length > 0) return next.job.body;
  }
  return [];
}

function finishJob(lines: readonly Line[], p: ParsedJob, section: Section, index: number, categories: readonly RoleCategory[], asOf: YearMonth, diagnostics: Diagnostic[], evidenceBody: readonly Line[]): Job {
  const kind = classifyKind({
    title: p.title, sectionKind: section.kind, ...(p.org !== undefined ? { org: p.org } : {}),
    ...(section.heading !== undefined ? { sectionHeading: section.heading } : {}), ...(p.employmentType !== undefined ? { employmentType: p.employmentType } : {}),
  });
  const flags = [...p.flags];
  const draft: Job = {
    title: p.title, ...(p.org !== undefined ? { org: p.org } : {}), ...(p.location !== undefined ? { location: p.location } : {}),
    ...(p.range ? { range: p.range } : {}), months: 0, kind, start: p.start, end: p.end, body: p.body, categories: [], flags,
  };
  const interval = jobInterval(draft, asOf);
  draft.months = interval ? monthsInclusive(interval.start, interval.end) : 0;
  const line = p.range?.line ?? p.start;
  if (p.range && compareYm(p.range.start, asOf) > 0) {
    flags.push('FUTURE_START');
    diagnostics.push({ code: 'FUTURE_START', severity: 'warning', line, data: { job: index + 1, start: formatYm(p.range.start) } });
  }
  const stated = p.range?.statedMonths;
  if (stated !== undefined && p.range?.end !== undefined && p.range.end !== 'present' && statedDisagrees({ months: stated, rounded: p.range.statedRounded }, { months: draft.months, ...(p.range.precision === 'year' ? { yearSpan: p.range.end.year - p.range.start.year } : {}) }, DURATION_TOLERANCE_MONTHS)) {
    flags.push('DURATION_MISMATCH');
    diagnostics.push({ code: 'DURATION_MISMATCH', severity: 'warning', line, data: { job: index + 1, statedMonths: stated, months: draft.months } });
  }
  for (const code of p.flags) diagnostics.push({ code, severity: 'warning', line, data: { job: index + 1 } });
  const titleLine = lines[p.titleLine] ?? { text: p.title, page: 1, index: p.titleLine };
  draft.categories = matchCategories(categories, { title: p.title, titleLine: { ...titleLine, text: p.title }, body: evidenceBody, section: section.kind });
  return draft;
}

/** "2026-11": how dates travel in diagnostics data (templates fill strings, not objects). */
export function formatYm(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

function categoryTotals(jobs: readonly Job[], categories: readonly RoleCategory[], asOf: YearMonth): Record<string, CategoryTotal> {
  const totals: Record<string, CategoryTotal> = {};
  for (const c of categories) {
    const kinds = c.kinds.length > 0 ? c.kinds : ['employment'];
    const idx = jobs.flatMap((j, i) => (kinds.includes(j.kind) && j.categories.some((m) => m.category === c.id) ? [i] : []));
    const intervals = unionIntervals(idx.flatMap((i) => { const j = jobs[i]; return j ? (jobInterval(j, asOf) ?? []) : []; }));
    const months = totalMonths(intervals);
    totals[c.id] = { category: c.id, months, years: monthsToYears(months), jobs: idx, intervals };
  }
  return totals;
}

/** LinkedIn exports state "(2 years 3 months)" after "Present": start + duration is when the file was made. */
function dateFromStatedDuration(jobs: readonly Job[]): DocumentDate | undefined {
  const r = jobs.find((j) => j.range?.end === 'present' && j.range.statedMonths !== undefined)?.range;
  if (!r || r.statedMonths === undefined) return undefined;
  return { date: addMonths(r.start, r.statedMonths - 1), from: 'duration' };
}

function checkStalePresent(jobs: readonly Job[], doc: DocumentDate | undefined, asOf: YearMonth, diagnostics: Diagnostic[]): void {
  if (!doc || !jobs.some((j) => j.range?.end === 'present')) return;
  const monthsOld = monthsBefore(doc.date, asOf);
  if (monthsOld > STALE_PRESENT_MONTHS) {
    diagnostics.push({ code: 'STALE_PRESENT', severity: 'warning', ...(doc.line !== undefined ? { line: doc.line } : {}), data: { documentDate: formatYm(doc.date), asOf: formatYm(asOf), monthsOld, from: doc.from } });
  }
}

function summarise(jobs: readonly Job[], timelineMonths: number, asOf: YearMonth, diagnostics: Diagnostic[]): void {
  if (jobs.length === 0) diagnostics.push({ code: 'NO_JOBS', severity: 'warning' });
  const yearOnly = jobs.filter((j) => j.range?.precision === 'year').length;
  if (yearOnly > 0) diagnostics.push({ code: 'YEAR_PRECISION', severity: 'info', data: { count: yearOnly } });
  const summed = jobs.filter((j) => j.kind !== 'volunteer').reduce((n, j) => n + j.months, 0);
  if (summed > timelineMonths) {
    const overlapping = countOverlapping(jobs, asOf);
    diagnostics.push({ code: 'OVERLAPPING_JOBS', severity: 'info', data: { count: overlapping, monthsCountedOnce: summed - timelineMonths } });
  }
}

/** Jobs that overlap another one: a sweep over start-sorted intervals (linear after the sort, even for hostile input). */
function countOverlapping(jobs: readonly Job[], asOf: YearMonth): number {
  const ivs = jobs.filter((j) => j.kind !== 'volunteer').flatMap((j) => jobInterval(j, asOf) ?? []).sort((a, b) => compareYm(a.start, b.start));
  const overlapping = new Set<number>();
  let reach = -1;
  let reachIdx = -1;
  ivs.forEach((iv, i) => {
    const start = monthIndex(iv.start);
    const end = monthIndex(iv.end);
    if (start <= reach) overlapping.add(i).add(reachIdx);
    if (end > reach) [reach, reachIdx] = [end, i];
  });
  return overlapping.size;
}
