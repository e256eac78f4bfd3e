// Case tables for the numeric lint rules, with the rubrics they must accept.
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/index.js';
import { lintRubric } from '../../src/rubric/lint/index.js';

/** A rubric with one years requirement (extra YAML lines under it) and one keywords requirement of weight 1. */
function rubric(yearsLines: string, bands = ''): string {
  return [
    'id: t', 'title: T', 'version: "1"', bands, 'roles:', '  ml:', '    titles: [ml engineer]', 'requirements:',
    '  - id: ml-years', '    kind: years', '    category: ml', ...yearsLines.split(';').map((l) => `    ${l.trim()}`),
    '  - id: python', '    kind: keywords', '    any: [Python]', '',
  ].join('\n');
}

function codes(text: string): string[] {
  return lintRubric(parseRubric(text, 'inline.yaml')).map((f) => f.code);
}

describe('unreachable-min and years-max', () => {
  it.each([
    ['min: 51', ['unreachable-min']],
    ['min: 8; within_years: 5', ['unreachable-min']],
    ['min: 10; max: 5', ['unreachable-min', 'years-max']],
    ['min: 50', []],
    ['min: 5; within_years: 5', []],
    ['min: 2; max: 10', ['years-max']],
  ])('%s → %j', (lines, expected) => {
    expect(codes(rubric(lines)).sort()).toEqual([...expected].sort());
  });
});

describe('unreachable-band', () => {
  it.each([
    // Both requirements weigh 1: with ml-years unreachable the best score is 50.
    ['min: 60', 'bands: { pass_score: 60 }', ['unreachable-band', 'unreachable-min']],
    ['min: 60', 'bands: { review_score: 51 }', ['unreachable-band', 'unreachable-min']],
    ['min: 60', 'bands: { pass_score: 50 }', ['unreachable-min']],
    ['min: 3', 'bands: { pass_score: 100, review_score: 100 }', []],
  ])('%s with %s → %j', (lines, bands, expected) => {
    expect(codes(rubric(lines, bands)).sort()).toEqual([...expected].sort());
  });
});

describe('unreachable-evidence and title-trusted', () => {
  const withRole = (role: string, must = true): string =>
    ['id: t', 'title: T', 'version: "1"', 'roles:', '  ml:', '    titles: [ml engineer]', ...role.split(';').map((l) => `    ${l.trim()}`),
      'requirements:', `  - { id: ml-years, kind: years, category: ml, min: 2, must: ${must} }`, ''].join('\n');
  it.each([
    ['evidence: [PyTorch, XGBoost]; min_evidence: 2', []],
    ['evidence: [PyTorch]; min_evidence: 2', ['unreachable-evidence']],
    ["evidence: [PyTorch]; evidence_patterns: [{ name: training, pattern: 'trained \\w+ models' }]; min_evidence: 2", []],
    ["evidence: [PyTorch]; evidence_patterns: [{ name: t, pattern: 'a\\d' }, { name: t, pattern: 'b\\d' }]; min_evidence: 3", ['unreachable-evidence']],
    ['min_evidence: 0', []],
    ['credit: { title_only: count }', ['title-trusted']],
    ['credit: { title_only: flag }', []],
    ['credit: { title_only: ignore }', []],
  ] as const)('%s → %j', (role, expected) => {
    expect(codes(withRole(role))).toEqual(expected);
  });
  it('title-trusted only warns for must-haves', () => {
    expect(codes(withRole('credit: { title_only: count }', false))).toEqual([]);
  });
});
