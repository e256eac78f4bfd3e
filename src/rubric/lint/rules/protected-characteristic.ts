// Screening on a protected characteristic, or an obvious proxy for one, is unlawful in most places: always an error.
import type { LintRule } from '../types.js';
import { positionOf, requirementPatterns, requirementTerms, roleTerms } from '../terms.js';
import { PROTECTED_PROXIES } from '../protected-proxies.js';

/**
 * Words that name a protected characteristic or a close proxy (graduation year and "digital native" stand in for
 * age; a photo shows age, gender and ethnicity). Whole words only: "manage" is not "age", "Spanish" not "Spain".
 */
export const PROTECTED_WORDS: readonly { characteristic: string; re: RegExp }[] = [
  { characteristic: 'age', re: /\b(age|aged|ages|years old|young|youthful|digital natives?|born in|retire(e|d|ment))\b/i },
  { characteristic: 'date of birth', re: /\b(date of birth|birth ?date|birth ?year|year of birth|dob)\b/i },
  { characteristic: 'graduation year', re: /\b(graduation (year|date)|year of graduation|class of (19|20)\d\d)\b/i },
  { characteristic: 'gender', re: /\b(gender|sex|male|female|man|woman|men|women)\b/i },
  { characteristic: 'pronouns', re: /\b(pronouns?|he\/him|she\/her|they\/them)\b/i },
  { characteristic: 'marital or family status', re: /\b(marital|married|unmarried|spouse|wife|husband|pregnan\w*|maternity|paternity|children|kids|family status)\b/i },
  { characteristic: 'nationality', re: /\b(nationality|national origin|citizenship|ethnicity|ethnic|native speaker|place of birth)\b/i },
  { characteristic: 'photo', re: /\b(photo|photograph|headshot|picture of)\b/i },
  { characteristic: 'religion', re: /\b(religion|religious|church|mosque|synagogue|temple|faith)\b/i },
  { characteristic: 'disability', re: /\b(disability|disabilities|disabled|handicap\w*|wheelchair|able-bodied)\b/i },
];

/** English names of the characteristics first, then the proxies in four languages (./protected-proxies.ts). */
const ALL_PATTERNS = [...PROTECTED_WORDS, ...PROTECTED_PROXIES];

function characteristicOf(text: string): { characteristic: string; matched: string } | undefined {
  // Ids are kebab-case: read them as words ("date-of-birth" → "date of birth").
  const words = text.replace(/[-_]+/g, ' ');
  for (const w of ALL_PATTERNS) {
    const m = w.re.exec(words);
    if (m) return { characteristic: w.characteristic, matched: m[0] };
  }
  return undefined;
}

export const protectedCharacteristic: LintRule = {
  code: 'protected-characteristic',
  severity: 'error',
  description: 'a requirement about age, gender, family status, nationality, religion, disability or a proxy',
  check(rubric) {
    const out: ReturnType<LintRule['check']> = [];
    const seen = new Set<string>();
    const flag = (requirementId: string, where: string, text: string, pos: { line: number; col: number }): void => {
      const found = characteristicOf(text);
      if (found === undefined || seen.has(`${requirementId}\0${where}\0${pos.line}`)) return;
      seen.add(`${requirementId}\0${where}\0${pos.line}`);
      out.push({ ...pos, requirementId, data: { requirement: requirementId, characteristic: found.characteristic, matched: found.matched, where } });
    };
    for (const req of rubric.requirements) {
      flag(req.id, 'id', req.id, positionOf(rubric, [...req.path, 'id'], req.pos));
      if (req.description) flag(req.id, 'description', req.description, positionOf(rubric, [...req.path, 'description'], req.pos));
    }
    for (const t of requirementTerms(rubric)) flag(t.requirementId, 'term', t.text, t.pos);
    // A role category that counts only some people's jobs ("female engineer") is a criterion too.
    for (const t of roleTerms(rubric)) flag(t.requirementId, 'role term', t.text, t.pos);
    for (const p of requirementPatterns(rubric)) flag(p.requirementId, 'pattern', p.pattern, p.pos);
    return out;
  },
};
