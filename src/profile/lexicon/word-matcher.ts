// A lexicon's words (hundreds of titles, organisations, places in eight languages) matched as whole words, fast.
// One regex alternation of them all, tried at every position of every header piece, was the profile stage's
// largest single cost. A match must start with a whole letter/digit run that is the first run of one of the words
// (the regex forbids a letter or digit on either side), so a piece none of whose runs is such a first run cannot
// match: that test is a Set lookup per run, and the regex runs only on the few pieces that pass it. Results are
// therefore exactly the regex's.

/** A letter/digit run, the unit of the prefilter. */
const RUN = /[\p{L}\p{N}]+/gu;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** The alternation of `words` (longest first), spaces matching any run of white space. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** The lower-case runs of a piece, remembered for the last few pieces (one piece is tested against several lexicons). */
const recentRuns = new Map<string, readonly string[]>();
const RECENT = 64;

function runsOf(text: string): readonly string[] {
  const known = recentRuns.get(text);
  if (known !== undefined) return known;
  const runs = text.toLowerCase().match(RUN) ?? [];
  if (recentRuns.size >= RECENT) recentRuns.clear();
  recentRuns.set(text, runs);
  return runs;
}

export class WordMatcher {
  /** Whole-word, case-insensitive. */
  private readonly re: RegExp;
  /** The same, every occurrence (strip). */
  private readonly every: RegExp;
  /** The same, at the start of the text only. */
  private readonly leading: RegExp;
  /** The first letter/digit run of every word, lower-case. */
  private readonly firsts: ReadonlySet<string>;
  /** A word not starting with a letter or digit defeats the prefilter: the regex then always runs. */
  private readonly unfiltered: boolean;

  constructor(readonly words: readonly string[]) {
    const alt = alternation(words);
    const body = `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`;
    this.re = new RegExp(body, 'iu');
    this.every = new RegExp(body, 'giu');
    this.leading = new RegExp(`^(?:${body})`, 'iu');
    const firsts = new Set<string>();
    let unfiltered = false;
    for (const w of words) {
      const first = /^[\p{L}\p{N}]+/u.exec(w.toLowerCase())?.[0];
      if (first === undefined) unfiltered = true;
      else firsts.add(first);
    }
    this.firsts = firsts;
    this.unfiltered = unfiltered;
  }

  /** Could any word occur in `text`? False means the regex cannot match. */
  private mayMatch(text: string): boolean {
    if (this.unfiltered) return true;
    for (const run of runsOf(text)) if (this.firsts.has(run)) return true;
    return false;
  }

  /** Does any word occur in `text` as a whole word? */
  test(text: string): boolean {
    return this.mayMatch(text) && this.re.test(text);
  }

  /** Does `text` begin with one of the words? */
  testStart(text: string): boolean {
    if (this.unfiltered) return this.leading.test(text);
    const first = /^[\p{L}\p{N}]+/u.exec(text)?.[0];
    return first !== undefined && this.firsts.has(first.toLowerCase()) && this.leading.test(text);
  }

  /** `text` with every occurrence of the words removed. */
  strip(text: string): string {
    return this.mayMatch(text) ? text.replace(this.every, '') : text;
  }
}
