// Word lists that tell a job title from an organisation and a location in a job's header lines (job-header.ts).
// Regexes are compiled once; matching is case-insensitive on word boundaries (Unicode-aware lookarounds).

function wordsRe(words: readonly string[]): RegExp {
  const alt = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Words that make a piece of a header a job title (en + fr, de, es, sv, it, pt, ru). */
export const TITLE_WORDS: readonly string[] = [
  'engineer', 'engineering manager', 'developer', 'programmer', 'scientist', 'manager', 'director', 'head of',
  'lead', 'leader', 'tech lead', 'intern', 'internship', 'analyst', 'researcher', 'architect', 'consultant', 'founder',
  'co-founder', 'cofounder', 'cto', 'ceo', 'cio', 'cpo', 'vp', 'vice president', 'president', 'officer', 'specialist',
  'associate', 'assistant', 'fellow', 'postdoc', 'postdoctoral', 'post-doctoral', 'professor', 'lecturer', 'instructor',
  'teacher', 'tutor', 'student', 'candidate', 'phd', 'ph.d.', 'doctoral', 'administrator', 'designer', 'technician',
  'coordinator', 'principal', 'chief', 'partner', 'owner', 'advisor', 'adviser', 'trainee', 'apprentice',
  'volunteer', 'mentor', 'sre', 'devops', 'swe', 'mle', 'member of technical staff', 'soldier', 'sergeant', 'lieutenant',
  'corporal', 'conscript', 'officer cadet', 'contractor', 'freelancer', 'freelance', 'scrum master',
  'product owner', 'ingénieur', 'ingenieur', 'ingeniero', 'ingegnere', 'engenheiro', 'développeur', 'entwickler',
  'desarrollador', 'utvecklare', 'sviluppatore', 'desenvolvedor', 'chercheur', 'forscher', 'investigador', 'forskare',
  'ricercatore', 'pesquisador', 'directeur', 'direktor', 'director', 'direttore', 'diretor', 'chef', 'leiter', 'leiterin',
  'jefe', 'gerente', 'responsable', 'chef de projet', 'stagiaire', 'praktikant', 'praktikantin', 'werkstudent', 'becario',
  'tirocinante', 'stagista', 'estagiário', 'estagiaria', 'doktorand', 'doctorant', 'doctorando', 'dottorando',
  'wissenschaftlicher mitarbeiter', 'analytiker', 'teamleiter', 'avdelningschef', 'utvecklingschef',
  'инженер', 'разработчик', 'программист', 'руководитель', 'директор', 'менеджер', 'аналитик', 'исследователь',
  'стажёр', 'стажер', 'аспирант', 'научный сотрудник', 'преподаватель', 'тимлид', 'ведущий',
];
export const TITLE_RE = wordsRe(TITLE_WORDS);

/** Words that make a piece an organisation (legal suffixes, institutions). */
export const ORG_WORDS: readonly string[] = [
  'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'llp', 'plc', 'gmbh', 'ag', 'ab', 'as', 'asa', 'sa', 's.a.', 'sas', 'sarl', 'srl',
  's.r.l.', 'spa', 's.p.a.', 'bv', 'b.v.', 'nv', 'oy', 'oyj', 'kk', 'co.', 'corp', 'corp.', 'corporation', 'company',
  'group', 'labs', 'lab', 'laboratory', 'technologies', 'technology', 'systems', 'solutions', 'software', 'university',
  'université', 'universität', 'universidad', 'universitet', 'università', 'universidade', 'университет', 'college',
  'institute', 'institut', 'instituto', 'istituto', 'институт', 'politecnico', 'politécnica', 'polytechnique', 'polytechnic', 'school', 'école', 'hochschule', 'academy', 'bank',
  'foundation', 'stiftung', 'fondation', 'hospital', 'agency', 'ministry', 'army', 'navy', 'air force', 'armed forces',
  'ооо', 'ао', 'пао', 'holdings', 'partners', 'ventures', 'studios', 'studio', 'media', 'networks', 'health', 'retail',
];
export const ORG_RE = wordsRe(ORG_WORDS);

/** Place words: a header piece that is one of these (or "City, Country" / "City, ST") is a location. */
export const LOCATION_WORDS: readonly string[] = [
  'remote', 'hybrid', 'on-site', 'onsite', 'area', 'bay area', 'metropolitan', 'greater', 'usa', 'uk', 'united states',
  'united kingdom', 'germany', 'france', 'spain', 'sweden', 'norway', 'denmark', 'finland', 'italy', 'portugal',
  'netherlands', 'switzerland', 'austria', 'ireland', 'poland', 'canada', 'india', 'china', 'japan', 'singapore',
  'australia', 'brazil', 'mexico', 'russia', 'ukraine', 'israel', 'deutschland', 'sverige', 'norge', 'españa', 'italia',
  'brasil', 'россия', 'london', 'paris', 'berlin', 'munich', 'münchen', 'stockholm', 'oslo', 'bergen', 'copenhagen',
  'helsinki', 'amsterdam', 'dublin', 'madrid', 'barcelona', 'lisbon', 'lisboa', 'milan', 'milano', 'rome', 'roma',
  'zurich', 'zürich', 'vienna', 'wien', 'warsaw', 'kraków', 'krakow', 'new york', 'san francisco', 'seattle',
  'mountain view', 'menlo park', 'palo alto', 'sunnyvale', 'boston', 'austin', 'chicago', 'los angeles', 'toronto',
  'montreal', 'vancouver', 'bangalore', 'bengaluru', 'tokyo', 'sydney', 'são paulo', 'москва', 'санкт-петербург',
  'moscow', 'gothenburg', 'göteborg', 'malmö', 'trondheim', 'hamburg', 'frankfurt', 'lyon', 'toulouse', 'valencia',
  'porto', 'turin', 'torino', 'edinburgh', 'manchester', 'cambridge', 'oxford', 'tallinn', 'riga', 'vilnius', 'prague',
];
export const LOCATION_RE = wordsRe(LOCATION_WORDS);
/** "City, ST": a US state or Canadian province code after the comma. */
export const STATE_CODE_RE = /^[A-Z]{2}$/;

/** "Title at Company" and its translations; only split when the left side is a title. */
export const AT_SPLIT_RE = /\s+(?:at|@|chez|bei|på|presso)\s+/iu;
