// The kind of a job (employment, academic, internship, volunteer, military) from its title, organisation and section.
import { describe, expect, it } from 'vitest';
import { classifyKind, type KindInput } from '../../src/profile/kinds.js';

const job = (title: string, org?: string, sectionKind: KindInput['sectionKind'] = 'experience'): KindInput => ({ title, ...(org ? { org } : {}), sectionKind });

describe('classifyKind', () => {
  it.each<[string, KindInput, string]>([
    ['a teaching assistant abbreviated at a university', job('Computer Science TA', 'Saint John’s University'), 'academic'],
    ['a graduate teaching assistant abbreviated', job('GTA, Statistics', 'University of Lowmoor'), 'academic'],
    ['a teaching assistant spelled out', job('Teaching Assistant', 'Northbridge College'), 'academic'],
    ['trap: a TA-like word inside a company’s name is no title', job('Data Analyst', 'Ta Minh Logistics'), 'employment'],
    ['trap: a TA at a company (a bootcamp) is not academic time', job('Bootcamp TA', 'Codeharbor Ltd'), 'employment'],
    ['a co-op student', job('Software Engineering Co-op', 'Quillfield Insurance'), 'internship'],
    ['a volunteer section', job('Mentor', 'Code Clubhouse', 'volunteering'), 'volunteer'],
  ])('%s', (_name, input, kind) => {
    expect(classifyKind(input)).toBe(kind);
  });
});
