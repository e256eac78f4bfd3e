// Several roles under one company heading (promotions; LinkedIn exports: company / total duration / title /
// dates). The company line is either an entry of its own with a range spanning its roles and no body (dropped,
// its name given to the roles), or the organisation of the first role, shared by later roles that name none.
import { endIndex, monthIndex, wholeSpan } from '../months.js';
import type { ParsedJob } from './jobs.js';
import { ORG_RE, TITLE_RE } from './header-lexicon.js';
import { splitOrgLocation } from './header-places.js';
import type { DateRange } from '../types.js';

/** Inner within outer; a year-only outer range is taken as whole years ("2016 – Present" holds Jan 2016). */
function contains(outer: DateRange, inner: DateRange): boolean {
  const o = wholeSpan(outer);
  return o.first <= monthIndex(inner.start) && endIndex(inner) <= o.last;
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

/**
 * A company's roles under its stated total (LinkedIn: "Ferrow University" / "6 years" / role, dates / role, dates…):
 * the months the total states, and the first and last month of the roles read so far (counted as LinkedIn counts,
 * both ends included).
 */
interface Group { months: number; first: number; last: number }

/** A range's first and last month; "Present" ends where its own stated duration says (when the file was made). */
function monthSpan(r: DateRange): { first: number; last: number } | undefined {
  const first = monthIndex(r.start);
  if (r.end !== 'present') return { first, last: monthIndex(r.end) };
  return r.statedMonths !== undefined ? { first, last: first + r.statedMonths - 1 } : undefined;
}

/** LinkedIn counts a month at each end of a range; a role may reach one month past the total. */
const GROUP_SLACK_MONTHS = 1;

/** The group's roles so far span less than its total: the next dated role is one more of them. */
const groupOpen = (g: Group): boolean => g.last - g.first + 1 < g.months;

/** The group widened by a role, if the role fits in the stated total. */
function widen(g: Group, r: DateRange | undefined): Group | undefined {
  const s = r ? monthSpan(r) : undefined;
  if (!s) return undefined;
  const w = { months: g.months, first: Math.min(g.first, s.first), last: Math.max(g.last, s.last) };
  return w.last - w.first + 1 <= g.months + GROUP_SLACK_MONTHS ? w : undefined;
}

function groupOf(job: ParsedJob): Group | undefined {
  const s = job.groupMonths !== undefined && job.range ? monthSpan(job.range) : undefined;
  return s && job.groupMonths !== undefined ? { months: job.groupMonths, ...s } : undefined;
}

/** `headingLines` receives the date lines of company headings (their ranges named roles, they were not dropped). */
export function resolveCompanyHeadings(jobs: ParsedJob[], headingLines: number[] = []): ParsedJob[] {
  const out: ParsedJob[] = [];
  let heading: { org: string; range?: DateRange; teams?: boolean; group?: Group } | undefined;
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
    // Under a company whose stated total its roles so far do not fill, the next dated role is one more of its roles:
    // what reads as that role's company is the last line of the role above ("Teaching Assistant, dates" /
    // "Principles of Compiler Design" / "Engineering Student, dates").
    const widened = heading?.group !== undefined && groupOpen(heading.group) ? widen(heading.group, job.range) : undefined;
    if (heading && widened) {
      heading.group = widened;
      // A name on the title's own line is the role's team ("Software Engineer - Payments"): it stays in the title.
      // A role whose one header line was read as a name ("Creative And Media") is titled by it.
      const title = job.title === '' && job.org !== undefined ? job.org
        : job.org !== undefined && !job.orgOnOwnLine ? `${job.title} - ${job.org}` : job.title;
      out.push({ ...job, title, org: heading.org, orgOnOwnLine: false });
      continue;
    }
    if (job.org !== undefined) {
      const group = groupOf(job);
      heading = job.orgOnOwnLine || group ? { org: job.org, ...(job.team === 'company' ? { teams: true } : {}), ...(group ? { group } : {}) } : undefined;
      out.push(job);
      continue;
    }
    // An entry whose only header is an organisation of its own ("Cincinnati Hills Academy" / "Part-time, 2009") is
    // not one more role under the heading above it.
    const ownOrg = !job.titleMatched && ORG_RE.test(job.title) && !TITLE_RE.test(job.title);
    const inherits = heading !== undefined && !ownOrg && (heading.range === undefined || job.range === undefined || contains(heading.range, job.range));
    if (inherits && heading?.group) heading.group = widen(heading.group, job.range) ?? heading.group;
    out.push(inherits && heading ? { ...job, org: heading.org } : untitled(job));
  }
  return out;
}
