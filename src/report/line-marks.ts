// One extracted line for `profile --format lines`: "page:index<TAB>text", and after a tab what a reader of the
// page would not see or must not trust: "[hidden: WHITE_TEXT]", "[footer]", "[suspect: INSTRUCTION_TEXT]".
import type { Line } from '../types.js';
import { safeText } from './text.js';

export function lineMarks(line: Line): string[] {
  const marks: string[] = [];
  if (line.hidden) marks.push(`[hidden: ${line.hidden.reason}]`);
  if (line.channel && line.channel !== 'body') marks.push(`[${line.channel}]`);
  if (line.suspect) marks.push(`[suspect: ${line.suspect}]`);
  return marks;
}

export function formatLineRow(line: Line): string {
  const marks = lineMarks(line);
  return `${line.page}:${line.index}\t${safeText(line.text)}${marks.length ? `\t${marks.join(' ')}` : ''}`;
}
