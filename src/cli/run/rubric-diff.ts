// Placeholder until `rubric diff` lands: a usage error, never a silent success.
import { CliError } from '../fatal.js';

export function rubricDiffCommand(..._args: unknown[]): Promise<void> {
  return Promise.reject(new CliError('NOT_IMPLEMENTED', 'rubric diff is not implemented yet', 2));
}
