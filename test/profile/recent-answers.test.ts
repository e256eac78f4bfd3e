// rememberAnswers (src/profile/lexicon/recent.ts): a pure test of a text answers once per text, and the memory never
// changes an answer — an undefined or false answer is remembered as such, long texts are asked every time, and a
// full memory is dropped rather than grown.
import { describe, expect, it } from 'vitest';
import { rememberAnswers } from '../../src/profile/lexicon/recent.js';
import { ORG_RE, TITLE_RE } from '../../src/profile/header-lexicon.js';
import { isLocation } from '../../src/profile/header-places.js';
import { classifyHeading, normaliseHeading } from '../../src/profile/sections.js';
import { looksLikeProse } from '../../src/profile/line-shape.js';

function counted<T>(answer: (text: string) => T): { fn: (text: string) => T; calls: string[] } {
  const calls: string[] = [];
  return { fn: rememberAnswers((text) => (calls.push(text), answer(text))), calls };
}

describe('rememberAnswers', () => {
  it.each([
    ['true', 'Engineer', true],
    ['false', 'Northwind', false],
    ['undefined', 'Leeds', undefined],
    ['an empty text', '', false],
  ])('answers %s once per text', (_what, text, answer) => {
    const { fn, calls } = counted(() => answer);
    expect(fn(text)).toBe(answer);
    expect(fn(text)).toBe(answer);
    expect(calls).toEqual([text]);
  });

  it('keeps texts apart that differ only in case or spacing', () => {
    const { fn, calls } = counted((t) => t.length);
    expect([fn('Data Engineer'), fn('data engineer'), fn('Data  Engineer')]).toEqual([13, 13, 14]);
    expect(calls).toHaveLength(3);
  });

  it('asks again for a long text (a whole line is never held)', () => {
    const long = 'word '.repeat(60);
    const { fn, calls } = counted((t) => t.length);
    expect(fn(long)).toBe(long.length);
    expect(fn(long)).toBe(long.length);
    expect(calls).toHaveLength(2);
  });

  it('drops a full memory and still answers right after it', () => {
    const { fn, calls } = counted((t) => Number(t) * 2);
    for (let i = 0; i < 300; i++) expect(fn(String(i))).toBe(i * 2);
    // The first texts were dropped with the memory: asked again, same answers.
    expect(fn('0')).toBe(0);
    expect(fn('299')).toBe(598);
    expect(calls.filter((t) => t === '0')).toHaveLength(2);
    expect(calls.filter((t) => t === '299')).toHaveLength(1);
  });
});

// The remembered lexicon tests answer as before, the second time too (traps included: a place is not a title, a
// company's legal form in lower case inside a sentence is not an organisation cue).
type Case = [text: string, expected: boolean];
const REMEMBERED: Array<[name: string, test: (text: string) => boolean, cases: Case[]]> = [
  ['TITLE_RE', (t) => TITLE_RE.test(t), [['Senior Data Engineer', true], ['Kitchen Staff', true], ['Managed 12 staff', false], ['Leeds, UK', false]]],
  ['ORG_RE', (t) => ORG_RE.test(t), [['Vipps AS', true], ['things such as these', false], ['Northwind Ltd', true], ['Data Engineer', false]]],
  ['isLocation', isLocation, [['Leeds, UK', true], ['Remote', true], ['Northwind Ltd, Leeds', false], ['Data Engineer', false]]],
  ['looksLikeProse', looksLikeProse, [['Built the billing pipeline for three teams.', true], ['Senior Data Engineer', false]]],
];

describe.each(REMEMBERED)('%s remembered', (_name, test, cases) => {
  it.each(cases)('%s → %s, twice', (text, expected) => {
    expect(test(text)).toBe(expected);
    expect(test(text)).toBe(expected);
  });
});

describe('sections remembered', () => {
  it.each([
    ['WORK EXPERIENCE', 'experience'],
    ['Education', 'education'],
    ['Senior Data Engineer', undefined],
  ])('classifyHeading(%s) is %s, twice', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
    expect(classifyHeading(text)?.kind).toBe(kind);
  });
  it('normaliseHeading answers the same text the same way', () => {
    expect(normaliseHeading('💼 WORK  HISTORY')).toBe('work history');
    expect(normaliseHeading('💼 WORK  HISTORY')).toBe('work history');
  });
});
