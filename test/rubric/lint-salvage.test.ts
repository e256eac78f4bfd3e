// Lint keeps going past schema errors: the policy rules run on what the broken rubric still says.
import { describe, expect, it } from 'vitest';
import { lintRubricFile } from '../../src/rubric/lint/index.js';

const at = (r: Awaited<ReturnType<typeof lintRubricFile>>): string[] => r.findings.map((f) => `${f.line} ${f.code}`);

describe('lint on a rubric with schema errors', () => {
  it('reports a typo and the protected-characteristic errors it used to hide, in one run', async () => {
    const r = await lintRubricFile('fixtures/rubrics/salvage/typo-hides-policy.yaml');
    expect(at(r)).toEqual(['13 UNKNOWN_KEY', '14 protected-characteristic', '15 protected-characteristic', '19 UNKNOWN_KIND']);
  });

  it('keeps the schema errors of a rubric broken in many places, positions unchanged', async () => {
    const r = await lintRubricFile('fixtures/rubrics/many-errors.yaml');
    expect(at(r)).toEqual(['4 UNKNOWN_KEY', '8 BAD_VALUE', '13 WRONG_TYPE', '17 UNKNOWN_KEY', '18 DUPLICATE_ID', '20 BAD_PATTERN']);
  });
});
