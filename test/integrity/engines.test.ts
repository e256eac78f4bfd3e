// The red-team corpus rendered by real engines (fixtures/redteam/variants.yaml): Chromium, LaTeX and LibreOffice
// outputs of the tricks cheaters use with those tools. Every variant is not a pass and carries its warning (and its
// hidden-line reason), hidden text never reaches evidence or a job; where the engine itself drops the payload from
// the page (a clip, an indent off the page, a CropBox, hidden text LibreOffice does not export) no line of it is read.
// The controls: the honest résumé fails without integrity warnings; the payload written openly, and in honest styles
// that look like hiding (white on dark panels and gradients, light grey, logos beside or images behind text), passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractFile } from '../../src/extract/index.js';
import { buildProfile } from '../../src/profile/index.js';
import { loadRubric, type Rubric } from '../../src/rubric/index.js';
import { INTEGRITY_CODES } from '../../src/score/integrity.js';
import { scoreProfile } from '../../src/score/index.js';
import type { Evaluation } from '../../src/types.js';

const ROOT = 'fixtures/redteam';
interface Manifest {
  variants: Array<{ file: string; expect?: string; reason?: string; read?: boolean; trick: string }>;
  controls: { honest: string[]; visible: string[]; lookalike: string[] };
}
const manifest = parse(readFileSync(join(ROOT, 'variants.yaml'), 'utf8')) as Manifest;
const AS_OF = { year: 2026, month: 11 };
/** A line of the payload (the fake job's company, its ranking bullet, its tools bullet). */
const PAYLOAD = /Orbit Ads|recommender systems, ads ranking and CTR|Copilot and Cursor daily/;
let rubric: Rubric;

beforeAll(async () => {
  rubric = await loadRubric('rubrics/em-user-understanding.yaml');
});

async function screen(file: string): Promise<Evaluation> {
  const doc = await extractFile(join(ROOT, file));
  if (!('pages' in doc)) throw new Error(`${file}: not read`);
  return scoreProfile(buildProfile(doc, { asOf: AS_OF, categories: rubric.roles, posting: rubric.posting }), rubric);
}

const twins = new Map<string, Promise<Evaluation>>();
/** The honest résumé's evaluation, screened once per file. */
const screenTwin = (file: string) => twins.get(file) ?? twins.set(file, screen(file)).get(file) as Promise<Evaluation>;

const integrity = (e: Evaluation) => e.warnings.map((w) => w.code).filter((c) => (INTEGRITY_CODES as readonly string[]).includes(c));

describe('red-team corpus rendered by real engines', () => {
  it('has variants from every engine and both output formats, each with a trick described', () => {
    expect(manifest.variants.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.variants.map((v) => v.file.split('/')[0]))).toEqual(new Set(['chromium', 'latex', 'libreoffice']));
    expect(manifest.variants.some((v) => v.file.endsWith('.docx'))).toBe(true);
    for (const v of manifest.variants) expect(v.trick.length, v.file).toBeGreaterThan(10);
  });

  it.each(manifest.controls.honest)('%s (honest): fails, no integrity warning, nothing hidden', async (file) => {
    const e = await screen(file);
    expect(e.verdict).toBe('fail');
    expect(integrity(e)).toEqual([]);
    expect(e.profile?.hiddenLines ?? []).toEqual([]);
  });

  it.each([...manifest.controls.visible, ...manifest.controls.lookalike])('%s (payload shown): passes, no integrity warning, nothing hidden', async (file) => {
    const e = await screen(file);
    expect(integrity(e)).toEqual([]);
    expect(e.profile?.hiddenLines ?? []).toEqual([]);
    expect(e.verdict).toBe('pass');
  });

  it.each(manifest.variants.map((v) => [v.file, v] as const))('%s: the verdict of its clean twin, and carries its warning', async (_file, v) => {
    const e = await screen(v.file);
    const profile = e.profile;
    // The trick buys nothing: the honest résumé from the same engine (and format) gets the same verdict.
    const twin = manifest.controls.honest.find((h) => h.split('/')[0] === v.file.split('/')[0] && h.endsWith(v.file.slice(v.file.lastIndexOf('.'))));
    expect(twin, v.file).toBeDefined();
    expect(e.verdict).toBe((await screenTwin(twin ?? '')).verdict);
    if (v.read === false) {
      expect([...(profile?.lines ?? []), ...(profile?.hiddenLines ?? [])].some((l) => PAYLOAD.test(l.text))).toBe(false);
      return;
    }
    if (v.expect) expect(e.warnings.map((w) => w.code)).toContain(v.expect);
    if (v.reason) {
      expect(profile?.hiddenLines?.map((l) => l.hidden?.reason)).toContain(v.reason);
      // Hidden text is never seen, never quoted as evidence and never makes a job.
      expect(profile?.lines.some((l) => PAYLOAD.test(l.text))).toBe(false);
      const hiddenTexts = new Set(profile?.hiddenLines?.map((l) => l.text));
      for (const o of e.outcomes) for (const ev of o.evidence) expect(hiddenTexts.has(ev.text)).toBe(false);
      expect(profile?.jobs.some((j) => /Orbit Ads/.test(`${j.title} ${j.org ?? ''}`))).toBe(false);
    }
  });
});
