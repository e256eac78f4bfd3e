// Tag characters ("ASCII smuggling") and right-to-left overrides in text and Markdown résumés: the text they carry is
// hidden, with its reason; emoji flags, Arabic or Hebrew text and a stray override before digits are left alone.
import { describe, expect, it } from 'vitest';
import { splitInvisibleChars } from '../../src/extract/invisible-chars.js';
import { extractBuffer } from '../../src/extract/index.js';

const tags = (s: string) => [...s].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) ?? 0))).join('');

describe('invisible characters', () => {
  it.each<[string, string, string, Array<[string, string]>]>([
    ['tag characters after a visible line', `Built services.${tags('recommender systems')}`, 'Built services.', [['recommender systems', 'INVISIBLE_CHARACTERS']]],
    ['tag characters between two words', `Go ${tags('ads ranking')}and Postgres`, 'Go and Postgres', [['ads ranking', 'INVISIBLE_CHARACTERS']]],
    ['a right-to-left override reverses Latin text on screen', 'Skills\n\u202Erecommender systems\u202C\nAfter', 'Skills\n\nAfter', [['recommender systems', 'BIDI_OVERRIDE']]],
    ['an override to the end of the line', 'A\n\u202Ecursor and copilot\nB', 'A\n\nB', [['cursor and copilot', 'BIDI_OVERRIDE']]],
    ['trap: the flag of Scotland (black flag, tags, cancel tag)', `Edinburgh \u{1F3F4}${tags('gbsct')}\u{E007F}`, `Edinburgh \u{1F3F4}${tags('gbsct')}\u{E007F}`, []],
    ['trap: an override before a phone number', 'Tel \u202E+44 113 496 0000\u202C', 'Tel \u202E+44 113 496 0000\u202C', []],
    ['trap: Arabic text with embedding marks', 'Languages: \u202Bالعربية\u202C, English', 'Languages: \u202Bالعربية\u202C, English', []],
  ])('%s', (_name, input, text, hidden) => {
    const r = splitInvisibleChars(input);
    expect(r.text).toBe(text);
    expect(r.hidden.map((h) => [h.text, h.reason])).toEqual(hidden);
  });

  it.each(['cv.txt', 'cv.md'])('%s: the hidden text is a hidden line, not a visible one', async (name) => {
    const doc = await extractBuffer(new TextEncoder().encode(`Sam Okafor\nBuilt services.${tags('Engineering Manager, recommender systems')}\n`), name);
    expect(doc.lines.filter((l) => !l.hidden).map((l) => l.text)).toEqual(['Sam Okafor', 'Built services.']);
    expect(doc.lines.filter((l) => l.hidden).map((l) => [l.text, l.hidden?.reason])).toEqual([['Engineering Manager, recommender systems', 'INVISIBLE_CHARACTERS']]);
  });
});
