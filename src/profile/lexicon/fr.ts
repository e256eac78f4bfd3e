// French.
import type { Lexicon } from './types.js';

export const FR: Lexicon = {
  lang: 'fr',
  sections: {
    contact: ['coordonnées', 'informations personnelles'],
    summary: ['profil', 'résumé', 'à propos', 'profil professionnel', 'objectif'],
    experience: [
      'expérience', 'expériences', 'expérience professionnelle', 'expériences professionnelles', 'parcours professionnel',
      'parcours', 'stages', 'recherche', 'enseignement',
    ],
    education: ['formation', 'formations', 'études', 'parcours académique', 'diplômes', 'cursus'],
    skills: ['compétences', 'compétences techniques', 'savoir-faire', 'outils', 'principales compétences'],
    projects: ['projets', 'projets personnels'],
    publications: ['publications', 'conférences', 'communications', 'brevets'],
    certifications: ['certifications', 'certifications et formations', 'certificats'],
    awards: ['prix', 'récompenses', 'distinctions'],
    volunteering: ['bénévolat', 'engagement associatif', 'vie associative', 'activités associatives'],
    languages: ['langues', 'compétences linguistiques'],
    other: ["centres d'intérêt", 'centres d’intérêt', 'loisirs', 'divers', 'références'],
  },
  titleWords: [
    'ingénieur', 'ingénieure', 'développeur', 'développeuse', 'chercheur', 'chercheuse', 'directeur', 'directrice', 'chef',
    'chef de projet', 'responsable', 'stagiaire', 'doctorant', 'doctorante', 'consultant', 'consultante', 'analyste',
    'comptable', 'infirmier', 'infirmière', 'enseignant', 'enseignante', 'alternant', 'alternante', 'gérant', 'gérante',
    'fondateur', 'fondatrice', 'chargé', 'chargée', 'technicien', 'technicienne', 'bénévole', 'trésorier', 'trésorière',
  ],
  titleQualifiers: ['données', 'recherche', 'produit', 'ventes', 'plateforme', 'et'],
  orgWords: [
    'sa', 's.a.', 'sas', 's.a.s.', 'sarl', 'sasu', 'eurl', 'université', 'école', 'institut', 'fondation', 'groupe',
    'association', 'société', 'polytechnique', 'laboratoire', 'centre', 'hôpital', 'ministère', 'armée',
  ],
  countries: ['france', 'belgique', 'suisse', 'allemagne', 'espagne', 'royaume-uni', 'états-unis', 'canada', 'québec', 'maroc'],
  places: ['télétravail', 'à distance', 'genève', 'bruxelles', 'londres', 'montréal', 'grenoble', 'rennes', 'strasbourg'],
  atWords: ['chez'],
  columnLabels: ['entreprise', 'employeur', 'poste', 'fonction', 'période', 'dates', 'lieu'],
  employmentTypes: ['cdi', 'cdd', 'stage', 'alternance', 'temps plein', 'temps partiel', 'freelance', 'bénévolat'],
  internTitles: ['stagiaire', 'stage', 'alternant', 'alternante', 'apprenti', 'apprentie'],
  academicTitles: ['doctorant', 'doctorante', 'assistant de recherche', 'post-doctorant', 'ater'],
  teachingTitles: ['maître de conférences', 'enseignant-chercheur', 'professeur', 'chargé de cours'],
  academicOrgs: ['université', 'école', 'polytechnique', 'grande école'],
  volunteerTitles: ['bénévole', 'bénévolat'],
  nonProfitOrgs: ['association', 'fondation', 'club', 'ong'],
  boardRoles: ['trésorier', 'trésorière', 'président', 'présidente', 'membre du bureau', 'secrétaire'],
  degreeWords: ['licence', 'diplôme', 'baccalauréat', 'doctorat', 'dut', 'bts'],
  militaryWords: ['armée', 'service militaire', 'soldat', 'sergent', 'lieutenant', 'légion'],
  careerBreaks: ['congé parental', 'congé maternité', 'année sabbatique', 'pause de carrière', 'pause professionnelle'],
};
