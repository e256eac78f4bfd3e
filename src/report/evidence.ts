// Evidence as every report quotes it: where it is (`p1 l4`, or `page 1, line 4` where there is room), a mark when the
// line must not be trusted as the candidate's, then the line. `clean` makes the text safe for the format at hand.
import type { Evidence } from '../types.js';
import { suspectPrefix } from './integrity.js';

export function evidenceWhere(e: Pick<Evidence, 'page' | 'line'>, form: 'short' | 'long' = 'short'): string {
  if (form === 'long') return `${e.page !== undefined ? `page ${e.page}, ` : ''}line ${e.line}`;
  return `${e.page !== undefined ? `p${e.page} ` : ''}l${e.line}`;
}

/** `p1 l4: [suspect: HIDDEN_TEXT] Led the ranking team` with the quoted part passed through `clean`. */
export function evidenceLine(e: Evidence, clean: (text: string) => string): string {
  return `${evidenceWhere(e)}: ${clean(suspectPrefix(e) + e.text)}`;
}
