// Proxies of protected characteristics, in English, French, German and Spanish: words that do not name age, origin or
// family status but select on them ("native English speaker", "recent graduate", "born in 199x", "junges Team").
// Each entry is one heuristic with a note on why; test/rubric/lint-proxies.test.ts holds a case and the traps per entry.

export interface ProtectedPattern {
  characteristic: string;
  /** Language of the wording ('en', 'fr', 'de', 'es'); English also covers the shared loan words. */
  lang: string;
  re: RegExp;
}

/** Whole words in any script: `\b` only knows ASCII, so "diplômé" or "Staatsangehörigkeit" would split at the accent. */
function words(lang: string, characteristic: string, source: string): ProtectedPattern {
  return { lang, characteristic, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu') };
}

const YEAR = '(?:19|20)\\d(?:\\d|x|0s)';
const N = '\\d+\\+?';

export const PROTECTED_PROXIES: readonly ProtectedPattern[] = [
  // Nativeness of a language selects on national origin; a level (C1, fluent) is the lawful requirement.
  words('en', 'native language', 'native(?:[\\s-]+\\p{L}+)?[\\s-]+(?:speakers?|speaking|tongue|language|fluency|level)|mother tongue|first language'),
  words('fr', 'native language', 'langue maternelle|locut(?:eur|rice)s? nati(?:f|ve)s?|(?:anglais|français|allemand|espagnol) natif'),
  words('de', 'native language', 'muttersprach\\p{L}*|(?:deutsch|englisch) als muttersprache'),
  words('es', 'native language', 'lengua materna|idioma materno|hablantes? nativ[oa]s?|(?:inglés|español|francés) nativo'),
  // "Recent graduate" and "young team" select on age.
  words('en', 'age', 'recent(?:ly)?\\s+(?:college\\s+|university\\s+)?grad(?:uate|uated|s)?s?|new\\s+grads?|fresh\\s+graduates?|freshers?|gen(?:eration)?\\s+z|millennials?|young\\s+(?:team|talent|professionals?)'),
  words('fr', 'age', 'jeunes?\\s+diplômée?s?|récemment\\s+diplômée?s?|âge|âgée?s?|jeunes?|natifs?\\s+du\\s+numérique|ans\\s+(?:maximum|au\\s+plus)'),
  words('de', 'age', 'altersgrenze|höchstalter|im\\s+alter\\s+von|jahre\\s+alt|junge[nsmr]?\\s+(?:team|kollegen|talente?)|junges\\s+team|jung\\s+und\\s+dynamisch|frisch\\p{L}*\\s+(?:hochschul)?absolvent\\p{L}*'),
  words('es', 'age', 'edad|años\\s+de\\s+edad|jóvenes?|joven|recién\\s+(?:graduad|titulad|egresad)[oa]s?|nativos?\\s+digitales?'),
  // A birth year or a graduation year is an age in disguise; "graduate degree" and "graduated in CS" are not.
  words('en', 'birth or graduation year', `born\\s+(?:in|after|before|between|since)|(?:graduat\\p{L}*|class\\s+of)\\s+(?:(?:in|after|before|since|between|from)\\s+)?${YEAR}|${YEAR}\\s+(?:or\\s+later\\s+)?grad(?:uate)?s?`),
  words('fr', 'birth or graduation year', `née?s?\\s+(?:en|après|avant|le)|date\\s+de\\s+naissance|diplômée?s?\\s+(?:en|après|depuis)\\s+${YEAR}|promotion\\s+${YEAR}`),
  words('de', 'birth or graduation year', `geboren|geburtsdatum|geburtsjahr|jahrgang|(?:abschluss|absolvent\\p{L}*)\\s+(?:nach|ab|seit|vor)?\\s*${YEAR}`),
  words('es', 'birth or graduation year', `nacid[oa]s?|fecha\\s+de\\s+nacimiento|año\\s+de\\s+nacimiento|promoción\\s+${YEAR}|graduad[oa]s?\\s+(?:en|después\\s+de|desde)\\s+${YEAR}`),
  // Marital and family status.
  words('en', 'marital or family status', 'divorced|widowed|fianc[ée]e?|childless|no\\s+children|family\\s+planning|civil\\s+partnership'),
  words('fr', 'marital or family status', 'mariée?s?|célibataires?|situation\\s+(?:familiale|matrimoniale)|enfants?|divorcée?s?|pacsée?s?|enceinte|grossesse'),
  words('de', 'marital or family status', 'verheiratet|ledig|familienstand|kinder|kinderlos|schwanger\\p{L}*|geschieden|ehe(?:frau|mann|partner\\p{L}*)'),
  words('es', 'marital or family status', 'casad[oa]s?|solter[oa]s?|estado\\s+civil|hij[oa]s|embarazad[oa]s?|embarazo|divorciad[oa]s?|cargas\\s+familiares'),
  // Pronouns and gendered words select on gender.
  words('en', 'gender', 'he\\/his|she\\/hers|xe\\/xem|ze\\/hir|gentlem[ae]n|lady|ladies|girls?|guys'),
  words('fr', 'gender', 'il\\/lui|elle\\/elle|iel|pronoms?|sexe|hommes?|femmes?|masculin|féminin'),
  words('de', 'gender', 'er\\/ihm|sie\\/ihr|pronomen|geschlecht|männlich|weiblich|mann(?![\\s-]+whitney)|frau|männer|frauen'),
  words('es', 'gender', 'él\\/ella|pronombres?|sexo|género|hombres?|mujer(?:es)?|masculino|femenino'),
  // A photo shows age, gender and ethnicity.
  words('en', 'photo', 'selfie|with\\s+(?:a\\s+)?picture'),
  words('fr', 'photo', 'photos?|photographie|photo\\s+d.identité'),
  words('de', 'photo', 'fotos?|lichtbild|bewerbungsfoto'),
  words('es', 'photo', 'fotos?|fotografía'),
  // Citizenship beyond the right to work ("authorized to work", "work permit" are lawful and not flagged).
  words('en', 'nationality', 'citizens?|passport\\s+holders?|race(?!\\s+conditions?)|racial|skin\\s+colou?r'),
  words('fr', 'nationality', 'nationalité|citoyen\\p{L}*|origine\\s+ethnique|lieu\\s+de\\s+naissance'),
  words('de', 'nationality', 'staatsangehörigkeit|staatsbürger\\p{L}*|nationalität|herkunft|geburtsort|ethnisch\\p{L}*'),
  words('es', 'nationality', 'nacionalidad|ciudadan[oa]s?|ciudadanía|origen\\s+étnico|lugar\\s+de\\s+nacimiento|etnia'),
  // A ceiling on experience screens out older candidates (a floor, "at least 5 years", is fine).
  words('en', 'age (experience cap)', `(?:no\\s+more\\s+than|not\\s+more\\s+than|at\\s+most|a\\s+maximum\\s+of|maximum|max\\.?|less\\s+than|fewer\\s+than|under)\\s+${N}\\s+years?\\s+(?:of\\s+)?(?:\\p{L}+\\s+)?experience`),
  words('fr', 'age (experience cap)', `(?:pas\\s+plus\\s+de|au\\s+plus|maximum|moins\\s+de)\\s+${N}\\s+ans\\s+d.expérience`),
  words('de', 'age (experience cap)', `(?:maximal|höchstens|nicht\\s+mehr\\s+als|weniger\\s+als)\\s+${N}\\s+jahre?n?\\s+(?:berufs)?erfahrung`),
  words('es', 'age (experience cap)', `(?:no\\s+más\\s+de|como\\s+máximo|máximo|menos\\s+de)\\s+${N}\\s+años\\s+de\\s+experiencia`),
  // Religion and disability outside English.
  words('fr', 'religion', 'religion|religieu(?:x|se)s?|confession'),
  words('de', 'religion', 'religion|konfession\\p{L}*|religiös\\p{L}*'),
  words('es', 'religion', 'religión|religios[oa]s?'),
  words('fr', 'disability', 'handicapée?s?|invalidité'),
  words('de', 'disability', 'behinderung|behindert\\p{L}*|schwerbehindert\\p{L}*'),
  words('es', 'disability', 'discapacidad|discapacitad[oa]s?|minusválid[oa]s?'),
];
