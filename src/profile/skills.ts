// The skills list: items of the skills sections, split on the separators lists use ("Python, Go", "ML: PyTorch |
// JAX", a bullet per skill, a grid extracted as tab-separated cells).
import type { Line, Section } from '../types.js';
import { stripBullet } from './line-shape.js';
import { isSectionPhrase } from './sections.js';

const ITEM_SPLIT = /\s*(?:[,;|•·▪\t]|\s{3,}|\s\/\s)\s*/u;
const LABEL = /^[\p{L}][\p{L} &/-]{1,30}:\s*/u;
/** Longer "items" are sentences, not skills. */
const MAX_SKILL_CHARS = 60;
const MAX_SKILLS = 200;
/** Lines longer than this are prose or hostile, not skill lists. */
const MAX_LINE_CHARS = 2_000;

/** "Skills<tab>React, Vue": the section's own label in a side column is not a skill. */
function dropSideLabel(text: string): string {
  const tab = text.indexOf('\t');
  return tab > 0 && isSectionPhrase(text.slice(0, tab)) ? text.slice(tab + 1) : text;
}

export function extractSkills(lines: readonly Line[], sections: readonly Section[]): string[] {
  const seen = new Map<string, string>();
  for (const s of sections) {
    if (s.kind !== 'skills') continue;
    for (let i = s.start + (s.heading === undefined ? 0 : 1); i < s.end; i++) {
      const raw = lines[i]?.text ?? '';
      if (raw.length > MAX_LINE_CHARS) continue;
      const text = dropSideLabel(stripBullet(raw)).replace(LABEL, '');
      for (const raw of text.split(ITEM_SPLIT)) {
        const item = raw.replace(/^[\s.()-]+|[\s.]+$/gu, '');
        if (item === '' || item.length > MAX_SKILL_CHARS || seen.size >= MAX_SKILLS) continue;
        const key = item.toLowerCase();
        if (!seen.has(key)) seen.set(key, item);
      }
    }
  }
  return [...seen.values()];
}
