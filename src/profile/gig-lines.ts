// Several short jobs written on one line, one after the other: "Freelance: Data Analyst, Pilgrim Bakeries (Jan–Mar
// 2015); Dashboard Developer, Solent Ferries (Apr–Jul 2015)". Each part between semicolons that has a date range of
// its own and a job title becomes a line of its own (same page and index), so each is read as a job.
import type { Line } from '../types.js';
import { findDateRanges, type ReadingLike } from './dates.js';
import { TITLE_RE } from './header-lexicon.js';
import { isBulletLine, wordCount } from './line-shape.js';

/** A part longer than this (dates aside) is a sentence, not a short job. */
const MAX_GIG_WORDS = 10;

function isGig(part: string, pivot: ReadingLike): boolean {
  const ranges = findDateRanges(part, pivot);
  const range = ranges[0];
  if (ranges.length !== 1 || !range || range.single) return false;
  const rest = part.slice(0, range.from) + part.slice(range.to);
  return TITLE_RE.test(rest) && wordCount(rest) <= MAX_GIG_WORDS;
}

/** Lines with two or more dated jobs separated by ";" become one line per job; every other line is kept as it is. */
export function splitGigLines(lines: readonly Line[], pivot: ReadingLike): Line[] {
  return lines.flatMap((line) => {
    if (!line.text.includes(';') || isBulletLine(line.text)) return [line];
    const parts = line.text.split(/\s*;\s*/u).map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length < 2 || !parts.every((p) => isGig(p, pivot))) return [line];
    return parts.map((text) => ({ ...line, text }));
  });
}
