// Which lines the profile may build on. Hidden lines (extraction put them after every visible line) never make a
// section, a job or evidence; visible lines that address the screener or only list keywords are marked `suspect`
// so that scoring and role matching can leave them out or count them as weak.
import type { Document, Line } from '../types.js';

/**
 * Lines written to the screening software or an AI reviewer rather than to a person: an instruction to ignore
 * rules, to rate or advance the candidate, or an address to "AI/ATS/LLM". Each pattern names the act and its
 * object, so "ranked candidates for the hiring committee" or "built an ATS integration" do not match.
 */
export const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b[^.]{0,40}\b(?:previous|prior|above|earlier|preceding|all|any|other|your)\b[^.]{0,20}\b(?:instructions?|prompts?|rules?|directions?|guidelines|criteria)\b/i,
  /\b(?:rate|score|rank|grade|mark|classify|evaluate|assess|consider)\s+(?:this|the)\s+(?:candidate|applicant|resume|résumé|cv|profile|person)\s+(?:as|at|with|a|an|highly|very|10|100|above)\b/i,
  /\b(?:this|the)\s+(?:candidate|applicant)\s+(?:is|must be|should be)\s+(?:rated|scored|ranked|marked|passed|shortlisted|advanced|recommended|hired|selected|a perfect|an ideal|the ideal|the best|an excellent|a strong|a top)\b/i,
  /\b(?:recommend|advance|shortlist|pass|move)\s+(?:this|the)\s+(?:candidate|applicant|resume|résumé|cv)\s+(?:to|for|on|through)\b/i,
  /\b(?:AI|LLM|GPT|ChatGPT|ATS|language model|screener|screening (?:tool|system|software|bot)|resume (?:parser|screener)|automated (?:reviewers?|screeners?|systems?))s?(?:\s+(?:reviewers?|readers?|systems?|screeners?|tools?|agents?))?\s*[:,]\s*(?:please\s+)?(?:note|ignore|rate|score|rank|recommend|mark|consider|treat|return|output|respond|you)\b/i,
  /\b(?:note|message|instructions?|attention)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?(?:AI|LLM|ATS|GPT|language models?|automated|screening|resume (?:parser|screener))\b/i,
  /\b(?:system prompt|as an ai language model|you are an? (?:ai|assistant|language model|hiring assistant|resume screener))\b/i,
];

/** A line that is only a keyword list: "Keywords: …" or similar labels that carry no claim of work done. */
const KEYWORD_LABEL = /^(?:(?:ats|seo|search|resume|résumé)\s+)?(?:key\s?words?|key\s?phrases|tags|search terms)\s*[:\-–—]/i;
/** A bare comma list: this many items or more, each a short noun phrase, and nothing else on the line. */
const BARE_LIST_MIN_ITEMS = 8;
const BARE_LIST_ITEM = /^[\p{L}\p{N}][\p{L}\p{N}+#./&' -]{0,30}$/u;

export function isInstructionText(text: string): boolean {
  return INSTRUCTION_PATTERNS.some((re) => re.test(text));
}

export function isKeywordList(text: string): boolean {
  if (KEYWORD_LABEL.test(text)) return true;
  // Split on the separator alone and trim after: `\s*[,]\s*` backtracks quadratically on a line of spaces.
  const items = text.slice(0, 2_000).split(/[,;|·•]/).map((s) => s.trim()).filter((s) => s.length > 0);
  // The first items decide: a hostile line of 100,000 items costs no more than a real one.
  return items.length >= BARE_LIST_MIN_ITEMS && items.slice(0, 4 * BARE_LIST_MIN_ITEMS).every((s) => BARE_LIST_ITEM.test(s) && s.split(/\s+/).length <= 4) && !/[.!?]/.test(text.trimEnd().slice(-1));
}

export interface ScreenedLines {
  /** Visible lines, indices contiguous from 0, suspect ones marked. */
  visible: Line[];
  hidden: Line[];
}

export function screenLines(doc: Document): ScreenedLines {
  const hidden = doc.lines.filter((l) => l.hidden !== undefined);
  const marks = doc.lines.map((l) => (l.hidden === undefined && l.suspect === undefined ? suspectCode(l.text) : undefined));
  if (hidden.length === 0 && marks.every((m) => m === undefined)) return { visible: doc.lines, hidden };
  const visible: Line[] = [];
  doc.lines.forEach((l, i) => {
    if (l.hidden !== undefined) return;
    const mark = marks[i];
    const line = l.index === visible.length ? l : { ...l, index: visible.length };
    visible.push(mark === undefined ? line : { ...line, suspect: mark });
  });
  return { visible, hidden };
}

function suspectCode(text: string): string | undefined {
  if (isInstructionText(text)) return 'INSTRUCTION_TEXT';
  if (isKeywordList(text)) return 'KEYWORD_LIST';
  return undefined;
}
