// What blind mode hides besides the name, as patterns: each a named constant with why it is shaped so. The traps each
// must leave alone are in test/blind/redact.test.ts (date ranges, versions, percentages, counts, companies).

/** Top-level domains a personal site or profile ends in (lower case only: "ASP.NET" is a framework, "x.net" a site). */
const TLD = '(?:com|org|net|io|dev|me|ai|co|app|page|site|xyz|info|tech|blog|name|online|uk|de|se|no|dk|fi|fr|es|it|nl|pl|ch|at|be|pt|br|in|ca|us|eu|ie|jp|cn|ru|ua|tr|ae|ng|za|nz|au|mx|ar|cz|gr|il|kr|sg)';

/** E-mail addresses, and the "name [at] host [dot] com" spellings that dodge scrapers. */
export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
export const EMAIL_SPELLED = /[\p{L}\p{N}._%+-]+\s*[[({]\s*at\s*[\])}]\s*[\p{L}\p{N}-]+(?:\s*(?:[[({]\s*dot\s*[\])}]|\.)\s*[\p{L}\p{N}-]+)+/giu;

/** Links with a scheme or www. */
export const URL_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}|]+/giu;
/** Profile and portfolio hosts written without a scheme ("linkedin.com/in/…", "github.com/…"). */
export const PROFILE_HOST =
  /\b(?:[\w-]+\.)?(?:linkedin\.com|github\.com|github\.io|gitlab\.com|bitbucket\.org|xing\.com|twitter\.com|x\.com|medium\.com|substack\.com|stackoverflow\.com|kaggle\.com|behance\.net|dribbble\.com|huggingface\.co|scholar\.google\.com|researchgate\.net|orcid\.org|about\.me|instagram\.com|facebook\.com|t\.me|mastodon\.social|bsky\.app)(?:\/[^\s<>"'()[\]{}|]*)?/giu;
/** A bare domain with a path ("anna.dev/talks"): a site, wherever it is. */
export const DOMAIN_PATH = new RegExp(`(?<![\\p{L}\\p{N}@.-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.${TLD}\\/[^\\s<>"'()\\[\\]{}|]*`, 'gu');
/** A bare domain ("annalindqvist.se"): only on the contact lines, where it is the candidate's site, not an employer. */
export const DOMAIN = new RegExp(`(?<![\\p{L}\\p{N}@.-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.${TLD}(?![\\p{L}\\p{N}.-])`, 'gu');
/** A handle after its service's name ("GitHub: @alind", "Telegram @alind", "Skype: anna.l"). */
export const LABELLED_HANDLE =
  /\b(GitHub|GitLab|Twitter|X|Telegram|Skype|Instagram|Mastodon|Bluesky|LinkedIn|Xing|Kaggle|Medium|Signal|WhatsApp|WeChat|Discord|Slack)(\s*[:：]\s*|\s+(?=@))@?[\p{L}\p{N}._-]{2,}/gu;
/** A bare @handle: only on the contact lines ("Engineer @Google" in a job line stays). */
export const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}._-]{2,}/gu;

/**
 * Phone numbers. International ones start with + or 00 and hold 8–15 digits, so "+20% revenue", "+3.5 pp" stay; a
 * US-style 3-3-4 group; a national number starting with 0 in 2–4 groups of 9–12 digits (not "01/2019 - 03/2021");
 * any number after a phone label.
 */
export const PHONE_INTERNATIONAL = /(?<![\p{L}\p{N}+])(?:\+|00)\s?\d[\d\s.\-/()]{6,24}\d(?![\d%])/gu;
export const PHONE_US = /(?<![\p{N}.,/-])(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.\s]\d{4}(?![\p{N}%])/gu;
export const PHONE_NATIONAL = /(?<![\p{N}.,/+-])0\d{1,4}(?:[\s/-]?\d{2,4}){2,4}(?![\p{N}.,%])/gu;
export const PHONE_LABELLED =
  /\b(tel|phone|mobile|mob|cell|ph|telefon|telephone|téléphone|tél|teléfono|telefono|móvil|movil|handy|fax|mobil)(\.?\s*[:：]\s*|\.\s*|\s+(?=\+))\+?[\d\s().\/-]{6,}\d/giu;
/** Digit runs on the contact lines: 7 or more digits is a phone there, unless it reads as a date range. */
export const DIGIT_RUN = /(?<![\p{L}\p{N}])\+?\d[\d\s().\/-]{5,}\d(?![\p{L}\p{N}%])/gu;
export const DATE_RANGE_ONLY = /^(?:\d{1,2}[./-])?(?:19|20)\d{2}\s*[-–—/]\s*(?:\d{1,2}[./-])?(?:19|20)\d{2}$/u;

/** Street suffixes written after the street's name, with the number before ("12 Elm Street", "4 Rose Close"). */
const STREET_EN = 'Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Court|Ct\\.?|Place|Pl\\.?|Terrace|Crescent|Close|Square|Sq\\.?|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Row|Gardens|Mews';
export const STREET_NUMBER_FIRST = new RegExp(
  `\\b\\d{1,5}[a-zA-Z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:${STREET_EN})(?![\\p{L}])(?:,?\\s*(?:Apt|Suite|Unit|Flat|#)\\.?\\s*[\\p{L}\\p{N}-]+)?`,
  'gu',
);
/** Street words written before the name, with the number after or before ("rue de la Paix", "Calle Mayor 5", "Via Roma 10"). */
export const STREET_WORD_FIRST =
  /(?:\b\d{1,5}[a-z]?,?\s+)?\b(?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|calle|c\/|avenida|avda\.?|paseo|plaza|via|viale|piazza|corso|rua|travessa|ul\.|ulica|aleja)\s+(?:(?:de|del|la|las|los|des|du|da|do|dos|di)\s+)*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:,?\s+(?:n[º°o]\.?\s*)?\d{1,5}[a-z]?\b)?/giu;
/**
 * Compound street names with the number after ("Hauptstraße 12", "Storgatan 4", "Keizersgracht 123"), and Baltic
 * ones with an abbreviated street word ("Pärnu mnt 31-8", "Brīvības iela 5"). A space, not a tab, before the number
 * (a tab is a table cell: "Engineering<TAB>2012"); no "-ring" ("Spring 2012").
 */
export const STREET_COMPOUND =
  /\b\p{Lu}[\p{L}-]{2,}(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|gatan|vägen|gata|gade|vej|veien|vegen|straat|laan|gracht|plein|kade) {1,2}\d{1,5} ?[a-zA-Z]?\b/gu;
export const STREET_BALTIC = /\b\p{Lu}[\p{L}-]+ (?:mnt|tn|pst|iela|gatvė|g\.|prospektas|pr\.) \d{1,5}(?:[-/]\d{1,4})?\b/gu;
export const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Postfach|Boîte postale|Apartado(?: de correos)?)\s*\d+/giu;
/** Postal codes on the contact lines: US ZIP after a state, UK, Canadian, Dutch, and 4–5 digits before a place. */
export const POSTAL_CODES: readonly RegExp[] = [
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/gu,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gu,
  /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/gu,
  /\b\d{4}\s?[A-Z]{2}\b(?=\s+\p{Lu})/gu,
  /(?<![\p{N}.,/-])(?:[A-Z]{1,2}-)?\d{3}\s?\d{2}(?=\s+\p{Lu})/gu,
  /(?<![\p{N}.,/-])(?:[A-Z]{1,2}-)?\d{4,5}(?=\s+\p{Lu}\p{Ll})/gu,
];

/** A date as birth dates are written: 03.05.1988, 1988-05-03, 3 May 1988, May 3, 1988, or the year alone. */
const DATE =
  '(?:\\d{1,2}[./-]\\s?\\d{1,2}[./-]\\s?(?:19|20)?\\d{2}|(?:19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?\\s+(?:19|20)\\d{2}|\\p{L}{3,10}\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2})';
/** Date of birth with its label, or "born (on|in) <date>" in several languages. */
export const BIRTH_DATE = new RegExp(
  `\\b(date of birth|birth ?date|d\\.?o\\.?b\\.?|born(?: on| in)?|geboren(?: am)?|geb\\.|geburtsdatum|n[ée]e? le|date de naissance|fecha de nacimiento|nacid[oa](?: el)?|data di nascita|nat[oa] il|data de nascimento|födelsedatum|fødselsdato|født|urodzon[ya])(\\s*[:：]?\\s*)${DATE}`,
  'giu',
);
/** "born in Lagos", "Place of birth: Kyiv": a birthplace says where someone is from. */
export const BIRTH_PLACE = /\b([Pp]lace of birth|[Bb]irthplace|[Bb]orn in|[Gg]eburtsort|[Gg]eboren in|[Ll]ieu de naissance|[Nn]ée? à|[Ll]ugar de nacimiento|[Nn]acid[oa] en|[Ll]uogo di nascita|[Nn]at[oa] a)(\s*[:：]?\s*)\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)*(?:,\s*\p{Lu}[\p{L}'’-]*)?/gu;
/** "Age: 34", "Alter: 34 Jahre", "34 years old", "aged 34": two-digit ages only ("10 years of experience" stays). */
export const AGE_LABELLED = /\b(age|alter|âge|edad|età|idade|ålder|alder|wiek)(\s*[:：]\s*)\d{2}(?:\s*(?:years|yrs|jahre|ans|años|anni|anos|år|lat))?\b/giu;
export const AGE_OLD = /\b\d{2}\s*(?:years old|yrs old|year-old|jahre alt|ans\b(?! d['’]exp)|años de edad|anni di età)/giu;
export const AGED = /\baged\s+\d{2}\b/giu;

/**
 * Labels of personal details whose value says sex, origin, family or faith ("Nationality: Swedish", "Familienstand:
 * verheiratet"): the label stays, the value up to the next separator becomes the token.
 */
export const PERSONAL_LABELS: readonly { label: string; token: string }[] = [
  { label: 'nationality|nationalities|citizenship|citizen of|staatsangehörigkeit|staatsbürgerschaft|nationalität|nationalité|nacionalidad|nazionalità|nacionalidade|medborgarskap|nasjonalitet|obywatelstwo', token: '[nationality]' },
  { label: 'marital status|civil status|family status|familienstand|situation (?:familiale|de famille)|état civil|estado civil|stato civile|civilstånd|sivilstand', token: '[marital status]' },
  { label: 'gender|sex|geschlecht|sexe|genre|sexo|género|sesso|kön|kjønn|płeć', token: '[gender]' },
  { label: 'pronouns|pronomen|pronoms|pronombres|pronomi', token: '[pronouns]' },
  { label: 'religion|religion|konfession|religionszugehörigkeit|confession|religión|religione', token: '[religion]' },
  { label: 'children|kinder|enfants|hijos|figli|barn|dzieci', token: '[family]' },
];
/** The value after a label: up to a separator of contact lines (bar, middle dot, bullet, semicolon) or the line's end. */
export const LABEL_VALUE = '[^|·•;\\n]*[^|·•;\\s]';

/** Marital words standing alone on the contact lines ("Married, 2 children"). "single" elsewhere is "single-page". */
export const MARITAL_WORDS =
  /\b(?:married|single|divorced|widowed|separated|verheiratet|ledig|geschieden|verwitwet|mariée?|célibataire|divorcée?|pacsée?|casad[oa]|solter[oa]|divorciad[oa]|viud[oa]|sposat[oa]|nubile|celibe)\b/giu;
/** Family status anywhere: "married with two children", "mother of two", "Vater von drei Kindern". */
export const FAMILY_PHRASE =
  /\b(?:married(?:\s+with\s+(?:\w+\s+)?(?:children|kids))?|(?:mother|father|mum|mom|dad|parent) of (?:one|two|three|four|five|\d)(?:\s+(?:children|kids))?|(?:mutter|vater) von \w+ kindern?|(?:mère|père) de \w+ enfants?|(?:madre|padre) de \w+ hijos?)\b/giu;
/** "<Nationality> citizen/national" ("Swedish citizen", "EU citizen"). */
export const CITIZEN = /\b\p{Lu}[\p{L}-]*(?:\/\p{Lu}[\p{L}-]*)?\s+(?:citizen|citizenship|national(?=\s*(?:$|[,.;|·•)])))\b/gu;

/** Photo mentions about the candidate ("Photo: attached", "[Photo]", "Bewerbungsfoto"), not "photo search" or "Google Photos". */
export const PHOTO =
  /(?:\b(?:profile|passport|application|my|recent|attached|applicant's|candidate's)\s+(?:photo|photograph|picture|headshot)\b|\b(?:photo|photograph|picture|headshot)\s+(?:attached|enclosed|included|available|on request)\b|\b(?:photo|foto|lichtbild|bewerbungsfoto|headshot|portrait|photographie)(?=\s*[:：])|^\s*[[(]?\s*(?:photo|foto|picture|bild|lichtbild|headshot)\s*[\])]?\s*$|\bbewerbungsfoto\b|\blichtbild\b)/gimu;

/** Gendered forms of address before a name ("Mr. Okafor", "Frau Vogel"; "Herr & Co" has no name after it). */
export const GENDERED_TITLE =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Fräulein|Mme|Mlle|Madame|Mademoiselle|Monsieur|Sra|Srta|Señor|Señora|Señorita|Signor|Signora|Signorina|Senhor|Senhora)\.?(?=\s+\p{Lu})/gu;
/** Pronoun sets ("she/her", "(he/him/his)", "er/ihm", "il/lui", "iel"). */
export const PRONOUN_SET =
  /\(?\b(?:he|she|they|ze|xe|er|sie|il|elle|iel|él|ella|elle)\s*\/\s*(?:him|her|them|hir|xem|ihm|ihr|lui|elle|iel|él|ella|ellos)(?:\s*\/\s*[\p{L}]+)?\b\)?/giu;
/** English gendered pronouns in running text (lower case or capitalised; "HER2" and "HE" degree abbreviations stay). */
export const PRONOUN = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b(?![\p{N}])/gu;

/** A year (education dates): 1950–2049, as a word. */
export const YEAR = /(?<![\p{N}.,])(?:19[5-9]\d|20[0-4]\d)(?![\p{N}])/gu;
/** Two-digit years after an apostrophe ("'12", "’09"). */
export const SHORT_YEAR = /['’]\d{2}\b/gu;
/** Graduation years anywhere ("graduated 2012", "Class of 2012", "graduation: 2012"). */
export const GRADUATION_YEAR = /\b(graduat(?:ed|ing|ion)(?:\s+(?:in|year))?|class of|abschluss|promotion|diplômée? en|graduad[oa] en)(\s*[:：]?\s*)(?:19|20)\d{2}\b/giu;
