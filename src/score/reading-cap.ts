// A reading the extraction stage doubts caps the verdict: a doubtful OCR reading (OCR_LOW_CONFIDENCE) is at most
// `review`, whatever it scored, because the words the rubric matched may be the engine's guesses. The row keeps the
// warning, whose wording says why.
import type { Diagnostic, Evaluation } from '../types.js';

/** Reading warnings that make a pass at most review. */
export const CAPPING_READINGS: ReadonlySet<string> = new Set(['OCR_LOW_CONFIDENCE']);

export function capForReading(evaluation: Evaluation, readingWarnings: readonly Pick<Diagnostic, 'code'>[]): Evaluation {
  if (evaluation.verdict !== 'pass' || !readingWarnings.some((w) => CAPPING_READINGS.has(w.code))) return evaluation;
  return { ...evaluation, verdict: 'review' };
}
