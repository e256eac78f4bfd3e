// The crediting options of a role category in the rubric language: defaults, what they build into, and the errors
// (with positions) for a bad policy or an evidence pattern that is not RE2.
import { describe, expect, it } from 'vitest';
import { parseRubric, RubricError } from '../../src/rubric/index.js';

const rubricWith = (role: string): string =>
  `id: x\ntitle: t\nversion: 1\nroles:\n  r:\n${role}requirements:\n  - { id: y, kind: years, category: r, min: 1 }\n`;

function codesOf(text: string): { code: string; line: number }[] {
  try {
    parseRubric(text, 'credit.yaml');
    return [];
  } catch (err) {
    if (!(err instanceof RubricError)) throw err;
    return err.diagnostics.map(({ code, line }) => ({ code, line }));
  }
}

describe('role crediting options', () => {
  it('defaults: a title alone is flagged, one evidence term confirms it, no patterns, no conditional exclusions', () => {
    const [role] = parseRubric(rubricWith('    titles: [manager]\n'), 'credit.yaml').roles;
    expect(role).toMatchObject({ credit: { titleOnly: 'flag', titleEvidence: 1 }, evidencePatterns: [], titleExcludeUnlessEvidence: [], titleSupport: [] });
  });

  it('builds every option into the role category', () => {
    const role = parseRubric(
      rubricWith(
        [
          '    titles: [manager]',
          '    title_exclude_unless_evidence: [tech lead]',
          '    title_support: [roadmaps]',
          "    evidence_patterns: [{ name: team size, pattern: 'team of \\d+', case_sensitive: true }]",
          '    credit: { title_only: count, title_evidence: 2 }',
          '',
        ].join('\n'),
      ),
      'credit.yaml',
    ).roles[0];
    expect(role).toMatchObject({
      titleExcludeUnlessEvidence: [{ term: 'tech lead' }],
      titleSupport: [{ term: 'roadmaps' }],
      evidencePatterns: [{ name: 'team size', pattern: 'team of \\d+', caseSensitive: true }],
      credit: { titleOnly: 'count', titleEvidence: 2 },
    });
  });

  it.each([
    ['an unknown policy', '    credit: { title_only: maybe }\n', 'BAD_VALUE'],
    ['zero confirming terms', '    credit: { title_evidence: 0 }\n', 'BAD_VALUE'],
    ['an unknown credit key', '    credit: { trust_titles: true }\n', 'UNKNOWN_KEY'],
    ['a pattern that is not RE2', "    evidence_patterns: [{ name: x, pattern: '(?<=a)b' }]\n", 'BAD_PATTERN'],
    ['a pattern without a name', "    evidence_patterns: [{ pattern: 'team of \\d+' }]\n", 'MISSING_KEY'],
  ])('rejects %s', (_why, role, code) => {
    expect(codesOf(rubricWith(role))).toEqual([{ code, line: 6 }]);
  });
});
