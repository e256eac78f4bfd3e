// Text from résumés and file names shown on a terminal: control characters (ANSI escapes, bidi overrides, newlines
// in hostile file names) are replaced so a file cannot repaint or spoof the report.

const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A TAB is the extractor's cell separator ("Engineering Manager<TAB>2019 – Present"): shown as a middle dot. */
const CELL = /\t+/g;

export function safeText(text: string): string {
  return text.replace(CELL, ' · ').replace(CONTROLS, '�');
}

/** Shorten long cells for a table, keeping the end of file names (where the candidate's name usually is). */
export function ellipsizeStart(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
