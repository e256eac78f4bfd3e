// The published JSON Schema for rubric files is generated from the zod schema and must be up to date.
// Regenerate: UPDATE_RUBRIC_SCHEMA=1 npx vitest run test/rubric/schema.test.ts
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import { rubricJsonSchema } from '../../src/rubric/index.js';

const SCHEMA_PATH = 'rubrics/rubric.schema.json';
const generated = `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;

describe('rubric JSON Schema', () => {
  it('rubrics/rubric.schema.json matches the zod schema', async () => {
    if (process.env.UPDATE_RUBRIC_SCHEMA === '1') await writeFile(SCHEMA_PATH, generated);
    expect(await readFile(SCHEMA_PATH, 'utf8')).toBe(generated);
  });

  it('lists every requirement kind and forbids unknown keys', () => {
    const text = generated;
    for (const kind of Object.keys(KINDS)) expect(text).toContain(`"const": "${kind}"`);
    expect(text).toContain('"additionalProperties": false');
  });

  it('the shipped rubric points editors at it', async () => {
    const first = (await readFile('rubrics/em-user-understanding.yaml', 'utf8')).split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=./rubric.schema.json');
  });
});
