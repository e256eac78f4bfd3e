// German.
import type { Lexicon } from './types.js';

export const DE: Lexicon = {
  lang: 'de',
  sections: {
    contact: ['kontakt', 'kontaktdaten', 'persönliche daten', 'persönliche angaben'],
    summary: ['zusammenfassung', 'über mich', 'kurzprofil', 'profil'],
    experience: [
      'berufserfahrung', 'berufliche erfahrung', 'beruflicher werdegang', 'werdegang', 'erfahrung', 'berufspraxis',
      'praktika', 'beschäftigungsverhältnisse', 'wehrdienst', 'forschung', 'lehre',
    ],
    education: ['ausbildung', 'bildung', 'studium', 'akademischer werdegang', 'schulbildung', 'bildungsweg'],
    skills: ['kenntnisse', 'fähigkeiten', 'kompetenzen', 'it-kenntnisse', 'fachkenntnisse', 'top-kenntnisse'],
    projects: ['projekte'],
    publications: ['publikationen', 'veröffentlichungen', 'vorträge'],
    certifications: ['zertifikate', 'zertifizierungen', 'weiterbildung', 'fortbildungen'],
    awards: ['auszeichnungen', 'preise', 'stipendien'],
    volunteering: ['ehrenamt', 'ehrenamtliches engagement', 'engagement', 'soziales engagement'],
    languages: ['sprachen', 'sprachkenntnisse'],
    other: ['interessen', 'hobbys', 'referenzen', 'sonstiges'],
  },
  titleWords: [
    'ingenieur', 'ingenieurin', 'entwickler', 'entwicklerin', 'forscher', 'forscherin', 'direktor', 'direktorin', 'leiter',
    'leiterin', 'teamleiter', 'teamleiterin', 'geschäftsführer', 'geschäftsführerin', 'berater', 'beraterin',
    'praktikant', 'praktikantin', 'werkstudent', 'werkstudentin', 'doktorand', 'doktorandin',
    'wissenschaftlicher mitarbeiter', 'wissenschaftliche mitarbeiterin', 'analytiker', 'referent', 'referentin',
    'sachbearbeiter', 'sachbearbeiterin', 'buchhalter', 'buchhalterin', 'pflegekraft', 'krankenpfleger',
    'krankenschwester', 'lehrer', 'lehrerin', 'dozent', 'dozentin', 'auszubildender', 'auszubildende', 'gründer', 'inhaber',
  ],
  titleQualifiers: ['vertrieb', 'einkauf', 'forschung', 'entwicklung', 'daten', 'plattform', 'und'],
  orgWords: [
    'gmbh', 'ag', 'kg', 'gmbh & co. kg', 'mbh', 'ug', 'gbr', 'e.v.', 'se', 'universität', 'hochschule', 'fachhochschule',
    'institut', 'stiftung', 'klinikum', 'krankenhaus', 'bundeswehr', 'gruppe', 'verein', 'verband', 'behörde', 'amt',
  ],
  countries: ['deutschland', 'österreich', 'schweiz', 'bayern', 'niederlande', 'frankreich', 'spanien', 'italien'],
  places: ['münchen', 'köln', 'wien', 'zürich', 'nürnberg', 'hannover', 'homeoffice', 'vor ort', 'bremen', 'essen', 'karlsruhe'],
  atWords: ['bei'],
  columnLabels: ['firma', 'unternehmen', 'arbeitgeber', 'position', 'funktion', 'zeitraum', 'ort'],
  employmentTypes: ['vollzeit', 'teilzeit', 'befristet', 'freiberuflich', 'praktikum', 'ehrenamtlich'],
  internTitles: ['werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'praktikum', 'auszubildender', 'auszubildende'],
  academicTitles: [
    'doktorand', 'doktorandin', 'wissenschaftlicher mitarbeiter', 'wissenschaftliche mitarbeiterin',
    'wissenschaftlichen mitarbeiter', 'wissenschaftliche hilfskraft', 'studentische hilfskraft',
  ],
  teachingTitles: ['dozent', 'dozentin', 'professor', 'professorin', 'lehrbeauftragter', 'lehrbeauftragte'],
  academicOrgs: ['universität', 'hochschule', 'fachhochschule', 'technische universität'],
  volunteerTitles: ['ehrenamtlich', 'ehrenamt', 'freiwilliger', 'freiwillige'],
  nonProfitOrgs: ['stiftung', 'verein', 'e.v.', 'verband', 'initiative'],
  boardRoles: ['vorstand', 'vorstandsmitglied', 'schatzmeister', 'schatzmeisterin', 'vorsitzender', 'vorsitzende', 'kassenwart'],
  degreeWords: ['diplom', 'abitur', 'staatsexamen', 'magister'],
  militaryWords: ['bundeswehr', 'wehrdienst', 'zivildienst', 'soldat', 'feldwebel', 'leutnant', 'gefreiter'],
  careerBreaks: ['elternzeit', 'auszeit', 'karrierepause', 'pflegezeit', 'sabbatjahr'],
};
