// Heading wording per section kind, lower-case, in English, French, German, Spanish, Swedish, Italian, Portuguese
// and Russian. A heading matches when its normalised text equals a phrase, or ends with one ("Relevant Work
// Experience"); the longest matching phrase wins, so "Volunteer Experience" is volunteering, not experience.
import type { SectionKind } from '../types.js';

export const SECTION_PHRASES: Readonly<Record<Exclude<SectionKind, 'contact'> | 'contact', readonly string[]>> = {
  contact: [
    'contact', 'contact information', 'contact details', 'personal details', 'personal information',
    'coordonnées', 'kontakt', 'kontaktdaten', 'persönliche daten', 'contacto', 'datos personales', 'kontaktuppgifter',
    'personuppgifter', 'contatti', 'dati personali', 'contato', 'dados pessoais', 'контакты', 'контактная информация',
  ],
  summary: [
    'summary', 'profile', 'professional summary', 'career summary', 'executive summary', 'about', 'about me',
    'objective', 'career objective', 'overview', 'professional profile', 'highlights', 'summary of qualifications',
    'profil', 'résumé', 'à propos', 'profil professionnel', 'zusammenfassung', 'über mich', 'kurzprofil', 'perfil',
    'resumen', 'perfil profesional', 'sobre mí', 'sammanfattning', 'om mig', 'profilo', 'sommario', 'chi sono',
    'resumo', 'perfil profissional', 'sobre mim', 'о себе', 'резюме', 'профиль', 'обо мне', 'цель',
  ],
  experience: [
    'experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history',
    'career', 'career history', 'professional background', 'relevant experience', 'industry experience',
    'research experience', 'teaching experience', 'positions', 'positions held', 'military service', 'military experience',
    'expérience', 'expériences', 'expérience professionnelle', 'expériences professionnelles', 'parcours professionnel',
    'berufserfahrung', 'berufliche erfahrung', 'beruflicher werdegang', 'werdegang', 'erfahrung', 'experiencia',
    'experiencia laboral', 'experiencia profesional', 'trayectoria profesional', 'erfarenhet', 'arbetslivserfarenhet',
    'yrkeserfarenhet', 'anställningar', 'esperienza', 'esperienze', 'esperienza lavorativa', 'esperienze lavorative',
    'esperienza professionale', 'experiência', 'experiência profissional', 'histórico profissional', 'опыт',
    'опыт работы', 'профессиональный опыт', 'трудовая деятельность', 'military',
  ],
  education: [
    'education', 'academic background', 'education and training', 'academic history', 'qualifications', 'degrees',
    'formation', 'études', 'parcours académique', 'ausbildung', 'bildung', 'studium', 'akademischer werdegang',
    'educación', 'formación', 'formación académica', 'estudios', 'utbildning', 'istruzione', 'formazione', 'educação',
    'formação', 'formação acadêmica', 'formação académica', 'образование',
  ],
  skills: [
    'skills', 'technical skills', 'core skills', 'key skills', 'skills & tools', 'tools', 'technologies', 'tech stack',
    'competencies', 'core competencies', 'expertise', 'areas of expertise', 'compétences', 'compétences techniques',
    'kenntnisse', 'fähigkeiten', 'kompetenzen', 'it-kenntnisse', 'habilidades', 'competencias', 'conocimientos',
    'kompetenser', 'färdigheter', 'kunskaper', 'tekniska kunskaper', 'competenze', 'competenze tecniche', 'abilità',
    'competências', 'habilidades técnicas', 'навыки', 'ключевые навыки', 'технические навыки', 'умения',
  ],
  projects: [
    'projects', 'personal projects', 'selected projects', 'side projects', 'open source', 'open-source', 'projets',
    'projekte', 'proyectos', 'projekt', 'progetti', 'projetos', 'проекты',
  ],
  publications: [
    'publications', 'selected publications', 'papers', 'patents', 'talks', 'presentations', 'publications and talks',
    'publikationen', 'veröffentlichungen', 'publicaciones', 'publikationer', 'pubblicazioni', 'publicações', 'публикации',
  ],
  certifications: [
    'certifications', 'certificates', 'licenses', 'licenses & certifications', 'licenses and certifications', 'courses',
    'training', 'certifications et formations', 'zertifikate', 'zertifizierungen', 'weiterbildung', 'certificaciones',
    'certifikat', 'certifieringar', 'certificazioni', 'certificações', 'certificados', 'сертификаты', 'курсы',
  ],
  awards: [
    'awards', 'honors', 'honours', 'honors & awards', 'honors and awards', 'achievements', 'distinctions', 'prix',
    'récompenses', 'auszeichnungen', 'preise', 'premios', 'reconocimientos', 'utmärkelser', 'priser', 'premi',
    'riconoscimenti', 'prêmios', 'prémios', 'награды', 'достижения',
  ],
  volunteering: [
    'volunteering', 'volunteer', 'volunteer experience', 'volunteer work', 'community', 'community involvement',
    'bénévolat', 'engagement', 'ehrenamt', 'ehrenamtliches engagement', 'voluntariado', 'ideellt arbete',
    'volontariat', 'frivilligt arbete', 'volontariato', 'волонтёрство', 'волонтерство', 'общественная деятельность',
  ],
  languages: [
    'languages', 'language skills', 'langues', 'sprachen', 'sprachkenntnisse', 'idiomas', 'språk', 'språkkunskaper',
    'lingue', 'conoscenze linguistiche', 'línguas', 'языки', 'знание языков', 'иностранные языки',
  ],
  other: [
    'interests', 'hobbies', 'references', 'activities', 'additional information', 'miscellaneous', 'other',
    'leadership', 'affiliations', 'memberships', "centres d'intérêt", 'loisirs', 'interessen', 'hobbys', 'intereses',
    'intressen', 'interessi', 'interesses', 'интересы', 'хобби', 'referenzen', 'referencias', 'referenser',
  ],
};

/** Longest heading we accept, in words: longer lines are sentences, not headings. */
export const MAX_HEADING_WORDS = 6;
