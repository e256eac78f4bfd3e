// Run the CLI's main() in this process with stdout captured: fast end-to-end tests of commands that read only the
// project's own trusted fixtures (rubric lint/test/diff).
import { afterEach } from 'vitest';
import { main } from '../../../src/cli/index.js';

export async function runInProcess(args: string[]): Promise<{ code: number; stdout: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    process.exitCode = 0;
    await main(['node', 'resume-screen', ...args]);
  } finally {
    process.stdout.write = write;
  }
  return { code: Number(process.exitCode ?? 0), stdout };
}

/** main() sets process.exitCode; put it back so a failing command does not fail the test run. */
export function resetExitCodeAfterEach(): void {
  afterEach(() => {
    process.exitCode = 0;
  });
}
