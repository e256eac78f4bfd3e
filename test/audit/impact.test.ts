// `impact` on fixtures/impact (fictional): every rate, ratio, flag and small-group mark below was computed by hand
// (fixtures/impact/README.md); the Fisher p-values were checked independently (Python, math.comb enumeration).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adverseImpact, type CategoryRow, type ImpactReport } from '../../src/audit/impact.js';
import { joinGroups, loadGroups, loadResults } from '../../src/audit/impact-input.js';
import { fisherExact } from '../../src/audit/fisher.js';
import { parseCsv } from '../../src/audit/csv.js';
import { formatImpact } from '../../src/report/impact.js';
import { runCli } from '../cli/helpers/run.js';

const RESULTS = 'fixtures/impact/results.jsonl';
const GROUPS = 'fixtures/impact/groups.csv';

function compute(): { report: ImpactReport; unmatched: number; errors: number } {
  const groups = loadGroups(GROUPS);
  const joined = joinGroups(loadResults([RESULTS]), groups);
  return { report: adverseImpact(groups.dimensions, joined.applicants), unmatched: joined.unmatched, errors: joined.errors };
}

type Line = [string, number, number, number | null, boolean, number, number | null, boolean, boolean];
/** [category, applicants, pass rate, pass ratio, pass flag, pass+review rate, ratio, flag, small] */
const line = (r: CategoryRow): Line => [
  r.category, r.applicants, r.pass.rate, r.pass.ratio === null ? null : Number(r.pass.ratio.toFixed(4)), r.pass.flag,
  r.passOrReview.rate, r.passOrReview.ratio === null ? null : Number(r.passOrReview.ratio.toFixed(4)), r.passOrReview.flag, r.small,
];

describe('adverse impact', () => {
  it('reproduces the hand-computed example: rates, ratios, four-fifths flags, small groups', () => {
    const { report, unmatched, errors } = compute();
    expect([report.applicants, unmatched, errors]).toEqual([20, 1, 1]);
    expect(report.tables.map((t) => t.dimension)).toEqual(['sex', 'race', 'sex × race']);
    const [sex, race, both] = report.tables;
    expect(sex?.rows.map(line)).toEqual([
      ['F', 10, 0.3, 0.5, true, 0.6, 0.75, true, false],
      ['M', 10, 0.6, 1, false, 0.8, 1, false, false],
    ]);
    expect(race?.rows.map(line)).toEqual([
      ['X', 10, 0.5, 1, false, 0.7, 1, false, false],
      ['Y', 8, 0.375, 0.75, true, 0.625, 0.8929, false, false],
      // Z: 2 applicants, too few to judge: never the reference, never flagged, though its rates are the highest.
      ['Z', 2, 0.5, 1, false, 1, 1.4286, false, true],
    ]);
    expect(both?.rows.map(line)).toEqual([
      ['F · X', 5, 0.4, 0.6667, true, 0.6, 0.75, true, false],
      ['F · Y', 4, 0.25, 0.4167, false, 0.5, 0.625, false, true],
      ['F · Z', 1, 0, 0, false, 1, 1.25, false, true],
      ['M · X', 5, 0.6, 1, false, 0.8, 1, false, false],
      ['M · Y', 4, 0.5, 0.8333, false, 0.75, 0.9375, false, true],
      ['M · Z', 1, 1, 1.6667, false, 1, 1.25, false, true],
    ]);
    expect(sex?.rows.map((r) => [r.pass.reference, r.pass.p === null ? null : Number(r.pass.p.toFixed(4))])).toEqual([[false, 0.3698], [true, null]]);
    expect(Number(sex?.rows[0]?.passOrReview.p?.toFixed(4))).toBe(0.6285);
    expect(Number(race?.rows[1]?.pass.p?.toFixed(4))).toBe(0.6641);
  });

  it('Fisher exact matches known two-sided values', () => {
    expect(fisherExact(3, 7, 6, 4)).toBeCloseTo(0.36985, 5);
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.002759, 5); // Wikipedia's dieting example: 0.002759
    expect(fisherExact(5, 5, 5, 5)).toBeCloseTo(1, 10);
  });

  it('treats an empty category as not stated: shown, not judged', () => {
    const report = adverseImpact(['sex'], [
      ...Array.from({ length: 6 }, (_, i) => ({ key: `a${i}`, categories: ['F'], verdict: i < 3 ? ('pass' as const) : ('fail' as const) })),
      ...Array.from({ length: 6 }, (_, i) => ({ key: `b${i}`, categories: [''], verdict: 'fail' as const })),
    ]);
    const rows = report.tables[0]?.rows ?? [];
    expect(rows.map((r) => [r.category, r.notStated, r.pass.flag, r.pass.reference])).toEqual([['(not stated)', true, false, false], ['F', false, false, true]]);
  });

  it('reads quoted CSV cells and rejects a groups file without a key column or with a key twice', () => {
    expect(parseCsv('file,"race, self-described"\r\n"a ""b"".pdf",X\n')).toEqual([['file', 'race, self-described'], ['a "b".pdf', 'X']]);
    const dir = mkdtempSync(join(tmpdir(), 'rs-impact-'));
    writeFileSync(join(dir, 'twice.csv'), 'file,sex\na.pdf,F\na.pdf,M\n');
    writeFileSync(join(dir, 'nokey.csv'), 'name,sex\na.pdf,F\n');
    expect(() => loadGroups(join(dir, 'twice.csv'))).toThrow(/twice.csv:3: file "a.pdf" appears twice/);
    expect(() => loadGroups(join(dir, 'nokey.csv'))).toThrow(expect.objectContaining({ code: 'GROUPS_INVALID' }));
    expect(formatImpact(compute(), 'csv').split('\n')[0]).toBe('Dimension,Category,Applicants,Passed,Pass rate,Impact ratio,p (Fisher),Passed or review,Rate,Impact ratio,p (Fisher),Note');
  });

  it('prints the LL144-style summary and exits 2 on a bad groups file', async () => {
    const md = await runCli(['impact', RESULTS, '--groups', GROUPS, '-f', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| F | 10 | 3 | 30.0% | 0.50 ⚑ | 0.370 | 6 | 60.0% | 0.75 ⚑ | 0.628 | below four-fifths |');
    expect(md.stdout).toContain('| Z | 2 | 1 | 50.0% | 1.00 | 1.000 | 2 | 100.0% | 1.43 | 1.000 | small (<5): too few to judge |');
    const bad = await runCli(['impact', RESULTS, '--groups', RESULTS]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('GROUPS_INVALID')]);
  }, 60_000);
});
