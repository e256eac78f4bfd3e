// Blind mode on one Evaluation: text redacted by where its line sits (contact block, education section), codes,
// numbers, verdict and score untouched, the candidate and the document's title and author dropped. Fictional person.
import { describe, expect, it } from 'vitest';
import { blindEvaluation } from '../../src/blind/evaluation.js';
import type { Evaluation, Line, Profile, Section } from '../../src/types.js';

const texts = [
  'Ada Quill',
  'ada.quill@example.org · +44 20 5550 0199 · 12 Elm Street, London SW1A 1AA',
  'Experience',
  'Engineering Manager, Northwind — 2019 – 2024',
  'Ada hired 6 engineers; she ran 1:1s.',
  'Education',
  'MSc Computer Science, University of Leeds, 2010 – 2012',
];
const lines: Line[] = texts.map((text, index) => ({ text, page: 1, index }));
const sections: Section[] = [
  { kind: 'contact', start: 0, end: 2 },
  { kind: 'experience', heading: 'Experience', start: 2, end: 5 },
  { kind: 'education', heading: 'Education', start: 5, end: 7 },
];
const profile = { source: '/cv/ada-quill.pdf', kind: 'pdf', pages: 1, meta: { title: 'CV Ada Quill', author: 'Ada Quill', created: '2026-01-02T00:00:00Z' }, lines, sections } as unknown as Profile;
const evaluation: Evaluation = {
  file: '/cv/ada-quill.pdf',
  status: 'scored',
  verdict: 'review',
  score: 72,
  candidate: { name: 'Ada Quill', email: 'ada.quill@example.org' },
  outcomes: [
    {
      requirementId: 'people-management-years',
      kind: 'years',
      must: true,
      weight: 1,
      met: false,
      near: true,
      value: 1.75,
      code: 'YEARS_NEAR',
      data: { category: 'people-management', jobs: [{ title: 'Engineering Manager', org: 'Northwind' }] },
      evidence: [
        { text: texts[4] ?? '', line: 4, page: 1, section: 'experience', note: 'negated' },
        { text: texts[6] ?? '', line: 6, page: 1, section: 'education' },
      ],
    },
  ],
  warnings: [{ code: 'NO_DATES', severity: 'warning', line: 1, data: { raw: texts[1] } }],
  profile,
};

describe('blindEvaluation', () => {
  const { evaluation: out, identity } = blindEvaluation(evaluation, profile);

  it('finds the name in the contact block', () => {
    expect(identity.parts.sort()).toEqual(['ada', 'quill']);
  });

  it('keeps verdict, score, codes and numbers, and drops the candidate', () => {
    expect(out).toMatchObject({ status: 'scored', verdict: 'review', score: 72 });
    expect(out.candidate).toBeUndefined();
    expect(out.outcomes[0]).toMatchObject({ requirementId: 'people-management-years', met: false, near: true, value: 1.75, code: 'YEARS_NEAR', data: { category: 'people-management' } });
  });

  it('redacts evidence by its line: pronouns and the name in a job, years in education only', () => {
    expect(out.outcomes[0]?.evidence.map((e) => [e.text, e.note, e.section])).toEqual([
      ['[name] hired 6 engineers; [pronoun] ran 1:1s.', 'negated', 'experience'],
      ['MSc Computer Science, University of Leeds, [year] – [year]', undefined, 'education'],
    ]);
  });

  it('redacts warning data and the whole profile, the contact lines with their bolder rules', () => {
    expect(out.warnings[0]?.data?.raw).toBe('[email] · [phone] · [address], London [address]');
    expect(out.profile?.lines.map((l) => l.text)).toEqual([
      '[name]',
      '[email] · [phone] · [address], London [address]',
      'Experience',
      'Engineering Manager, Northwind — 2019 – 2024',
      '[name] hired 6 engineers; [pronoun] ran 1:1s.',
      'Education',
      'MSc Computer Science, University of Leeds, [year] – [year]',
    ]);
    expect(out.profile?.source).toBe('[file]');
    expect(out.profile?.meta).toEqual({ created: '2026-01-02T00:00:00Z' });
    expect(evaluation.outcomes[0]?.evidence[0]?.text).toBe(texts[4]); // the input is not changed
  });
});
