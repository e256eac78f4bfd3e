// Protected-characteristic words: case table with the ordinary words it must not flag.
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/index.js';
import { lintRubric } from '../../src/rubric/lint/index.js';

function rubricWithTerm(term: string): string {
  return `id: t\ntitle: T\nversion: "1"\nroles:\n  ml:\n    titles: [ml engineer]\nrequirements:\n  - id: r\n    kind: keywords\n    any: [${JSON.stringify(term)}]\n`;
}

function codesFor(term: string): string[] {
  const rubric = parseRubric(rubricWithTerm(term), 'inline.yaml');
  return lintRubric(rubric).map((f) => f.code);
}

describe('protected-characteristic', () => {
  it.each(['date of birth', 'aged 25-35', 'native speaker', 'married', 'photo', 'wheelchair user', 'she/her', 'class of 2019'])(
    'flags %s',
    (term) => expect(codesFor(term)).toContain('protected-characteristic'),
  );
  it.each(['engineering manager', 'managed a team', 'image recognition', 'usage analytics', 'Spanish', 'storage'])(
    'does not flag %s',
    (term) => expect(codesFor(term)).not.toContain('protected-characteristic'),
  );
});
