// Legal forms of organisations, one list for every check that needs them: a name that ends in one is an
// organisation (header-lexicon's endsWithLegalForm), a line that ends in one with its dot is a name and not a
// sentence (line-shape's prose check), and a form written in several words counts as one word of a name. The
// lexicons' organisation words (ORG_RE) are each language's own and stay there.

/** Legal forms written as one token, matched in any case; the dots as written ("s.r.l", "srl"). */
const LEGAL_FORMS = [
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'l.l.c', 'llp', 'plc', 'pllc', 'corp', 'corporation', 'co', 'gmbh', 'mbh', 'kg', 'e.v',
  's.r.l', 'srl', 's.p.a', 'spa', 's.a', 's.l', 'sarl', 'c.a', 's.a.c', 's.a.s', 'e.i.r.l', 's.a.r.l', 'b.v', 'n.v', 'oyj', 'aps', 'asa',
  'k.k', 'pty', 'pte', 'ltda', 's.r.o', 'a.s', 'd.o.o', 'o.o', 'kft', 'zrt',
];
/** Legal forms that are ordinary words in lower case ("as", "ab", "sa"): a form only in capitals ("Vipps AS") or with a dot. */
const CAPITAL_LEGAL_FORMS = ['AG', 'AB', 'AS', 'SA', 'BV', 'NV', 'OY', 'KK', 'UG'];
/** Abbreviations that end names without being legal forms ("Smith & Sons Bros.", "Dept.", "Univ."). */
const NAME_ABBREVIATIONS = ['jr', 'sr', 'st', 'bros', 'dept', 'univ'];

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/\./gu, '\\.')).join('|');

const LEGAL_FORM_END = new RegExp(`(?:^|[\\s,&])(?:${alternation(LEGAL_FORMS)})\\.?\\)?$`, 'iu');
const LEGAL_FORM_END_CAPITALS = new RegExp(`(?:^|\\s)(?:${alternation(CAPITAL_LEGAL_FORMS)})\\)?$`, 'u');

/** A name that ends in its legal form ("Pentavo s.r.l.", "Brightwell GmbH", "Norbeck Ltd.", "Vipps AS"). */
export const endsWithLegalForm = (text: string): boolean => LEGAL_FORM_END.test(text.trim()) || LEGAL_FORM_END_CAPITALS.test(text.trim());

/**
 * A line ending in an abbreviation with its dot, not a sentence end: "Ltd.", "B.V.", "Jr.", and the dotted legal forms
 * of central Europe ("d.o.o.", "s.r.o.", "a.s.", "S.p.A.", "S.r.l.").
 */
export const ABBREVIATION_END = new RegExp(
  `(?:^|[\\s,])(?:${alternation([...LEGAL_FORMS, ...CAPITAL_LEGAL_FORMS.map((w) => w.toLowerCase()), ...NAME_ABBREVIATIONS])})\\.$`,
  'iu',
);

/** Legal forms written in several words ("Sp. z o.o.", "GmbH & Co. KG", "S.A. de C.V."): one word of a name. */
export const MULTIWORD_LEGAL_FORM = /(?<![\p{L}\p{N}])(?:sp\.\s*z\s*o\.\s*o\.|gmbh\s*&\s*co\.\s*kg|s\.\s*de\s*r\.\s*l\.|s\.\s*a\.\s*de\s*c\.\s*v\.)/giu;
