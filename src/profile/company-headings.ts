// Several roles under one company heading (promotions; LinkedIn exports: company / total duration / title /
// dates). The company line is either an entry of its own with a range spanning its roles and no body (dropped,
// its name given to the roles), or the organisation of the first role, shared by later roles that name none.
import { compareYm } from './dates.js';
import type { ParsedJob } from './jobs.js';
import { ORG_RE, TITLE_RE } from './header-lexicon.js';
import { splitOrgLocation } from './header-places.js';
import type { DateRange, YearMonth } from '../types.js';

function endKey(r: DateRange): YearMonth {
  return r.end === 'present' ? { year: 9999, month: 12 } : r.end;
}

/** Inner within outer; a year-only outer range is taken as whole years ("2016 – Present" holds Jan 2016). */
function contains(outer: DateRange, inner: DateRange): boolean {
  const start = outer.precision === 'year' ? { year: outer.start.year, month: 1 } : outer.start;
  const end = outer.precision === 'year' && outer.end !== 'present' ? { year: outer.end.year, month: 12 } : endKey(outer);
  return compareYm(start, inner.start) <= 0 && compareYm(endKey(inner), end) <= 0;
}

/**
 * A company line with dates of its own and no body: its range spans its roles ("Northwind 2016 – Present"), or it is
 * an organisation (no title words) whose next entry is a title without an organisation ("Lumenfield Video /
 * Copenhagen · Remote since 2023" above "Engineering Manager  Aug 2022 – Present").
 */
function isContainer(job: ParsedJob, next: ParsedJob | undefined): boolean {
  if (job.titleMatched || job.body.length > 0 || job.org !== undefined || job.range === undefined) return false;
  if (next?.range === undefined || next.org !== undefined) return false;
  return contains(job.range, next.range) || next.titleMatched;
}

/**
 * A dated entry whose only header is an organisation and which has a body of its own is a job with no title given
 * ("Ferrow Logistics" / "Employee number four: built …"): the name is its organisation, not its title.
 */
function untitled(job: ParsedJob): ParsedJob {
  if (job.titleMatched || job.org !== undefined || job.range === undefined || job.body.length === 0) return job;
  if (!ORG_RE.test(job.title) || TITLE_RE.test(job.title)) return job;
  return { ...job, title: '', org: job.title };
}

/** `headingLines` receives the date lines of company headings (their ranges named roles, they were not dropped). */
export function resolveCompanyHeadings(jobs: ParsedJob[], headingLines: number[] = []): ParsedJob[] {
  const out: ParsedJob[] = [];
  let heading: { org: string; range?: DateRange; teams?: boolean } | undefined;
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    if (!job) continue;
    if (isContainer(job, jobs[i + 1])) {
      // A range that does not span the roles ("Remote since 2023") says nothing about which roles are under it.
      const next = jobs[i + 1];
      const spans = job.range !== undefined && next?.range !== undefined && contains(job.range, next.range);
      // "Corvid Analytics (2016–2024), Manchester": the place after the name is not part of it.
      heading = { org: splitOrgLocation(job.title).org, ...(spans && job.range ? { range: job.range } : {}) };
      if (job.range) headingLines.push(job.range.line);
      continue;
    }
    // "Ostrander Markets" / "Engineer – Order Routing" then "Engineer – Market Data": the next role's team, with no
    // company line of its own, is a team of the same company.
    if (job.team === 'team' && heading?.teams === true && job.org !== undefined) {
      out.push({ ...job, title: `${job.title} – ${job.org}`, org: heading.org, orgOnOwnLine: false });
      continue;
    }
    if (job.org !== undefined) {
      heading = job.orgOnOwnLine ? { org: job.org, ...(job.team === 'company' ? { teams: true } : {}) } : undefined;
      out.push(job);
      continue;
    }
    // An entry whose only header is an organisation of its own ("Cincinnati Hills Academy" / "Part-time, 2009") is
    // not one more role under the heading above it.
    const ownOrg = !job.titleMatched && ORG_RE.test(job.title) && !TITLE_RE.test(job.title);
    const inherits = heading !== undefined && !ownOrg && (heading.range === undefined || job.range === undefined || contains(heading.range, job.range));
    out.push(inherits && heading ? { ...job, org: heading.org } : untitled(job));
  }
  return out;
}
