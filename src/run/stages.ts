// The runner's view of the pipeline stages (DESIGN.md §1), loaded on demand so a command pays only for what it uses
// and a child process loads them once. Specifiers are kept in variables: the stages are typed by the shapes below,
// which are the shared contracts of the helpers' brief.
import type { Document, Evaluation, Profile, RoleCategory, YearMonth } from '../types.js';

/** What the runner needs of a loaded rubric (src/rubric's Rubric has more; it is passed through untouched). */
export interface LoadedRubric {
  id: string;
  title?: string;
  sha256?: string;
  roles: RoleCategory[];
}

export interface RubricDiagnostic {
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
}

export interface ExtractOptions {
  maxBytes: number;
  maxPages: number;
}

interface RubricModule {
  loadRubric(path: string): Promise<LoadedRubric>;
}
interface ExtractModule {
  extractFile(path: string | Buffer, options: ExtractOptions): Promise<Document>;
  DEFAULT_EXTRACT_OPTIONS: ExtractOptions;
}
interface ProfileModule {
  buildProfile(doc: Document, options: { asOf: YearMonth; categories: RoleCategory[] }): Profile;
}
interface ScoreModule {
  scoreProfile(profile: Profile, rubric: LoadedRubric): Evaluation;
}

const RUBRIC = '../rubric/index.js';
const EXTRACT = '../extract/index.js';
const PROFILE = '../profile/index.js';
const SCORE = '../score/index.js';

export async function loadRubricStage(): Promise<RubricModule> {
  return (await import(RUBRIC)) as RubricModule;
}

export interface Stages {
  extract: ExtractModule;
  profile: ProfileModule;
  score: ScoreModule;
}

/**
 * The stages a child needs for every file, loaded at once before it says it is ready. The rubric module is not
 * among them: the parent sends the validated rubric (loadRubricStage is the fallback).
 */
export async function loadStages(): Promise<Stages> {
  const [extract, profile, score] = await Promise.all([import(EXTRACT), import(PROFILE), import(SCORE)]);
  return { extract: extract as ExtractModule, profile: profile as ProfileModule, score: score as ScoreModule };
}

/** RubricError (src/rubric) carries every diagnostic; recognised by shape so this module need not import it. */
export function rubricDiagnostics(err: unknown): RubricDiagnostic[] | undefined {
  if (typeof err !== 'object' || err === null || !('diagnostics' in err)) return undefined;
  const list = err.diagnostics;
  return Array.isArray(list) ? (list as RubricDiagnostic[]) : undefined;
}
