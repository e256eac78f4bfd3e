// What kind of job an entry is. Industry-years requirements count employment only unless a rubric says otherwise,
// so PhD, postdoc, research/teaching assistant, internship, volunteer and military time must be told apart.
import type { JobKind, SectionKind } from '../types.js';

import { wordsOf, wordsRe } from './lexicon/index.js';

/** Titles of interns and trainees. */
const INTERN_TITLES = wordsRe(wordsOf('internTitles'));
/** Titles that are academic positions wherever they are held. */
const ACADEMIC_TITLES = wordsRe(wordsOf('academicTitles'));
/** Titles that are academic when held at a university (a "Lecturer" at a company trains staff). */
const TEACHING_TITLES = wordsRe(wordsOf('teachingTitles'));
/** Organisations that are universities or research institutes. */
const ACADEMIC_ORGS = wordsRe(wordsOf('academicOrgs'));
const VOLUNTEER_TITLES = wordsRe(wordsOf('volunteerTitles'));
/** Board, treasurer and organiser roles, volunteer work when the organisation is a non-profit. */
const BOARD_ROLES = wordsRe(wordsOf('boardRoles'));
const NON_PROFIT_ORGS = wordsRe(wordsOf('nonProfitOrgs'));
/** Armed forces, conscription and ranks. */
const MILITARY = wordsRe(wordsOf('militaryWords'));
const MILITARY_LOOKALIKES = wordsRe(wordsOf('militaryLookalikes'));
/** A military word outside the civilian names that hold one ("Sales Associate, Old Navy"; "Bell Ringer, Salvation Army"). */
const isMilitary = (text: string): boolean => MILITARY.test(MILITARY_LOOKALIKES.strip(text));

export interface KindInput {
  title: string;
  org?: string;
  sectionKind: SectionKind;
  sectionHeading?: string;
  /** "internship", "volunteer", "full-time"… when the résumé states it (LinkedIn). */
  employmentType?: string;
}

/** Stated employment types that decide the kind whatever the title says. */
const KIND_BY_EMPLOYMENT_TYPE: Readonly<Record<string, JobKind>> = {
  internship: 'internship', apprenticeship: 'internship', trainee: 'internship', volunteer: 'volunteer',
};

export function classifyKind(job: KindInput): JobKind {
  const where = `${job.org ?? ''}`;
  if (job.sectionKind === 'volunteering') return 'volunteer';
  if (isMilitary(job.title) || isMilitary(where) || isMilitary(job.sectionHeading ?? '')) return 'military';
  const stated = job.employmentType === undefined ? undefined : KIND_BY_EMPLOYMENT_TYPE[job.employmentType];
  if (stated) return stated;
  if (job.employmentType !== undefined && INTERN_TITLES.test(job.employmentType)) return 'internship';
  if (INTERN_TITLES.test(job.title)) return 'internship';
  if (ACADEMIC_TITLES.test(job.title)) return 'academic';
  if (TEACHING_TITLES.test(job.title) && (ACADEMIC_ORGS.test(where) || where === '')) return 'academic';
  if (VOLUNTEER_TITLES.test(job.title)) return 'volunteer';
  if (BOARD_ROLES.test(job.title) && NON_PROFIT_ORGS.test(where)) return 'volunteer';
  return 'employment';
}
