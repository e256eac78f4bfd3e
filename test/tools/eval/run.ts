// Reads every labelled file in this process (extract → profile → score with the shipped rubric), matches its jobs
// to the labels and adds the checks up, overall and per engine and per layout.
import { loadRubric, type Rubric } from '../../../src/rubric/index.js';
import { isDocument, readDocument, profileDocument } from '../../../src/cli/run/rubric-evaluate.js';
import { INTEGRITY_CODES } from '../../../src/score/integrity.js';
import { scoreProfile } from '../../../src/score/index.js';
import type { Job, YearMonth } from '../../../src/types.js';
import type { LabelledFile } from './labels.js';
import { matchJobs, type FileCheck } from './match.js';

export const SHIPPED_RUBRIC = 'rubrics/em-user-understanding.yaml';
export const EVAL_AS_OF: YearMonth = { year: 2026, month: 11 };

export interface FileResult {
  file: LabelledFile;
  /** The error code when the file could not be read. */
  error?: string;
  jobs: Job[];
  check: FileCheck;
  /** Requirement ids whose `met` differs from the label. */
  requirementsWrong: string[];
  requirementsLabelled: number;
  /** Integrity warning codes the file got (an honest labelled résumé should get none) and its hidden lines. */
  integrity: string[];
  hiddenLines: number;
}

export interface Tally {
  files: number;
  labelled: number;
  reported: number;
  found: number;
  datesRight: number;
  titleRight: number;
  companyRight: number;
  titleAndCompanyRight: number;
  kindRight: number;
  requirements: number;
  requirementsRight: number;
}

export interface Figures {
  recall: number;
  precision: number;
  datesRight: number;
  titleRight: number;
  companyRight: number;
  titleAndCompanyRight: number;
  requirementsRight: number;
}

export async function evaluateFile(file: LabelledFile, rubric: Rubric, asOf: YearMonth = EVAL_AS_OF): Promise<FileResult> {
  const requirementsLabelled = Object.keys(file.requirements).length;
  const doc = await readDocument(file.file);
  if (!isDocument(doc)) {
    return { file, error: doc.code, jobs: [], check: matchJobs(file.jobs, []), requirementsWrong: Object.keys(file.requirements), requirementsLabelled, integrity: [], hiddenLines: 0 };
  }
  const profile = profileDocument(doc, rubric, asOf);
  const evaluation = scoreProfile(profile, rubric);
  const met = new Map(evaluation.outcomes.map((o) => [o.requirementId, o.met]));
  const requirementsWrong = Object.entries(file.requirements).filter(([id, want]) => met.get(id) !== want).map(([id]) => id);
  const integrity = evaluation.warnings.map((w) => w.code).filter((c) => (INTEGRITY_CODES as readonly string[]).includes(c));
  return { file, jobs: profile.jobs, check: matchJobs(file.jobs, profile.jobs), requirementsWrong, requirementsLabelled, integrity, hiddenLines: profile.hiddenLines?.length ?? 0 };
}

export async function evaluateCorpus(files: readonly LabelledFile[], rubricPath = SHIPPED_RUBRIC): Promise<FileResult[]> {
  const rubric = await loadRubric(rubricPath);
  const out: FileResult[] = [];
  for (const f of files) out.push(await evaluateFile(f, rubric));
  return out;
}

export function emptyTally(): Tally {
  return { files: 0, labelled: 0, reported: 0, found: 0, datesRight: 0, titleRight: 0, companyRight: 0, titleAndCompanyRight: 0, kindRight: 0, requirements: 0, requirementsRight: 0 };
}

export function addTo(t: Tally, r: FileResult): void {
  t.files++;
  t.labelled += r.file.jobs.length;
  t.reported += r.check.reported;
  for (const c of r.check.jobs) {
    if (c.found === undefined) continue;
    t.found++;
    if (c.datesRight) t.datesRight++;
    if (c.titleRight) t.titleRight++;
    if (c.companyRight) t.companyRight++;
    if (c.titleRight && c.companyRight) t.titleAndCompanyRight++;
    if (c.kindRight) t.kindRight++;
  }
  t.requirements += r.requirementsLabelled;
  t.requirementsRight += r.requirementsLabelled - r.requirementsWrong.length;
}

/** Rates over labelled jobs (a job not found is wrong in every field), precision over reported jobs. */
export function figures(t: Tally): Figures {
  const rate = (n: number, d: number): number => (d === 0 ? 1 : n / d);
  return {
    recall: rate(t.found, t.labelled),
    precision: rate(t.found, t.reported),
    datesRight: rate(t.datesRight, t.labelled),
    titleRight: rate(t.titleRight, t.labelled),
    companyRight: rate(t.companyRight, t.labelled),
    titleAndCompanyRight: rate(t.titleAndCompanyRight, t.labelled),
    requirementsRight: rate(t.requirementsRight, t.requirements),
  };
}

export function tallyBy(results: readonly FileResult[], key: (r: FileResult) => string): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  for (const r of results) {
    const k = key(r);
    const t = groups.get(k) ?? emptyTally();
    addTo(t, r);
    groups.set(k, t);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

export function tallyAll(results: readonly FileResult[]): Tally {
  const t = emptyTally();
  for (const r of results) addTo(t, r);
  return t;
}
