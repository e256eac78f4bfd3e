// Résumé lines that reproduce the job posting (issue 13): a candidate pastes the posting, or much of it, so that a
// keyword screener finds every term. Found by shingles — runs of SHINGLE words of the normalised text — that the
// résumé shares with the posting: a few shared phrases ("recommender systems", "people management") are ordinary,
// a run of lines most of whose shingles are the posting's is a copy. Marked `suspect: POSTING_COPY`, never evidence.
import type { Line, Posting } from '../types.js';

/** Words per shingle: five words in the posting's order are rarely a coincidence, two or three often are. */
export const SHINGLE = 5;
/** A line is copied when at least this share of the shingles touching it are the posting's. */
const LINE_SHARE = 0.5;
/** A block needs this many of the posting's shingles (about 16 words of it) before it is a copy, not a phrase. */
const BLOCK_SHINGLES = 12;
/** Characters of a line looked at: a whole posting fits; a hostile 20 MB line costs no more than that. */
const MAX_LINE_CHARS = 8_000;

const WORD = /[\p{L}\p{N}]+/gu;
/** Lines are NFKC already (src/extract/normalize.ts); the posting file is normalised the same way when read. */
const wordsOf = (text: string): string[] => text.slice(0, MAX_LINE_CHARS).toLowerCase().match(WORD) ?? [];

/**
 * The posting's words as numbers and its shingles as keys of those numbers. A résumé word the posting never uses
 * is -1, and a window holding one cannot be a shingle of it: most windows of an honest résumé are dismissed without
 * building a key.
 */
export interface PostingIndex {
  vocabulary: ReadonlyMap<string, number>;
  shingles: ReadonlySet<string>;
}

const indices = new WeakMap<Posting, PostingIndex>();

/** The posting's index, built once per loaded rubric (the posting object lives as long as the rubric). */
export function postingShingles(posting: Posting): PostingIndex {
  const known = indices.get(posting);
  if (known) return known;
  const vocabulary = new Map<string, number>();
  const ids = wordsOf((posting.text ?? '').normalize('NFKC').replace(/\s+/g, ' ')).map((w) => {
    const id = vocabulary.get(w) ?? vocabulary.size;
    vocabulary.set(w, id);
    return id;
  });
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= ids.length; i++) shingles.add(ids.slice(i, i + SHINGLE).join(','));
  const index = { vocabulary, shingles };
  indices.set(posting, index);
  return index;
}

/** Whether the window of SHINGLE word ids starting at `i` is one of the posting's shingles. */
function isShared(ids: readonly number[], i: number, shingles: ReadonlySet<string>): boolean {
  for (let k = i; k < i + SHINGLE; k++) if ((ids[k] ?? -1) < 0) return false;
  return shingles.has(ids.slice(i, i + SHINGLE).join(','));
}

/**
 * Blocks of consecutive lines (indices into `lines`) that copy the posting. Shingles run across line ends (a pasted
 * paragraph wraps anywhere); each counts for every line it touches. Lines without words (rules, bullets) may sit
 * inside a block.
 */
export function findPostingCopy(lines: readonly Line[], posting: PostingIndex): number[][] {
  const { vocabulary, shingles } = posting;
  if (shingles.size === 0) return [];
  const ids: number[] = [];
  const lineOf: number[] = [];
  lines.forEach((l, k) => {
    for (const w of wordsOf(l.text)) {
      ids.push(vocabulary.get(w) ?? -1);
      lineOf.push(k);
    }
  });
  const total = new Array<number>(lines.length).fill(0);
  const shared = new Array<number>(lines.length).fill(0);
  const startsShared = new Array<number>(lines.length).fill(0);
  for (let i = 0; i + SHINGLE <= ids.length; i++) {
    const hit = isShared(ids, i, shingles);
    const first = lineOf[i] ?? 0;
    const last = lineOf[i + SHINGLE - 1] ?? first;
    for (let k = first; k <= last; k++) {
      total[k] = (total[k] ?? 0) + 1;
      if (hit) shared[k] = (shared[k] ?? 0) + 1;
    }
    if (hit) startsShared[first] = (startsShared[first] ?? 0) + 1;
  }
  const copied = (k: number) => (total[k] ?? 0) > 0 && (shared[k] ?? 0) / (total[k] ?? 1) >= LINE_SHARE;
  const blocks: number[][] = [];
  let run: number[] = [];
  const close = () => {
    while (run.length > 0 && !copied(run[run.length - 1] ?? -1)) run.pop();
    if (run.reduce((n, k) => n + (startsShared[k] ?? 0), 0) >= BLOCK_SHINGLES) blocks.push(run);
    run = [];
  };
  for (let k = 0; k < lines.length; k++) {
    if (copied(k)) run.push(k);
    else if ((total[k] ?? 0) === 0 && run.length > 0) run.push(k);
    else close();
  }
  close();
  return blocks;
}

/** `lines` with the copied blocks marked POSTING_COPY (a line already suspect keeps its own code). */
export function markPostingCopy(lines: Line[], posting: Posting | undefined): Line[] {
  if (posting?.text === undefined) return lines;
  const blocks = findPostingCopy(lines, postingShingles(posting));
  if (blocks.length === 0) return lines;
  const marked = new Set(blocks.flat());
  return lines.map((l, k) => (marked.has(k) && l.suspect === undefined ? { ...l, suspect: 'POSTING_COPY' } : l));
}
