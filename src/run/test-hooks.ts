// Failure injection for the runner's tests: honoured only when RESUME_SCREEN_TEST_HOOKS=1, so a file name alone can
// never trigger it. RESUME_SCREEN_TEST_HANG / _CRASH / _OOM name a substring of the base names to misbehave on;
// RESUME_SCREEN_TEST_DELAY_MS slows every file down. RESUME_SCREEN_TEST_REWRITE appends a line to the matching file
// just before the child reads it: a file rewritten between the parent's hash and the child's read.
import { appendFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';

type Hook = (file: string) => void;

const HOOKS: Record<string, Hook> = {
  RESUME_SCREEN_TEST_HANG: () => {
    for (;;) {
      // busy loop: a hang the child cannot get out of by itself
    }
  },
  RESUME_SCREEN_TEST_CRASH: () => process.exit(70),
  RESUME_SCREEN_TEST_REWRITE: (file) => appendFileSync(file, '\nrewritten while the batch ran\n'),
  RESUME_SCREEN_TEST_OOM: () => {
    const hog: string[][] = [];
    for (;;) hog.push(new Array<string>(1_000_000).fill('x'.repeat(8)));
  },
};

/**
 * RESUME_SCREEN_TEST_WAIT_FOR: before each file, wait until this path exists, so a test can hold a run mid-batch
 * for as long as it needs (however loaded the machine) and then let it go on.
 */
export async function testWaitFor(): Promise<void> {
  if (process.env.RESUME_SCREEN_TEST_HOOKS !== '1') return;
  const gate = process.env.RESUME_SCREEN_TEST_WAIT_FOR;
  if (!gate) return;
  while (!existsSync(gate)) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** RESUME_SCREEN_TEST_DELAY_MS: slow every file down, so a test can kill a run half-way. */
export function testDelayMs(): number {
  if (process.env.RESUME_SCREEN_TEST_HOOKS !== '1') return 0;
  const ms = Number(process.env.RESUME_SCREEN_TEST_DELAY_MS ?? 0);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

export function testHookFor(file: string): Hook | undefined {
  if (process.env.RESUME_SCREEN_TEST_HOOKS !== '1') return undefined;
  const name = basename(file);
  for (const [variable, hook] of Object.entries(HOOKS)) {
    const needle = process.env[variable];
    if (needle && name.includes(needle)) return hook;
  }
  return undefined;
}
