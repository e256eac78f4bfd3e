// The words of one résumé language that the profile stage reads: section headings, job-title and organisation
// cues, places, and the words that tell interns, academics, volunteers and soldiers apart. One record per
// language (en.ts, de.ts, …), merged in index.ts; a test checks that every language fills every slot, so adding
// a language is adding one file. Months and "present" words belong to the date grammar (date-words.ts).
import type { SectionKind } from '../../types.js';

/** The fields of a form-like CV entry (Europass and its imitations): a label column beside the values. */
export type FormField = 'dates' | 'position' | 'employer' | 'activities' | 'sector';
export const FORM_FIELDS: readonly FormField[] = ['dates', 'position', 'employer', 'activities', 'sector'];

export interface Lexicon {
  /** ISO 639-1 code. */
  lang: string;
  /** Heading wording per section kind, lower-case; a heading matches a phrase or ends with one. */
  sections: Readonly<Record<SectionKind, readonly string[]>>;
  /** Words that make a header piece a job title ("engineer", "nurse", "board member"). */
  titleWords: readonly string[];
  /** Area words that stay in a title after a comma ("Engineering Manager, Ads"), never an organisation alone. */
  titleQualifiers: readonly string[];
  /** Words that make a piece an organisation: legal forms and institution words ("GmbH", "University", "Trust"). */
  orgWords: readonly string[];
  /** Countries and regions: "City, Country" is a place whatever the city. */
  countries: readonly string[];
  /** Cities and work modes: a piece made only of these is a location. */
  places: readonly string[];
  /** "Title at Company" links ("at", "chez", "bei"). */
  atWords: readonly string[];
  /** Column labels of an experience table's header row ("Company | Title | Dates"): never a title or a company. */
  columnLabels: readonly string[];
  /** Employment types printed beside a company ("Full-time", "Internship"): neither organisation nor place. */
  employmentTypes: readonly string[];
  /** Titles of interns, trainees and working students. */
  internTitles: readonly string[];
  /** Titles that are academic positions wherever they are held (PhD student, postdoc, research assistant). */
  academicTitles: readonly string[];
  /** Titles that are academic only when held at a university (a company "Lecturer" trains staff). */
  teachingTitles: readonly string[];
  /** Organisation words of universities and research institutes. */
  academicOrgs: readonly string[];
  /** Words of volunteer roles. */
  volunteerTitles: readonly string[];
  /** Organisation words of non-profits: clubs, associations, foundations, meetups. */
  nonProfitOrgs: readonly string[];
  /** Unpaid roles a non-profit gives (board member, treasurer, organiser): volunteer work when held at one. */
  boardRoles: readonly string[];
  /** Degrees that open an education line ("MSc …", "BA …"): such a line is never a job. */
  degreeWords: readonly string[];
  /** Armed forces, conscription and ranks. */
  militaryWords: readonly string[];
  /** Civilian names and trades holding a military word ("Salvation Army", "Old Navy", "marine biologist"): never military. */
  militaryLookalikes: readonly string[];
  /** Dated time out of work written like an entry ("Career break", "Parental leave"): never a job. */
  careerBreaks: readonly string[];
  /** Words that open a title after a company name run together with it ("Marigold Transit Lead Product Designer"). */
  titleOpeners: readonly string[];
  /**
   * Labels of a form-like entry per field, lower-case ("Occupation or position held", "Name and address of
   * employer"). A one-word label counts only before a colon or a tab ("Employer: …"), a longer one before any space.
   */
  formLabels: Readonly<Record<FormField, readonly string[]>>;
}

/** Every slot of a Lexicon that holds a word list (all but `lang` and `sections`). */
export const WORD_SLOTS = [
  'titleWords', 'titleQualifiers', 'orgWords', 'countries', 'places', 'atWords', 'columnLabels', 'employmentTypes', 'internTitles',
  'academicTitles', 'teachingTitles', 'academicOrgs', 'volunteerTitles', 'nonProfitOrgs', 'boardRoles', 'degreeWords', 'militaryWords', 'militaryLookalikes', 'careerBreaks',
  'titleOpeners',
] as const satisfies readonly (keyof Lexicon)[];

export type WordSlot = (typeof WORD_SLOTS)[number];
