// The pipeline stages (DESIGN.md §1) as a child process loads them: on demand, once per child, so the parent —
// which never parses a résumé — never pays for pdf.js, mammoth or the profile and score code.
import type * as ExtractStage from '../extract/index.js';
import type * as ProfileStage from '../profile/index.js';
import type * as ScoreStage from '../score/index.js';
import type { Rubric } from '../rubric/index.js';

/** A validated rubric as the parent sends it to its children (see RubricMessage). */
export type LoadedRubric = Rubric;

export interface Stages {
  extract: typeof ExtractStage;
  profile: typeof ProfileStage;
  score: typeof ScoreStage;
}

/** The stages a child needs for every file, loaded before it says it is ready. */
export async function loadStages(): Promise<Stages> {
  const [extract, profile, score] = await Promise.all([
    import('../extract/index.js'),
    import('../profile/index.js'),
    import('../score/index.js'),
  ]);
  return { extract, profile, score };
}

/** The rubric loader: a fallback only, for a child asked about a rubric the parent did not send. */
export async function loadRubricStage(): Promise<typeof import('../rubric/index.js')> {
  return import('../rubric/index.js');
}
