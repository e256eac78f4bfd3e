// Template helpers shared by every message table: src/report/messages.ts and each requirement kind's messages.ts
// (src/kinds/<kind>/messages.ts). No imports, so a kind's wording can use them without loading the report stage.

export type Data = Record<string, unknown>;
/** A function of the data, or a string with {key} placeholders filled from the data (the stages' codes.ts style). */
export type Template = ((data: Data) => string) | string;

export function num(data: Data, key: string): string {
  const v = data[key];
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '?';
}

/** Rubric terms, ids or page numbers (never résumé text): at most five, each short. */
export function list(value: unknown): string {
  if (!Array.isArray(value)) return '?';
  const terms = value
    .filter((t): t is string | number => typeof t === 'string' || typeof t === 'number')
    .map((t) => (typeof t === 'number' || t.length <= 30 ? String(t) : `${t.slice(0, 29)}…`));
  return terms.length > 5 ? `${terms.slice(0, 5).join(', ')}, …` : terms.join(', ');
}
