// Comparing names the way people write them: case and accents ignored ("ZOË" = "zoe"), letters that e-mail addresses
// spell out ("Ødegård" = "odegard", "Müller" = "muller" or "mueller").

/** Letters that addresses spell rather than drop an accent from. */
const SPELLED: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
/** German-style spellings of umlauts. */
const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/** Lower-case letters only, accents removed: "Lindqvist-Åberg" → "lindqvistaberg". */
export function fold(text: string, umlauts = false): string {
  const lower = text.toLowerCase().replace(/[øæœßłđðþı]/gu, (c) => SPELLED[c] ?? c);
  const spelled = umlauts ? lower.replace(/[äöü]/gu, (c) => UMLAUTS[c] ?? c) : lower;
  return spelled.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}]/gu, '');
}

/** The spellings a word may take: "Müller" → muller, mueller. */
export function foldVariants(word: string): string[] {
  const plain = fold(word);
  const spelled = fold(word, true);
  return plain === spelled ? [plain] : [plain, spelled];
}

/** Lower-case particles inside names (van der Berg, da Silva, bin Salman): never hidden on their own. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'binti', 'al', 'el', 'y', 'ter', 'ten', 'zu',
]);
