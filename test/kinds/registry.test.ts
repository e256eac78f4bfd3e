// Every registered requirement kind is complete: an options schema, refs and evaluate, typed outcome codes of its
// own, and one line of English for each code; the rubric schema and the wording module take them from the registry.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Kind } from '../../src/kinds/kind.js';
import { KIND_SHAPES } from '../../src/kinds/options.js';
import { KINDS, kindOf, OUTCOME_CODES } from '../../src/kinds/registry.js';
import { describe as say } from '../../src/report/messages.js';
import { RequirementSchema } from '../../src/rubric/schema.js';

/** What is missing or wrong in one kind's registration; empty when it is complete. */
function kindProblems(name: string, kind: Kind | undefined, shape: z.ZodRawShape | undefined): string[] {
  if (!kind) return [`${name}: not in the registry`];
  const out: string[] = [];
  if (!shape || Object.keys(shape).length === 0) out.push(`${name}: no options schema`);
  if (typeof kind.evaluate !== 'function') out.push(`${name}: no evaluate`);
  if (typeof kind.refs !== 'function') out.push(`${name}: no refs`);
  if (kind.codes.length === 0) out.push(`${name}: no outcome codes`);
  const prefix = `${name.toUpperCase()}_`;
  for (const code of kind.codes) {
    if (!code.startsWith(prefix)) out.push(`${name}: code ${code} does not start with ${prefix}`);
    const template = Object.hasOwn(kind.messages, code) ? kind.messages[code] : undefined;
    if (template === undefined || template === '') out.push(`${name}: no message for ${code}`);
  }
  for (const code of Object.keys(kind.messages)) if (!kind.codes.includes(code)) out.push(`${name}: message for unknown code ${code}`);
  if (new Set(kind.codes).size !== kind.codes.length) out.push(`${name}: a code is listed twice`);
  return out;
}

const shapes: Record<string, z.ZodRawShape | undefined> = KIND_SHAPES;
const names = Object.keys(KINDS);

describe('the kind registry', () => {
  it.each(names)('%s is complete', (name) => {
    expect(kindProblems(name, kindOf(name), shapes[name])).toEqual([]);
  });

  it('finds what a half-added kind lacks', () => {
    const years = KINDS.years;
    const { YEARS_MET: _dropped, ...fewer } = years.messages;
    expect(kindProblems('years', { ...years, messages: fewer }, shapes.years)).toEqual(['years: no message for YEARS_MET']);
    expect(kindProblems('years', { ...years, messages: { ...years.messages, YEARS_EXTRA: 'x' } }, shapes.years)).toEqual([
      'years: message for unknown code YEARS_EXTRA',
    ]);
    expect(kindProblems('years', { ...years, codes: [...years.codes, 'PATTERN_FOUND'], messages: { ...years.messages, PATTERN_FOUND: 'x' } }, shapes.years)).toEqual([
      'years: code PATTERN_FOUND does not start with YEARS_',
    ]);
    expect(kindProblems('new_kind', { ...years, codes: [], messages: {} }, undefined)).toEqual(['new_kind: no options schema', 'new_kind: no outcome codes']);
    expect(kindProblems('missing', undefined, undefined)).toEqual(['missing: not in the registry']);
  });

  it('has an options schema for every kind and no schema without a kind', () => {
    expect(Object.keys(KIND_SHAPES).sort()).toEqual([...names].sort());
  });

  it('lists every outcome code once, kind by kind', () => {
    expect(OUTCOME_CODES).toEqual(Object.values(KINDS).flatMap((k): readonly string[] => k.codes));
    expect(new Set(OUTCOME_CODES).size).toBe(OUTCOME_CODES.length);
  });

  it.each(OUTCOME_CODES.map((c) => [c]))('%s is worded by the report through the registry', (code) => {
    const text = say(code, {});
    expect(text).not.toBe(code);
    expect(text).not.toMatch(/[\r\n]/);
  });

  it.each(names)('the rubric schema accepts kind %s and only the registered kinds', (name) => {
    const issues = (kind: string) => RequirementSchema.safeParse({ id: 'r', kind }).error?.issues ?? [];
    const unknownKind = (kind: string) => issues(kind).some((i) => i.code === 'invalid_union' && i.path.join('.') === 'kind');
    expect(unknownKind(name)).toBe(false);
    expect(unknownKind('no_such_kind')).toBe(true);
  });

  it('does not take a kind from the object prototype', () => {
    expect(kindOf('toString')).toBeUndefined();
    expect(kindOf('__proto__')).toBeUndefined();
  });
});

describe('the outcome wording the CLI process loads without the kinds', () => {
  it('holds every registered kind’s messages, unchanged', async () => {
    const { OUTCOME_MESSAGES } = await import('../../src/kinds/messages.js');
    for (const kind of Object.values(KINDS) as Kind[]) {
      for (const [code, template] of Object.entries(kind.messages)) expect(OUTCOME_MESSAGES[code], code).toBe(template);
    }
    expect(Object.keys(OUTCOME_MESSAGES).sort()).toEqual([...OUTCOME_CODES].sort());
  });
});
