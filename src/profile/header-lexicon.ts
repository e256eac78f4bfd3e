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
  'volunteer', 'mentor', 'coach', 'sre', 'devops', 'swe', 'mle', 'member of technical staff', 'soldier', 'sergeant', 'lieutenant',
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

/** Countries and regions: "City, Country" is a place, whatever the city. */
export const COUNTRY_WORDS: readonly string[] = [
  'usa', 'uk', 'united states', 'united kingdom', 'germany', 'france', 'spain', 'sweden', 'norway', 'denmark', 'finland',
  'italy', 'portugal', 'netherlands', 'switzerland', 'austria', 'ireland', 'poland', 'canada', 'india', 'china', 'japan',
  'singapore', 'australia', 'brazil', 'mexico', 'russia', 'ukraine', 'israel', 'georgia', 'serbia', 'nigeria', 'kenya',
  'egypt', 'uae', 'united arab emirates', 'turkey', 'greece', 'belgium', 'czechia', 'czech republic', 'estonia', 'latvia',
  'lithuania', 'romania', 'hungary', 'argentina', 'chile', 'colombia', 'south africa', 'south korea', 'korea', 'taiwan',
  'vietnam', 'indonesia', 'philippines', 'new zealand', 'deutschland', 'sverige', 'norge', 'danmark', 'españa', 'italia',
  'brasil', 'россия', 'україна', 'california', 'washington', 'new york', 'texas', 'massachusetts', 'england', 'scotland',
  'wales', 'ontario', 'quebec', 'bavaria', 'bayern', 'catalonia', 'catalunya',
];
/** Cities, work modes and area words: a piece made only of these is a location. */
export const PLACE_WORDS: readonly string[] = [
  'remote', 'hybrid', 'on-site', 'onsite', 'area', 'bay area', 'metropolitan', 'greater', 'region',
  'london', 'paris', 'berlin', 'munich', 'münchen', 'stockholm', 'oslo', 'bergen', 'copenhagen', 'københavn',
  'helsinki', 'amsterdam', 'dublin', 'madrid', 'barcelona', 'lisbon', 'lisboa', 'milan', 'milano', 'rome', 'roma',
  'zurich', 'zürich', 'vienna', 'wien', 'warsaw', 'kraków', 'krakow', 'new york', 'san francisco', 'seattle',
  'mountain view', 'menlo park', 'palo alto', 'sunnyvale', 'boston', 'austin', 'chicago', 'los angeles', 'toronto',
  'montreal', 'vancouver', 'bangalore', 'bengaluru', 'tokyo', 'sydney', 'são paulo', 'москва', 'санкт-петербург',
  'moscow', 'gothenburg', 'göteborg', 'malmö', 'trondheim', 'hamburg', 'frankfurt', 'lyon', 'toulouse', 'valencia',
  'porto', 'turin', 'torino', 'edinburgh', 'manchester', 'cambridge', 'oxford', 'tallinn', 'riga', 'vilnius', 'prague',
  'kyiv', 'kiev', 'tbilisi', 'belgrade', 'novosibirsk', 'lagos', 'nairobi', 'cairo', 'dubai', 'mumbai', 'pune', 'delhi',
  'hyderabad', 'chennai', 'bellevue', 'redmond', 'denver', 'lille', 'bristol', 'campinas', 'waterloo', 'lisbon', 'aarhus',
];
export const COUNTRY_RE = wordsRe(COUNTRY_WORDS);
export const LOCATION_RE = wordsRe([...COUNTRY_WORDS, ...PLACE_WORDS]);
/** Global version, to strip every place word from a piece and see whether anything else is left. */
export const LOCATION_ALL_RE = new RegExp(LOCATION_RE.source, 'giu');
/** "City, ST": a US state or Canadian province code after the comma. */
export const STATE_CODE_RE = /^[A-Z]{2}$/;

/** "Title at Company" and its translations; only split when the left side is a title. */
export const AT_SPLIT_RE = /\s+(?:at|@|chez|bei|på|presso)\s+/iu;
