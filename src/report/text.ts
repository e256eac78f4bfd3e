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

/**
 * Wrap plain text at spaces to `width` columns (a word longer than a line is cut): `first` indents the first line,
 * `rest` the others. For prose under a table; cells are wrapped by cli-table3 itself.
 */
export function wrapWords(text: string, width: number, first = '', rest = first): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/ +/)) {
    const room = width - [...line].length - (empty ? 0 : 1);
    if ([...word].length <= room || (empty && !Number.isFinite(width))) {
      line += (empty ? '' : ' ') + word;
      empty = false;
      continue;
    }
    if (!empty) lines.push(line);
    let rem = word;
    line = rest;
    while ([...rem].length > width - [...rest].length && width - [...rest].length > 0) {
      const cut = breakAt([...rem], width - [...rest].length);
      lines.push(rest + [...rem].slice(0, cut).join(''));
      rem = [...rem].slice(cut).join('');
    }
    line = rest + rem;
    empty = rem === '';
  }
  lines.push(line);
  return lines.join('\n');
}

/** Where to cut a word too long for its line: before an @, or after / . _ - when one is near the end, else at `max`. */
function breakAt(chars: readonly string[], max: number): number {
  for (let i = max; i > max / 2; i--) {
    if (chars[i] === '@') return i;
    if (/[/._-]/.test(chars[i - 1] ?? '')) return i;
  }
  return max;
}
