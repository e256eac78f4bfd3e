// Italian.
import type { Lexicon } from './types.js';

export const IT: Lexicon = {
  lang: 'it',
  sections: {
    contact: ['contatti', 'dati personali', 'informazioni personali'],
    summary: ['profilo', 'sommario', 'chi sono', 'obiettivo'],
    experience: [
      'esperienza', 'esperienze', 'esperienza lavorativa', 'esperienze lavorative', 'esperienza professionale',
      'esperienze professionali', 'percorso professionale', 'tirocini', 'ricerca',
    ],
    education: ['istruzione', 'formazione', 'istruzione e formazione', 'titoli di studio'],
    skills: ['competenze', 'competenze tecniche', 'abilità', 'conoscenze', 'competenze principali'],
    projects: ['progetti'],
    publications: ['pubblicazioni', 'brevetti'],
    certifications: ['certificazioni', 'certificati', 'corsi'],
    awards: ['premi', 'riconoscimenti', 'borse di studio'],
    volunteering: ['volontariato', 'attività extracurricolari'],
    languages: ['lingue', 'conoscenze linguistiche'],
    other: ['interessi', 'hobby', 'referenze', 'altro'],
  },
  titleWords: [
    'ingegnere', 'sviluppatore', 'sviluppatrice', 'ricercatore', 'ricercatrice', 'direttore', 'direttrice', 'responsabile',
    'tirocinante', 'stagista', 'dottorando', 'dottoranda', 'consulente', 'analista', 'contabile', 'infermiere',
    'infermiera', 'insegnante', 'docente', 'fondatore', 'fondatrice', 'tecnico', 'coordinatore', 'coordinatrice',
    'volontario', 'volontaria', 'tesoriere',
  ],
  titleQualifiers: ['dati', 'ricerca', 'prodotto', 'vendite', 'piattaforma', 'e'],
  orgWords: [
    'srl', 's.r.l.', 'spa', 's.p.a.', 'snc', 'sas', 'università', 'politecnico', 'istituto', 'fondazione', 'gruppo',
    'associazione', 'ospedale', 'ministero', 'esercito', 'banca',
  ],
  countries: ['italia', 'svizzera', 'germania', 'francia', 'spagna', 'regno unito', 'stati uniti', 'lombardia'],
  places: ['milano', 'roma', 'torino', 'napoli', 'firenze', 'bologna', 'genova', 'padova', 'da remoto', 'in remoto'],
  atWords: ['presso'],
  columnLabels: ['azienda', 'ruolo', 'posizione', 'periodo', 'date', 'luogo'],
  employmentTypes: ['tempo pieno', 'part-time', 'tirocinio', 'stage', 'contratto a termine'],
  internTitles: ['tirocinante', 'stagista', 'tirocinio'],
  academicTitles: ['dottorando', 'dottoranda', 'assegnista di ricerca', 'borsista'],
  teachingTitles: ['professore', 'professoressa', 'docente', 'ricercatore universitario'],
  academicOrgs: ['università', 'politecnico', 'scuola normale'],
  volunteerTitles: ['volontario', 'volontaria', 'volontariato'],
  nonProfitOrgs: ['associazione', 'fondazione', 'club', 'onlus'],
  boardRoles: ['tesoriere', 'presidente', 'consigliere', 'segretario', 'segretaria'],
  degreeWords: ['laurea', 'laurea magistrale', 'diploma di', 'maturità'],
  militaryWords: ['esercito', 'servizio militare', 'marina militare', 'aeronautica', 'soldato', 'sergente', 'tenente'],
  careerBreaks: ['congedo parentale', 'congedo di maternità', 'anno sabbatico', 'pausa di carriera'],
};
