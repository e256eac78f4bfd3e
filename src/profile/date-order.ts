// The document's day/month order for whole numeric days ("03/06/2007"): a résumé writes all its dates one way, so a
// day above 12 anywhere ("30/09/2007" day-first, "12/31/2019" month-first) settles the ambiguous ones elsewhere.
import type { DateReading } from './date-points.js';

/** A whole numeric day; the separators must match ("03/06/2007", "15.08.2015", "12-31-2019"). */
const FULL_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-])/g;

/**
 * The reading for a document: its pivot, and day-first unless more of its unambiguous whole days are month-first.
 * Day-first is the default because most of the world writes DD/MM/YYYY; US résumés seldom write whole days.
 */
export function dateReadingOf(texts: Iterable<string>, pivot: number): DateReading {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    if (text.length > 2000 || !/\d[./-]\d/.test(text)) continue;
    for (const m of text.matchAll(FULL_DATE)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
    }
  }
  return { pivot, dayFirst: monthFirst <= dayFirst };
}
