// The candidate's name and e-mail from the contact block: a case table of what must be read and the traps that must
// not be taken for a name (headings, titles, companies, places). Fictional people.
import { describe, expect, it } from 'vitest';
import { looksLikeName, readContact } from '../../src/report/contact.js';
import type { Line, Section } from '../../src/types.js';

function doc(texts: string[], sections: Section[] = [{ kind: 'contact', start: 0, end: texts.length }]): { lines: Line[]; sections: Section[] } {
  return { lines: texts.map((text, index) => ({ text, page: 1, index })), sections };
}

describe('looksLikeName', () => {
  it.each([
    'Ada Quill',
    'GABRIEL MOREAU',
    'Bjørn Sørensen',
    'Mary-Jane O’Connor',
    'Jan van der Berg',
    'Ana María da Silva',
    'J. R. Tolkien',
    'Georgia Evans',
    'Austin Lee',
    'Дмитрий Соколов (Dmitry Sokolov)',
  ])('accepts %j', (text) => {
    expect(looksLikeName(text)).toBe(true);
  });

  it.each([
    'Curriculum Vitae',
    'Résumé',
    'Top Skills',
    'Work Experience',
    'Professional Summary',
    'Engineering Manager',
    'Senior Software Engineer',
    'Northwind Labs',
    'Contoso Technologies',
    'New York',
    'San Francisco',
    'Ada',
    'ada quill',
    'Ada Quill 2024',
    'ada@example.org',
    'Recommender systems and search',
    'A B C D E F',
    'Dmitry Sokolov (Engineering Manager)',
  ])('rejects %j', (text) => {
    expect(looksLikeName(text)).toBe(false);
  });
});

describe('readContact', () => {
  it('reads the name and e-mail from a contact line split by bars', () => {
    expect(readContact(doc(['Ada Quill', 'Engineering Manager, Recommendations', 'ada.quill@example.org | +1 555 0100 | Boston, MA']))).toEqual({
      name: 'Ada Quill',
      email: 'ada.quill@example.org',
    });
  });

  it('does not take the words after a job title in a headline for a name', () => {
    expect(readContact(doc(['Engineering Manager, Ads Ranking', 'ads@example.org']))).toEqual({ email: 'ads@example.org' });
    expect(readContact(doc(['Ada Quill, Engineering Manager']))).toEqual({ name: 'Ada Quill' });
  });

  it.each<[string, string[], { name?: string; email?: string }]>([
    ['a name set one word per line at the top, backed by the e-mail', ['TOMASZ', 'ERIKSEN', '+1 617 555 0148', 't.eriksen@example.org'], { name: 'TOMASZ ERIKSEN', email: 't.eriksen@example.org' }],
    ['trap: two lone words the e-mail does not spell', ['TOMASZ', 'ERIKSEN', '+1 617 555 0148', 'tea@example.org'], { email: 'tea@example.org' }],
    ['trap: one word, then a contact line', ['TOMASZ', '+1 617 555 0148'], {}],
    ['trap: a heading over a one-word line', ['Contact', 'Boston'], {}],
    ['trap: a title word over a place', ['Engineer', 'Boston'], {}],
  ])('%s', (_name, lines, expected) => {
    expect(readContact(doc(lines))).toEqual(expected);
  });

  it('takes a name out of a line that holds the whole contact block', () => {
    expect(readContact(doc(['Name: Tomas Ek · tomas.ek@example.se · Malmö, Sweden']))).toEqual({ name: 'Tomas Ek', email: 'tomas.ek@example.se' });
  });

  it('says nothing rather than take a sidebar heading for a name, and stops at the first other section', () => {
    const lines = ['Contact', 'lena.berg@example.com', 'Stockholm, Sweden', 'Top Skills', 'Recommender Systems', 'Pia Holm'];
    const sections: Section[] = [
      { kind: 'contact', heading: 'Contact', start: 0, end: 3 },
      { kind: 'skills', heading: 'Top Skills', start: 3, end: 6 },
    ];
    expect(readContact(doc(lines, sections))).toEqual({ email: 'lena.berg@example.com' });
  });

  // A LinkedIn export: the sidebar (Contact, Top Skills, Languages) comes before the name. Further down, a name is
  // taken only when the e-mail's local part or the profile URL spells it out.
  const sidebar = (contact: string[], rest: string[]): { lines: Line[]; sections: Section[] } => {
    const texts = ['Contact', ...contact, 'Top Skills', 'Recommender Systems', 'Machine Learning', ...rest];
    const skills = contact.length + 1;
    return doc(texts, [
      { kind: 'contact', heading: 'Contact', start: 0, end: skills },
      { kind: 'skills', heading: 'Top Skills', start: skills, end: texts.length },
    ]);
  };
  it.each([
    ['the e-mail spells the name', ['lena.berg@example.com'], ['Lena Berg', 'Director of Engineering at Northwind'], 'Lena Berg'],
    ['accents and hyphens', ['soren.aberg-lund@example.se'], ['Søren Åberg-Lund'], 'Søren Åberg-Lund'],
    ['a LinkedIn URL broken at a hyphen', ['www.linkedin.com/in/anna-', 'lindqvist-example (LinkedIn)'], ['Anna Lindqvist'], 'Anna Lindqvist'],
    ['a particle in the name', ['jan.berg@example.nl'], ['Jan van der Berg'], 'Jan van der Berg'],
    ['an umlaut spelled out', ['jonas.mueller@example.de'], ['Jonas Müller'], 'Jonas Müller'],
    ['an umlaut dropped', ['jonas.muller@example.de'], ['Jonas Müller'], 'Jonas Müller'],
  ])('LinkedIn sidebar first: %s', (_case, contact, rest, name) => {
    expect(readContact(sidebar(contact, rest)).name).toBe(name);
  });
  it('prefers the name the handle spells over a name-shaped piece of an unknown sidebar heading', () => {
    const lines = ['Kontakt', 'henrike.oa@example.de', 'www.linkedin.com/in/henrike-osterkamp (LinkedIn)', 'Top-Kenntnisse', 'Maschinelles Lernen', 'Henrike Osterkamp'];
    expect(readContact(doc(lines)).name).toBe('Henrike Osterkamp');
  });
  it.each([
    ['a name the e-mail does not spell (a reference)', ['lena.berg@example.com'], ['Pia Holm', 'References: Karl Ek']],
    ['only one word agrees', ['lena.berg@example.com'], ['Lena Holm']],
    ['a handle too short to tell', ['lb@example.com'], ['Lena Berg']],
    ['no e-mail and no profile URL', ['Stockholm, Sweden'], ['Lena Berg']],
    ['a heading that agrees is still a heading', ['top.skills@example.com'], []],
  ])('LinkedIn sidebar first, no name: %s', (_case, contact, rest) => {
    expect(readContact(sidebar(contact, rest)).name).toBeUndefined();
  });

  it.each([
    ['a name over two lines, the e-mail spelling the first name', ['Halldóra', 'Quansah-Pietersen', 'Data Platform Engineering Lead', 'halldora.qp@example.de'], 'Halldóra Quansah-Pietersen'],
    ['the e-mail spelling the surname', ['Mateus', 'Okonjo-Vidal', 'mov.okonjovidal@example.com'], 'Mateus Okonjo-Vidal'],
  ])('stacked name: %s', (_case, lines, name) => {
    expect(readContact(doc(lines)).name).toBe(name);
  });
  it.each([
    ['no handle backs it', ['Halldóra', 'Quansah-Pietersen', 'Lead', 'data.team@example.de']],
    ['a heading and a place', ['Contact', 'Leipzig', 'leipzig.office@example.de']],
    ['no e-mail at all', ['Halldóra', 'Quansah-Pietersen']],
  ])('stacked name, none: %s', (_case, lines) => {
    expect(readContact(doc(lines)).name).toBeUndefined();
  });

  it('finds nothing in a document without a contact block', () => {
    expect(readContact(doc(['Experience', 'Engineer at Northwind'], [{ kind: 'experience', heading: 'Experience', start: 0, end: 2 }]))).toEqual({});
  });
});
