// Build Documents from lines written in the test, and role categories like the shipped rubric's.
import { expect } from 'vitest';
import { parseDateRange } from '../../src/profile/dates.js';
import { buildProfile } from '../../src/profile/index.js';
import type { Document, Precision, RoleCategory, YearMonth } from '../../src/types.js';

export function docOf(lines: string[], meta: Document['meta'] = {}): Document {
  return { source: 'test.txt', kind: 'text', lines: lines.map((text, index) => ({ text, page: 1, index })), pages: 1, meta, warnings: [] };
}

export const AS_OF = { year: 2026, month: 11 };

export const APPLIED_ML: RoleCategory = {
  id: 'applied-ml',
  titles: [{ term: 'machine learning' }, { term: 'ML', caseSensitive: true }, { term: 'data scientist' }],
  titleExclude: [{ term: 'product manager' }, { term: 'lecturer' }],
  evidence: [{ term: 'machine learning' }, { term: 'ranking model', synonyms: ['ranking models'] }, { term: 'PyTorch' }],
  evidenceExclude: [],
  minEvidence: 2,
  kinds: ['employment'],
};

export const PEOPLE_MANAGEMENT: RoleCategory = {
  id: 'people-management',
  titles: [{ term: 'manager' }, { term: 'head of', synonyms: ['director'] }],
  titleExclude: [{ term: 'project manager' }, { term: 'product manager' }],
  evidence: [{ term: 'direct reports' }, { term: 'managed a team of', synonyms: ['manage a team of'] }, { term: 'hired' }, { term: 'performance reviews' }],
  evidenceExclude: [{ term: 'managed Kubernetes clusters' }],
  minEvidence: 2,
  kinds: ['employment'],
};

export const CATEGORIES = [APPLIED_ML, PEOPLE_MANAGEMENT];

/** "2019-03" → { year: 2019, month: 3 }. */
export const ym = (s: string) => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)) });

/** A date-range case: [text, start, end ('present' or YYYY-MM), precision]. */
export type RangeCase = [string, string, string, Precision];

/** `text` parses as one range with this start, end and precision. */
export function expectRange(text: string, start: string, end: string, precision: Precision): void {
  const r = parseDateRange(text);
  expect(r).not.toBeNull();
  expect(r?.start).toEqual(ym(start));
  expect(r?.end).toEqual(end === 'present' ? 'present' : ym(end));
  expect(r?.precision).toBe(precision);
}

const ymText = (p: YearMonth | 'present'): string => (p === 'present' ? 'present' : `${p.year}-${String(p.month).padStart(2, '0')}`);

/** "Title @ Company [place] start…end" for every job read from the lines (the place only when asked). */
/**
 * Lines as the PDF reader gives them when the bullet is a drawn glyph: "[•] text" becomes the line "text" flagged as a
 * bullet (the glyph itself is not in the text).
 */
export function docOfDrawnBullets(lines: string[]): Document {
  const doc = docOf(lines);
  return { ...doc, lines: doc.lines.map((l) => (l.text.startsWith('[•] ') ? { ...l, text: l.text.slice(4), bullet: true } : l)) };
}

export function jobSummaries(lines: string[], withPlace = false): string[] {
  return buildProfile(docOfDrawnBullets(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) =>
    `${j.title} @ ${j.org ?? ''}${withPlace && j.location !== undefined ? ` [${j.location}]` : ''} ${j.range ? `${ymText(j.range.start)}…${ymText(j.range.end)}` : 'no dates'}`);
}
