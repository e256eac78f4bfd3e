// One header piece is asked the same questions many times ("is it a title?", "an organisation?", "a place?"): by
// each heuristic of job-header.ts, by the pieces' order vote, by the section checks. A pure test of a text keeps its
// answers for the last few texts it saw, so the lexicon regexes run once per piece.

/** Texts remembered per test; the memory is dropped whole when full (the pieces of one entry are asked together). */
const RECENT_TEXTS = 256;
/** Longer texts (whole lines, hostile megabytes) are tested afresh and never held. */
const MAX_REMEMBERED_CHARS = 200;

export function rememberAnswers(test: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text: string): boolean => {
    if (text.length > MAX_REMEMBERED_CHARS) return test(text);
    const known = answers.get(text);
    if (known !== undefined) return known;
    const answer = test(text);
    if (answers.size >= RECENT_TEXTS) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
