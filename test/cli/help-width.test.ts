// Every --help fits an 80-column terminal (commander's width in a pipe): no line longer than 80 characters, so a
// terminal never wraps one mid-word (commander itself wraps descriptions at spaces).
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

const COMMANDS = [[], ['score'], ['profile'], ['rubric'], ['rubric', 'lint'], ['rubric', 'test'], ['rubric', 'diff'], ['cache'], ['cache', 'clean']];

describe('--help at 80 columns', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(top)', c] as const))('%s', async (_name, command) => {
    const r = await runCli([...command, '--help']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(4);
    const long = lines.filter((l) => [...l].length > 80);
    expect(long).toEqual([]);
  }, 60_000);
});
