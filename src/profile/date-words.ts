// Word lists of the date-range grammar (dates.ts). Lower-case, without a trailing period; looked up in Maps
// so that the grammar does one hash lookup per word instead of trying regexes.

/** Month names and abbreviations in the résumé languages we support (en, fr, de, es, sv, it, pt, ru, nl, pl, da, id; the
 * months of LinkedIn's Romanian and Turkish exports, ro and tr). */
const MONTH_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['jan', 'january', 'janv', 'janvier', 'januar', 'jänner', 'ene', 'enero', 'januari', 'gen', 'gennaio', 'janeiro', 'янв', 'январь', 'января', 'январе', 'sty', 'styczeń', 'stycznia', 'styczen', 'ianuarie', 'ocak']],
  [2, ['feb', 'february', 'févr', 'fevr', 'février', 'fev', 'februar', 'febrero', 'februari', 'febbraio', 'fevereiro', 'фев', 'февр', 'февраль', 'февраля', 'lut', 'luty', 'lutego', 'februarie', 'şubat', 'şub', 'subat']],
  [3, ['mar', 'march', 'maart', 'mrt', 'mars', 'märz', 'marz', 'mär', 'marzo', 'mars', 'março', 'marco', 'мар', 'март', 'марта', 'maret', 'marzec', 'marca', 'marts', 'martie', 'mart']],
  [4, ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile', 'апр', 'апрель', 'апреля', 'kwi', 'kwiecień', 'kwietnia', 'kwiecien', 'aprilie', 'nisan']],
  [5, ['may', 'mai', 'mei', 'mayo', 'maj', 'mag', 'maggio', 'maio', 'май', 'мая', 'maja', 'mayıs', 'mayis']],
  [6, ['jun', 'june', 'juin', 'juni', 'junio', 'giu', 'giugno', 'junho', 'июн', 'июнь', 'июня', 'cze', 'czerwiec', 'czerwca', 'iunie', 'haziran']],
  [7, ['jul', 'july', 'juil', 'juillet', 'juli', 'julio', 'lug', 'luglio', 'julho', 'июл', 'июль', 'июля', 'lip', 'lipiec', 'lipca', 'iulie', 'temmuz']],
  [8, ['aug', 'august', 'augustus', 'août', 'aout', 'ago', 'agosto', 'augusti', 'авг', 'август', 'августа', 'agustus', 'agu', 'agt', 'ags', 'sie', 'sierpień', 'sierpnia', 'sierpien', 'ağustos', 'agustos', 'ağu']],
  [9, ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'settembre', 'setembro', 'сен', 'сент', 'сентябрь', 'сентября', 'wrz', 'wrzesień', 'września', 'wrzesien', 'wrzesnia', 'septembrie', 'eylül', 'eylul']],
  [10, ['oct', 'october', 'octobre', 'okt', 'oktober', 'octubre', 'ott', 'ottobre', 'out', 'outubro', 'окт', 'октябрь', 'октября', 'paź', 'październik', 'października', 'paz', 'pazdziernik', 'octombrie', 'ekim']],
  [11, ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'ноя', 'нояб', 'ноябрь', 'ноября', 'lis', 'listopad', 'listopada', 'noiembrie', 'kasım', 'kasim']],
  [12, ['dec', 'december', 'déc', 'décembre', 'decembre', 'dez', 'dezember', 'dic', 'diciembre', 'dicembre', 'dezembro', 'дек', 'декабрь', 'декабря', 'desember', 'des', 'gru', 'grudzień', 'grudnia', 'grudzien', 'decembrie', 'aralık', 'aralik']],
];

/** Month abbreviations that are also everyday words: a month only when capitalised ("Set 2019", not "set 2019 goals"; "des", "lis"). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['set', 'out', 'ago', 'gen', 'mag', 'sty', 'lis', 'sie', 'lut', 'paz', 'des', 'mart']);

export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap(([month, words]) => words.map((w) => [w, month] as const)),
);

/** Seasons (northern hemisphere, as résumés use them) → first and last month; winter crosses the year end. */
export const SEASONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['spring', [3, 5]], ['summer', [6, 8]], ['fall', [9, 11]], ['autumn', [9, 11]], ['winter', [12, 2]],
  ['printemps', [3, 5]], ['été', [6, 8]], ['automne', [9, 11]], ['hiver', [12, 2]],
  ['frühling', [3, 5]], ['frühjahr', [3, 5]], ['sommer', [6, 8]], ['herbst', [9, 11]],
  ['primavera', [3, 5]], ['verano', [6, 8]], ['otoño', [9, 11]], ['invierno', [12, 2]],
  ['vår', [3, 5]], ['lente', [3, 5]], ['voorjaar', [3, 5]], ['zomer', [6, 8]], ['herfst', [9, 11]], ['najaar', [9, 11]], ['sommar', [6, 8]], ['höst', [9, 11]], ['vinter', [12, 2]],
  ['estate', [6, 8]], ['autunno', [9, 11]], ['inverno', [12, 2]], ['verão', [6, 8]], ['outono', [9, 11]],
  // "Summers 2014 and 2015": a plural season heads a season list.
  ['springs', [3, 5]], ['summers', [6, 8]], ['falls', [9, 11]], ['autumns', [9, 11]], ['winters', [12, 2]],
] as const);

/**
 * Parts of a year written before it, as Spanish, Portuguese, German and French résumés do ("Finales de 2015",
 * "Principios de 2019", "meados de 2020", "Ende 2019", "début 2018"): read like a season, first and last month.
 */
export const YEAR_PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['principios', [1, 4]], ['comienzos', [1, 4]], ['inicios', [1, 4]], ['mediados', [5, 8]], ['finales', [9, 12]], ['fines', [9, 12]],
  ['início', [1, 4]], ['inicio', [1, 4]], ['meados', [5, 8]], ['fins', [9, 12]],
  ['anfang', [1, 4]], ['mitte', [5, 8]], ['ende', [9, 12]],
  ['début', [1, 4]], ['debut', [1, 4]], ['fin', [9, 12]],
] as const);

/** "Verano de 2017", "Finales de 2015": the word between a season or part of a year and its year. */
export const SEASON_YEAR_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'do', 'des']);

/** Words that join the years of a season list ("Summer 2014 and 2015", "Summer 2016, 2017"). */
export const LIST_WORDS: ReadonlySet<string> = new Set([',', '&', '/', 'and', 'und', 'et', 'y', 'e', 'och', 'и']);

/** Words before a date that has not happened yet: a degree's end ("Sep. 2019 – Exp. May 2021", "Expected May 2027"). */
export const EXPECTED_WORDS: ReadonlySet<string> = new Set([
  'expected', 'exp', 'anticipated', 'estimated', 'projected', 'planned', 'prévu', 'prévue', 'prevu',
  'voraussichtlich', 'vsl', 'previsto', 'prevista', 'beräknad', 'förväntad', 'ожидается',
]);

/** Words that mean "still doing this job": the end of an open range. */
export const PRESENT_WORDS: ReadonlySet<string> = new Set([
  'present', 'current', 'currently', 'now', 'ongoing', 'today', 'date', 'presently',
  'heute', 'aktuell', 'jetzt', 'dato', 'présent', 'aujourd’hui', "aujourd'hui", 'actuel', 'actuellement',
  'presente', 'actualidad', 'actual', 'actualmente', 'hoy', 'nu', 'pågående', 'idag', 'dags', 'oggi', 'attuale',
  'atual', 'atualmente', 'hoje', 'heden', 'huidig', 'momento', 'fecha', 'jour', 'сейчас', 'настоящее', 'наст', 'н.в', 'нв',
  'sekarang', 'kini', 'saat',
  'obecnie', 'aktualnie', 'teraz', 'nadal', 'dziś', 'nuværende', 'prezent', 'günümüz', 'halen',
]);

/** "in corso", "en curso", "em curso", "en cours": "ongoing" written as a preposition and a noun, the end of an open range. */
export const ONGOING_LEADS: ReadonlySet<string> = new Set(['in', 'en', 'em']);
export const ONGOING_NOUNS: ReadonlySet<string> = new Set(['corso', 'curso', 'cours']);

/** Words that may stand between two dates or before a present word ("2019 to date", "Jan 2018 until now"). */
export const RANGE_WORDS: ReadonlySet<string> = new Set([
  'to', 'until', 'till', 'til', 'through', 'thru', 'up', 'bis', 'au', 'à', 'a', 'al', 'hasta', 'tills', 'fino',
  'até', 'ate', 'по', 'до', 'do', 'jusqu’à', "jusqu'à", 'zum', 'tot', 'la', 'ce', 'ad', 'o', 'al', 'sampai', 'hingga',
]);

/** Words that open a range that runs to the present ("since 2019", "seit 2019"). */
export const SINCE_WORDS: ReadonlySet<string> = new Set(['since', 'seit', 'depuis', 'desde', 'sedan', 'dal', 'sinds', 'с', 'od', 'sejak']);

/** Words that may precede the first date of a range ("from 2015 to 2019") and are part of the range text. */
export const FROM_WORDS: ReadonlySet<string> = new Set(['from', 'von', 'de', 'du', 'da', 'del', 'från', 'dal', 'van', 'dari']);

/** Words after a present word that belong to it ("настоящее время", "to date", "present day", "saat ini"). */
export const PRESENT_TAIL: ReadonlySet<string> = new Set(['время', 'vremya', 'dag', 'fecha', 'day', 'ini']);

/** Words after a date that leave the range open to the present ("2019 onwards", "Jan 2019 and ongoing"). */
export const ONWARD_WORDS: ReadonlySet<string> = new Set(['onwards', 'onward', 'fortlaufend', 'laufend']);

/** Prepositions that make a lone year part of a sentence ("Top 10 in 2019"), not a date line. */
export const PROSE_BEFORE_YEAR: ReadonlySet<string> = new Set([
  'in', 'of', 'by', 'for', 'during', 'since', 'after', 'before', 'around', 'circa', 'early', 'late', 'mid', 'the', 'and', 'between',
]);
