// What a child does with one file: extract → profile → score (DESIGN.md §1). Runs only inside a child process.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ScreenError, type Diagnostic, type Evaluation, type YearMonth } from '../types.js';
import { readContact } from '../report/contact.js';
import { describe } from '../report/messages.js';
import { loadRubricStage, type LoadedRubric, type Stages } from './stages.js';
import type { WorkRequest } from './types.js';

/** The rubric a child has loaded, checked against the parent's sha256 so every file is scored by the same rules. */
export interface RubricCache {
  key?: string;
  rubric?: LoadedRubric;
}

/** `onOcrPages`: told before a PDF's pages are OCR'd (the worker tells the parent, which extends the file's clock). */
export async function evaluateRequest(request: WorkRequest, stages: Stages, cache: RubricCache, onOcrPages?: (pages: number) => void): Promise<Evaluation> {
  try {
    // 1. The rubric the parent validated (same path, same bytes).
    const rubric = await loadRubricOnce(request.rubricPath, request.rubricSha256, cache);
    // 2. Read the file once, hash exactly those bytes (the parent compares with the hash it made: a file rewritten
    //    in between is never scored under the old bytes' hash), then make a Document of them (size, type and
    //    structure checks happen here).
    const path = request.raw === undefined ? request.abs : Buffer.from(request.raw, 'base64');
    const bytes = stages.extract.readFileChecked(path, request.maxBytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const doc = await stages.extract.extractBuffer(bytes, path.toString(), {
      ...stages.extract.DEFAULT_EXTRACT_OPTIONS,
      maxBytes: request.maxBytes,
      ocr: request.ocr,
      ocrPageTimeoutMs: request.ocrPageTimeoutMs,
      ...(onOcrPages ? { onOcrPages } : {}),
    });
    // 3. Understand it: sections, jobs, dates, years per role category.
    const profile = stages.profile.buildProfile(doc, { asOf: parseYearMonth(request.asOf), categories: rubric.roles, posting: rubric.posting });
    // 4. Score it against the rubric.
    //    A doubtful OCR reading is at most review: a person checks what the engine guessed.
    const evaluation = stages.score.capForReading(stages.score.scoreProfile(profile, rubric), doc.warnings);
    // 5. Who it is (name, e-mail) for the ranking; keep the message small: the full profile (every line of text) only when asked for.
    evaluation.candidate = readContact(profile);
    if (request.withProfile) evaluation.profile = profile;
    else delete evaluation.profile;
    evaluation.warnings = mergeWarnings(doc.warnings.filter((d) => d.severity !== 'info'), evaluation.warnings);
    evaluation.sha256 = sha256;
    // 6. --blind: what the report will show, redacted after scoring (loaded only for blind runs).
    if (request.blind) return (await import('../blind/evaluation.js')).blindEvaluation(evaluation, profile).evaluation;
    return evaluation;
  } catch (err) {
    return errorEvaluation(request.abs, err);
  }
}

/** Reading warnings (extract) and understanding warnings (profile, score), each once. */
function mergeWarnings(first: Diagnostic[], second: Diagnostic[]): Diagnostic[] {
  const seen = new Set(first.map((d) => `${d.code}\0${d.line ?? ''}`));
  return [...first, ...second.filter((d) => !seen.has(`${d.code}\0${d.line ?? ''}`))];
}

/** The rubric object the parent validated and sent (see RubricMessage), for requests naming the same path + sha256. */
export function useRubric(cache: RubricCache, path: string, sha256: string, rubric: LoadedRubric): void {
  cache.key = `${path}\0${sha256}`;
  cache.rubric = rubric;
}

/** The rubric at `path`, if its bytes still hash to `sha256`; loaded once per child unless the parent sent it. */
export async function loadRubricOnce(path: string, sha256: string, cache: RubricCache): Promise<LoadedRubric> {
  const key = `${path}\0${sha256}`;
  if (cache.key === key && cache.rubric) return cache.rubric;
  const bytes = await readFile(path);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new RubricChangedError();
  cache.rubric = await (await loadRubricStage()).loadRubric(path);
  cache.key = key;
  return cache.rubric;
}

class RubricChangedError extends Error {}

function errorEvaluation(file: string, err: unknown): Evaluation {
  // The child's stderr reaches the terminal only with --verbose (the stack may quote the file).
  if (!(err instanceof ScreenError) && err instanceof Error) process.stderr.write(`${err.stack ?? err.message}\n`);
  // Known failures keep their code; anything else is a reader bug: no message text (it may quote the résumé).
  const code = err instanceof ScreenError ? err.code : 'CRASHED';
  const data = err instanceof ScreenError ? err.data : { reason: err instanceof RubricChangedError ? 'rubric-changed' : 'exception' };
  return { file, status: 'error', outcomes: [], error: { code, message: describe(code, data) }, warnings: [] };
}

/** `YYYY-MM-DD` or `YYYY-MM` (validated by the CLI) to a YearMonth. */
export function parseYearMonth(text: string): YearMonth {
  const [year, month] = text.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1 };
}
