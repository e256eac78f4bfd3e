// Placeholder until `rubric test` lands: a usage error, never a silent success.
import { CliError } from '../fatal.js';

export function rubricTestCommand(..._args: unknown[]): Promise<void> {
  return Promise.reject(new CliError('NOT_IMPLEMENTED', 'rubric test is not implemented yet', 2));
}
