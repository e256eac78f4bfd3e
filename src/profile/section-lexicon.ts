// Heading wording per section kind, from every language's lexicon (lexicon/<lang>.ts). A heading matches when its
// normalised text equals a phrase, or ends with one ("Relevant Work Experience"); the longest matching phrase wins,
// so "Volunteer Experience" is volunteering, not experience.
import type { SectionKind } from '../types.js';
import { sectionPhrases } from './lexicon/index.js';

const KINDS: readonly SectionKind[] = [
  'contact', 'summary', 'experience', 'education', 'skills', 'projects', 'publications', 'certifications', 'awards',
  'volunteering', 'languages', 'other',
];

export const SECTION_PHRASES: Readonly<Record<SectionKind, readonly string[]>> = Object.fromEntries(
  KINDS.map((k) => [k, sectionPhrases(k)]),
) as Record<SectionKind, readonly string[]>;

/** Longest heading we accept, in words: longer lines are sentences, not headings. */
export const MAX_HEADING_WORDS = 6;
