// Last-resort error printing: one line with a stable code; the stack only with --verbose.
import { describe } from '../report/messages.js';
import { ScreenError } from '../types.js';

/** An expected, user-facing failure of a whole command (bad rubric, unreadable --out path…). */
export class CliError extends Error {
  readonly code: string;
  readonly exitCode: number;
  constructor(code: string, message: string, exitCode = 2) {
    super(message);
    this.code = code;
    this.exitCode = exitCode;
  }
}

export function reportFatal(err: unknown, verbose: boolean): void {
  if (err instanceof CliError) {
    process.stderr.write(`resume-screen: ${err.code}: ${err.message}\n`);
    process.exitCode = err.exitCode;
    return;
  }
  if (err instanceof ScreenError) {
    process.stderr.write(`resume-screen: ${err.code}: ${describe(err.code, err.data)}\n`);
    process.exitCode = 2;
    return;
  }
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  process.stderr.write(`resume-screen: INTERNAL: ${message}\n`);
  if (verbose && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 2;
}
