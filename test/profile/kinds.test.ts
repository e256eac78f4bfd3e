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
    ['the navy', job('Logistics Officer', 'Royal Navy'), 'military'],
    ['a rank alone', job('Sergeant', '1st Signal Battalion'), 'military'],
    ['a marine', job('Rifleman', 'US Marines'), 'military'],
    ['trap: a retailer named after the navy', job('Sales Associate', 'Old Navy Outlet'), 'employment'],
    ['trap: a charity named after an army', job('Bell Ringer', 'The Salvation Army'), 'employment'],
    ['trap: a bank named after the navy', job('Teller', 'Navy Federal Credit Union'), 'employment'],
    ['trap: a civilian marine trade', job('Marine Biologist', 'Coastline Research Trust'), 'employment'],
    ['trap: the merchant navy is shipping', job('Third Officer', 'Merchant Navy (Solent Lines)'), 'employment'],
    ['trap: the Salvation Army in French (a volunteer, not a soldier)', job('Bénévole', 'Armée du Salut'), 'volunteer'],
    ['a lookalike beside a real military word still counts', job('Marine Engineer', 'Royal Navy'), 'military'],
  ])('%s', (_name, input, kind) => {
    expect(classifyKind(input)).toBe(kind);
  });
});
