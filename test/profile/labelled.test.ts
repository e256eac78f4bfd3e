// Every labelled fixture résumé, through the real pipeline: extractFile → buildProfile with the shipped rubric's
// role categories, as of 2026-11-01. Jobs (title, org, start, end, kind) and years per category must match the
// labels (±0.25 years; year-only résumés by the year-only rule, fixtures/cases/README.md).
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/extract/index.js';
import { loadRubric } from '../../src/rubric/index.js';
import { buildProfile } from '../../src/profile/index.js';
import { AS_OF, compareToLabels, labelledFiles } from './labels.js';

const files = labelledFiles();
const rubric = await loadRubric('rubrics/em-user-understanding.yaml');

describe('labelled résumés', () => {
  it('has a labelled set of at least 30 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s', async (_name, { file, expected }) => {
    const doc = await extractFile(file);
    const profile = buildProfile(doc, { asOf: AS_OF, categories: rubric.roles });
    expect(compareToLabels(profile, expected).problems).toEqual([]);
  });
});
