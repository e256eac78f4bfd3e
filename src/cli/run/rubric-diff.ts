// `resume-screen rubric diff <old> <new> <résumés...>`: who would be treated differently after a rubric change.
import { expandInputs } from '../../run/inputs.js';
import { loadRubric, RubricError, type Rubric } from '../../rubric/index.js';
import { formatDiff, type DiffFormat } from '../../report/rubric-diff.js';
import type { DiffReport, DiffRow, OutcomeState, RequirementChange } from '../../report/rubric-types.js';
import type { Evaluation } from '../../types.js';
import { CliError } from '../fatal.js';
import { scoreProfile } from '../../score/index.js';
import { isDocument, parseAsOf, profileDocument, readDocument, sameRoles } from './rubric-evaluate.js';

async function loadValid(path: string): Promise<Rubric> {
  return loadRubric(path).catch((err: unknown) => {
    if (err instanceof RubricError) throw new CliError('RUBRIC_INVALID', `${err.message} (run: resume-screen rubric lint ${path})`, 2);
    throw err;
  });
}

function states(e: Evaluation): Map<string, OutcomeState> {
  return new Map(e.outcomes.map((o) => [o.requirementId, o.met ? 'met' : o.near ? 'near' : 'unmet']));
}

export function compareEvaluations(file: string, before: Evaluation, after: Evaluation): DiffRow {
  const a = states(before);
  const b = states(after);
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  const requirementChanges: RequirementChange[] = ids
    .filter((id) => a.get(id) !== b.get(id))
    .map((id) => {
      const change: RequirementChange = { requirementId: id };
      const was = a.get(id);
      const now = b.get(id);
      if (was) change.old = was;
      if (now) change.new = now;
      return change;
    });
  const row: DiffRow = { file, verdictChanged: before.verdict !== after.verdict, requirementChanges };
  if (before.verdict) row.oldVerdict = before.verdict;
  if (after.verdict) row.newVerdict = after.verdict;
  if (before.score !== undefined) row.oldScore = before.score;
  if (after.score !== undefined) row.newScore = after.score;
  return row;
}

export async function rubricDiffCommand(oldPath: string, newPath: string, resumes: string[], opts: Record<string, unknown>): Promise<void> {
  // 1. Both rubrics valid before any résumé is read.
  const [before, after] = [await loadValid(oldPath), await loadValid(newPath)];
  const asOf = parseAsOf(opts.asOf);
  const { inputs, skipped } = await expandInputs(resumes);
  // A path that does not exist is a mistyped CI step, not a candidate: stop rather than diff fewer résumés.
  const missing = inputs.find((i) => i.error !== undefined);
  if (missing) throw new CliError(missing.error?.code ?? 'NOT_FOUND', `cannot read ${missing.file}`, 2);
  if (inputs.length === 0) throw new CliError('NO_INPUTS', 'no résumé files found in the given paths', 2);
  // 2. Read each résumé once (in-process: a reviewer's handful of files); profile once when the roles match.
  const rows: DiffRow[] = [];
  const shared = sameRoles(before, after);
  for (const input of inputs) {
    const doc = await readDocument(input.abs);
    if (!isDocument(doc)) {
      rows.push({ file: input.file, error: doc.code, verdictChanged: false, requirementChanges: [] });
      continue;
    }
    const oldProfile = profileDocument(doc, before, asOf);
    const newProfile = shared ? oldProfile : profileDocument(doc, after, asOf);
    rows.push(compareEvaluations(input.file, scoreProfile(oldProfile, before), scoreProfile(newProfile, after)));
  }
  // 3. Counts, report, gate.
  const report = summariseDiff(oldPath, newPath, rows, skipped.length);
  const format = (typeof opts.format === 'string' ? opts.format : 'stylish') as DiffFormat;
  process.stdout.write(formatDiff(report, format));
  process.exitCode = failsGate(rows, opts.failOn) ? 1 : 0;
}

export function summariseDiff(oldRubric: string, newRubric: string, rows: DiffRow[], skipped: number): DiffReport {
  const transitions: Record<string, number> = {};
  for (const r of rows) {
    if (!r.verdictChanged) continue;
    const key = `${r.oldVerdict ?? 'none'} → ${r.newVerdict ?? 'none'}`;
    transitions[key] = (transitions[key] ?? 0) + 1;
  }
  const changed = rows.filter((r) => r.verdictChanged || r.requirementChanges.length > 0).length;
  const unreadable = rows.filter((r) => r.error !== undefined).length;
  return { oldRubric, newRubric, rows, transitions, changed, unreadable, skipped };
}

/** --fail-on verdict|requirement|any: is there a change of that sort? */
export function failsGate(rows: readonly DiffRow[], failOn: unknown): boolean {
  if (failOn === 'verdict') return rows.some((r) => r.verdictChanged);
  if (failOn === 'requirement') return rows.some((r) => r.requirementChanges.length > 0);
  if (failOn === 'any') return rows.some((r) => r.verdictChanged || r.requirementChanges.length > 0);
  return false;
}
