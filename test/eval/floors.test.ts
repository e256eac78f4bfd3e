// `npm run eval` as a gate: the job-level figures on the labelled corpus (old fixtures + layout zoo) stay at or above
// their floors (test/tools/eval/floors.json, which only go up), and PDF and DOCX renderings of one résumé read alike.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles, zooFiles } from '../tools/eval/labels.js';
import { evaluateCorpus, figures, tallyAll, type FileResult } from '../tools/eval/run.js';
import { belowFloors } from '../tools/eval/report.js';

const floors = JSON.parse(readFileSync('test/tools/eval/floors.json', 'utf8')) as Record<string, number>;
const parityKnown = (JSON.parse(readFileSync('test/tools/eval/parity-known.json', 'utf8')) as { differ: string[] }).differ;
/** Labelled files whose integrity warnings are meant (a founder's own company held alongside jobs, by design). */
const integrityKnown = (JSON.parse(readFileSync('test/tools/eval/integrity-known.json', 'utf8')) as { flagged: Record<string, string[]> }).flagged;
let results: FileResult[] = [];

beforeAll(async () => {
  results = await evaluateCorpus([...fixtureFiles(), ...zooFiles()]);
}, 120_000);

describe('npm run eval', () => {
  it('reads every labelled file', () => {
    expect(results.filter((r) => r.error !== undefined).map((r) => `${r.file.file}: ${r.error ?? ''}`)).toEqual([]);
  });

  it('meets every floor', () => {
    expect(belowFloors(results, floors), JSON.stringify(figures(tallyAll(results)))).toEqual([]);
  });

  it('flags no honest labelled résumé: no hidden lines, no integrity warning but the known ones (which only shrink)', () => {
    const flagged = Object.fromEntries(results.filter((r) => r.integrity.length > 0 || r.hiddenLines > 0).map((r) => [r.file.file, [...new Set(r.integrity)].sort().concat(r.hiddenLines > 0 ? [`${r.hiddenLines} hidden`] : [])]));
    expect(flagged).toEqual(integrityKnown);
  });

  it('has floors for the figures the issue names', () => {
    expect(Object.keys(floors)).toEqual(expect.arrayContaining(['recall', 'precision', 'datesRight', 'titleAndCompanyRight', 'requirementsRight']));
  });
});

describe('parity: one résumé as PDF and as DOCX', () => {
  const shape = (r: FileResult): string[] =>
    r.jobs.map((j) => `${j.title} | ${j.org ?? ''} | ${JSON.stringify(j.range?.start ?? null)} | ${JSON.stringify(j.range?.end ?? null)} | ${j.kind}`);

  it('gives the same jobs for every zoo résumé rendered both ways (but the listed known differences, which only shrink)', () => {
    const byLabels = new Map<string, FileResult[]>();
    for (const r of results.filter((x) => x.file.file.startsWith('fixtures/zoo/'))) {
      const key = r.file.file.replace(/\.(pdf|docx)$/, '');
      byLabels.set(key, [...(byLabels.get(key) ?? []), r]);
    }
    const pairs = [...byLabels.values()].filter((g) => g.length === 2);
    const differ = pairs.filter(([a, b]) => a && b && JSON.stringify(shape(a)) !== JSON.stringify(shape(b))).map(([a]) => a?.file.file);
    expect(pairs.length).toBeGreaterThan(10);
    expect(differ.sort()).toEqual([...parityKnown].sort());
  });
});
