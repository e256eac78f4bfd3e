// YAML 1.1 readings of plain scalars: what the rule flags, with the ordinary values it must leave alone.
import { describe, expect, it } from 'vitest';
import { yaml11Ambiguous, yaml11Reading } from '../../src/rubric/lint/rules/yaml11-ambiguous.js';

describe('yaml11Reading', () => {
  it.each([
    ['1:1', 61],
    ['1:30:00', 5400],
    ['-1:30', -90],
    ['yes', true],
    ['No', false],
    ['ON', true],
    ['off', false],
    ['y', true],
    ['0777', 511],
    ['010', 8],
    ['08', '08'],
    ['0b101', 5],
    ['1_000', 1000],
    ['1e3', '1e3'],
  ])('%s → %j in YAML 1.1', (source, yaml11) => {
    expect(yaml11Reading(source)?.yaml11).toEqual(yaml11);
  });

  it.each(['1:1s', '1-on-1', 'true', 'false', 'True', '12', '0', '0.5', '1.5e3', 'onboarding', 'yesterday', 'Norway', '2024-01-01', '10:00am', '0x1F', '~', 'null', 'on call'])(
    'leaves %s alone (same reading in YAML 1.1 and 1.2)',
    (source) => expect(yaml11Reading(source)).toBeUndefined(),
  );
});

describe('yaml11-ambiguous on a file', () => {
  it('flags plain scalars only, keys included, at their line:col', () => {
    const text = ['a: 1:1', "b: '1:1'", 'c: "yes"', 'd: [x, on]', 'off: 2', '# yes: no', 'e: |', '  yes'].join('\n');
    const got = yaml11Ambiguous.checkText?.(text).map((f) => `${f.line}:${f.col} ${String(f.data.value)}`);
    expect(got).toEqual(['1:4 1:1', '4:8 on', '5:1 off']);
  });
});
