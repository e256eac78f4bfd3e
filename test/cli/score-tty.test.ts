// Colour and progress only on a terminal: run the CLI inside a pseudo-terminal (util-linux `script`) and compare with
// NO_COLOR and --no-color. (Pipes are covered in score-usage.test.ts.)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers/corpus.js';
import { ROOT } from './helpers/run.js';

vi.setConfig({ testTimeout: 180_000 });

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
const ANSI_COLOUR = /\u001b\[\d+(;\d+)*m/;
const PROGRESS_CLEAR = '\r\u001b[2K';

function inTerminal(args: string[], env: NodeJS.ProcessEnv = {}, columns?: number): string {
  const quoted = ['node', '--import', 'tsx', 'test/cli/helpers/cli.ts', ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const command = columns === undefined ? quoted : `stty cols ${columns}; ${quoted}`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm', ...env }, encoding: 'utf8' });
  return r.stdout;
}

describe.skipIf(!hasScript)('score on a terminal', () => {
  const dir = tempDir('rs-tty-');
  const args = ['score', join(dir, 'a.pdf'), join(dir, 'b.pdf'), '--journal', join(dir, 'j.jsonl')];

  it('colours the table and draws progress on a TTY', () => {
    const out = inTerminal(args);
    expect(out).toContain('NOT_FOUND');
    expect(out).toMatch(ANSI_COLOUR);
    expect(out).toContain(PROGRESS_CLEAR);
  });

  it('NO_COLOR and --no-color turn colour off; --quiet turns progress and summary off', () => {
    for (const out of [inTerminal(args, { NO_COLOR: '1' }), inTerminal([...args, '--no-color'])]) {
      expect(out).toContain('NOT_FOUND');
      expect(out).not.toMatch(ANSI_COLOUR);
    }
    expect(inTerminal(args, { FORCE_COLOR: '0' })).not.toMatch(ANSI_COLOUR);
    const quiet = inTerminal([...args, '--quiet', '--no-color']);
    expect(quiet).not.toContain(PROGRESS_CLEAR);
    expect(quiet).not.toContain('rows = inputs');
  });
});

describe.skipIf(!hasScript)('score on a narrow terminal', () => {
  it('fits the terminal’s width (not COLUMNS, not 80), and progress shows elapsed time, errors and an ETA', () => {
    const dir = tempDir('rs-tty-');
    const args = ['score', join(dir, 'some-folder-with-a-long-name', 'candidate-with-a-long-file-name.pdf'), join(dir, 'b.pdf'), '--no-journal', '--no-color'];
    const out = inTerminal(args, { COLUMNS: '200' }, 60);
    expect(out).toMatch(/\d+\/2 · \d+s · \d errors? · [\d.]+\/s · ETA/);
    const screen = out.split(/\r?\n/).map((l) => (l.split('\r').at(-1) ?? '').replace(/\u001b\[\d*K/g, '')).filter((l) => !/^resume-screen: [A-Z_]+: /.test(l));
    expect(screen.join('\n')).toContain('NOT_FOUND');
    for (const line of screen) expect([...line].length).toBeLessThanOrEqual(60);
  });
});
