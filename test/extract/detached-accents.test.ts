// TeX's OT1 fonts draw an accented letter as an accent glyph over the letter; pdf.js writes the spacing accent (often
// after a gap it reads as a space) before the letter. attachDetachedAccents makes them the one letter again.
import { describe, expect, it } from 'vitest';
import { attachDetachedAccents, normalizeLineText } from '../../src/extract/normalize.js';

describe('attachDetachedAccents', () => {
  it.each([
    // inside a word: the gap goes, accent and vowel compose
    ['Ab M \u00A8arz 2026', 'Ab März 2026'],
    ['Montr \u00B4eal, QC', 'Montréal, QC'],
    ['Institut f \u00A8ur Angewandte Hydrologie', 'Institut für Angewandte Hydrologie'],
    ['Fachhochschule N\u00A8ordlingen', 'Fachhochschule Nördlingen'],
    ['Ing \u00B4enieur', 'Ingénieur'],
    // NFKC's form of the spacing accent: a space and the combining mark
    ['Ingenieurb \u0308uro Lindqvarn', 'Ingenieurbüro Lindqvarn'],
    ['Montr \u0301eal', 'Montréal'],
    ['Espa \u02DCna', 'España'],
    // at a word's start: composed, the word gap kept
    ['\u00A8Uber mich', 'Über mich'],
    ['Studium \u00B4Ecole Centrale', 'Studium École Centrale'],
    ['travail \u0060a Paris', 'travail à Paris'],
    // in a word written in capitals, with no gap: the capital's accent (round 5: "EXP´ERIENCE PROFESSIONNELLE")
    ['EXP\u00B4ERIENCE PROFESSIONNELLE', 'EXPÉRIENCE PROFESSIONNELLE'],
    ['COMP\u00B4ETENCES', 'COMPÉTENCES'],
  ])('%j → %j', (input, expected) => {
    expect(attachDetachedAccents(input)).toBe(expected);
  });

  it.each([
    // an accent typed as an apostrophe before a consonant, or before a capital with no gap, is left alone
    'it\u00B4s done',
    'you\u00B4re welcome',
    'five o\u00B4clock',
    'L\u00B4Oreal Paris',
    'L\u00B4OREAL', // a capital after the apostrophe, but nothing after it in capitals
    'D\u00B4Arcy',
    // nothing that composes to one letter
    'x \u00A8 y',
    'a ^ b',
    // text without accents comes back as it is
    'Software Engineer, Acme GmbH',
    'Grüße aus München',
  ])('%j stays', (input) => {
    expect(attachDetachedAccents(input)).toBe(input);
  });
});

describe('a bullet glyph without a character (pdfLaTeX itemize: a C1 control or U+FFFD) is a bullet', () => {
  it.each([
    ['\u0088 Entwicklung eines Prüfstands', 'Entwicklung eines Prüfstands'],
    ['\uFFFD Built the model', 'Built the model'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLineText(input)).toBe(expected);
  });
  it('trap: one inside a line stays', () => {
    expect(normalizeLineText('Caf\uFFFD Nord')).toBe('Caf\uFFFD Nord');
  });
});

describe('moderncv\'s bullet, read as "{"', () => {
  it('"{ First-line support …" → "First-line support …"', () => {
    expect(normalizeLineText('{ First-line support for a 300-person office;')).toBe('First-line support for a 300-person office;');
  });
  it('trap: a brace that opens text stays', () => {
    expect(normalizeLineText('{braces} in a template')).toBe('{braces} in a template');
  });
});

describe('"+ " before a word is a bullet', () => {
  it('"+ Leitung der Endmontage" → "Leitung der Endmontage"', () => {
    expect(normalizeLineText('+ Leitung der Endmontage')).toBe('Leitung der Endmontage');
  });
  it.each(['+49 30 5550 1234', '+ 20% revenue', 'C++ and Rust'])('trap: %j stays', (text) => {
    expect(normalizeLineText(text)).toBe(text);
  });
});
