// Form-like CV entries (Europass and its imitations): a label column beside the values — "Dates | 01/03/2019 –
// present", "Occupation or position held | Logistics Coordinator", "Name and address of employer | Vantor Freight
// Sp. z o.o., ul. …". The label tells what the value is; the label itself is never a title or a company. Labels
// come from every language's lexicon (lexicon/<lang>.ts, `formLabels`), looked up by their first word in a Map.
import { FORM_FIELDS, LEXICONS, type FormField } from './lexicon/index.js';
import { ORG_RE, TITLE_RE } from './header-lexicon.js';

export interface FormValue {
  field: FormField;
  /** The text after the label (may be empty: the value sits in the next line or cell). */
  value: string;
}

interface Label {
  words: string;
  field: FormField;
  /** One word: only before a colon or a tab ("Company: Acme"), never before a plain space ("Company culture"). */
  single: boolean;
}

/** Labels by their first word, longest first. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly Label[]> = (() => {
  const map = new Map<string, Label[]>();
  for (const lex of LEXICONS) {
    for (const field of FORM_FIELDS) {
      for (const raw of lex.formLabels[field]) {
        const words = raw.toLowerCase().replace(/\s+/g, ' ').trim();
        const first = words.split(' ')[0] ?? '';
        const list = map.get(first) ?? [];
        if (!list.some((l) => l.words === words)) list.push({ words, field, single: !words.includes(' ') });
        map.set(first, list);
      }
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

const FIRST_WORD = /^[\p{L}’']+/u;
/** What may follow a label: the end, a colon, a tab or wide gap (any of those for one-word labels), or a space. */
const AFTER_SINGLE = /^(?:$|\s*:|\t|\s{3,})/u;
const AFTER_MULTI = /^(?:$|\s*:|\s)/u;

/** The form field a line opens with, and its value; undefined for any other line. */
export function formField(text: string): FormValue | undefined {
  const first = FIRST_WORD.exec(text)?.[0]?.toLowerCase();
  const labels = first === undefined ? undefined : BY_FIRST_WORD.get(first);
  if (labels === undefined) return undefined;
  const lower = text.toLowerCase().replace(/[ ]+/g, ' ');
  for (const label of labels) {
    if (!lower.startsWith(label.words)) continue;
    const after = text.replace(/[ ]+/g, ' ').slice(label.words.length);
    if (!(label.single ? AFTER_SINGLE : AFTER_MULTI).test(after)) continue;
    return { field: label.field, value: after.replace(/^\s*:?\s*/u, '').trim() };
  }
  return undefined;
}

/**
 * An employer's name without its address: "Vantor Freight Sp. z o.o., ul. Przemysłowa 12, Poznań" → "Vantor Freight
 * Sp. z o.o."; a legal form after the comma stays with the name ("Acme, Inc., 12 Main St" → "Acme, Inc.").
 */
export function employerName(value: string): string {
  const parts = value.split(/,\s+/u);
  let name = parts[0] ?? value;
  for (const p of parts.slice(1)) {
    if (ORG_RE.test(p) && p.trim().split(/\s+/).length === 1 && !TITLE_RE.test(p)) name = `${name}, ${p.trim()}`;
    else break;
  }
  return name.trim();
}
