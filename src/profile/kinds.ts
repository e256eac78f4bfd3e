// What kind of job an entry is. Industry-years requirements count employment only unless a rubric says otherwise,
// so PhD, postdoc, research/teaching assistant, internship, volunteer and military time must be told apart.
import type { JobKind, SectionKind } from '../types.js';

function re(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}])`, 'iu');
}

/** Titles of interns and trainees (en, fr, de, es, sv, it, pt, ru). */
const INTERN_TITLES = re(['intern', 'internship', 'summer intern', 'co-op', 'coop student', 'trainee', 'apprentice', 'working student',
  'werkstudent(?:in)?', 'praktikant(?:in)?', 'praktikum', 'stagiaire', 'becario', 'becaria', 'prácticas', 'practicante',
  'praktikant', 'tirocinante', 'stagista', 'tirocinio', 'estagiário', 'estagiária', 'estágio', 'стажёр', 'стажер', 'стажировка']);
/** Titles that are academic positions wherever they are held. */
const ACADEMIC_TITLES = re(['ph\\.?\\s?d\\.?', 'doctoral', 'doctorate', 'post-?doc(?:toral)?', 'research assistant', 'teaching assistant',
  'graduate assistant', 'graduate student', 'graduate researcher', 'doctoral researcher', 'doktorand(?:in)?', 'doctorant(?:e)?',
  'doctorando', 'dottorando', 'doutorando', 'аспирант', 'wissenschaftliche[rn]? mitarbeiter(?:in)?', 'assistant de recherche',
  'ayudante de investigación', 'forskningsassistent', 'amanuens']);
/** Titles that are academic when held at a university (a "Lecturer" at a company trains staff). */
const TEACHING_TITLES = re(['lecturer', 'professor', 'instructor', 'tutor', 'research fellow', 'teaching fellow', 'maître de conférences',
  'dozent(?:in)?', 'profesor', 'professore', 'professor', 'lektor', 'föreläsare', 'docente', 'преподаватель', 'доцент']);
/** Organisations that are universities or research institutes. */
const ACADEMIC_ORGS = re(['university', 'université', 'universität', 'universidad', 'universitet', 'università', 'universidade',
  'университет', 'college', 'institute of technology', 'école', 'hochschule', 'polytechnic', 'politecnico', 'ETH', 'EPFL', 'KTH', 'MIT']);
const VOLUNTEER_TITLES = re(['volunteer', 'volunteering', 'bénévole', 'ehrenamtlich', 'voluntario', 'voluntaria', 'volontär',
  'volontario', 'voluntário', 'волонтёр', 'волонтер', 'pro bono']);
/** Armed forces, conscription and ranks. */
const MILITARY = re(['army', 'navy', 'air force', 'marines?', 'armed forces', 'military', 'national service', 'conscript(?:ion)?',
  'soldier', 'sergeant', 'lieutenant', 'corporal', 'bundeswehr', 'wehrdienst', 'försvarsmakten', 'värnplikt(?:ig)?', 'forsvaret',
  'armée', 'service militaire', 'ejército', 'esercito', 'exército', 'армия', 'срочная служба', 'idf', 'defence forces', 'defense forces']);

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
  if (MILITARY.test(job.title) || MILITARY.test(where) || MILITARY.test(job.sectionHeading ?? '')) return 'military';
  const stated = job.employmentType === undefined ? undefined : KIND_BY_EMPLOYMENT_TYPE[job.employmentType];
  if (stated) return stated;
  if (INTERN_TITLES.test(job.title)) return 'internship';
  if (ACADEMIC_TITLES.test(job.title)) return 'academic';
  if (TEACHING_TITLES.test(job.title) && (ACADEMIC_ORGS.test(where) || where === '')) return 'academic';
  if (VOLUNTEER_TITLES.test(job.title)) return 'volunteer';
  return 'employment';
}
