// `resume-screen impact`: read results and the groups file, compute, print. Exit 0 whatever the ratios (it is a
// report, not a gate); 2 for unreadable or invalid inputs.
import { adverseImpact } from '../../audit/impact.js';
import { ImpactInputError, joinGroups, loadGroups, loadResults } from '../../audit/impact-input.js';
import { formatImpact, type ImpactFormat } from '../../report/impact.js';
import { CliError } from '../fatal.js';

export function impactCommand(paths: string[], opts: { groups: string; minGroup: string; format: ImpactFormat }): void {
  const minGroup = Number(opts.minGroup);
  if (!Number.isInteger(minGroup) || minGroup < 1) throw new CliError('USAGE', `--min-group must be a whole number ≥ 1 (got ${opts.minGroup})`);
  try {
    const groups = loadGroups(opts.groups);
    const joined = joinGroups(loadResults(paths), groups);
    const report = adverseImpact(groups.dimensions, joined.applicants, minGroup);
    process.stdout.write(formatImpact({ report, unmatched: joined.unmatched, errors: joined.errors }, opts.format));
  } catch (err) {
    if (err instanceof ImpactInputError) throw new CliError(err.code, err.message);
    throw err;
  }
}
