// The published JSON Schema, checked by real validators on the shipped rubric as other tools read it: ajv (strict),
// and Python's jsonschema on PyYAML's reading (a YAML 1.1 tool: an unquoted 1:1 is the number 61 there).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const SCHEMA = JSON.parse(readFileSync('rubrics/rubric.schema.json', 'utf8')) as Record<string, unknown>;
const SHIPPED = 'rubrics/em-user-understanding.yaml';
const shippedText = readFileSync(SHIPPED, 'utf8');
/** The shipped rubric as it was before 1:1 was quoted: the control that shows the checks can fail. */
const unquoted = shippedText.replace("'1:1'", '1:1');

// strict mode, with union types (`"type": ["string", "number"]`) allowed: they are plain JSON Schema, which strictTypes
// only flags as a style choice.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const validate = ajv.compile(SCHEMA);
const valid = (data: unknown): boolean => validate(data);

describe('rubric.schema.json in ajv (strict, draft 2020-12)', () => {
  it('the control differs from the shipped rubric', () => expect(unquoted).not.toBe(shippedText));

  it.each([
    ['YAML 1.2', '1.2'],
    ['YAML 1.1', '1.1'],
  ] as const)('validates the shipped rubric read as %s', (_name, version) => {
    expect(valid(parse(shippedText, { version })), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects the unquoted 1:1 when read as YAML 1.1 (61, a number) and accepts it as YAML 1.2', () => {
    expect(valid(parse(unquoted, { version: '1.1' }))).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath.endsWith('/synonyms/0'))).toBe(true);
    expect(valid(parse(unquoted, { version: '1.2' }))).toBe(true);
  });

  it.each(['unknown-key.yaml', 'unknown-kind.yaml', 'wrong-type.yaml'])('rejects the broken fixture %s', (name) => {
    expect(valid(parse(readFileSync(`fixtures/rubrics/${name}`, 'utf8')))).toBe(false);
  });
});

/** PyYAML (YAML 1.1) + jsonschema: exit 0 valid, 1 invalid, 3 when the modules are missing. */
const PYTHON_CHECK = `
import sys, json
try:
    import yaml, jsonschema
except ImportError:
    sys.exit(3)
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(yaml.safe_load(sys.stdin.read())))
for e in errors: print("/".join(map(str, e.absolute_path)), file=sys.stderr)
sys.exit(1 if errors else 0)
`;

function pythonCheck(text: string): { status: number | null; stderr: string } {
  const r = spawnSync('python3', ['-c', PYTHON_CHECK, 'rubrics/rubric.schema.json'], { input: text, encoding: 'utf8', timeout: 60_000 });
  return { status: r.error ? 3 : r.status, stderr: r.stderr };
}

const pythonReady = pythonCheck('{}').status !== 3;

describe('rubric.schema.json in Python jsonschema, rubric read by PyYAML (YAML 1.1)', () => {
  // CI installs python3-jsonschema and python3-yaml (.ci/run); with CI=true a missing module fails instead of skipping.
  it.skipIf(!pythonReady && process.env.CI !== 'true')('validates the shipped rubric, and rejects the unquoted 1:1', () => {
    expect(pythonReady).toBe(true);
    expect(pythonCheck(shippedText)).toEqual({ status: 0, stderr: '' });
    const control = pythonCheck(unquoted);
    expect(control.status).toBe(1);
    // anyOf (term or object): jsonschema reports the whole evidence item holding the 1:1.
    expect(control.stderr).toMatch(/^roles\/people-management\/evidence\/\d+$/m);
  });
});
