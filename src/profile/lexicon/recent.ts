// One header piece is asked the same questions many times ("is it a title?", "an organisation?", "a place?"): by
// each heuristic of job-header.ts, by the pieces' order vote, by the section checks. A pure function of a text keeps
// its answers for the last few texts it saw, so the lexicon regexes run once per piece.

/** Texts remembered per function; the memory is dropped whole when full (the pieces of one entry are asked together). */
const RECENT_TEXTS = 256;
/** Longer texts (whole lines, hostile megabytes) are answered afresh and never held. */
const MAX_REMEMBERED_CHARS = 200;

/** `answer`, remembered per text. Only for pure functions whose answers no caller changes (the same object comes back). */
export function rememberAnswers<T>(answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    if (text.length > MAX_REMEMBERED_CHARS) return answer(text);
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const fresh = answer(text);
    if (answers.size >= RECENT_TEXTS) answers.clear();
    answers.set(text, fresh);
    return fresh;
  };
}
