// Blind mode's name finding: the contact block's name, name-shaped runs a handle backs (a name over two lines, a
// second script, a long form), else the handle's words the first lines write capitalised; and the traps that must
// not become a name. Fictional people.
import { describe, expect, it } from 'vitest';
import { findIdentity } from '../../src/blind/identity.js';
import type { Line, Section } from '../../src/types.js';

function doc(texts: string[], sections: Section[] = [{ kind: 'contact', start: 0, end: texts.length }]): { lines: Line[]; sections: Section[] } {
  return { lines: texts.map((text, index) => ({ text, page: 1, index })), sections };
}
const parts = (texts: string[]): string[] => findIdentity(doc(texts)).parts.sort();

describe('findIdentity', () => {
  it.each([
    ['a contact block', ['Ada Quill', 'Engineering Manager', 'ada.quill@example.org'], ['ada', 'quill']],
    ['a name over two lines', ['Mateus', 'Okonjo-Vidal', 'Director of ML', 'mateus.ov@example.com'], ['mateus', 'okonjo', 'vidal']],
    ['a second script backed by the e-mail', ['Contact', 'viktor.ivanov@example.com', 'Top Skills', 'Виктор Иванов'], ['ivanov', 'viktor', 'виктор', 'иванов']],
    ['the long form beside a short e-mail', ['bart.nkemelu@example.ee', 'Bartholomew Nkemelu'], ['bartholomew', 'nkemelu']],
    ['a LinkedIn URL broken at its slash', ['anya.km@example.pl', 'www.linkedin.com/in/', 'anyakowalskimbeki (LinkedIn)', 'Top Skills', 'Anya Kowalski-Mbeki'], ['anya', 'kowalski', 'mbeki']],
    ['Markdown front matter', ['title: Odalys Ferreira-Kim', 'author: odalys.fk@example.com'], ['ferreira', 'kim', 'odalys']],
    ['umlauts both ways', ['Jürgen Müller', 'juergen.mueller@example.de'], ['juergen', 'jurgen', 'mueller', 'muller']],
    ['handle words the header writes capitalised, when no name-shaped run', ['LENA BERG-HOLM ✦ Data', 'lena.berg@example.com'], ['berg', 'lena']],
  ])('%s', (_case, texts, want) => {
    expect(parts(texts)).toEqual(want);
  });

  it.each([
    ['a reference the e-mail does not spell', ['Contact', 'lena.berg@example.com', 'Top Skills', 'References: Karl Ek']],
    ['headings, titles and places only', ['Curriculum Vitae', 'Engineering Manager', 'New York', 'Work Experience']],
    ['a handle whose words the résumé never writes', ['data.team@example.com', 'Senior Engineer']],
  ])('no name: %s', (_case, texts) => {
    expect(findIdentity(doc(texts)).parts).toEqual([]);
  });
});
