// Blind mode's text rule as case tables: what must be hidden, and the traps that must be left alone (date ranges,
// versions, percentages, counts, companies, technologies). Fictional people.
import { describe, expect, it } from 'vitest';
import { splitName, type Identity } from '../../src/blind/identity.js';
import { makeRedactor, type LineContext } from '../../src/blind/redact.js';

const identity = (name: string): Identity => ({ name, nameFrom: 'contact', ...splitName(name) });
const BODY: LineContext = { contact: false, education: false };
const CONTACT: LineContext = { contact: true, education: false };
const EDUCATION: LineContext = { contact: false, education: true };
const nobody = makeRedactor({ parts: [], shortParts: [] });

describe('phone numbers', () => {
  it.each([
    ['+41 44 555 01 23', '[phone]'],
    ['Call +1 555 0166 any time', 'Call [phone] any time'],
    ['+7 555 010-20-30', '[phone]'],
    ['+55 11 5550-1234', '[phone]'],
    ['+44 (0)20 5550 0199', '[phone]'],
    ['+1 (555) 014-8830', '[phone]'],
    ['0049 30 5550 1122', '[phone]'],
    ['(555) 010-0199', '[phone]'],
    ['555-010-0199', '[phone]'],
    ['020 5550 0199', '[phone]'],
    ['Tel: 5550 1234', 'Tel: [phone]'],
    ['Mobile: 555 0100 22', 'Mobile: [phone]'],
  ])('hides %j', (text, want) => {
    expect(nobody(text, BODY)).toBe(want);
  });

  it.each([
    '2019 - 2021',
    '2019–2021',
    'Jan 2019 – Mar 2021',
    '01/2019 - 03/2021',
    '05.2019 – 03.2021',
    'Python 3.11 and Node 20.19.1',
    'v2.4.1',
    '+20% revenue',
    '+3.5 pp click-through rate',
    'grew revenue by +15 000 EUR',
    '1,000,000 users',
    '1 000 000 users a day',
    '400k QPS at p99 under 25 ms',
    'ISO 27001 and SOC 2',
    'Q3 2020 – Q1 2022',
    'Mobile 2019 – 2021',
    'Team of 12 (2019)',
  ])('leaves %j', (text) => {
    expect(nobody(text, BODY)).toBe(text);
  });

  it('reads digit runs on the contact lines as phones, but not a date range there', () => {
    expect(nobody('Lena Berg · 555 01 234 56 · Stockholm', CONTACT)).toBe('Lena Berg · [phone] · Stockholm');
    expect(nobody('2015 – 2019', CONTACT)).toBe('2015 – 2019');
    expect(nobody('01/2015 - 06/2019', CONTACT)).toBe('01/2015 - 06/2019');
  });
});

describe('e-mails, links and handles', () => {
  it.each([
    ['ada.quill@example.org', '[email]'],
    ['Mail: ADA_Q+jobs@mail.example.co.uk.', 'Mail: [email].'],
    ['ada [at] example [dot] org', '[email]'],
    ['ada(at)example.org', '[email]'],
    ['https://ada.dev/talks?x=1', '[url]'],
    ['www.linkedin.com/in/ada-quill-4b2a (LinkedIn)', '[url] (LinkedIn)'],
    ['linkedin.com/in/ada-quill', '[url]'],
    ['github.com/adaq', '[url]'],
    ['Portfolio: adaquill.io/work', 'Portfolio: [url]'],
    ['GitHub: @adaq', 'GitHub: [handle]'],
    ['Telegram @ada_q', 'Telegram [handle]'],
  ])('hides %j', (text, want) => {
    expect(nobody(text, BODY)).toBe(want);
  });

  it.each([
    'Introduced GitHub Copilot and Cursor to the team',
    'Built services in Node.js, ASP.NET and Vue.js',
    'Engineer @ Northwind Labs',
    'Engineer @Northwind',
    'Booking.com and Amazon.com as clients',
    'TCP/IP, gRPC/HTTP2',
  ])('leaves %j in a job line', (text) => {
    expect(nobody(text, BODY)).toBe(text);
  });

  it('hides a bare site and an @handle on the contact lines only', () => {
    expect(nobody('adaquill.se · @adaq', CONTACT)).toBe('[url] · [handle]');
    expect(nobody('adaquill.se · @adaq', BODY)).toBe('adaquill.se · @adaq');
  });
});

describe('the name', () => {
  const redact = makeRedactor(identity('Jürgen Müller-Ødegård'));

  it.each([
    ['Jürgen Müller-Ødegård', '[name]'],
    ['JÜRGEN MÜLLER-ØDEGÅRD', '[name]'],
    ['Juergen Mueller', '[name]'],
    ['Jurgen Muller-Odegard', '[name]'],
    ['J. Müller', '[name]'],
    ["Müller's team shipped it", "[name]'s team shipped it"],
    ['Ask Müllers colleagues', 'Ask [name] colleagues'],
    ['Slack: juergen_mueller88', 'Slack: [handle]'],
    ['see juergenmueller.de', 'see [handle]'],
    ['JuergenMueller', '[handle]'],
    ['Mr. Müller and Frau Müller', '[title] [name] and [title] [name]'],
  ])('hides %j', (text, want) => {
    expect(redact(text, BODY)).toBe(want);
  });

  it('hides a name with particles as one token, and a two-script name', () => {
    expect(makeRedactor(identity('Jan van der Berg'))('Jan van der Berg, Engineering Manager', BODY)).toBe('[name], Engineering Manager');
    expect(makeRedactor(identity("Aoife O'Brien"))("Aoife O'Brien · O’Brien", BODY)).toBe('[name] · [name]');
    const two = makeRedactor(identity('Дмитрий Соколов (Dmitry Sokolov)'));
    expect(two('Дмитрий Соколов (Dmitry Sokolov)', BODY)).toBe('[name] ([name])');
    expect(two('dmitry.sokolov on Telegram', BODY)).toBe('[handle] on Telegram');
  });

  it('hides a two-letter part only as a capitalised word', () => {
    const ek = makeRedactor(identity('Tomas Ek'));
    expect(ek('Tomas Ek, Malmö', BODY)).toBe('[name], Malmö');
    expect(ek('Ek led the migration', BODY)).toBe('[name] led the migration');
    expect(ek('ek is not a word here', BODY)).toBe('ek is not a word here');
  });

  it('leaves words that only contain a name part', () => {
    const chen = makeRedactor(identity('Marcus Chen'));
    expect(chen('Kitchen display systems at Marcusson AB', BODY)).toBe('Kitchen display systems at Marcusson AB');
    expect(makeRedactor(identity('Nadia Lund'))('MSc, Lund University', BODY)).toBe('MSc, [name] University');
  });
});

describe('age, birth, sex, origin, family, photo', () => {
  it.each([
    ['Date of birth: 03.05.1988', 'Date of birth: [dob]'],
    ['DOB: 1988-05-03', 'DOB: [dob]'],
    ['born 1988', 'born [dob]'],
    ['Born on 3 May 1988 in Lagos', 'Born on [dob] in Lagos'],
    ['Geburtsdatum: 12.03.1990', 'Geburtsdatum: [dob]'],
    ['Né le 4 juin 1985', 'Né le [dob]'],
    ['Fecha de nacimiento: 1/2/1991', 'Fecha de nacimiento: [dob]'],
    ['Place of birth: Kyiv, Ukraine', 'Place of birth: [birthplace]'],
    ['Age: 34', 'Age: [age]'],
    ['Alter: 41 Jahre', 'Alter: [age]'],
    ['34 years old', '[age]'],
    ['aged 29, based in Lisbon', '[age], based in Lisbon'],
    ['Nationality: Swedish · Marital status: married', 'Nationality: [nationality] · Marital status: [marital status]'],
    ['Staatsangehörigkeit: deutsch | Familienstand: verheiratet, 2 Kinder', 'Staatsangehörigkeit: [nationality] | Familienstand: [marital status]'],
    ['Gender: Female', 'Gender: [gender]'],
    ['Sexe : F', 'Sexe : [gender]'],
    ['Religion: none', 'Religion: [religion]'],
    ['Swedish citizen, EU work permit', '[nationality] citizen, EU work permit'],
    ['Married with two children', '[family status]'],
    ['Mother of two, back after a career break', '[family status], back after a career break'],
    ['Photo: attached', '[photo]: attached'],
    ['[Photo]', '[photo]'],
    ['Bewerbungsfoto', '[photo]'],
    ['Ada Quill (she/her)', 'Ada Quill [pronouns]'],
    ['Pronouns: they/them', 'Pronouns: [pronouns]'],
    ['She led the team; her team grew and he joined it.', '[pronoun] led the team; [pronoun] team grew and [pronoun] joined it.'],
    ['Ms Quill, Herr Berg, Mme Dubois, Señora Ruiz', '[title] Quill, [title] Berg, [title] Dubois, [title] Ruiz'],
  ])('hides %j', (text, want) => {
    expect(nobody(text, BODY)).toBe(want);
  });

  it.each([
    '10 years of experience in recommender systems',
    '34 years of experience',
    'Aged care software',
    'Age of Empires modding community',
    'HER2 biomarker models; HE degree',
    'Herr & Co. Maschinenbau',
    'Frau im Beruf e.V. (volunteer)',
    'Sr. Software Engineer',
    'Built photo search and Google Photos integrations',
    'single-page app; a single source of truth',
    'the history of this system',
    'Key national accounts',
    'Mobile Engineer, Photos team',
  ])('leaves %j', (text) => {
    expect(nobody(text, BODY)).toBe(text);
  });

  it('hides marital words on the contact lines only', () => {
    expect(nobody('Berlin · verheiratet', CONTACT)).toBe('Berlin · [marital status]');
    expect(nobody('Single sign-on for 40 services', BODY)).toBe('Single sign-on for 40 services');
  });
});

describe('addresses', () => {
  it.each([
    ['12 Elm Street, Apt 4B', '[address]'],
    ['221B Baker Street', '[address]'],
    ['Hauptstraße 12, 10115 Berlin', '[address] Berlin'],
    ['Storgatan 4, 114 55 Stockholm', '[address] Stockholm'],
    ['12 rue de la Paix, 75002 Paris', '[address] Paris'],
    ['Calle Mayor 5, 28013 Madrid', '[address] Madrid'],
    ['P.O. Box 1234', '[address]'],
    ['Pärnu mnt 31-8, 10119 Tallinn', '[address] Tallinn'],
    ['Møllendalsveien 8', '[address]'],
  ])('hides %j', (text, want) => {
    expect(nobody(text, BODY)).toBe(want);
  });

  it('hides postal codes on the contact lines', () => {
    expect(nobody('Cambridge, MA 02139', CONTACT)).toBe('Cambridge, [address]');
    expect(nobody('London SW1A 1AA', CONTACT)).toBe('London [address]');
    expect(nobody('8001 Zürich', CONTACT)).toBe('[address] Zürich');
    expect(nobody('Stockholm, Sweden', CONTACT)).toBe('Stockholm, Sweden');
  });

  it.each([
    'Led the Main Street rewrite in 2021',
    'Ranking for 3 Way Merge app',
    '2019 Berlin Marathon finisher',
    'Via Rail Canada',
    'Teaching Assistant\tFall 2011 - Spring 2012',
    'MSc Informatics Engineering\t2012 – 2014',
    'Spring 2025 hackathon',
  ])('leaves %j in a job line', (text) => {
    expect(nobody(text, BODY)).toBe(text);
  });
});

describe('education years', () => {
  it('hides years in the education section only', () => {
    expect(nobody('MSc Computer Science, KTH, 2013 – 2015', EDUCATION)).toBe('MSc Computer Science, KTH, [year] – [year]');
    expect(nobody("BSc Physics ('09)", EDUCATION)).toBe('BSc Physics ([year])');
    expect(nobody('Engineering Manager, 2013 – 2015', BODY)).toBe('Engineering Manager, 2013 – 2015');
  });
  it('hides graduation years wherever they are', () => {
    expect(nobody('Graduated 2012 with honours', BODY)).toBe('Graduated [year] with honours');
    expect(nobody('Class of 2009', BODY)).toBe('Class of [year]');
  });
});
