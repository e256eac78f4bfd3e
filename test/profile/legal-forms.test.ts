import { describe, expect, it } from 'vitest';
import { ABBREVIATION_END, endsWithLegalForm } from '../../src/profile/legal-forms.js';
import { looksLikeProse } from '../../src/profile/line-shape.js';

describe('legal forms: one list for names and for sentence ends', () => {
  it.each([
    ['Pentavo s.r.l.', true],
    ['Brightwell GmbH', true],
    ['Förderkreis Kinderhilfe e.V.', true],
    ['Vipps AS', true],
    ['Norbeck Ltd.', true],
    ['Orrin Consulting (Norbeck Ltd)', true],
    // traps: two-letter forms are ordinary words in lower case, and a word merely ending in a form's letters
    ['worked as', false],
    ['Software Development', false],
    ['Disco', false],
    ['Head of Ads', false],
  ])('endsWithLegalForm(%j) is %s', (text, expected) => {
    expect(endsWithLegalForm(text)).toBe(expected);
  });

  it.each([
    ['Kestrel Data Limited.', true],
    ['Sagewood Bros.', true],
    ['Vipps AS.', true],
    ['Halden d.o.o.', true],
    // traps: a sentence end is not an abbreviation
    ['Shipped the ranking service.', false],
    ['Led a team of six.', false],
  ])('ABBREVIATION_END on %j is %s', (text, expected) => {
    expect(ABBREVIATION_END.test(text)).toBe(expected);
  });

  it('a line ending in a legal form with its dot is a name, a sentence with a dot is prose', () => {
    expect(looksLikeProse('Kestrel Data Limited.')).toBe(false);
    expect(looksLikeProse('Shipped the ranking service to every market.')).toBe(true);
  });
});
