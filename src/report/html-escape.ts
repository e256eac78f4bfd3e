// Text from résumés and file names inside HTML: control characters made harmless (as on a terminal), then the five
// characters that could open markup or leave an attribute escaped. Safe in text and in double-quoted attributes.
import { safeText } from './text.js';

export function escapeHtml(text: string): string {
  return safeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
