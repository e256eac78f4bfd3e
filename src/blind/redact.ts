// Blind mode's text rule: a line as the report shows it, with what identifies the candidate or says their sex, age,
// origin or family replaced by neutral tokens. Runs after scoring (on the text a report quotes), so it never changes
// a verdict. Order matters: addresses and links go first (they hold name words), the name last (whole words, any
// case or accent, and inside handles), then neighbouring [name] tokens are merged so "Jan van der Berg" leaves one.
import { fold, NAME_PARTICLES } from './fold.js';
import type { Identity } from './identity.js';
import * as P from './patterns.js';

/** Where a line sits: the contact block allows the bolder rules (bare domains, digit runs, postal codes). */
export interface LineContext {
  contact: boolean;
  education: boolean;
}

export const NO_CONTEXT: LineContext = { contact: false, education: false };

export type Redact = (text: string, ctx?: LineContext) => string;

export function makeRedactor(identity: Identity): Redact {
  const names = nameMatcher(identity);
  return (text, ctx = NO_CONTEXT) => {
    let out = hideContacts(text, ctx);
    out = hidePersonalDetails(out, ctx);
    out = hideAddresses(out, ctx);
    out = names(out);
    if (ctx.education) out = out.replace(P.YEAR, '[year]').replace(P.SHORT_YEAR, '[year]');
    return out;
  };
}

function hideContacts(text: string, ctx: LineContext): string {
  // Most lines hold neither digits nor link marks: each family of rules runs only where it can match.
  const digits = /\d/.test(text);
  let out = text;
  if (/[@.\/:]|\bat\b/iu.test(out)) {
    out = out
      .replace(P.EMAIL_SPELLED, '[email]')
      .replace(P.EMAIL, '[email]')
      .replace(P.URL_SCHEME, '[url]')
      .replace(P.PROFILE_HOST, '[url]')
      .replace(P.DOMAIN_PATH, '[url]')
      .replace(P.LABELLED_HANDLE, (_m, service: string, gap: string) => `${service}${gap}[handle]`);
  }
  if (digits) {
    out = out
      .replace(P.PHONE_LABELLED, (_m, label: string, gap: string) => `${label}${gap}[phone]`)
      .replace(P.PHONE_INTERNATIONAL, (m) => (digitCount(m) >= 8 && digitCount(m) <= 15 ? '[phone]' : m))
      .replace(P.PHONE_US, '[phone]')
      .replace(P.PHONE_NATIONAL, (m) => (digitCount(m) >= 9 && digitCount(m) <= 12 ? '[phone]' : m));
  }
  if (ctx.contact) {
    out = out.replace(P.DOMAIN, '[url]').replace(P.AT_HANDLE, '[handle]');
    if (digits) out = out.replace(P.DIGIT_RUN, (m) => (digitCount(m) >= 7 && !P.DATE_RANGE_ONLY.test(m.trim()) ? '[phone]' : m));
  }
  return out;
}

function hidePersonalDetails(text: string, ctx: LineContext): string {
  let out = text;
  if (/\d/.test(out)) {
    out = out
      .replace(P.BIRTH_DATE, (_m, label: string, gap: string) => `${label}${gap}[dob]`)
      .replace(P.AGE_LABELLED, (_m, label: string, gap: string) => `${label}${gap}[age]`)
      .replace(P.AGE_OLD, '[age]')
      .replace(P.AGED, '[age]')
      .replace(P.GRADUATION_YEAR, (_m, label: string, gap: string) => `${label}${gap}[year]`);
  }
  out = out.replace(P.BIRTH_PLACE, (_m, label: string, gap: string) => `${label}${gap}[birthplace]`);
  if (/[:：]|\s-\s/u.test(out)) for (const { re, token } of LABELLED) out = out.replace(re, (_m, label: string, gap: string) => `${label}${gap}${token}`);
  out = out
    .replace(P.FAMILY_PHRASE, '[family status]')
    .replace(P.CITIZEN, (m) => m.replace(/^.*\s(\S+)$/u, '[nationality] $1'))
    .replace(P.PHOTO, '[photo]')
    .replace(P.GENDERED_TITLE, '[title]')
    .replace(P.PRONOUN_SET, '[pronouns]')
    .replace(P.PRONOUN, '[pronoun]');
  if (ctx.contact) out = out.replace(P.MARITAL_WORDS, '[marital status]');
  return out;
}

/** "Nationality: Swedish" → "Nationality: [nationality]" (label kept, value up to the next separator). */
const LABELLED = P.PERSONAL_LABELS.map(({ label, token }) => ({
  re: new RegExp(`\\b(${label})(\\s*[:：]\\s*|\\s+-\\s+)${P.LABEL_VALUE}`, 'giu'),
  token,
}));

function hideAddresses(text: string, ctx: LineContext): string {
  if (!/\d/.test(text)) return ctx.contact ? text.replace(P.STREET_WORD_FIRST, '[address]') : text;
  let out = text
    .replace(P.PO_BOX, '[address]')
    .replace(P.STREET_NUMBER_FIRST, '[address]')
    .replace(P.STREET_WORD_FIRST, (m) => (/\d/.test(m) || ctx.contact ? '[address]' : m))
    .replace(P.STREET_COMPOUND, '[address]')
    .replace(P.STREET_BALTIC, '[address]');
  if (ctx.contact || out !== text) for (const re of P.POSTAL_CODES) out = out.replace(re, '[address]');
  return out.replace(/\[address\](?:[\s,]*\[address\])+/gu, '[address]');
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Endings a surname takes in running text (genitive, Slavic cases): "Kowalczyka", "Lindqvists". */
const NAME_ENDING = /^(?:s|es|n|ns|a|u|e|y|em|om|ie|owi|ego|emu)$/u;
const PARTICLE = [...NAME_PARTICLES].join('|');
/** Neighbouring [name] tokens (with particles, initials or hyphens between them) become one. */
const NAME_RUN = new RegExp(`(?:\\b\\p{Lu}\\.\\s*)*(?:\\b\\p{L}['’])?\\[name\\](?:(?:[\\s\\-‐‑]+(?:(?:${PARTICLE}|\\p{Lu}\\.?)[\\s\\-‐‑]+)*)(?:\\p{L}['’])?\\[name\\])*`, 'gu');
/** A token that is a handle, not a word: marks (@ _ / digits), an inner dot, or camelCase. */
const HANDLE_LIKE = /[@_/\d]|\p{L}\.\p{L}|\p{Ll}\p{Lu}/u;

function nameMatcher(identity: Identity): (text: string) => string {
  const parts = new Set(identity.parts);
  const short = new Set(identity.shortParts);
  if (parts.size === 0 && short.size === 0) return (text) => text;
  const long = identity.parts.filter((p) => p.length >= 4);
  /** The shortest a glued name ("annalindqvist") can be: two parts. */
  const glued = [...identity.parts].sort((a, b) => a.length - b.length).slice(0, 2).reduce((n, p) => n + p.length, 0);
  const known = new Map<string, boolean>();
  const isPart = (word: string): boolean => {
    let yes = known.get(word);
    if (yes === undefined) known.set(word, (yes = foldedIsPart(word)));
    return yes;
  };
  const foldedIsPart = (word: string): boolean => {
    const plain = fold(word);
    if (parts.has(plain) || parts.has(fold(word, true))) return true;
    if (short.has(plain) && /^\p{Lu}/u.test(word)) return true;
    return long.some((p) => p.length >= 5 && plain.startsWith(p) && NAME_ENDING.test(plain.slice(p.length)));
  };
  return (text) => {
    // 1. Handles and glued names: "anna_lindqvist88", "AnnaLindqvist", "annalindqvist".
    let out = text.replace(/[^\s()[\]{}<>"',;|·•]+/gu, (token) => {
      const handle = HANDLE_LIKE.test(token);
      if ((!handle && token.length < glued) || /^\[[a-z ]+\]$/.test(token)) return token;
      const letters = fold(token);
      const found = identity.parts.filter((p) => letters.includes(p));
      if (handle && (found.some((p) => p.length >= 4) || found.length >= 2)) return '[handle]';
      if (/^[\p{L}]+$/u.test(token) && found.length >= 2 && !isPart(token)) return '[name]';
      return token;
    });
    // 2. Name words, any case, any accents.
    out = out.replace(/[\p{L}\p{M}]+/gu, (word) => (isPart(word) ? '[name]' : word));
    return out.replace(NAME_RUN, '[name]');
  };
}
