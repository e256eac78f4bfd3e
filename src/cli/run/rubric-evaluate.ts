// Extract → profile → score in this process. `rubric test` and `rubric diff` read the project's own trusted fixtures
// or a reviewer's chosen résumés a few at a time, so they skip the batch runner's child processes (its isolation is
// for large batches of untrusted files; here startup cost would dominate a CI job).
import { extractFile, DEFAULT_EXTRACT_OPTIONS } from '../../extract/index.js';
import { buildProfile } from '../../profile/index.js';
import { scoreProfile } from '../../score/index.js';
import type { Rubric } from '../../rubric/index.js';
import { ScreenError, type Document, type Evaluation, type Profile, type YearMonth } from '../../types.js';
import { CliError } from '../fatal.js';

/** YYYY-MM or YYYY-MM-DD (a YAML date too) → the month "Present" means; undefined → this month. */
export function parseAsOf(raw: unknown): YearMonth {
  if (raw === undefined) {
    const now = new Date();
    return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
  }
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new CliError('USAGE', `as-of must be a date YYYY-MM-DD (got ${text})`);
  return { year: Number(m[1]), month };
}

/** The document, or the stable error code it failed with (never résumé text). */
export async function readDocument(path: string): Promise<Document | { code: string }> {
  try {
    return await extractFile(path, DEFAULT_EXTRACT_OPTIONS);
  } catch (err) {
    if (err instanceof ScreenError) return { code: err.code };
    throw err;
  }
}

export function isDocument(d: Document | { code: string }): d is Document {
  return !('code' in d);
}

export function profileDocument(doc: Document, rubric: Rubric, asOf: YearMonth): Profile {
  return buildProfile(doc, { asOf, categories: rubric.roles, posting: rubric.posting });
}

export function scoreDocument(doc: Document, rubric: Rubric, asOf: YearMonth): Evaluation {
  return scoreProfile(profileDocument(doc, rubric, asOf), rubric);
}

/** Two rubrics with the same role categories read every résumé into the same profile: build it once. */
export function sameRoles(a: Rubric, b: Rubric): boolean {
  return JSON.stringify(a.roles) === JSON.stringify(b.roles);
}
