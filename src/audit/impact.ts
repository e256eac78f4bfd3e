// Adverse impact, laid out like a NYC Local Law 144 bias-audit summary: per category of each self-reported dimension
// and per intersection, the selection rate (selected ÷ applicants) for `pass` and for `pass`+`review`, the impact
// ratio against the most selected category, the four-fifths flag, and Fisher's exact p beside each ratio. Categories
// with fewer than `minGroup` applicants are marked small: shown, never the reference, never flagged.
import { fisherExact } from './fisher.js';

export type ScreenVerdict = 'pass' | 'review' | 'fail';

export interface Applicant {
  /** The key the groups file uses for this applicant (file or sha256). */
  key: string;
  categories: readonly string[];
  verdict: ScreenVerdict;
}

export interface Selection {
  selected: number;
  rate: number;
  /** rate ÷ reference rate; null when the reference selected no one. */
  ratio: number | null;
  /** Below four-fifths, and the category is large enough to judge. */
  flag: boolean;
  /** Fisher's exact two-sided p against the reference category (null for the reference itself). */
  p: number | null;
  reference: boolean;
}

export interface CategoryRow {
  category: string;
  applicants: number;
  small: boolean;
  notStated: boolean;
  pass: Selection;
  passOrReview: Selection;
}

export interface DimensionTable {
  dimension: string;
  rows: CategoryRow[];
}

export interface ImpactReport {
  applicants: number;
  minGroup: number;
  threshold: number;
  tables: DimensionTable[];
}

/** The four-fifths rule (EEOC Uniform Guidelines, 29 CFR 1607.4(D)): a ratio under 0.8 is evidence of adverse impact. */
export const FOUR_FIFTHS = 0.8;
/** Below this many applicants a rate is too noisy to judge (and LL144 audits may exclude such categories). */
export const DEFAULT_MIN_GROUP = 5;
/** What an empty cell in the groups file means: the applicant did not say. */
export const NOT_STATED = '(not stated)';

const SELECTIONS = {
  pass: (v: ScreenVerdict) => v === 'pass',
  passOrReview: (v: ScreenVerdict) => v !== 'fail',
} as const;

function selection(rows: { applicants: number; selected: number; eligible: boolean }[]): Selection[] {
  const rates = rows.map((r) => (r.applicants === 0 ? 0 : r.selected / r.applicants));
  let ref = -1;
  rows.forEach((r, i) => {
    if (r.eligible && (ref < 0 || (rates[i] ?? 0) > (rates[ref] ?? 0))) ref = i;
  });
  const refRow = rows[ref];
  const refRate = rates[ref] ?? 0;
  return rows.map((r, i) => {
    const rate = rates[i] ?? 0;
    const ratio = refRow === undefined || refRate === 0 ? null : rate / refRate;
    const p = refRow === undefined || i === ref ? null : fisherExact(r.selected, r.applicants - r.selected, refRow.selected, refRow.applicants - refRow.selected);
    return { selected: r.selected, rate, ratio, flag: r.eligible && ratio !== null && ratio < FOUR_FIFTHS, p, reference: i === ref };
  });
}

function table(dimension: string, applicants: readonly Applicant[], categoryOf: (a: Applicant) => string, minGroup: number): DimensionTable {
  const groups = new Map<string, Applicant[]>();
  for (const a of applicants) {
    const c = categoryOf(a);
    const members = groups.get(c);
    if (members) members.push(a);
    else groups.set(c, [a]);
  }
  const names = [...groups.keys()].sort((x, y) => x.localeCompare(y));
  const base = names.map((category) => {
    const members = groups.get(category) ?? [];
    const notStated = category.includes(NOT_STATED);
    return { category, members, notStated, small: members.length < minGroup };
  });
  const per = (pick: (v: ScreenVerdict) => boolean): Selection[] =>
    selection(base.map((b) => ({ applicants: b.members.length, selected: b.members.filter((m) => pick(m.verdict)).length, eligible: !b.small && !b.notStated })));
  const pass = per(SELECTIONS.pass);
  const passOrReview = per(SELECTIONS.passOrReview);
  const rows = base.map((b, i): CategoryRow => ({
    category: b.category,
    applicants: b.members.length,
    small: b.small,
    notStated: b.notStated,
    pass: pass[i] as Selection,
    passOrReview: passOrReview[i] as Selection,
  }));
  return { dimension, rows };
}

/** One table per dimension, then one for the intersection of all of them (when there are two or more). */
export function adverseImpact(dimensions: readonly string[], applicants: readonly Applicant[], minGroup = DEFAULT_MIN_GROUP): ImpactReport {
  const tables = dimensions.map((d, i) => table(d, applicants, (a) => a.categories[i] || NOT_STATED, minGroup));
  if (dimensions.length > 1) {
    tables.push(table(dimensions.join(' × '), applicants, (a) => dimensions.map((_, i) => a.categories[i] || NOT_STATED).join(' · '), minGroup));
  }
  return { applicants: applicants.length, minGroup, threshold: FOUR_FIFTHS, tables };
}
