// Job entries of one experience-like section. Lines are grouped into runs of header lines (title, company,
// dates, location) separated by body lines; each date line in a run anchors one job, and the run's other header
// lines go to the job before or after it depending on the section's layout (headers above the dates, as in
// most résumés and LinkedIn, or dates first, as in moderncv and table layouts).
import { splitGigLines } from './gig-lines.js';
import { joinWrappedDateCells } from './wrapped-date-cells.js';
import type { DateRange, Line, YearMonth } from '../types.js';
import { findDateRanges, toDateRange, type ReadingLike } from './dates.js';
import { splitCells } from './line-shape.js';
import { classifyLines, durationOnlyMonths, type ClassifiedLine } from './job-lines.js';
import { assignHeader, isLocation, type JobHeader } from './job-header.js';
import { piecesOf } from './job-pieces.js';
import { formField } from './form-labels.js';
import { resolveCompanyHeadings } from './company-headings.js';
import { isDegreeLine, TITLE_RE } from './header-lexicon.js';
import { compareYm } from './date-grammar.js';
import { isProjectPhrase } from './project-lines.js';
import { voteOrder, type HeaderOrder } from './header-order.js';

export interface ParsedJob {
  title: string;
  org?: string;
  location?: string;
  range?: DateRange;
  body: Line[];
  start: number;
  end: number;
  flags: string[];
  titleMatched: boolean;
  orgOnOwnLine: boolean;
  /** Line index of the title. */
  titleLine: number;
  employmentType?: string;
  /** Dated by a lone date ("10/2018", "2019"), not a range: see start-timeline.ts. */
  singleDate?: true;
  /** See JobHeader.team. */
  team?: 'team' | 'company';
  /** The total a company line states right under it (LinkedIn: "Northwind" / "6 years" / its roles): months. */
  groupMonths?: number;
}

interface Run {
  items: ClassifiedLine[];
  body: Line[];
}

interface Entry {
  headers: ClassifiedLine[];
  anchor?: ClassifiedLine;
  body: Line[];
  /** See ParsedJob.groupMonths. */
  groupMonths?: number;
}

type Layout = 'headersFirst' | 'datesFirst';

/** A line of a form-like entry: a labelled field ("Dates⇥…", "Employer:⇥…"), or a field's value wrapped under it. */
const isFormItem = (c: ClassifiedLine): boolean => c.formBody === true || formField(c.line.text) !== undefined;

function groupRuns(lines: ClassifiedLine[]): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const c of lines) {
    if (c.role === 'blank' || c.role === 'rangeEnd') continue;
    if (c.role === 'body') {
      // A form field between the header lines of a form-like entry (Europass: position, activities, employer) goes to
      // that entry's body, and the entry goes on. Under unlabelled header lines ("dates ⇥ Title" / "Company" /
      // "Tätigkeiten: …") the field opens the body.
      if (c.formBody === true && run && run.body.length === 0 && run.items.some(isFormItem)) run.items.push(c);
      else run?.body.push(c.line);
      continue;
    }
    if (!run || run.body.length > 0) {
      run = { items: [], body: [] };
      runs.push(run);
    }
    run.items.push(c);
  }
  return runs;
}

/** Vote over runs with one date line: header lines above it, or only below it. */
function detectLayout(runs: Run[]): Layout {
  let above = 0;
  let below = 0;
  for (const run of runs) {
    if (run.items.some((c) => c.formBody === true)) {
      // Form-like entries make one run: it votes by how it opens (a bare date line first, or a header first).
      const heads = run.items.filter((c) => c.role !== 'body');
      const firstHead = heads[0];
      if (firstHead?.role === 'anchor' && firstHead.rest === '') below++;
      else if (firstHead?.role === 'header') above++;
      // "02/2022 – heute ⇥ Title" / "Company" / "Tätigkeiten: …", entry after entry: dated lines each with the line
      // under them, and none above.
      else if (firstHead?.role === 'anchor' && heads.every((c, k) => c.role !== 'anchor' || heads[k + 1]?.role === 'header')
        && heads.every((c, k) => c.role !== 'header' || heads[k - 1]?.role === 'anchor')) below++;
      continue;
    }
    const anchors = run.items.filter((c) => c.role === 'anchor');
    if (anchors.length > 1) {
      // Entries with no body between them make one run ("dates" / "Company" / "Title", or "dates  Company" /
      // "Title", again and again): it votes by its ends, when both agree — a date line first and a header last, or
      // the other way round.
      const heads = run.items.filter((c) => c.role === 'anchor' || c.role === 'header');
      const first = heads[0];
      const last = heads[heads.length - 1];
      // Dates first when the run opens with a date line and every date line but the last has a header right below it.
      const eachFollowed = heads.every((c, k) => c.role !== 'anchor' || k === heads.length - 1 || heads[k + 1]?.role === 'header');
      if (first?.role === 'anchor' && (last?.role === 'header' || eachFollowed)) below++;
      else if (first?.role === 'header' && last?.role === 'anchor') above++;
      continue;
    }
    if (!anchors[0]) continue;
    const at = run.items.indexOf(anchors[0]);
    const headersAbove = run.items.slice(0, at).some((c) => c.role === 'header');
    if (headersAbove) above++;
    else if (run.items.slice(at + 1).some((c) => c.role === 'header') && anchors[0].rest === '') below++;
  }
  return below > above ? 'datesFirst' : 'headersFirst';
}

/**
 * A line that only says where ("Leeds, UK", "Remote"): under a dated header it is that job's place. Every cell is a
 * place: "Tarrow Mills ⇥ Kendal, United Kingdom" (Awesome-CV's next company, right under a job with no bullets) is not.
 */
const isPlaceLine = (rest: string): boolean => splitCells(rest).every((cell) => isLocation(cell));

/** Header lines followed right away by a duration alone (a company's total, LinkedIn), and its months. */
function groupTotals(items: readonly ClassifiedLine[]): Map<ClassifiedLine, number> {
  const totals = new Map<ClassifiedLine, number>();
  items.forEach((c, i) => {
    const next = items[i + 1];
    const months = c.role === 'header' && next?.role === 'duration' ? durationOnlyMonths(next.line.text) : undefined;
    if (months !== undefined) totals.set(c, months);
  });
  return totals;
}

function splitRun(run: Run, layout: Layout): Entry[] {
  const totals = groupTotals(run.items);
  const items = run.items.filter((c) => c.role !== 'duration');
  const entries: Entry[] = [];
  let pending: ClassifiedLine[] = [];
  const formBody: Line[] = [];
  const opensWithName = namedAnchorFirst(items);
  items.forEach((c, i) => {
    const last = entries[entries.length - 1];
    if (c.role === 'body') {
      if (last) last.body.push(c.line);
      else formBody.push(c.line);
    } else if (c.role === 'anchor') {
      // What the job was, on its header's own line: the first of its body, quoted without the header.
      const body = c.tail !== undefined ? [{ ...c.line, text: c.tail }] : [];
      if (layout === 'datesFirst' && entries.length > 0) {
        entries.push({ headers: [c], anchor: c, body });
      } else {
        const group = pending.find((h) => totals.has(h));
        entries.push({ headers: [...pending, c], anchor: c, body, ...(group ? { groupMonths: totals.get(group) } : {}) });
        pending = [];
      }
    } else if (last && (layout === 'datesFirst' || (pending.length === 0 && isPlaceLine(c.rest) && last.headers[last.headers.length - 1] === last.anchor)
      || (opensWithName && pending.length === 0 && roleUnderName(last, c, items[i + 1])))) {
      last.headers.push(c);
    } else {
      pending.push(c);
    }
  });
  const last = entries[entries.length - 1];
  if (last) last.headers = last.headers.concat(pending);
  else entries.push({ headers: pending, body: [] });
  const tail = entries[entries.length - 1];
  if (tail) tail.body = tail.body.concat(run.body);
  const head = entries[0];
  if (head && formBody.length > 0) head.body = formBody.concat(head.body);
  return entries;
}

/** The run opens with a dated line that names something ("Nidaros Chess Club · 2012 – 2016"), no header above it. */
function namedAnchorFirst(items: readonly ClassifiedLine[]): boolean {
  const first = items.find((c) => c.role !== 'body');
  return first?.role === 'anchor' && first.rest !== '' && !TITLE_RE.test(first.rest);
}

/**
 * "Trondheim Meetup · 2019 – present" / "Member" / "Nidaros Chess Club · 2012 – 2016" / "Volunteer": in a run that
 * opens with a named, dated line, a title right under a dated name with no title is that entry's role when the next
 * dated line names its own entry. A bare date line next ("Senior Engineer" / "2020 – 2024" under a company's span)
 * keeps the title for itself.
 */
function roleUnderName(last: Entry, c: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  const anchor = last.anchor;
  if (!anchor || last.headers[last.headers.length - 1] !== anchor || anchor.rest === '' || TITLE_RE.test(anchor.rest)) return false;
  if (!TITLE_RE.test(c.rest) || c.rest.split(/\s+/).length > MAX_ROLE_WORDS) return false;
  return next === undefined || (next.role === 'anchor' && next.rest !== '');
}

/** Most words of a role written under its organisation's dated line ("Member", "Volunteer Workshop Leader"). */
const MAX_ROLE_WORDS = 4;

/** Most words a title may have to make an undated job. */
const MAX_UNDATED_TITLE_WORDS = 7;

/** A dated project among jobs: neither a job nor part of the job above it. */
const PROJECT = 'project';

const headerOf = (entry: Entry, order?: HeaderOrder) => assignHeader(piecesOf(entry), entry.anchor ? entry.headers.indexOf(entry.anchor) : undefined, order);

/**
 * The section's order is read for a header whose title the lexicon does not know (header-order.ts), and, when the
 * section writes title and company on lines of their own, for the company line next to a known title
 * (job-header.ts's nameNextToTitle): a header read without it keeps its reading otherwise, or when the section agreed
 * on no order.
 */
const readsOrder = (order: HeaderOrder): boolean => order.comma !== undefined || order.pieces !== undefined || order.lines !== undefined;

function toJob(entry: Entry, order: HeaderOrder, unordered: JobHeader | undefined): ParsedJob | typeof PROJECT | undefined {
  const reuse = !readsOrder(order) || (unordered?.titleMatched === true && order.lines === undefined);
  const header = reuse ? unordered : headerOf(entry, order);
  // A degree among jobs ("MSc …, University of …") is education, never a job (its dates are reported as unused).
  if (!header || isDegreeLine(header.title)) return undefined;
  // "Building an HTML5 puzzle game ⇥ 2019 – 2020": nothing in the header names a role or an employer.
  if (entry.anchor && !header.titleMatched && header.org === undefined && isProjectPhrase(header.title)) return PROJECT;
  // Without dates, only a clear header (a title the lexicon knows, and an organisation) makes a job.
  if (!entry.anchor && (!header.titleMatched || header.org === undefined || header.title.split(/\s+/).length > MAX_UNDATED_TITLE_WORDS)) return undefined;
  // Spreading a hostile 100,000-line body into Math.min would overflow the stack: loop instead.
  let first = Infinity;
  let last = -1;
  for (const l of [...entry.headers.map((c) => c.line), ...entry.body]) {
    if (l.index < first) first = l.index;
    if (l.index > last) last = l.index;
  }
  const range = entry.anchor?.range;
  const flags: string[] = [];
  if (!range) flags.push('NO_DATES');
  else if (range.open) flags.push('OPEN_RANGE');
  if (range?.reversed) flags.push('REVERSED_RANGE');
  return {
    title: header.title,
    ...(header.org !== undefined ? { org: header.org } : {}),
    ...(header.location !== undefined ? { location: header.location } : {}),
    ...(range && entry.anchor ? { range: toDateRange(range, entry.anchor.line.index) } : {}),
    body: entry.body,
    start: first,
    end: last + 1,
    flags,
    titleMatched: header.titleMatched,
    orgOnOwnLine: header.orgOnOwnLine,
    titleLine: entry.headers[header.titleLine]?.line.index ?? first,
    ...(header.employmentType !== undefined ? { employmentType: header.employmentType } : {}),
    ...(range?.single ? { singleDate: true as const } : {}),
    ...(header.team !== undefined ? { team: header.team } : {}),
    ...(entry.groupMonths !== undefined && header.org !== undefined ? { groupMonths: entry.groupMonths } : {}),
  };
}

/** Jobs of one section; `lines` are the section's lines after its heading. */
export function findJobs(lines: readonly Line[], pivot: ReadingLike): ParsedJob[] {
  return readJobs(lines, pivot).jobs;
}

export interface SectionJobs {
  jobs: ParsedJob[];
  /** Line indices of date lines whose range ended up in no job (nor in a company heading that named its roles). */
  unusedRanges: number[];
}

/** Most header lines above a row of card dates ("Title" / "Company" / "dates" per card). */
const MAX_CARD_HEADER_LINES = 3;
const MULTI_CELL = /\t|\s{3,}/;

/** Every cell of a row holds a date range: the date row of a grid of role cards, read row by row. */
function cardDateCells(line: Line, pivot: ReadingLike): string[] | undefined {
  if (!MULTI_CELL.test(line.text)) return undefined;
  const cells = splitCells(line.text);
  if (cells.length < 2 || !cells.every((c) => findDateRanges(c, pivot).some((r) => !r.single))) return undefined;
  return cells;
}

/** A cell that is only an arrow or a symbol drawn between cards ("⟶"). */
const SYMBOL_CELL = /^[^\p{L}\p{N}]+$/u;
const textCells = (text: string): string[] => splitCells(text).filter((c) => !SYMBOL_CELL.test(c));

/**
 * A grid of role cards side by side ("Title | Title | Title" / "Company | Company | Company" / "dates | dates |
 * dates") is read card by card: each column of the header rows above a row of dates becomes one entry, and the
 * rows below it that have one text cell per card (arrows between cards left out) give each card its own body, up
 * to the header rows of the next row of cards. Lines that do not split that way stay where they are.
 */
export function unfoldCardRows(lines: readonly Line[], pivot: ReadingLike): Line[] {
  if (!lines.some((l) => MULTI_CELL.test(l.text))) return [...lines];
  const dateRows = lines.map((l) => cardDateCells(l, pivot));
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const dates = dateRows[i];
    if (!line) continue;
    if (!dates) {
      out.push(line);
      continue;
    }
    let h = 0;
    while (h < MAX_CARD_HEADER_LINES && h < out.length) {
      const above = out[out.length - 1 - h];
      if (!above || splitCells(above.text).length !== dates.length || findDateRanges(above.text, pivot).length > 0) break;
      h++;
    }
    if (h === 0) {
      out.push(line);
      continue;
    }
    const headers = out.splice(out.length - h, h).map((l) => splitCells(l.text).map((text) => ({ ...l, text })));
    // Body rows: one text cell per card, until the header rows of the next row of cards.
    const bodies: Line[][] = dates.map(() => []);
    const rest: Line[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (!l || dateRows[j]) break;
      const nextDates = dateRows.slice(j + 1, j + 1 + MAX_CARD_HEADER_LINES).some((d) => d !== undefined);
      const cells = textCells(l.text);
      if (nextDates && cells.length === dates.length && findDateRanges(l.text, pivot).length === 0 && splitCells(l.text).length === dates.length) break;
      if (cells.length === dates.length) cells.forEach((text, c) => bodies[c]?.push({ ...l, text }));
      else rest.push(l);
    }
    dates.forEach((text, c) => {
      for (const cells of headers) if (cells[c]) out.push(cells[c]);
      out.push({ ...line, text });
      out.push(...(bodies[c] ?? []));
    });
    out.push(...rest);
    i = j - 1;
  }
  return out;
}

/** Jobs of one section, and the date ranges of its date lines that no job took. */
export function readJobs(lines: readonly Line[], pivot: ReadingLike): SectionJobs {
  const classified = classifyLines(splitGigLines(unfoldCardRows(joinWrappedDateCells(lines, pivot), pivot), pivot), pivot);
  const headingLines: number[] = [];
  const jobs = assembleJobs(classified, headingLines);
  const used = new Set<number>(jobs.flatMap((j) => (j.range ? [j.range.line] : [])).concat(headingLines));
  const unusedRanges = classified.filter((c) => c.role === 'anchor' && c.range && !c.range.single && !used.has(c.line.index)).map((c) => c.line.index);
  return { jobs, unusedRanges };
}

function assembleJobs(classified: ClassifiedLine[], headingLines: number[]): ParsedJob[] {
  const runs = groupRuns(classified);
  const layout = detectLayout(runs);
  const jobs: ParsedJob[] = [];
  const entries = runs.flatMap((r) => splitRun(r, layout));
  // The order this section writes title and company in, from the headers whose title the lexicon knows.
  const unordered = entries.map((e) => headerOf(e));
  const order = voteOrder(unordered.map((h) => h?.shape));
  for (const [i, entry] of entries.entries()) {
    const job = toJob(entry, order, unordered[i]);
    const prev = jobs[jobs.length - 1];
    if (job === PROJECT) continue;
    if (job) jobs.push(job);
    else if (prev) {
      // Not a job (a stray non-bullet line): it belongs to the body of the job above.
      const stray = entry.headers.map((c) => c.line).concat(entry.body);
      prev.body = prev.body.concat(stray);
      for (const l of stray) if (l.index + 1 > prev.end) prev.end = l.index + 1;
    }
  }
  const texts = new Map(classified.map((c) => [c.line.index, c.line.text]));
  return foldTeamLines(resolveCompanyHeadings(jobs, headingLines), texts);
}

/**
 * A title names a role: it ends in a title word or goes on after one ("Research Intern", "Head of Data", "Engineer,
 * Ads"). "Developer Productivity" and "Build Systems" (a title word first, then the team's subject) name a team.
 */
function namesRole(job: ParsedJob): boolean {
  if (job.org !== undefined && TITLE_RE.test(job.org)) return true;
  const title = job.title.replace(/\s*\(.*$/u, '').trim();
  if (title === '' || !TITLE_RE.test(title)) return false;
  const last = title.split(/\s+/u).pop() ?? '';
  return TITLE_RE.test(last) || /,|\s(?:of|in|for)\s/u.test(title);
}

/** A name with its own date in brackets at the end of the line: "Build Systems (Summer 2017)". */
const BRACKETED_DATE_END = /\([^()]*\d{4}[^()]*\)\s*$/u;

const endOf = (r: DateRange): YearMonth => (r.end === 'present' ? { year: 9999, month: 12 } : r.end);

/** Inner within outer; a year-only outer range is taken as whole years ("Summers 2016 – 2017" holds Summer 2017). */
function within(inner: DateRange, outer: DateRange): boolean {
  const start = outer.precision === 'year' ? { year: outer.start.year, month: 1 } : outer.start;
  const end = outer.precision === 'year' && outer.end !== 'present' ? { year: outer.end.year, month: 12 } : endOf(outer);
  return compareYm(start, inner.start) <= 0 && compareYm(endOf(inner), end) <= 0;
}

/**
 * A team or project inside a job, dated in brackets ("Software Engineering Intern ⇥ Tamarack Software ⇥ Summers
 * 2016 – 2017" / "Build Systems (Summer 2017)" / bullets / "Developer Productivity (Summer 2016)" / bullets): within
 * the job's own range, with no title of its own, it is part of that job, never a job. A dated line with a title
 * ("Tech Lead (2019)"), or one outside the range above it, stays a job.
 */
function foldTeamLines(jobs: ParsedJob[], texts: ReadonlyMap<number, string>): ParsedJob[] {
  const out: ParsedJob[] = [];
  for (const job of jobs) {
    const host = out[out.length - 1];
    const r = job.range;
    const nested = host?.range !== undefined && r !== undefined && within(r, host.range);
    const text = r ? (texts.get(r.line) ?? '') : '';
    if (host && nested && !namesRole(job) && BRACKETED_DATE_END.test(text)) {
      // The team's own line goes into the body with its text, so its words still count for the job.
      const own = job.body[0]?.page ?? host.body[0]?.page ?? 1;
      const header = [...texts.entries()].filter(([i]) => i >= job.start && i < job.end && !job.body.some((l) => l.index === i))
        .map(([index, text]) => ({ text, page: own, index }));
      host.body = [...host.body, ...header, ...job.body].sort((x, y) => x.index - y.index);
      host.end = Math.max(host.end, job.end);
      continue;
    }
    out.push(job);
  }
  return out;
}
